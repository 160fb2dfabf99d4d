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

    /// The pronoun readers tell a word of another length without comparing it: the same answers.
    func testPronounsAreReadWhateverTheWordsLength() {
        for word in ["", "h", "he", "she", "him", "her", "his", "hers", "they", "them", "HE", "h\u{E9}", "he\u{301}", "himself"] {
            XCTAssertEqual(Gender(subjectPronoun: word), word == "he" ? .masculine : word == "she" ? .feminine : nil, word)
            XCTAssertEqual(Gender(objectPronoun: word), word == "him" ? .masculine : word == "her" ? .feminine : nil, word)
            XCTAssertEqual(Gender(possessive: word), word == "his" ? .masculine : word == "her" ? .feminine : nil, word)
        }
    }

    func testTheBundledFirstNamesKnowCommonGenders() throws {
        let lexicons = try Lexicons.load()
        XCTAssertEqual(lexicons.genderOfFirstName["Maria"], .feminine)
        XCTAssertEqual(lexicons.genderOfFirstName["Carlos"], .masculine)
    }
}
