import XCTest

@testable import KGExtraction

/// The length-first comparison answers as `==` does.
final class WordEqualityTests: XCTestCase {
    private let words = [
        "", ",", ";", "\u{037E}", "'s", "\u{2019}s", "of", "the", "The", "which", "whose", "k", "\u{212A}", "`", "\u{1FEF}", "caf\u{E9}", "cafe\u{301}",
        "\u{201C}", "members", "-", "e\u{301}",
    ]

    /// Any form against any literal the rules may write: one without U+212A, U+037E or U+1FEF,
    /// the characters canonically equivalent to ASCII ones.
    func testALowerFormIsALiteralExactlyWhenTheyAreEqual() {
        let literals = words.filter { !$0.unicodeScalars.contains { [0x212A, 0x037E, 0x1FEF].contains($0.value) } }
        for lower in words {
            for literal in literals {
                XCTAssertEqual(WordEquality.lower(lower, hash: WordHash.of(lower), is: literal), lower == literal, "\(lower) / \(literal)")
            }
        }
    }

    func testASentencesWordsAreComparedAsLowerGivesThem() {
        let tokens = Tokenizer.tokenize(Array("The ministers of Chile , who met on Monday , left .".unicodeScalars))
        let view = SentenceView(tokens: tokens, range: 1..<tokens.count, index: 0, mentions: [], roles: [])
        for i in -1...(tokens.count + 1) {
            for literal in ["", "the", "of", ",", "who", "monday", ".", "ministers"] {
                XCTAssertEqual(view.lower(i, is: literal), view.lower(i) == literal, "\(i) / \(literal)")
            }
        }
    }
}
