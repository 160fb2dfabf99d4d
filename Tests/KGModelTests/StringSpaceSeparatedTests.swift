import XCTest

@testable import KGModel

final class StringSpaceSeparatedTests: XCTestCase {
    /// The words are those `split(separator: " ")` gives, for ASCII text and for any other.
    func testWordsAreThoseSplittingBySpacesGives() {
        let texts = [
            "", " ", "  ", "Putin", "Vladimir Putin", " Vladimir  Putin ", "a b c", "Jr.  ", "\r\n a",
            "Élysée Palace", "Ban Ki-moon", "x \u{301}y", "München  Stadt", "tab\there",
        ]
        for text in texts {
            XCTAssertEqual(text.spaceSeparatedWords, text.split(separator: " "), "'\(text)'")
        }
    }
}
