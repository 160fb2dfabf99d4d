import KGExtraction
import XCTest

/// The twenty-seventh pass on unseen news: a body a person's possessive or "whose" names, of any
/// kind, as the body the person leads ("Koroma's Armed Forces Revolutionary Council", "Dagalo,
/// whose Rapid Support Forces"), "his"/"her" skipping a person of the other gender, a body's class
/// in apposition before "led by" ("GERB, a party led by X") and as a cue that an acronym names a
/// body, and a titled person after a clause's opening phrase read as its subject ("In Washington,
/// Secretary of State X urged ..."), a body a person's possessive names acting itself ("Zuma's
/// African National Congress accused"), and a speaker going on to act on the subject of the reported
/// clause ("Obama said Turkey had a right ... and urged Ankara and Moscow"), and a list of names
/// with one "and" only ("summoned X, and Y, and Z accused W": Z accuses alone, and the clauses
/// split at the second ", and"), and four misread clauses mended (a relative clause closed before the
/// main verb when a name is the root; a name between commas after an object read as its apposition,
/// not the next verb's subject; "whose" a few words before its noun; a participle clause after a
/// comma as the clause's adverbial), a hyphenated participle tagged as an adjective, and a journey's
/// preposition fixed to an adverb ("flew instead to"), "a decision" no act toward anyone, and a
/// chargé d'affaires a title of its own, and a bare title right after an opening "In CAPITAL," that
/// capital's country's office ("In London, Foreign Secretary William Hague"), and a known name with a
/// particle in lower case ("Lashkar-e-Taiba", "al Qaeda"), and a name after a title and its post's
/// place a person ("Haiti's ambassador to the United States, Bocchit Edmond"), "Nobel" never a name
/// of its own, and the person in apposition to a kin noun or title acting rather than its possessor
/// ("Fujimori's daughter, Keiko Fujimori, accused"), and "Both denied the charge" after an accusation
/// of two.
final class TwentySeventhRecallPassTests: ExtractionTestCase {
    func testABodyNamedAsAPersonsIsTheBodyThePersonLeads() throws {
        XCTAssertEqual(
            try all("Major Johnny Paul Koroma seized power. Koroma's Armed Forces Revolutionary Council (AFRC) invited the rebels."),
            ["Johnny Paul Koroma -leader-> Armed Forces Revolutionary Council"])
        XCTAssertEqual(
            try all("General Mohamed Hamdan Dagalo spoke on Monday. Dagalo, whose Rapid Support Forces (RSF) patrolled the streets, met Abiy Ahmed."),
            ["Mohamed Hamdan Dagalo -leader-> Rapid Support Forces", "Mohamed Hamdan Dagalo -meet-> Abiy Ahmed"])
        // a country's possessive names no leader
        XCTAssertEqual(try all("Sudan's Rapid Support Forces patrolled the streets."), [])
    }

    func testHisOrHerSkipsBackPastAPersonOfTheOtherGender() throws {
        XCTAssertEqual(
            try all("Angela Merkel met John Smith on Tuesday. Her Christian Democratic Union organised rallies."),
            ["Angela Merkel -meet-> John Smith", "Angela Merkel -leader-> Christian Democratic Union"])
        XCTAssertEqual(
            try all("Angela Merkel met John Smith on Tuesday. His Christian Democratic Union organised rallies."),
            ["Angela Merkel -meet-> John Smith", "John Smith -leader-> Christian Democratic Union"])
        // no woman named in the sentence before: "her" leads nowhere
        XCTAssertEqual(
            try all("Angela Merkel spoke on Tuesday. John Smith urged the judges to act. Her Christian Democratic Union organised rallies."), [])
    }

    func testABodysClassInAppositionBeforeLedByStandsForTheBody() throws {
        XCTAssertEqual(try all("The motion passed after GERB, a party led by Boyko Borissov, quit the coalition."), ["Boyko Borissov -leader-> GERB"])
        // a plan is no body
        XCTAssertEqual(try all("The motion passed after GERB, a plan led by Boyko Borissov, failed."), [])
    }

    func testATitledPersonAfterAnOpeningPhraseIsTheSubject() throws {
        XCTAssertEqual(try all("In Washington, Secretary of State Condoleezza Rice urged Damascus to withdraw."), ["Condoleezza Rice -urge-> Syria"])
        // the opening phrase's own apposition names no person: no subject found for "urged"
        XCTAssertEqual(try all("In Washington, the capital, protesters urged Damascus to withdraw."), [])
    }

