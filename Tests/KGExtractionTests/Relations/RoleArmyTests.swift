import KGExtraction
import XCTest

/// A military chief's title is held in the country's army when the document names the army
/// (`RoleExtractor.heldInTheArmy`), else in the country.
final class RoleArmyTests: ExtractionTestCase {
    func testAnArmyChiefHeadsTheArmyTheDocumentNames() throws {
        XCTAssertEqual(
            try roles(
                "CAIRO, July 4 (Reuters) - Egypt's army removed the president on Wednesday and Egypt was calm. "
                    + "Army chief General Tarek Nabil announced the decision."),
            ["Tarek Nabil -army chief-> Egyptian Army"])
    }

    func testAnArmyChiefIsTheCountrysWhenNoArmyIsNamed() throws {
        XCTAssertEqual(
            try roles("CAIRO, July 4 (Reuters) - Egypt said talks had failed on Wednesday. Army chief General Tarek Nabil announced the decision."),
            ["Tarek Nabil -army chief-> Egypt"])
    }
}
