import XCTest

@testable import KGExtraction

/// The thirty-first pass on unseen news: a dateline's hyphenated city ("PORT-AU-PRINCE, Haiti, July
/// 9 (AP) -") names the country after it, as a one-word city does; a title taken "as TITLE at" a
/// place with no body after "at" ("sworn in as interim president at the home of X") a bare title;
/// a country named past the reported clause's verb ("said 15 of the men were Colombians") no country
/// the speaker speaks for; "him" or "her" after a participle set off by a comma ("expelled the
/// envoy, X, accusing him of") the person named last before the comma, never the sentence's subject;
/// a long name closed by an acronym of its initials in another order ("the National Movement for the
/// Liberation of Azawad (MNLA)", a French acronym) the institution's whole name; a second subject
/// whose title stands between it and the coordinator ("X and rebel leader Y signed") a conjunct of
/// the first; a summoned or expelled high commissioner's state summoned or expelled too; a place's
/// name that is also a given name before an Arabic surname joined to its particle a person's ("Riyad
/// al-Maliki", "Sabah al-Ahmad al-Sabah"); "its" opening a clause coordinated after ", and" the first
/// clause's subject, not a place its verb names; an honorific between the comma and the name after
/// "TITLE of BODY," ("the foreign minister of the United Arab Emirates, Sheikh X"); a place's one-word
/// name that a body's class noun names, right before it or in apposition, the body's ("Syria's state
/// news agency, SANA,", "Granma, the official newspaper of the party"); an abbreviated rank ("Gen.")
/// before the name as the rank written out; a given name after a royal title ("Saudi King Abdullah")
/// no part of a full name written under another kind of title, and known by the title with it; a
/// place's one-word name right after a titled one-word name that name's surname ("Director General
/// Yukiya Amano"); "X" after "on" and a word of saying or posting the platform, an entity but no
/// end of an act ("wrote on X that").
final class ThirtyFirstRecallPassTests: ExtractionTestCase {
    func testAHyphenatedDatelineCityNamesTheCountryAfterIt() throws {
        XCTAssertEqual(
            try all("PORT-AU-PRINCE, Haiti, July 9 (AP) - Police have arrested 17 men. Prime Minister Claude Joseph spoke with reporters."),
            ["Claude Joseph -prime minister-> Haiti"])
        // a hyphen that joins no two words in capitals ends the city: no dateline, no country
        XCTAssertEqual(
            try all("PORT-au-Prince, Haiti, July 9 (AP) - Police have arrested 17 men. Prime Minister Claude Joseph spoke with reporters."),
            [])
    }

    func testATitleTakenAtAPlaceIsABareTitle() throws {
        XCTAssertEqual(
            try all(
                "PORT-AU-PRINCE, Haiti (AP) - Boniface Alexandre was sworn in as interim president at the home of a judge on Sunday. Haiti's rebels entered the capital."
            ),
            ["Boniface Alexandre -interim president-> Haiti"])
        // a body after "at" is the title's own
        XCTAssertEqual(
            try all("PORT-AU-PRINCE, Haiti (AP) - Jane Doe was sworn in as ambassador at the United Nations on Sunday. Haiti's rebels entered the capital."),
            ["Jane Doe -ambassador-> United Nations"])
    }

    func testACountryPastTheReportedClausesVerbIsNotSpokenFor() throws {
        XCTAssertEqual(
            try all("PORT-AU-PRINCE, Haiti, July 9 (AP) - Police have arrested 17 men. Police chief Leon Charles said 15 of the detained men were Colombians."),
            ["Leon Charles -police chief-> Haiti"])
        // the reported clause's subject is still the country spoken for
        XCTAssertEqual(
            try all("PORT-AU-PRINCE, Haiti, July 9 (AP) - Police have arrested 17 men. Police chief Leon Charles said Colombia had trained the gunmen."),
            ["Leon Charles -police chief-> Colombia"])
    }

