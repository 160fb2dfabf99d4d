import XCTest

@testable import KGExtraction

final class GenderTests: XCTestCase {
    func testLexiconCodesMAndFAreGendersAndQuestionMarkIsNone() {
        XCTAssertEqual(Gender(lexiconCode: "M"), .masculine)
        XCTAssertEqual(Gender(lexiconCode: "F"), .feminine)
        XCTAssertNil(Gender(lexiconCode: "?"))
    }

    func testOnlyHeAndSheHaveAGender() {
        XCTAssertEqual(Gender(subjectPronoun: "he"), .masculine)
        XCTAssertEqual(Gender(subjectPronoun: "she"), .feminine)
        XCTAssertNil(Gender(subjectPronoun: "they"))
    }

    func testTheBundledFirstNamesKnowCommonGenders() throws {
        let lexicons = try Lexicons.load()
        XCTAssertEqual(lexicons.genderOfFirstName["Maria"], .feminine)
        XCTAssertEqual(lexicons.genderOfFirstName["Carlos"], .masculine)
    }
}
