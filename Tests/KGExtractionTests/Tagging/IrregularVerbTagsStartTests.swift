import XCTest

@testable import KGExtraction

/// The first-letter test read from a byte answers as `Character.isLowercase` does.
final class IrregularVerbTagsStartTests: XCTestCase {
    func testAWordStartsLowerCaseAsItsFirstCharacterSays() {
        for word in [
            "", "a", "z", "A", "froze", "Froze", "1st", "'s", "-", "e\u{301}x", "E\u{301}", "\u{E9}t\u{E9}", "\u{C9}t\u{E9}", "\r\nx", "\ra", "x\r",
            "\u{3B1}", "\u{391}", "\u{1F600}", "a\u{200D}b",
        ] {
            XCTAssertEqual(IrregularVerbTags.startsLowercase(word), word.first?.isLowercase == true, word)
        }
    }
}
