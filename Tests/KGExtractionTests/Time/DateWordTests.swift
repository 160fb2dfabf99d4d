import XCTest

@testable import KGExtraction

final class DateWordTests: XCTestCase {
    /// The words `split` finds in `text`, with the scalar ranges they cover.
    private func words(_ text: String) -> [String] {
        DateWord.split(Array(text.unicodeScalars)).map { "\($0.text)@\($0.range.lowerBound)" }
    }

    func testWordsAreRunsOfLettersAndDigitsInAnyScript() {
        XCTAssertEqual(words("On 7th Oct. [2023]"), ["On@0", "7th@3", "Oct@7", "2023@13"])
        // the ASCII neighbours of letters and digits ("@", "[", "`", "{", "/", ":") split words
        XCTAssertEqual(words("a@b[c`d{e/f:g"), ["a@0", "b@2", "c@4", "d@6", "e@8", "f@10", "g@12"])
        XCTAssertEqual(words("Dźwiny 12 lutego, Αθήνα"), ["Dźwiny@0", "12@7", "lutego@10", "Αθήνα@18"])
    }

    func testAHyphenBeforeAWordIsNoted() {
        let split = DateWord.split(Array("2023-10-07".unicodeScalars))
        XCTAssertEqual(split.map(\.joinedByHyphen), [false, true, true])
        XCTAssertEqual(split.map(\.digits), [4, 2, 2])
    }
}
