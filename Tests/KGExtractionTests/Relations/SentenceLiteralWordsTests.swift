import XCTest

@testable import KGExtraction

/// The literal words found in one pass are the words equal to each literal.
final class SentenceLiteralWordsTests: XCTestCase {
    func testEachLiteralsFlagsAreTheWordsEqualToIt() {
        let words = ["he", "said", ",", "which", "'s", "whose", "by", "says", "of", "and", "on", "to", "what", "who", "Said", "ON", "whom", "josé"]
        let literals = SentenceLiteralWords(words: words, hashes: words.map(WordHash.of))
        for literal in SentenceLiteralWords.Literal.allCases {
            XCTAssertEqual(literals[literal], words.map { $0 == literal.text }, literal.text)
        }
        XCTAssertEqual(literals.either(.said, .says), words.map { $0 == "said" || $0 == "says" })
        XCTAssertEqual(literals.either(.which, .who), words.map { $0 == "which" || $0 == "who" })
    }

    func testAWordWhoseKeptHashIsAnotherWordsIsNoLiteral() {
        // a word is a literal only with the literal's hash and text both
        let literals = SentenceLiteralWords(words: ["of", "of"], hashes: [WordHash.of("of"), WordHash.of("and")])
        XCTAssertEqual(literals[.of], [true, false])
        XCTAssertEqual(literals[.and], [false, false])
    }

    func testNoWordsGiveEmptyFlags() {
        let literals = SentenceLiteralWords(words: [], hashes: [])
        XCTAssertEqual(literals[.comma], [])
        XCTAssertEqual(literals.either(.said, .says), [])
    }
}
