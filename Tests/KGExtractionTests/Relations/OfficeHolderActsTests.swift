import KGExtraction
import XCTest

/// A body's act that the person holding its office does in the same sentence is the person's
/// (issue 7, precision, second pass): each sentence's exact set of facts, on invented sentences.
final class OfficeHolderActsTests: ExtractionTestCase {
    func testTheTitledPersonActsNotTheTitlesCountry() throws {
        XCTAssertEqual(
            try all("U.S. Secretary of State John Kerry praised Serbia."),
            ["John Kerry -secretary of state-> United States", "John Kerry -praise-> Serbia"])
    }

    func testABodysOwnActStays() throws {
        // the United States praises Serbia itself; no office holder does that act
        XCTAssertEqual(
            try all("The United States praised Serbia, and German Foreign Minister Heiko Maas thanked Kosovo."),
            ["United States -praise-> Serbia", "Heiko Maas -foreign minister-> Germany", "Heiko Maas -thank-> Kosovo"])
    }
}
