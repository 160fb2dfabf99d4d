import KGExtraction
import XCTest

/// Standings a verb of naming or an apposition gives a list of states (`RoleExtractor+ListStandings`):
/// the exact facts of each text.
final class RoleListStandingTests: ExtractionTestCase {
    func testANamingVerbGivesEachStateOfItsObjectTheStanding() throws {
        XCTAssertEqual(try all("Officials called Peru and Chile close allies of Bolivia."), ["Peru -ally-> Bolivia", "Chile -ally-> Bolivia"])
        XCTAssertEqual(
            try all("The ministry described Peru, Chile and Ecuador as \"key partners\" of Bolivia."),
            ["Peru -partner-> Bolivia", "Chile -partner-> Bolivia", "Ecuador -partner-> Bolivia"])
    }

    func testAnAppositionAfterAListGivesEachStateTheStanding() throws {
        XCTAssertEqual(
            try all("Japan and South Korea, both allies of the United States, met on Monday."),
            ["Japan -ally-> United States", "South Korea -ally-> United States", "Japan -meet-> South Korea", "South Korea -meet-> Japan"])
    }

    func testAStandingNounWithNeitherCueGivesNoStanding() throws {
        XCTAssertEqual(try all("Chile and Peru said the allies of Bolivia had left."), [])
    }
}
