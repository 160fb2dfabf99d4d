import KGExtraction
import XCTest

/// The twenty-fifth pass on unseen news: titles of several words between a body's name and the
/// holder, time clauses that share their subject, titled people in a list, relative clauses
/// after a coordinated name, denials set off after the accusation they answer, plural nouns that
/// include names, "in a move that X condemned", a demonym after "his" before a staff noun,
/// the Houthis, and parties named by one unknown word ("whose Likud party").
final class TwentyFifthRecallPassTests: ExtractionTestCase {
    func testABodysNameBeforeATitleOfSeveralWordsModifiesTheTitle() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("President Jose Raul Mulino met U.S. Secretary of State Marco Rubio on Sunday."),
            ["Jose Raul Mulino -meet-> Marco Rubio", "Marco Rubio -secretary of state-> United States"])
        // what the name governed past the holder is the holder's: the relative clause's object
        XCTAssertEqual(
            try TreeRuleFacts.of("Evo Morales decided to throw out U.S. envoy Philip Goldberg, whom he accused of backing the opposition."),
            ["Evo Morales -accuse-> Philip Goldberg", "Evo Morales -throw out-> Philip Goldberg", "Philip Goldberg -envoy-> United States", "Evo Morales -throw out-> United States"])
        // a country met alone stays the one met
        XCTAssertEqual(try TreeRuleFacts.of("President Jose Raul Mulino met U.S. officials on Sunday."), ["Jose Raul Mulino -meet-> United States"])
    }

    func testATimeClauseOfAParticipleSharesItsMainClausesSubject() throws {
        XCTAssertEqual(
            try all("President Jose Raul Mulino said on Sunday after meeting U.S. Secretary of State Marco Rubio that Panama would leave the initiative."),
            ["Jose Raul Mulino -meet-> Marco Rubio", "Jose Raul Mulino -president-> Panama", "Marco Rubio -secretary of state-> United States"])
        // "without naming" is no act
        XCTAssertEqual(try all("Turkish President Tayyip Erdogan said, without naming Russia, that the war must end."), ["Tayyip Erdogan -president-> Turkey"])
    }

    func testATitledPersonAfterACommaInAListIsOneMorePerson() throws {
        XCTAssertEqual(
            try all(
                "President Ram Chandra Paudel swore in Sushila Karki. Karki was chosen after two days of talks between Paudel, army chief General Ashok Raj Sigdel and protest leaders."
            ),
            ["Ashok Raj Sigdel -talk-> Ram Chandra Paudel", "Ram Chandra Paudel -talk-> Ashok Raj Sigdel", "Ram Chandra Paudel -swear in-> Sushila Karki"])
        // a title with "of" before the name describes the one before the comma
        XCTAssertEqual(
            try all("Talks between Paudel and Ashok Raj Sigdel, the wife of President Ram Chandra Paudel, went on."),
            ["Ashok Raj Sigdel -talk-> Ram Chandra Paudel", "Ashok Raj Sigdel -wife-> Ram Chandra Paudel", "Ram Chandra Paudel -talk-> Ashok Raj Sigdel"])
    }

    func testARelativeClausesVerbAfterAConjoinedNameOpensNoSecondClause() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of(
                "The agreement was announced after four days of talks between Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed bin Mohammed Al-Aiban, which were hosted by Wang Yi, China's most senior diplomat."
            ),
            [
                "Ali Shamkhani -secretary-> Supreme National Security Council", "Ali Shamkhani -talk-> Musaed bin Mohammed Al-Aiban",
                "Musaed bin Mohammed Al-Aiban -national security adviser-> Saudi Arabia", "Musaed bin Mohammed Al-Aiban -talk-> Ali Shamkhani",
                "Wang Yi -diplomat-> China", "Wang Yi -host-> Musaed bin Mohammed Al-Aiban",
            ])
        // a verb after the relative clause's closing comma is the second clause's own
        XCTAssertEqual(
            try all(
                "South African President Thabo Mbeki said he would keep working with both parties, but Zambian President Levy Mwanawasa, who chairs the SADC, criticised Robert Mugabe."
            ),
            [
                "Levy Mwanawasa -chair-> Southern African Development Community", "Levy Mwanawasa -criticize-> Robert Mugabe",
                "Levy Mwanawasa -president-> Zambia", "Thabo Mbeki -president-> South Africa",
            ])
    }

    func testADenialSetOffAfterTheAccusationItAnswers() throws {
        XCTAssertEqual(
            try all("Saudi Arabia accused Iran of arming the Houthis, a charge Iran denies."),
            ["Iran -deny-> Saudi Arabia", "Saudi Arabia -accuse-> Iran"])
        XCTAssertEqual(
            try all("Algeria accused Morocco and Israel of supporting the group, a charge both countries deny."),
            ["Algeria -accuse-> Israel", "Algeria -accuse-> Morocco", "Israel -deny-> Algeria", "Morocco -deny-> Algeria"])
        // deniers the accusation did not name reject its maker, not the accused's alleged act
        let rejected = try all(
            "Donald Trump accused Panama of charging U.S. ships high fees, a claim that Jose Raul Mulino and the Panama Canal Authority have rejected.")
        XCTAssertTrue(rejected.isSuperset(of: ["Jose Raul Mulino -reject-> Donald Trump", "Panama Canal Authority -reject-> Donald Trump"]), "\(rejected)")
        XCTAssertFalse(rejected.contains("Jose Raul Mulino -reject-> Panama"), "\(rejected)")
        // no accusation in the sentence, or no denial of the charge: nothing more
        XCTAssertEqual(try all("Saudi Arabia met Iran in Beijing, a charge Iran denies."), ["Saudi Arabia -meet-> Iran"])
        XCTAssertEqual(try all("Saudi Arabia accused Iran of arming the Houthis, a charge Iran repeated."), ["Saudi Arabia -accuse-> Iran"])
    }

    func testAPluralNounStandsForTheNamesItIncludes() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("KATHMANDU (Reuters) - Nepal's government blocked 26 social media platforms, including Facebook, YouTube and Twitter."),
            ["Nepal -block-> Facebook", "Nepal -block-> Twitter", "Nepal -block-> YouTube"])
        XCTAssertEqual(
            try TreeRuleFacts.of("Several countries, including France and Germany, condemned Russia."), ["France -condemn-> Russia", "Germany -condemn-> Russia"])
        // a plural noun that includes no name stands for no one
        XCTAssertEqual(try TreeRuleFacts.of("Nepal's government blocked 26 social media platforms on Friday."), [])
    }

    func testAMoveThatSomeoneCondemnedAfterAComma() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("Russia recognised Donetsk on Monday, in a move that Germany condemned."),
            ["Germany -condemn-> Russia", "Russia -recognize-> Donetsk"])
        // a purpose, not a judgement
        XCTAssertEqual(try TreeRuleFacts.of("Russia recognised Donetsk on Monday, in a move to end the war."), ["Russia -recognize-> Donetsk"])
    }

    func testADemonymBetweenAPossessiveAndAStaffNoun() throws {
        XCTAssertTrue(try all("Alexei Navalny said his Russian lawyer, Vadim Kobzev, had been detained.").contains("Vadim Kobzev -lawyer-> Alexei Navalny"))
        // no possessive before the demonym: no one's lawyer
        XCTAssertFalse(try all("Alexei Navalny said the Russian lawyer, Vadim Kobzev, had been detained.").contains("Vadim Kobzev -lawyer-> Alexei Navalny"))
    }

    func testTheHouthisAreAnArmedGroup() throws {
        XCTAssertEqual(try all("The Houthis crossed into Saudi Arabia."), ["Houthis -cross-> Saudi Arabia"])
        XCTAssertEqual(try all("The Houthi movement fired missiles at Riyadh."), ["Houthis -fire-> Riyadh"])
    }

    func testAnActAllegedByAnAccusationIsNoFact() throws {
        // "arming" misread as describing "Iran"
        XCTAssertEqual(try all("Saudi Arabia accused Iran of arming the Houthis."), ["Saudi Arabia -accuse-> Iran"])
        // a participle describing a name, with no "of", still has the name act
        XCTAssertEqual(try TreeRuleFacts.of("Russian forces crossing into Ukraine shelled Kharkiv."), ["Russia -cross-> Ukraine", "Russia -shell-> Kharkiv"])
    }

    func testOneUnknownWordBeforeAnOwnedOrDeterminedPartyNamesIt() throws {
        XCTAssertEqual(
            try all("Benjamin Netanyahu, whose Likud party opposes any withdrawal, accused Ehud Olmert."),
            ["Benjamin Netanyahu -leader-> Likud", "Benjamin Netanyahu -accuse-> Ehud Olmert"])
        XCTAssertEqual(
            try all("Voters backed Abdirahman Mohamed Abdullahi, the leader of the opposition Waddani party."),
            ["Abdirahman Mohamed Abdullahi -leader-> Waddani"])
        // a movement named alone may be named after a person: no body
        XCTAssertEqual(try extract("Police raided offices of the Korvi movement.").entities.filter { $0.type == .organization }.map(\.name), [])
    }

    func testItOrThemAfterAParticipleIsWhatTheMainClauseActedOn() throws {
        XCTAssertEqual(
            try all("Mali left ECOWAS on Sunday, accusing it of becoming a threat."),
            ["Mali -leave-> Economic Community of West African States", "Mali -accuse-> Economic Community of West African States"])
        XCTAssertEqual(
            try all("Russia expelled diplomats of Poland and Lithuania, accusing them of spying."),
            ["Russia -expel-> Poland", "Russia -expel-> Lithuania", "Russia -accuse-> Poland", "Russia -accuse-> Lithuania"])
        // no body named after the subject: the subject does not accuse itself
        XCTAssertEqual(try all("Russia expelled ten diplomats, accusing them of spying."), [])
    }

    func testADeniersRelativeClauseBeforeItsDenial() throws {
        let text =
            "French judge Jean-Louis Bruguiere accused President Paul Kagame of ordering the attack. Kagame, whose Rwandan Patriotic Front (RPF) rebels ended the genocide, rejected the accusation and accused France of lying."
        XCTAssertTrue(try all(text).contains("Paul Kagame -reject-> Jean-Louis Bruguiere"))
        // no charge made before: no denial
        XCTAssertFalse(
            try all("Paul Kagame, whose Rwandan Patriotic Front (RPF) rebels ended the genocide, rejected the accusation.").contains { $0.contains("-reject->") })
    }

    func testASentenceEndingInACommaAfterAnAppointeeIsNoTrap() throws {
        // the apposition after the appointee's comma would start past the sentence's end
        XCTAssertEqual(try all("The assembly named Ali Khan,"), [])
    }

    func testEveryGoBetweenActsOnEverySideOfTheTalks() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("Talks between Viktor Yushchenko and Viktor Yanukovich were mediated by Aleksander Kwasniewski, Valdas Adamkus and Javier Solana."),
            [
                "Aleksander Kwasniewski -mediate-> Viktor Yanukovich", "Aleksander Kwasniewski -mediate-> Viktor Yushchenko",
                "Javier Solana -mediate-> Viktor Yanukovich", "Javier Solana -mediate-> Viktor Yushchenko",
                "Valdas Adamkus -mediate-> Viktor Yanukovich", "Valdas Adamkus -mediate-> Viktor Yushchenko",
                "Viktor Yanukovich -talk-> Viktor Yushchenko", "Viktor Yushchenko -talk-> Viktor Yanukovich",
            ])
        // participles joined on the talks' noun, and "between" hung on the count of hours
        let hosted = try TreeRuleFacts.of(
            "The ruling came after talks between Viktor Yushchenko and Viktor Yanukovich, hosted by Leonid Kuchma and mediated by Javier Solana.")
        XCTAssertTrue(
            hosted.isSuperset(of: [
                "Leonid Kuchma -host-> Viktor Yanukovich", "Leonid Kuchma -host-> Viktor Yushchenko",
                "Javier Solana -mediate-> Viktor Yanukovich", "Javier Solana -mediate-> Viktor Yushchenko",
            ]), "\(hosted)")
        XCTAssertEqual(
            try TreeRuleFacts.of("Jens Stoltenberg hosted four hours of talks between Tayyip Erdogan and Magdalena Andersson."),
            [
                "Jens Stoltenberg -host-> Tayyip Erdogan", "Jens Stoltenberg -host-> Magdalena Andersson",
                "Tayyip Erdogan -talk-> Magdalena Andersson", "Magdalena Andersson -talk-> Tayyip Erdogan",
            ])
    }

    func testAGoBetweenOfTheDealTheSentenceReportsBrokersWithItsSides() throws {
        let brokered = try all(
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration at the White House on Friday that commits their countries to ending nearly four decades of conflict, in a deal brokered by President Donald Trump."
        )
        XCTAssertTrue(brokered.isSuperset(of: ["Donald Trump -broker-> Nikol Pashinyan", "Donald Trump -broker-> Ilham Aliyev"]), "\(brokered)")
        // no reciprocal act in the sentence: no sides to broker with
        XCTAssertEqual(try all("Saudi Arabia condemned Iran on Friday, in a deal brokered by China."), ["Saudi Arabia -condemn-> Iran"])
    }

    func testAStandingAfterItsOrWhoseNamesItsHolder() throws {
        XCTAssertTrue(
            try all("Lebanon's parliament elected Joseph Aoun after Hezbollah and its ally, the Amal Movement, backed him.").contains(
                "Amal Movement -ally-> Hezbollah"))
        XCTAssertEqual(try all("Belarus, whose ally Russia has deployed troops on its territory, is under sanctions."), ["Russia -ally-> Belarus"])
        // a comma after a standing with no possessive before it opens no apposition
        XCTAssertFalse(try all("The allies, the Amal Movement and Hezbollah, backed him.").contains { $0.contains("-ally->") })
    }

    func testAPersonsCloseAllyOfAnother() throws {
        XCTAssertTrue(
            try all("Analysts say New Delhi is unlikely to hand over Sheikh Hasina, a close ally of Prime Minister Narendra Modi.").contains(
                "Hasina -ally-> Narendra Modi"))
        // an ally of no one named: no standing
        XCTAssertFalse(try all("Prime Minister Narendra Modi met Sheikh Hasina, a close ally, in Delhi.").contains { $0.contains("-ally->") })
    }

    func testCompaniesInTheNewsAreKnownBodies() throws {
        let doc = try extract("Uzbekistan agreed to buy Boeing aircraft, and France banned TikTok in New Caledonia.")
        XCTAssertTrue(Set(doc.entities.filter { $0.type == .organization }.map(\.name)).isSuperset(of: ["Boeing", "TikTok"]), "\(doc.entities)")
        // a surname that names a carmaker too stays the person's
        XCTAssertEqual(try extract("President Gerald Ford met Leonid Brezhnev.").entities.filter { $0.type == .organization }.map(\.name), [])
    }

    func testWhoseGovernmentAfterATitledLeaderIsHisCountry() throws {
        let hosted = try all(
            "Among them was Cuban President Raul Castro, whose government hosted nearly four years of talks between Bogota and the FARC in Havana.")
        XCTAssertTrue(hosted.isSuperset(of: ["Cuba -host-> Colombia", "Cuba -host-> Revolutionary Armed Forces of Colombia"]), "\(hosted)")
        XCTAssertFalse(hosted.contains { $0.hasPrefix("Raul Castro -host->") }, "\(hosted)")
        // no country before the title: nothing stands for the government
        XCTAssertFalse(try all("Raul Castro, whose government hosted talks between Bogota and the FARC, spoke.").contains { $0.hasPrefix("Cuba -host->") })
    }

    func testACapitalAnEnvoyIsSentToIsItsGovernment() throws {
        let doc = try extract("Kigali had also recalled its ambassador to Paris, Emmanuel Ndagijimana, and closed the relay station.")
        XCTAssertEqual(entity(doc, "France")?.type, .country, "\(doc.entities)")
        XCTAssertTrue(try all("Kigali had also recalled its ambassador to Paris, Emmanuel Ndagijimana.").contains("Rwanda -recall-> France"))
        // a journey to a capital goes to the city
        XCTAssertEqual(try extract("He flew to Paris on Monday.").entities.map(\.type), [.location])
    }

    func testAWarningThatThreatensNoOne() throws {
        // a threat of what will be done to someone else
        XCTAssertTrue(
            try all("The UAE's minister of state for foreign affairs, Anwar Gargash, warned that Qatar would face a divorce from its neighbours.")
                .contains("Anwar Gargash -warn-> Qatar"))
        // the speaker's own country, or a clause about the past, is threatened by no one
        XCTAssertFalse(
            try all("Croatian President Stjepan Mesic praised Jadranka Kosor but warned that Croatia would not give up its territory.").contains {
                $0.contains("-warn->")
            })
        XCTAssertFalse(
            try all("Lam Paul Gabriel, a spokesman for Riek Machar, warned that Salva Kiir's government had broken earlier agreements.").contains {
                $0.contains("-warn->")
            })
    }

    func testABodysClassNounStandsForTheBodyNamedAfterIt() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("Zeine told the Russian state news agency RIA Novosti that the AES would act."),
            ["Zeine -tell-> RIA Novosti", "RIA Novosti -agency-> Russia"])
        XCTAssertEqual(
            try TreeRuleFacts.of("Abdulaziz Kamilov told Uzbekistan's state news agency UzA that trade could double."),
            ["Abdulaziz Kamilov -tell-> UzA", "UzA -agency-> Uzbekistan"])
        // no body named after the noun: no one told
        XCTAssertEqual(try TreeRuleFacts.of("Zeine told the state news agency that the AES would act."), [])
    }

    func testHoldingAnOfficeOrABodyIsNoDetention() throws {
        XCTAssertFalse(
            try all("Kazakhstan, which holds the chairmanship of the Organisation for Security and Cooperation in Europe (OSCE), said it had acted.")
                .contains { $0.contains("-hold->") })
        // a person held is detained
        XCTAssertTrue(try all("The FARC is holding Ingrid Betancourt in the jungle.").contains("Revolutionary Armed Forces of Colombia -hold-> Ingrid Betancourt"))
    }

    func testAReciprocalActAskedOfItsSidesIsNotDone() throws {
        XCTAssertFalse(
            try all("OAU Secretary-General Salim Ahmed Salim called on Jean-Pierre Bemba and Emile Ilunga to sign it without delay.").contains {
                $0.contains("-sign->")
            })
        // done by the sides themselves, it is
        XCTAssertEqual(try all("Armenia and Azerbaijan signed a deal."), ["Armenia -sign-> Azerbaijan", "Azerbaijan -sign-> Armenia"])
    }
}
