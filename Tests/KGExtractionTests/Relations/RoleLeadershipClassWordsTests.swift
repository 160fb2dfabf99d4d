import KGExtraction
import XCTest

/// "X, who chairs the regional bloc Y": a body's class nouns between the leadership verb and its name
/// (`RoleExtractor.leadershipClassWords`).
final class RoleLeadershipClassWordsTests: ExtractionTestCase {
    func testClassNounsMayStandBeforeTheBodyChaired() throws {
        XCTAssertEqual(
            try roles("Ismail Omar Guelleh, who chairs the regional bloc IGAD, invited the two leaders to a summit."),
            ["Ismail Omar Guelleh -chair-> IGAD"])
    }

    func testAfterClassNounsACountryIsNoBodyChaired() throws {
        // "the talks with Kenya": words and a preposition, then a country: nothing is chaired
        XCTAssertEqual(try roles("Ismail Omar Guelleh, who chairs the border talks with Kenya, invited the two leaders to a summit."), [])
    }
}