    func testAParticiplesObjectPronounIsThePersonNamedBeforeTheComma() throws {
        XCTAssertEqual(
            try all("Prime Minister Manasseh Sogavare expelled Australia's high commissioner, Patrick Cole, accusing him of meddling."),
            [
                "Patrick Cole -high commissioner-> Australia", "Manasseh Sogavare -expel-> Patrick Cole", "Manasseh Sogavare -accuse-> Patrick Cole",
                "Manasseh Sogavare -expel-> Australia",
            ])
        // no other person before the comma: the pronoun is not the subject's
        XCTAssertEqual(try all("Prime Minister Manasseh Sogavare expelled the envoy, accusing him of meddling."), [])
    }

    func testALongNameRunsOnToAnAcronymOfItsInitialsInAnotherOrder() throws {
        XCTAssertEqual(
            try typedNames("The National Movement for the Liberation of Azawad (MNLA) seized Kidal."),
            ["Kidal|location", "National Movement for the Liberation of Azawad|organization"])
        XCTAssertEqual(
            try typedNames("The National Committee for the Recovery of Democracy and the Restoration of the State (CNRDR) overthrew the president."),
            ["National Committee for the Recovery of Democracy and the Restoration of the State|organization"])
        // another body's acronym before the name, or initials two short, leave the names apart
        XCTAssertEqual(
            try typedNames("The NATO-led International Security Assistance Force (ISAF) left Kabul."),
            ["International Security Assistance Force|organization", "Kabul|location", "NATO|organization"])
        XCTAssertEqual(try typedNames("The European Union and the United States (US) condemned Russia."), ["European Union|organization", "Russia|country", "United States|country"])
    }

    func testASecondSubjectAfterItsTitleIsAConjunct() throws {
        XCTAssertEqual(
            try all("Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh signed a peace agreement on Wednesday."),
            [
                "Ahmad Tejan Kabbah -president-> Sierra Leone", "Ahmad Tejan Kabbah -sign-> Foday Sankoh", "Foday Sankoh -sign-> Ahmad Tejan Kabbah",
            ])
        // no name after the coordinator: no second party
        XCTAssertEqual(
            try all("Sierra Leone's President Ahmad Tejan Kabbah and the rebels signed a peace agreement on Wednesday."),
            ["Ahmad Tejan Kabbah -president-> Sierra Leone"])
    }

    func testAHighCommissionersStateIsSummonedWithHim() throws {
        XCTAssertEqual(
            try all("Bangladesh summoned Pakistan's high commissioner, Afrasiab Mehdi Hashmi, to protest."),
            [
                "Afrasiab Mehdi Hashmi -high commissioner-> Pakistan", "Bangladesh -summon-> Afrasiab Mehdi Hashmi", "Bangladesh -summon-> Pakistan",
            ])
        // a commissioner of another kind stands for no state
        XCTAssertEqual(
            try all("Bangladesh summoned Pakistan's police commissioner, Afrasiab Mehdi Hashmi, to protest."),
            ["Afrasiab Mehdi Hashmi -police commissioner-> Pakistan", "Bangladesh -summon-> Afrasiab Mehdi Hashmi"])
    }

    func testAPlacesNameBeforeAnArabicSurnameOpensAPersonsName() throws {
        XCTAssertEqual(try typedNames("Its foreign minister, Riyad al-Maliki, criticised Bahrain."), ["Bahrain|country", "Riyad al-Maliki|person"])
        XCTAssertEqual(
            try typedNames("Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, flew to Riyadh."),
            ["Kuwait|country", "Riyadh|location", "Sabah al-Ahmad al-Sabah|person"])
        // a place's noun opening the name keeps it a place's; a place alone stays a place
        XCTAssertEqual(try typedNames("Ministers met in Riyadh and Ras al-Ain."), ["Ras al-Ain|location", "Riyadh|location"])
    }

    func testItsAfterACoordinatorTakesUpTheFirstClausesSubject() throws {
        XCTAssertEqual(
            try all("The Palestinian Authority recalled its ambassador from Manama, and its foreign minister, Riyad al-Maliki, criticised Bahrain."),
            [
                "Riyad al-Maliki -foreign minister-> Palestinian Authority", "Riyad al-Maliki -criticize-> Bahrain",
                "Palestinian Authority -recall-> Bahrain",
            ])
        // the verb's object named last: the pronoun's body is read as before, the body named last
        XCTAssertEqual(
            try all("The Palestinian Authority criticised Bahrain, and its foreign minister, Khalid al-Khalifa, spoke to reporters."),
            ["Palestinian Authority -criticize-> Bahrain", "Khalid al-Khalifa -foreign minister-> Bahrain"])
    }

