import KGModel
import XCTest

@testable import KGExtraction

final class TextTests: XCTestCase {
    func testTokenSpansIndexUnicodeScalars() {
        let text = "The envoy\u{2019}s visit to Chi\u{0219}in\u{0103}u \u{1F1FA}\u{1F1E6} ended."
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokenize(scalars) {
            var surface = ""
            surface.unicodeScalars.append(contentsOf: scalars[token.span.start..<token.span.end])
            XCTAssertEqual(surface, token.text)
        }
    }

    func testPossessiveSplitsOffAndAbbreviationsKeepTheirDots() {
        let words = Tokenizer.tokenize(Array("The U.S. envoy met Mr. Brown at France's embassy.".unicodeScalars)).map(\.text)
        XCTAssertEqual(words, ["The", "U.S.", "envoy", "met", "Mr.", "Brown", "at", "France", "'s", "embassy", "."])
    }

    func testSentencesDoNotEndAtAbbreviationsInitialsOrDecimals() {
        let text = "Gen. Smith and Dr. J. Brown of the U.S. Army spent 2.5 hours in St. Louis. They left on Monday."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        XCTAssertEqual(SentenceSplitter.split(tokens).count, 2)
    }

    func testLineBreakEndsAHeadlineLikeSentence() {
        let tokens = Tokenizer.tokenize(Array("Talks collapse in Geneva\nThe delegates went home.".unicodeScalars))
        XCTAssertEqual(SentenceSplitter.split(tokens).count, 2)
    }

    func testClosingQuoteStaysWithItsSentence() {
        let tokens = Tokenizer.tokenize(Array("He said: \u{201C}We will stay.\u{201D} Then he left.".unicodeScalars))
        let ranges = SentenceSplitter.split(tokens)
        XCTAssertEqual(ranges.count, 2)
        XCTAssertEqual(tokens[ranges[0].upperBound - 1].text, "\u{201D}")
    }
}

final class LongSentenceTests: XCTestCase {
    func testVeryLongRunsAreCutIntoBoundedSentences() {
        let text = Array(repeating: "Chile met Peru and Bolivia, then", count: 200).joined(separator: " ")
        let ranges = SentenceSplitter.split(Tokenizer.tokenize(Array(text.unicodeScalars)))
        XCTAssertGreaterThan(ranges.count, 1)
        XCTAssertTrue(ranges.allSatisfy { $0.count <= SentenceSplitter.maximumLength })
    }

    /// The all-caps flag is found when the token is made, and again when its text changes.
    func testAllCapsFollowsTheTokensText() {
        var token = Token(
            text: "NATO", lower: "nato", span: TextSpan(start: 0, end: 4), kind: .word, startsLine: false, attached: false, isCapitalized: true)
        XCTAssertTrue(token.isAllCaps)
        token.text = "Nato"
        XCTAssertFalse(token.isAllCaps)
        XCTAssertEqual(Tokenizer.tokenize(Array("ASEAN and the U.S. met in Jakarta".unicodeScalars)).map(\.isAllCaps), [true, false, false, true, false, false, false])
    }

    func testAllCapsCountsLettersOfAnyScriptAndIgnoresTheRest() {
        func allCaps(_ text: String) -> Bool {
            Token(
                text: text, lower: text.lowercased(), span: TextSpan(start: 0, end: text.unicodeScalars.count), kind: .word,
                startsLine: false, attached: false, isCapitalized: true
            ).isAllCaps
        }
        XCTAssertTrue(allCaps("ASEAN"))
        XCTAssertTrue(allCaps("U.S."))
        XCTAssertTrue(allCaps("G7-X"))
        XCTAssertTrue(allCaps("[AB]"))
        XCTAssertTrue(allCaps("A`B"))
        XCTAssertTrue(allCaps("ÉLYSÉE"))
        XCTAssertFalse(allCaps("Élysée"))
        XCTAssertFalse(allCaps("NATOs"))
        XCTAssertFalse(allCaps("A"))
        XCTAssertFalse(allCaps("G7"))
        XCTAssertFalse(allCaps("ÖSTERREİCHç"))
    }
}
