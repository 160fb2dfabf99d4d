import XCTest

@testable import KGExtraction

/// The forty-fourth pass on unseen news: a title that is no national office, after "his" or "her"
/// and with its holder named after a comma, serves the person the pronoun stands for; "the
/// president", "the new president", "the prime minister" stand for the one person the document
/// has titled so; a national office stated by a copula with no body beside it ("X, who had been
/// president since 1994") is a bare title of the story's country; "Governor-General" is a
/// national title; "named X, an apposition, as TITLE" gives X the title however long the apposition;
/// "sent a message of congratulations to X" congratulates X wherever the parser hangs "to X"; an
/// act noun a possessive pronoun owns, kept up by the verb's subject ("kept its sanctions on X"), is
/// that subject's act, and in a verb's phrase it is the act of the nearest name before the pronoun;
/// a first name written with diacritics ("José", "François") is read as the lexicon's ASCII one;
/// "candidate" and "nominee" are titles a party gives; "chief observer", "coordinator",
/// "ringleader" and "affiliate" are roles too; "X of the ruling Y party" is a member of Y, and so
/// are those listed in "Y, to which X and Z both belong"; a donor, supplier, buyer or creditor in
/// apposition stands so toward the possessive's state, and a body's named mission is its mission.
final class FortyFourthRecallPassTests: ExtractionTestCase {
    func testATitleAfterHisWithItsHolderNamedServesThePronounsPerson() throws {
        let envoy = try roles("U.S. President Donald Trump said his special envoy, Steve Witkoff, had informed Qatar.")
        XCTAssertEqual(envoy, ["Donald Trump -president-> United States", "Steve Witkoff -special envoy-> Donald Trump"])
        let own = try roles("Nigerian President Muhammadu Buhari dispatched his own envoy, Ahmed Abubakar, to Pretoria.")
        XCTAssertTrue(own.contains("Ahmed Abubakar -envoy-> Muhammadu Buhari"), "\(own)")
        // a clause joined by ", and" takes up the first clause's subject, not its object's name
        let joined = try roles(
            "Brazilian President Jair Bolsonaro accused Emmanuel Macron of arrogance, and his special envoy, Onyx Lorenzoni, told reporters that Macron should stop.")
        XCTAssertTrue(joined.contains("Onyx Lorenzoni -special envoy-> Jair Bolsonaro"), "\(joined)")
        XCTAssertFalse(joined.contains("Onyx Lorenzoni -special envoy-> Emmanuel Macron"), "\(joined)")
        // a national office after "his" stays the state's
        let office = try roles("Thai Prime Minister Abhisit Vejjajiva spoke. His foreign minister, Kasit Piromya, flew to New York.")
        XCTAssertTrue(office.contains("Kasit Piromya -foreign minister-> Thailand"), "\(office)")
        XCTAssertFalse(office.contains("Kasit Piromya -foreign minister-> Abhisit Vejjajiva"), "\(office)")
        // with no holder named after the comma, the title is no one's
        let unnamed = try roles("U.S. President Donald Trump said his special envoy had informed Qatar.")
        XCTAssertEqual(unnamed, ["Donald Trump -president-> United States"])
    }

    func testTheTitleAloneStandsForTheOnePersonTheDocumentTitledSo() throws {
        let charge = try all(
            "Prime Minister Tuilaepa Sailele Malielegaoi nominated Tui Atua. SDUP leader Le Mamea Ropati accused Tuilaepa's government of rushing the vote, a charge the prime minister rejected."
        )
        XCTAssertTrue(charge.contains("Tuilaepa Sailele Malielegaoi -reject-> Le Mamea Ropati"), "\(charge)")
        let new = try all("Anote Tong was sworn in as president of Kiribati. The European Union congratulated the new president.")
        XCTAssertEqual(new, ["Anote Tong -president-> Kiribati", "European Union -congratulate-> Anote Tong"])
        // two people titled president: the description names neither
        let two = try all(
            "Chinese President Xi Jinping arrived. Anote Tong was sworn in as president of Kiribati. The European Union congratulated the new president.")
        XCTAssertFalse(two.contains { $0.hasPrefix("European Union -congratulate->") }, "\(two)")
        // a title given only later stands for no one yet
        let later = try all("The European Union congratulated the president. Anote Tong was sworn in as president of Kiribati.")
        XCTAssertEqual(later, ["Anote Tong -president-> Kiribati"])
        // "the president of X" is X's
        let of = try all("Anote Tong was sworn in as president of Kiribati. The European Union congratulated the president of Fiji.")
        XCTAssertTrue(of.contains("European Union -congratulate-> Fiji"), "\(of)")
        XCTAssertFalse(of.contains("European Union -congratulate-> Anote Tong"), "\(of)")
    }

