import KGExtraction
import XCTest

/// In a list of names, a title between two commas opens the next name (`RoleExtractor.opensNextListedName`).
final class RoleListedTitleTests: ExtractionTestCase {
    func testATitleBetweenTwoListedNamesIsTheNextOnes() throws {
        XCTAssertEqual(
            try roles(
                "Among those freed were Bishop Tomas Quispe, Japan's ambassador, Kenji Sato, and Bolivia's ambassador, Jorge Mamani."),
            ["Jorge Mamani -ambassador-> Bolivia", "Kenji Sato -ambassador-> Japan"])
        XCTAssertEqual(
            try roles("The talks were mediated by Bishop Tomas Quispe, Canada's ambassador, Paul Martin and Anna Berg."),
            ["Paul Martin -ambassador-> Canada"])
    }

    func testATitleAfterOneNameIsItsApposition() throws {
        // no name after the title's comma, or one that ends no list: the apposition of the name before
        XCTAssertEqual(try roles("Kenji Sato, Japan's ambassador, said on Monday the talks would resume."), ["Kenji Sato -ambassador-> Japan"])
        XCTAssertEqual(
            try roles("Among those freed were Kenji Sato, Japan's ambassador, and Jorge Mamani."), ["Kenji Sato -ambassador-> Japan"])
    }
}