    func testAnHonorificMayOpenTheNameAfterTitleOfBody() throws {
        XCTAssertEqual(
            try all("The accord was signed by the foreign minister of the United Arab Emirates, Sheikh Abdullah bin Zayed Al Nahyan, on Tuesday."),
            ["Abdullah bin Zayed Al Nahyan -foreign minister-> United Arab Emirates"])
        // a common noun after the comma: no name, no title
        XCTAssertEqual(try all("The accord was signed by the foreign minister of the United Arab Emirates, a close ally, on Tuesday."), [])
    }

    func testAPlacesNameThatABodysClassNounNamesIsTheBodys() throws {
        XCTAssertEqual(
            try all("DAMASCUS - Syria's state news agency, SANA, said Baghdad had sent no evidence."), ["SANA -state news agency-> Syria"])
        XCTAssertEqual(
            try typedNames("Granma, the official newspaper of the Cuban Communist Party, called him a liar."),
            ["Cuban Communist Party|organization", "Granma|organization"])
        // a place's class noun in apposition, or a first name after a body's class noun, leaves the name as it was
        XCTAssertEqual(try typedNames("Troops moved to Granma, a province in the east."), ["Granma|location"])
        XCTAssertEqual(
            try typedNames("The leader of the Seleka rebel coalition, Michel Djotodia, declared himself president."),
            ["Michel Djotodia|person", "Seleka|organization"])
    }

    func testAnAbbreviatedRankMayStandBeforeTheName() throws {
        XCTAssertEqual(
            try all("Parliament elected the commander of the Lebanese army, Gen. Joseph Aoun, as president."),
            ["Joseph Aoun -commander-> Lebanese Army"])
        // a person's rank abbreviated after the possessive form too
        XCTAssertEqual(try all("BEIRUT - The Lebanese army's commander, Gen. Joseph Aoun, spoke."), ["Joseph Aoun -commander-> Lebanese Army"])
    }

    func testAMonarchsGivenNameJoinsNoFullNameUnderAnotherTitle() throws {
        let doc = try extract("SANAA - President Ali Abdullah Saleh, who telephoned Saudi King Abdullah on Wednesday, accused Iran of arming the Houthis.")
        XCTAssertEqual(
            facts(doc),
            ["Abdullah -king-> Saudi Arabia", "Ali Abdullah Saleh -telephone-> Abdullah", "Ali Abdullah Saleh -accuse-> Iran"])
        XCTAssertEqual(entity(doc, "Abdullah")?.aliases.sorted(), ["Abdullah", "King Abdullah"])
        // the full name written under the royal title: the given name after it is that person
        XCTAssertEqual(
            try typedNames("AMMAN - King Abdullah bin Hussein met envoys on Monday. King Abdullah said Jordan would help."),
            ["AMMAN|location", "Abdullah bin Hussein|person", "Jordan|country"])
    }

    func testAPlacesNameAfterATitledGivenNameIsTheSurname() throws {
        XCTAssertEqual(
            try all("IAEA Director General Yukiya Amano said Iran had not cooperated."),
            ["Yukiya Amano -director general-> International Atomic Energy Agency"])
        // a place after a full name stays a place
        XCTAssertEqual(try typedNames("President Yoweri Museveni flew to Kampala."), ["Kampala|location", "Yoweri Museveni|person"])
    }

    func testXAfterAWordOfPostingIsThePlatform() throws {
        let doc = try extract("Foreign Minister Xue Jian wrote on X that the talks had failed.")
        XCTAssertEqual(doc.entities.map { "\($0.name)|\($0.type)" }.sorted(), ["Xue Jian|person", "X|organization"])
        XCTAssertEqual(facts(doc), [])
        // no word of saying before it, or a word joined to it: no platform
        XCTAssertEqual(try typedNames("Rebels attacked on X day."), [])
        XCTAssertEqual(try typedNames("The report said the plan was based on X-ray evidence."), [])
    }
}