    func testANationalOfficeAfterACopulaWithNoBodyIsABareTitle() throws {
        let had = try roles("KIRIBATI - Teburoro Tito, who had been president since 1994, was ousted in March.")
        XCTAssertEqual(had, ["Teburoro Tito -president-> Kiribati"])
        let story = try roles("Kiribati voted on Friday. Teburoro Tito, who had been president since 1994, was ousted in March.")
        XCTAssertEqual(story, ["Teburoro Tito -president-> Kiribati"])
        let now = try roles(
            "DUBLIN, Nov 9 (Reuters) - Ireland voted. The Progressive Democrats, whose leader Desmond O'Malley is industry minister, welcomed the result.")
        XCTAssertTrue(now.contains("Desmond O'Malley -industry minister-> Ireland"), "\(now)")
        // "of BODY" after the title is the copula rule's, not a bare title of the story's country
        let of = try roles("KIRIBATI - Teburoro Tito, who had been president of the Senate, was ousted in March.")
        XCTAssertFalse(of.contains("Teburoro Tito -president-> Kiribati"), "\(of)")
    }

    func testGovernorGeneralIsANationalTitle() throws {
        let facts = try roles("NASSAU - Governor-General Sir Clifford Darling swore Ingraham in at Government House in Nassau. The Bahamas voted.")
        XCTAssertEqual(facts, ["Clifford Darling -governor-general-> Bahamas"])
        // a governor of a province is no national title
        let governor = try roles("NASSAU - Governor Clifford Darling spoke in Nassau. The Bahamas voted.")
        XCTAssertFalse(governor.contains("Clifford Darling -governor-> Bahamas"), "\(governor)")
    }

    func testAnAppointedPersonsAppositionMayRunLongBeforeAs() throws {
        let facts = try roles(
            "BRIDGETOWN - She named Santia Bradshaw, a BLP member of parliament, as deputy prime minister, and appointed Jerome Walcott as foreign minister. Barbados voted."
        )
        XCTAssertEqual(facts, ["Santia Bradshaw -deputy prime minister-> Barbados", "Jerome Walcott -foreign minister-> Barbados"])
        // no verb of appointing before the name: no title
        let spoke = try roles("BRIDGETOWN - She thanked Santia Bradshaw, a BLP member of parliament, as deputy prime minister Jerome Walcott looked on. Barbados voted.")
        XCTAssertFalse(spoke.contains("Santia Bradshaw -deputy prime minister-> Barbados"), "\(spoke)")
    }

    func testAMessageOfAKindSentToSomeoneIsThatActOnThem() throws {
        let facts = try all("France, Cameroon's main ally, sent a message of congratulations to Paul Biya.")
        XCTAssertEqual(facts, ["France -ally-> Cameroon", "France -congratulate-> Paul Biya"])
        let support = try all("France sent a message of support to Paul Biya.")
        XCTAssertEqual(support, ["France -support-> Paul Biya"])
        // a message of no kind is no such act
        let plain = try all("France sent a message to Paul Biya.")
        XCTAssertFalse(plain.contains { $0.contains("congratulate") || $0.contains("support") }, "\(plain)")
    }

    func testAnOwnActKeptUpByTheSubjectIsTheSubjectsAct() throws {
        let kept = try all("The European Union said it would keep its sanctions on Belarus.")
        XCTAssertEqual(kept, ["European Union -sanction-> Belarus"])
        let defended = try all("Russia defended its invasion of Ukraine.")
        XCTAssertEqual(defended, ["Russia -invade-> Ukraine"])
        // a verb that stops the act leaves no such fact
        let frozen = try all("Germany froze its aid to Brazil.")
        XCTAssertFalse(frozen.contains("Germany -aid-> Brazil"), "\(frozen)")
        let lifted = try all("The European Union lifted its sanctions on Belarus.")
        XCTAssertFalse(lifted.contains("European Union -sanction-> Belarus"), "\(lifted)")
    }

    func testAnActNounAPronounOwnsInAVerbsPhraseIsTheNearestNamesAct() throws {
        let facts = try all("Turkey criticised Russia over its invasion of Ukraine.")
        XCTAssertEqual(facts, ["Turkey -criticize-> Russia", "Russia -invade-> Ukraine"])
        let praised = try all("Britain praised Kenya for its support to Somalia.")
        XCTAssertTrue(praised.contains("Kenya -support-> Somalia"), "\(praised)")
        // a phrase of another noun: the act is not done
        let suspended = try all("The United States announced the suspension of its aid to Mali.")
        XCTAssertFalse(suspended.contains("United States -aid-> Mali"), "\(suspended)")
    }

