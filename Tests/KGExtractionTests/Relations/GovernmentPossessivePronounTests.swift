import XCTest

/// "His government", "her government": a possessive pronoun before a government noun is the
/// leader it points back to, and the government's acts are the leader's country's.
final class GovernmentPossessivePronounTests: ExtractionTestCase {
    func testHerGovernmentActsForTheCountryTheWomanNamedBeforeLeads() throws {
        XCTAssertEqual(
            try all("Kenyan President Mary Otieno flew to Kampala on Monday. Her government accused Uganda of arming rebels."),
            ["Mary Otieno -president-> Kenya", "Mary Otieno -fly-> Kampala", "Kenya -accuse-> Uganda"])
    }

    func testHisGovernmentSkipsAWomanAndGoesToTheLastManNamed() throws {
        XCTAssertEqual(
            try all(
                "Kenyan President Mary Otieno met Ugandan President John Musoke in Nairobi."
                    + " His government accused Sudan of arming rebels."),
            [
                "Mary Otieno -president-> Kenya", "John Musoke -president-> Uganda", "Mary Otieno -meet-> John Musoke",
                "Uganda -accuse-> Sudan",
            ])
    }

    func testAPossessivePronounBeforeAnotherNounIsNoGovernment() throws {
        // "his party" is no government: nothing is said of Uganda or of Musoke's country
        XCTAssertEqual(
            try all("Ugandan President John Musoke flew to Nairobi on Monday. His party accused Sudan of arming rebels."),
            ["John Musoke -president-> Uganda", "John Musoke -fly-> Nairobi"])
    }
}
