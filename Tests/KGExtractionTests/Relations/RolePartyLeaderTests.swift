import KGExtraction
import XCTest

/// A party a person's possessive opens is the party that person leads (`RoleExtractor.possessivePartyLeaders`).
final class RolePartyLeaderTests: ExtractionTestCase {
    func testHisPartyIsLedByThePersonNamedLastInTheSentenceBefore() throws {
        XCTAssertEqual(
            try all("Maia Lungu defeated Igor Petrov in 2020. Petrov is under house arrest. His Socialist Party joined the protests in Chisinau."),
            ["Maia Lungu -defeat-> Igor Petrov", "Igor Petrov -leader-> Socialist Party"])
    }

    func testHerPartyIsLedByThePersonNamedBeforeInTheSentence() throws {
        XCTAssertEqual(
            try all("Amina Odhiambo said on Monday that her Democratic Alliance Party would win the vote."),
            ["Amina Odhiambo -leader-> Democratic Alliance Party"])
    }

    func testABodyThatIsNoPartyIsNotLed() throws {
        XCTAssertEqual(try all("Ali Hassan spoke on Monday. His Ministry of Finance raised taxes."), [])
    }
}
