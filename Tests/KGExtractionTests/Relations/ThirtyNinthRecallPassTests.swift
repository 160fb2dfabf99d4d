import XCTest

@testable import KGExtraction

/// The thirty-ninth pass on unseen news: who a bare title's holder speaks for.
final class ThirtyNinthRecallPassTests: ExtractionTestCase {
    /// The sentence after the dateline of each case, which names the dateline's country.
    private let kenya = "Kenya has a population of 50 million."

    func testADemonymBeforeAPluralNounInWhatIsSaidIsNoCountryTheSpeakerSpeaksFor() throws {
        // "Israeli advisers", "Cuban officials": whom the report is about, not whom the speaker serves
        XCTAssertEqual(
            try all("NAIROBI, May 2 (Reuters) - Foreign Minister Jane Wanjiru said Israeli advisers had helped the police clear the building. \(kenya)"),
            ["Jane Wanjiru -foreign minister-> Kenya"])
        XCTAssertEqual(
            try all("NAIROBI, May 2 (Reuters) - Foreign Minister Jane Wanjiru told reporters that Cuban officials had interfered in the case. \(kenya)"),
            ["Jane Wanjiru -foreign minister-> Kenya"])
        // the country itself as the subject of what is said is still the one the speaker speaks for
        XCTAssertEqual(
            try all("NAIROBI, May 2 (Reuters) - Foreign Minister Jane Wanjiru said Israel would send advisers to help the police. \(kenya)"),
            ["Jane Wanjiru -foreign minister-> Israel"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testEachStateOfAListedSubjectAccusesTheObjectBeforeAnOfGerund() throws {
        XCTAssertEqual(
            try all("Saudi Arabia, the United Arab Emirates and Bahrain recalled their ambassadors from Qatar on Wednesday, accusing Doha of failing to honour a pledge."),
            [
                "Saudi Arabia -recall-> Qatar", "United Arab Emirates -recall-> Qatar", "Bahrain -recall-> Qatar",
                "Saudi Arabia -accuse-> Qatar", "United Arab Emirates -accuse-> Qatar", "Bahrain -accuse-> Qatar",
            ])
    }
}

extension ThirtyNinthRecallPassTests {
    func testAVerbAfterAPossessedIngNounKeepsTheSubject() throws {
        // "ruling" had been read as a participle, "accused" coordinated with it and its subject lost
        let facts = try all(
            """
            Salvador Nasralla rejected the ruling of the Supreme Electoral Tribunal (TSE). Nasralla rejected the TSE's ruling, \
            accused Juan Orlando Hernandez of stealing the election and called the TSE "a puppet of the ruling party".
            """)
        XCTAssertTrue(facts.contains("Salvador Nasralla -accuse-> Juan Orlando Hernandez"), "\(facts)")
    }
}

extension ThirtyNinthRecallPassTests {
    func testTwoUnplacedWordsThatEndAPersonsFullNameAreThatPerson() throws {
        XCTAssertEqual(
            try entities("Denis Sassou Nguesso won. Michel Mokoko accused Sassou Nguesso of fraud."),
            ["Denis Sassou Nguesso person", "Michel Mokoko person"])
        XCTAssertEqual(
            try all("Denis Sassou Nguesso won. Michel Mokoko accused Sassou Nguesso of fraud."), ["Michel Mokoko -accuse-> Denis Sassou Nguesso"])
        // with no full name they end, the words name no one
        XCTAssertEqual(try entities("Michel Mokoko accused Sassou Nguesso of fraud."), ["Michel Mokoko person"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testATitledDenierAnswersWhoeverAccusedTheCountryTheyThenSpeakFor() throws {
        let accusation = "Saudi Arabia and Bahrain recalled their ambassadors from Qatar, accusing Doha of interfering in their affairs."
        XCTAssertEqual(
            try all("\(accusation) Foreign Minister Khalid al-Attiyah rejected the accusations and said Qatar would remain a loyal member of the alliance."),
            [
                "Saudi Arabia -recall-> Qatar", "Bahrain -recall-> Qatar", "Saudi Arabia -accuse-> Qatar", "Bahrain -accuse-> Qatar",
                "Khalid al-Attiyah -reject-> Saudi Arabia", "Khalid al-Attiyah -reject-> Bahrain", "Khalid al-Attiyah -foreign minister-> Qatar",
            ])
        // a minister placed nowhere answers no one
        XCTAssertEqual(
            try all("\(accusation) Foreign Minister Khalid al-Attiyah rejected the accusations."),
            ["Saudi Arabia -recall-> Qatar", "Bahrain -recall-> Qatar", "Saudi Arabia -accuse-> Qatar", "Bahrain -accuse-> Qatar"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testTheTreesCodeOfAnActOutweighsTheWindowsForTheSameEnds() throws {
        // the window reads "called" as an appeal (02); the tree reads a naming, a disapproval (11)
        XCTAssertEqual(try extract("Kenya called Uganda a danger to the region.").facts.map(\.cameo), [.root(.disapprove)])
        XCTAssertEqual(try extract("Kenya called on Uganda to withdraw its troops.").facts.map(\.cameo), [.root(.appeal)])
    }
}

extension ThirtyNinthRecallPassTests {
    func testBothAfterCalledOnStandsForTheListJustNamed() throws {
        XCTAssertEqual(
            try all("Ban Ki-moon telephoned Ali Bongo and Jean Ping and called on both to show restraint."),
            ["Ban Ki-moon -telephone-> Ali Bongo", "Ban Ki-moon -telephone-> Jean Ping", "Ban Ki-moon -call-> Ali Bongo", "Ban Ki-moon -call-> Jean Ping"])
        // "called for both to": no appeal to anyone
        XCTAssertEqual(
            try all("Ban Ki-moon telephoned Ali Bongo and Jean Ping and called for both to show restraint."),
            ["Ban Ki-moon -telephone-> Ali Bongo", "Ban Ki-moon -telephone-> Jean Ping"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testADenierTitledWithTheirStateAnswersItsAccusers() throws {
        let facts = try all(
            "Lebanese President Michel Aoun accused Saudi Arabia of detaining Saad Hariri. Saudi Foreign Minister Adel al-Jubeir denied the charge.")
        XCTAssertTrue(facts.contains("Adel al-Jubeir -deny-> Michel Aoun"), "\(facts)")
        let possessed = try all(
            "Lebanese President Michel Aoun accused Saudi Arabia of detaining Saad Hariri. Saudi Arabia's foreign minister, Adel al-Jubeir, denied the charge.")
        XCTAssertTrue(possessed.contains("Adel al-Jubeir -deny-> Michel Aoun"), "\(possessed)")
    }
}

extension ThirtyNinthRecallPassTests {
    func testAStatesEnvoyToABodyHoldsThePostForBoth() throws {
        XCTAssertEqual(
            try all("Russia's U.N. envoy, Vassily Nebenzia, rejected the accusations."),
            ["Vassily Nebenzia -envoy-> United Nations", "Vassily Nebenzia -envoy-> Russia"])
        XCTAssertEqual(
            try all("Iraqi U.N. Ambassador Nizar Hamdoon said Baghdad would comply."),
            ["Nizar Hamdoon -ambassador-> United Nations", "Nizar Hamdoon -ambassador-> Iraq"])
        // a post that is no state's at the body: the body's alone
        XCTAssertEqual(try all("Kenya's U.N. agency chief Jane Wanjiru said the aid would come."), ["Jane Wanjiru -chief-> United Nations"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testAKnownPlaceBeforeAKnownBodysNameNamesAnotherBody() throws {
        XCTAssertEqual(
            try entities("Papua New Guinea and the Bougainville Revolutionary Army (BRA) signed an accord on Sunday."),
            ["Papua New Guinea country", "Bougainville Revolutionary Army organization"])
        // the known body alone keeps its name
        XCTAssertEqual(try entities("The Revolutionary Army attacked the town."), ["Revolutionary Army organization"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testADenialOfTheActChargedAnswersTheAccusersOfTheDeniersCountry() throws {
        // no post stated: the lexicon of office holders places Ortega in Nicaragua
        XCTAssertEqual(
            try all("Costa Rica accused Nicaragua of invading its territory. Daniel Ortega has denied any invasion."),
            ["Costa Rica -accuse-> Nicaragua", "Daniel Ortega -deny-> Costa Rica"])
        // an act of no force denied names no charge
        XCTAssertEqual(
            try all("Costa Rica accused Nicaragua of invading its territory. Daniel Ortega has denied any talks."), ["Costa Rica -accuse-> Nicaragua"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testAJudgedThingsAuthorAfterByIsJudged() throws {
        XCTAssertEqual(
            try all("Egypt welcomed the decision by Saudi Arabia and Bahrain to recall their ambassadors."),
            ["Egypt -welcome-> Saudi Arabia", "Egypt -welcome-> Bahrain"])
        // a place after "by" is no author
        XCTAssertEqual(try all("Egypt welcomed the vote by parliament in Cairo on Monday."), [])
    }
}