    func testABodyAPersonsPossessiveNamesActsItself() throws {
        XCTAssertEqual(
            try all("President Jacob Zuma spoke. Zuma's African National Congress (ANC) accused the ICC of targeting African leaders."),
            ["Jacob Zuma -leader-> African National Congress", "African National Congress -accuse-> International Criminal Court"])
        // a person in apposition to a body's name is who acts
        XCTAssertEqual(
            try all("The African National Congress leader, Jacob Zuma, accused the ICC of targeting African leaders."),
            ["Jacob Zuma -leader-> African National Congress", "Jacob Zuma -accuse-> International Criminal Court"])
    }

    func testASpeakerGoesOnToUrgeTheSubjectOfTheReportedClause() throws {
        XCTAssertEqual(
            try all("U.S. President Barack Obama said Turkey had a right to defend its airspace and urged Ankara and Moscow to avoid escalation."),
            ["Barack Obama -president-> United States", "Barack Obama -urge-> Turkey", "Barack Obama -urge-> Russia"])
        // the reported clause's subject does the second act when it is not done to it
        XCTAssertEqual(
            try all("U.S. President Barack Obama said Turkey had a right to defend its airspace and urged Moscow to avoid escalation."),
            ["Barack Obama -president-> United States", "Turkey -urge-> Russia"])
    }

    func testAListHasOneAnd() throws {
        XCTAssertEqual(
            try all(
                "In Beijing, China's Foreign Ministry summoned South Korea's ambassador, Kim Jang-soo, and U.S. Ambassador Max Baucus, and Foreign Minister Wang Yi accused Washington of using North Korea as a pretext."
            ),
            [
                "Kim Jang-soo -ambassador-> South Korea", "Max Baucus -ambassador-> United States", "Chinese Foreign Ministry -summon-> Kim Jang-soo",
                "Chinese Foreign Ministry -summon-> Max Baucus", "Wang Yi -accuse-> United States", "Chinese Foreign Ministry -summon-> South Korea", "Chinese Foreign Ministry -summon-> United States",
            ])
        // one "and" after the clause's ", and": both people act
        XCTAssertEqual(
            try all("Chile recalled its envoy, and German Chancellor Angela Merkel and French Foreign Minister Bernard Kouchner condemned Peru."),
            [
                "Angela Merkel -chancellor-> Germany", "Bernard Kouchner -foreign minister-> France", "Angela Merkel -condemn-> Peru",
                "Bernard Kouchner -condemn-> Peru",
            ])
    }

    func testMisreadClausesOfNewsSentencesAreMended() throws {
        // a relative clause closed before the main verb
        XCTAssertEqual(
            try all("Algeria, which backs the independence-seeking Polisario Front, recalled its ambassador from Spain."),
            ["Algeria -back-> Polisario Front", "Algeria -recall-> Spain"])
        // a name in apposition to an object is no subject of the next verb
        XCTAssertEqual(
            try all("Foreign Minister Tsend Munkh-Orgil held talks with China's ambassador, Xing Haiming, on Wednesday and urged Beijing to resume the loan talks."),
            ["Xing Haiming -ambassador-> China", "Tsend Munkh-Orgil -talk-> Xing Haiming", "Tsend Munkh-Orgil -urge-> China"])
        // a trailing participle clause is the clause's doer's
        XCTAssertEqual(
            try all("South Korea said it would deploy a battery in Seongju, a rural county in North Gyeongsang province, defying warnings from China."),
            ["South Korea -deploy-> Seongju", "China -warn-> South Korea", "South Korea -defy-> China"])
    }

    func testAJourneysPrepositionMayBeFixedToAnAdverb() throws {
        XCTAssertEqual(
            try all("Foreign Minister Mevlut Cavusoglu spoke. Cavusoglu flew instead to the French city of Metz."),
            ["Metz -city-> France", "Mevlut Cavusoglu -fly-> Metz"])
        // "instead of" names no destination
        XCTAssertEqual(try all("Foreign Minister Mevlut Cavusoglu spoke. Cavusoglu flew instead of Metz."), [])
    }

    func testADecisionIsNoActTowardAnyone() throws {
        XCTAssertEqual(
            try all("Honduras recalled its envoy from Nicaragua. Colombian Foreign Minister Guillermo Fernandez de Soto welcomed Tegucigalpa's decision."),
            [
                "Honduras -recall-> Nicaragua", "Guillermo Fernandez de Soto -foreign minister-> Colombia",
                "Guillermo Fernandez de Soto -welcome-> Honduras",
            ])
    }

