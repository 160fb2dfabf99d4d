import XCTest

@testable import KGExtraction

/// The thirty-fourth pass on unseen news: a party a person's possessive opens past a lower-case
/// word or two ("Haider's far-right Freedom Party", "Orban's ruling Fidesz party") is the party the
/// person leads, as after "whose"; past such words only a body named as a party is.
final class ThirtyFourthRecallPassTests: ExtractionTestCase {
    func testAPartyAPossessiveOpensPastAnAdjectiveIsThePersonsToLead() throws {
        XCTAssertEqual(
            try all("Joerg Haider's far-right Freedom Party joined the coalition on Friday."),
            ["Joerg Haider -leader-> Freedom Party"])
        XCTAssertEqual(
            try all("Ilir Meta's ruling Socialist Movement for Integration backed the plan."),
            ["Ilir Meta -leader-> Socialist Movement for Integration"])
        // past an adjective, a body not named as a party is no one's to lead
        XCTAssertEqual(
            try all("Joerg Haider's former employer Siemens denied the report."),
            [])
    }
}