    func testAFirstNameWithDiacriticsIsAFirstName() throws {
        let names = try typedNames("François Hollande met José Mujica in Paris. Micheál Martin also came.")
        XCTAssertEqual(names, ["François Hollande|person", "José Mujica|person", "Micheál Martin|person", "Paris|location"])
        // a word that is no first name stays none with its diacritics dropped
        let lexicons = try XCTUnwrap(Self.extractor).lexicons
        XCTAssertTrue(lexicons.isFirstName("José"))
        XCTAssertFalse(lexicons.isFirstName("Çiçek"))
        XCTAssertEqual(lexicons.gender(ofFirstName: "Françoise"), lexicons.gender(ofFirstName: "Francoise"))
    }

    func testACandidateIsAPartysTitle() throws {
        let facts = try roles(
            "Jose Serra, the presidential candidate of the opposition Brazilian Social Democracy Party (PSDB), accused Lula of lending legitimacy to Iran.")
        XCTAssertEqual(facts, ["Jose Serra -candidate-> Brazilian Social Democracy Party"])
        // a candidate of no body named is no one's
        XCTAssertEqual(try roles("Jose Serra, the presidential candidate, accused Lula of lending legitimacy to Iran."), [])
    }

    func testObserversAndAffiliatesHoldRoles() throws {
        XCTAssertEqual(
            try roles("The European Union's chief observer, Judith Sargentini, said her mission had found no fraud."),
            ["Judith Sargentini -chief observer-> European Union"])
        XCTAssertEqual(try roles("Al Shabaab, al Qaeda's affiliate in Somalia, condemned the deal."), ["Al Shabaab -affiliate-> al-Qaeda"])
        // "justice" stays out: it is a word of bodies' names ("International Court of Justice")
        let court = try typedNames("The International Court of Justice ruled on Monday.")
        XCTAssertTrue(court.contains("International Court of Justice|organization"), "\(court)")
    }

    func testAPersonOfAPartyPastItsModifiersIsAMember() throws {
        let facts = try roles("Mary Robinson defeated Brian Lenihan of the ruling Fianna Fail party on Friday.")
        XCTAssertEqual(facts, ["Brian Lenihan -member-> Fianna Fail"])
        // a body not named as a party is no membership
        XCTAssertEqual(try roles("Mary Robinson met Brian Lenihan of the powerful Dublin Port Company on Friday."), [])
    }

    func testThoseWhoBelongToABodyAreItsMembers() throws {
        let facts = try roles("The ruling Colorado Party, to which Juan Carlos Wasmosy and Lino Oviedo both belong, was split.")
        XCTAssertEqual(facts, ["Juan Carlos Wasmosy -member-> Colorado Party", "Lino Oviedo -member-> Colorado Party"])
        let titled = try roles("Qatar backs the Muslim Brotherhood, to which ousted Egyptian President Mohamed Mursi belongs, and Al Jazeera.")
        XCTAssertTrue(titled.contains("Mohamed Mursi -member-> Muslim Brotherhood"), "\(titled)")
        XCTAssertFalse(titled.contains("Egypt -member-> Muslim Brotherhood"), "\(titled)")
        // "belong" with no ", to which" before it names no body
        XCTAssertEqual(try roles("Juan Carlos Wasmosy and Lino Oviedo both belong to the old guard."), [])
    }

    func testADonorOrSupplierInAppositionStandsSoTowardThePossessor() throws {
        XCTAssertEqual(
            try roles("Australia, Kiribati's largest aid donor, said it would keep funding schools."), ["Australia -donor-> Kiribati"])
        // a donor named with no possessor stands toward no one
        XCTAssertEqual(try roles("Australia, the largest aid donor, said it would keep funding schools."), [])
    }

    func testABodysNamedMissionIsItsMission() throws {
        XCTAssertEqual(
            try roles("The withdrawal does not affect the United Nations peacekeeping mission, MINUSMA, which has some 14,000 personnel in Mali."),
            ["MINUSMA -mission-> United Nations"])
        // a mission named by no body is no one's
        XCTAssertEqual(try roles("Sweden will upgrade the Palestinian mission in Stockholm to an embassy."), [])
    }
}
