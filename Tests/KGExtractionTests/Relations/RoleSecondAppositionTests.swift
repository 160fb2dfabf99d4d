import KGExtraction
import XCTest

/// Two appositions joined by "and" describe the same person (`RoleExtractor.firstAppositionComma`,
/// "and" among `RoleExtractor.appositionTitleEnds`).
final class RoleSecondAppositionTests: ExtractionTestCase {
    func testASecondAppositionAfterAndHoldsItsTitle() throws {
        XCTAssertEqual(
            try roles("Anna Berg, Antonio Guterres's envoy on Libya and a former Swedish foreign minister, arrived in Tripoli on Monday."),
            ["Anna Berg -foreign minister-> Sweden"])
    }

    func testAListOfPeopleIsNoApposition() throws {
        XCTAssertEqual(try roles("Kofi Mensah, Amina Odhiambo and a former Swedish foreign minister met in Tripoli on Monday."), [])
    }

    func testABareTitleBeforeAndIsPlacedByTheStory() throws {
        let text = "LIMA, May 3 (Reuters) - Peru named a new cabinet on Monday. Tomas Quispe, a former interior minister and her defence adviser, will lead it."
        XCTAssertEqual(try roles(text), ["Tomas Quispe -interior minister-> Peru"])
    }
}
