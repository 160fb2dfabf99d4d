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

    /// Curly apostrophes are made straight as Foundation's replacement makes them, on the byte path
    /// (ASCII around the marks) and off it (other scalars, a mark combining with one).
    func testStraightenedApostrophesAreFoundationsReplacement() {
        let texts = [
            "", "nato", "o\u{2019}neill", "don\u{2019}t", "\u{2019}", "\u{2019}\u{2019}", "a\u{2019}b\u{2019}c", "kyiv\u{2019}",
            "\u{2019}s", "\u{2019}\u{301}s", "l\u{2019}viv\u{2014}x", "\u{2014}", "\u{2018}quoted\u{2019}", "\u{600}\u{2019}s",
            "z\u{fc}rich\u{2019}s", "a\u{2019}\u{200D}b", "x\u{E2}",
        ]
        for text in texts {
            let foundation = text.unicodeScalars.contains("\u{2019}") ? text.replacingOccurrences(of: "\u{2019}", with: "'") : text
            XCTAssertEqual(Tokenizer.straightenedApostrophes(text), foundation, text)
        }
        XCTAssertEqual(Tokenizer.straightenedApostrophes("o\u{2019}neill\u{2019}s"), "o'neill's")
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
        // from the hashes the line's tokens keep, the same answers
        let tokens = Tokenizer.tokenize(Array("Please Follow us on X, read more or “Newsletter”".unicodeScalars)).filter(\.isWord)
        XCTAssertTrue(index.occurs(in: tokens.map(\.lower), hashes: tokens.map(\.lowerHash)))
        let tail = Array(tokens.prefix(3))  // "Please Follow us": no phrase whole
        XCTAssertFalse(index.occurs(in: tail.map(\.lower), hashes: tail.map(\.lowerHash)))
        for lines in [["follow", "us"], ["read", "read", "more"], ["café", "newsletter"], ["more", "read"]] {
            XCTAssertEqual(index.occurs(in: lines, hashes: lines.map { WordHash.of($0) }), index.occurs(in: lines), "\(lines)")
        }
        XCTAssertEqual(PageFurniture.joinedWithSpaces(["a", "bc", "déf"]), "a bc déf")
        XCTAssertEqual(PageFurniture.joinedWithSpaces([]), "")
    }
}
