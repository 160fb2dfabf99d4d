import KGExtraction
import XCTest

/// Denials of a charge reported before that name it by a report, an involvement, a denied act or a
/// pronoun, and denials by coordinated names (issue 7, twenty-first recall pass): the exact set of
/// facts of each text, tree rules alone.
final class DeniedChargeTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testDenyingTheReportOrAnyInvolvementDeniesTheAccuser() throws {
        XCTAssertEqual(
            try facts("Chile accused Peru of arming the rebels. Peru denied the report."), ["Chile -accuse-> Peru", "Peru -deny-> Chile"])
        XCTAssertEqual(
            try facts("Chile accused Peru of arming the rebels. Peru denied any involvement."), ["Chile -accuse-> Peru", "Peru -deny-> Chile"])
        // no charge reported before: nothing to deny
        XCTAssertEqual(try facts("Peru denied any involvement."), [])
    }

    func testDenyingItDeniesTheAccusationOfTheSentenceBefore() throws {
        XCTAssertEqual(try facts("Chile accused Peru of arming the rebels. Peru denied it."), ["Chile -accuse-> Peru", "Peru -deny-> Chile"])
        // "it" points back one sentence only
        XCTAssertEqual(try facts("Chile accused Peru of arming the rebels. The talks ended on Monday. Peru denied it."), ["Chile -accuse-> Peru"])
        // "denied that ..." opens a clause: no pronoun object
        XCTAssertEqual(try facts("Chile accused Peru of arming the rebels. Peru denied that the rebels had weapons."), ["Chile -accuse-> Peru"])
        // one not accused denies nothing of another's charge
        XCTAssertEqual(try facts("Chile accused Peru of arming the rebels. Bolivia denied it."), ["Chile -accuse-> Peru"])
    }

    func testAWhichClauseAfterAnAccusationIsTheAccusedsDenial() throws {
        XCTAssertEqual(
            try facts("Bahrain accuses Iran of arming the rebels, which Iran denies."), ["Bahrain -accuse-> Iran", "Iran -deny-> Bahrain"])
        // rulers act for their state
        XCTAssertEqual(
            try facts("Bahrain's rulers accuse Iran of arming the rebels, which Iran denies."), ["Bahrain -accuse-> Iran", "Iran -deny-> Bahrain"])
        // one not accused denies nothing of another's charge
        XCTAssertEqual(try facts("Bahrain accuses Iran of arming the rebels, which Qatar denies."), ["Bahrain -accuse-> Iran"])
    }

    func testCoordinatedNamesDenyingAnActDenyTheirAccuser() throws {
        XCTAssertEqual(
            try facts("Chile accused Peru and Bolivia of arming the rebels. Peru and Bolivia deny arming them."),
            ["Chile -accuse-> Peru", "Chile -accuse-> Bolivia", "Peru -deny-> Chile", "Bolivia -deny-> Chile"])
        XCTAssertEqual(try facts("Peru and Bolivia deny arming the rebels."), [])
    }
}
