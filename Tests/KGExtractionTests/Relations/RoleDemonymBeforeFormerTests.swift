import KGExtraction
import XCTest

/// A demonym before "former" and a title is the title's country, as right before the title.
final class RoleDemonymBeforeFormerTests: ExtractionTestCase {
    func testADemonymBeforeFormerAndATitleIsTheTitlesCountry() throws {
        XCTAssertEqual(
            try roles("The Colombian former judge Ivan Velasquez said the inquiry would continue."), ["Ivan Velasquez -judge-> Colombia"])
    }
}
