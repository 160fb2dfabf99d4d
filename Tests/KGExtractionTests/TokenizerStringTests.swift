import XCTest

@testable import KGExtraction

final class TokenizerStringTests: XCTestCase {
    /// Strings made from scalars are the strings the scalars spell, in every UTF-8 length.
    func testMakeStringSpellsTheScalars() {
        let texts = ["", "NATO", "Kyiv\u{2019}s \u{201C}truce\u{201D}", "Zürich – São Paulo", "Ελλάδα", "日本", "🇺🇦 flag 😀", "e\u{301}"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(Tokenizer.makeString(scalars[...]), text)
            if scalars.count > 2 {
                var expected = ""
                expected.unicodeScalars.append(contentsOf: scalars[1..<(scalars.count - 1)])
                XCTAssertEqual(Tokenizer.makeString(scalars[1..<(scalars.count - 1)]), expected)
            }
        }
    }

    /// Page furniture phrases are found by their first word, as consecutive words anywhere in a line.
    func testPhraseIndexFindsConsecutiveWordsOnly() {
        let index = PageFurniture.PhraseIndex([["follow", "us", "on"], ["newsletter"], ["read", "more"]])
        XCTAssertTrue(index.occurs(in: ["please", "follow", "us", "on", "x"]))
        XCTAssertTrue(index.occurs(in: ["newsletter"]))
        XCTAssertTrue(index.occurs(in: ["read", "read", "more"]))
        XCTAssertFalse(index.occurs(in: ["follow", "us"]))
        XCTAssertFalse(index.occurs(in: ["follow", "them", "us", "on"]))
        XCTAssertFalse(index.occurs(in: ["more", "read"]))
        XCTAssertFalse(index.occurs(in: []))
        XCTAssertEqual(PageFurniture.joinedWithSpaces(["a", "bc", "déf"]), "a bc déf")
        XCTAssertEqual(PageFurniture.joinedWithSpaces([]), "")
    }
}
