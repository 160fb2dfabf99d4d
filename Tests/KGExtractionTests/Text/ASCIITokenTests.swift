import KGModel
import XCTest

@testable import KGExtraction

/// `Token(asciiText:...)` makes the token the general initializer makes from the text's
/// `lowercased()` form (the same lower-case form, hash and all-capitals flag), and refuses a text
/// with a byte past ASCII.
final class ASCIITokenTests: XCTestCase {
    func testASCIITokensAreTheGeneralInitializersTokens() {
        let texts = [
            "", "a", "A", "nato", "NATO", "U.S.", "Kenya", "iPhone", "McDONALD", "'s", "n't", "O'Brien", "1999", "200,000", "X", "ZANU-PF",
            "AB", "A1", "a1B2", ".", "--", "Ab.Cd", "ABC def",
        ]
        let span = TextSpan(start: 3, end: 7)
        for text in texts {
            for (startsLine, attached) in [(false, false), (true, false), (false, true)] {
                let capitalized = text.first?.isUppercase == true
                let expected = Token(
                    text: text, lower: text.lowercased(), span: span, kind: .word, startsLine: startsLine, attached: attached,
                    isCapitalized: capitalized)
                let token = Token(asciiText: text, span: span, kind: .word, startsLine: startsLine, attached: attached, isCapitalized: capitalized)
                XCTAssertEqual(token, expected, text)
                XCTAssertEqual(token?.lower, text.lowercased(), text)
                XCTAssertEqual(token?.lowerHash, WordHash.of(text.lowercased()), text)
                XCTAssertEqual(token?.isAllCaps, Token.isAllCaps(text), text)
            }
        }
    }

    func testATextPastASCIIHasNoASCIIToken() {
        for text in ["Zürich", "Kyiv\u{2019}s", "\u{2019}", "e\u{301}", "日本", "x\u{E2}"] {
            XCTAssertNil(Token(asciiText: text, span: TextSpan(start: 0, end: 1), kind: .word, startsLine: false, attached: false, isCapitalized: false), text)
        }
    }

    /// The tokenizer's tokens of a text with ASCII words and others are the general initializer's.
    func testTokenizerTokensKeepTheirForms() {
        let text = "NATO's U.S. envoy met Zürich’s MAYOR, iPhone-maker and O’Neill in 1999."
        for token in Tokenizer.tokenize(Array(text.unicodeScalars)) {
            XCTAssertEqual(token.lower, Tokenizer.straightenedApostrophes(token.text.lowercased()), token.text)
            XCTAssertEqual(token.lowerHash, WordHash.of(token.lower), token.text)
            XCTAssertEqual(token.isAllCaps, Token.isAllCaps(token.text), token.text)
        }
    }
}
