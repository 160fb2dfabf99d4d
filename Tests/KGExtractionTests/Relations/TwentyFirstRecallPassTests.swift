import KGExtraction
import XCTest

/// Constructions the twenty-first recall pass (issue 7) reads: a verb after a relative clause the
/// parser coordinated it with, and a request turned down. The exact set of facts of each sentence,
/// tree rules alone.
final class TwentyFirstRecallPassTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testVerbAfterARelativeClauseHasTheNameBeforeTheClauseForSubject() throws {
        XCTAssertEqual(
            try facts("Kenyan Foreign Minister Amina Mohamed, whose country chairs the African Union (AU) this year, flew to Kampala."),
            ["Amina Mohamed -foreign minister-> Kenya", "Kenya -chair-> African Union", "Amina Mohamed -fly-> Kampala"])
        // a relative clause with a comma inside: not read so
        XCTAssertEqual(
            try facts("Kenyan Foreign Minister Amina Mohamed, whose country chairs the African Union, Sudan and Uganda this year, flew to Kampala."),
            ["Amina Mohamed -foreign minister-> Kenya", "Kenya -chair-> African Union"])
    }

    func testARequestTurnedDownWasMadeToWhoeverTurnedItDown() throws {
        XCTAssertEqual(try facts("Kenya turned down Uganda's request to land."), ["Uganda -request-> Kenya"])
        // writing a request down answers nothing
        XCTAssertEqual(try facts("Kenya wrote down Uganda's request."), [])
    }

    func testFireOpenedOnASideFightsIt() throws {
        XCTAssertEqual(try facts("Kyrgyz forces opened fire on Tajikistan."), ["Kyrgyzstan -fire-> Tajikistan"])
        // a fire that burns, or one put out, is no act on anyone
        XCTAssertEqual(try facts("A fire destroyed the market in Bishkek, Kyrgyzstan."), [])
        XCTAssertEqual(try facts("Kyrgyz firefighters put out a fire in Tajikistan."), [])
    }

    func testSingularDemonymReadAsASecondSubjectBeforeItsForcesActs() throws {
        // parsed with "Kyrgyz" and "forces" both subjects of "opened"
        XCTAssertEqual(
            try facts("Dushanbe denied the report and said Kyrgyz forces had opened fire on Tajik positions near the town of Vorukh."),
            ["Kyrgyzstan -fire-> Tajikistan"])
    }
}