    func testAChargeDAffairesIsATitle() throws {
        XCTAssertEqual(
            try all("Syria denied the massacre. Britain gave Syria's charge d'affaires, Ghassan Dalla, seven days to leave."),
            ["Ghassan Dalla -charge d'affaires-> Syria", "United Kingdom -give-> Ghassan Dalla", "United Kingdom -give-> Syria"])
    }

    func testABareTitleAfterAnOpeningCapitalIsItsCountrys() throws {
        XCTAssertEqual(
            try all(
                "Syria denied the massacre. Britain condemned it. In London, Foreign Secretary William Hague gave Syria's charge d'affaires, Ghassan Dalla, seven days to leave."
            ),
            [
                "Ghassan Dalla -charge d'affaires-> Syria", "William Hague -give-> Ghassan Dalla", "William Hague -foreign secretary-> United Kingdom", "William Hague -give-> Syria",
            ])
        // a capital whose country the document does not name places nothing
        XCTAssertEqual(
            try all("Syria denied the massacre. In London, Foreign Secretary William Hague gave Syria's charge d'affaires, Ghassan Dalla, seven days to leave."),
            ["Ghassan Dalla -charge d'affaires-> Syria", "William Hague -give-> Ghassan Dalla", "William Hague -give-> Syria"])
    }

    func testANameParticleInLowerCaseKeepsAKnownName() throws {
        let hyphened = try extract("India blamed Lashkar-e-Taiba for the raid.")
        XCTAssertTrue(hyphened.entities.contains { $0.type == .organization && $0.name.lowercased() == "lashkar-e-taiba" }, "\(hyphened.entities.map(\.name))")
        let spaced = try extract("India blamed al Qaeda for the raid.")
        XCTAssertTrue(spaced.entities.contains { $0.type == .organization && $0.name == "al-Qaeda" }, "\(spaced.entities.map(\.name))")
        // a capital's name written with hyphens is one name
        let capital = try extract("The United States sent troops to Haiti. The Marines landed in Port-au-Prince on Monday.")
        XCTAssertTrue(capital.entities.contains { $0.name == "Port-au-Prince" }, "\(capital.entities.map(\.name))")
    }

    func testANameAfterATitleAndItsPostsPlaceIsAPerson() throws {
        XCTAssertEqual(
            try all("Haiti's ambassador to the United States, Bocchit Edmond, urged Congress to act."),
            ["Bocchit Edmond -ambassador-> Haiti", "Bocchit Edmond -ambassador-> United States", "Bocchit Edmond -urge-> Congress"])
        let doc = try extract("The State Department gave the Syrian charge d'affaires in Washington, Zuheir Jabbour, 72 hours to depart.")
        XCTAssertTrue(doc.entities.contains { $0.type == .person && $0.name == "Zuheir Jabbour" }, "\(doc.entities.map(\.name))")
    }

    func testNobelNamesNoOne() throws {
        let doc = try extract("Nobel laureate Muhammad Yunus met Narendra Modi. Yunus, a Nobel Peace Prize winner, spoke.")
        XCTAssertFalse(doc.entities.contains { $0.name == "Nobel" }, "\(doc.entities.map(\.name))")
    }

    func testAPersonInAppositionToAKinNounActsNotThePossessor() throws {
        XCTAssertEqual(
            try all("President Alberto Fujimori fled. Fujimori's daughter, Keiko Fujimori, accused Alejandro Toledo of persecuting her father."),
            ["Keiko Fujimori -daughter-> Alberto Fujimori", "Keiko Fujimori -accuse-> Alejandro Toledo"])
        // no one in apposition: the possessive still names who acts ("Putin's spokesman said")
        XCTAssertEqual(try all("President Vladimir Putin spoke. Putin's envoy accused Kyiv of sabotage."), ["Vladimir Putin -accuse-> Ukraine"])
    }

    func testBothDeniedTheChargeIsEachAccusedsDenial() throws {
        XCTAssertEqual(
            try all(
                "President Vladimir Voronin spoke on Monday. Voronin accused Mihai Ghimpu and Vlad Filat of attempting a coup. Both denied the charge."
            ),
            [
                "Vladimir Voronin -accuse-> Mihai Ghimpu", "Vladimir Voronin -accuse-> Vlad Filat", "Mihai Ghimpu -deny-> Vladimir Voronin",
                "Vlad Filat -deny-> Vladimir Voronin",
            ])
        // one accused only: "both" stands for no one there
        XCTAssertEqual(
            try all("President Vladimir Voronin spoke on Monday. Voronin accused Mihai Ghimpu of attempting a coup. Both denied the charge."),
            ["Vladimir Voronin -accuse-> Mihai Ghimpu"])
    }
}
