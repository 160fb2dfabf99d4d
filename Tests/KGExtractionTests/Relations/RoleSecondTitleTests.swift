import KGExtraction
import XCTest

/// A title in apposition whose holder carries a title of their own before the name
/// (`RoleExtractor.pastOwnTitle`): both titles are theirs.
final class RoleSecondTitleTests: ExtractionTestCase {
    func testAPossessiveTitlesHolderMayBeTitledAgain() throws {
        XCTAssertEqual(
            try roles("The Caribbean Community condemned the attack, and its chairman, Barbados Prime Minister Owen Arthur, telephoned Carter."),
            ["Owen Arthur -chairman-> Caribbean Community", "Owen Arthur -prime minister-> Barbados"])
    }

    func testAWhoseTitlesHolderMayBeTitledAgain() throws {
        XCTAssertEqual(
            try roles("Georgia handed the officers to the OSCE, whose chairman, Belgian Foreign Minister Jan Peeters, flew them to Moscow."),
            ["Jan Peeters -chairman-> OSCE", "Jan Peeters -foreign minister-> Belgium"])
    }

    func testASecondTitleWithNoNameAfterItGivesNoHolder() throws {
        // the words after the comma are no title and name: nothing is the chairman's
        XCTAssertEqual(try roles("The Caribbean Community condemned the attack, and its chairman, a former prime minister, telephoned Carter."), [])
    }
}
