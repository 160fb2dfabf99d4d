import XCTest

@testable import KGExtraction

final class TokenKeysTests: XCTestCase {
    /// The byte path for ASCII words gives every key the scalar path gives: word, lowercase, affixes,
    /// shape, flags and the number norms.
    func testASCIIKeysAreTheKeysOfTheScalars() {
        let words = [
            "Kenya", "kenya", "KENYA", "U.N.", "7th-largest", "TIMES-listed", "2024", "12", "12345", "1.5", "200,000", "3a",
            "a", "I", "ab", "'s", "n't", "-", "...", "@", "x-x", "Al-Shabab", "O'Brien", "", "Mc", "e-mail", "A1", "_",
        ]
        for word in words {
            for start in [false, true] {
                let ascii = word.utf8.withContiguousStorageIfAvailable { TokenKeys.ASCIIKeys($0, isSentenceStart: start) } ?? nil
                let scalars = TokenKeys.ASCIIKeys(TokenKeys(readingScalarsOf: word, isSentenceStart: start))
                XCTAssertEqual(ascii, scalars, "\(word) \(start)")
            }
        }
    }

    /// The parser's word norm read from an ASCII word's bytes is the norm of its scalars; a
    /// non-ASCII word gets the norm of its folded typography.
    func testNormOfAWordIsTheNormOfItsScalars() {
        let words = [
            "Kenya", "KENYA", "U.N.", "7th-largest", "2024", "1999", "12", "12345", "1.5", "200,000", "3a", "a", "'s",
            "n't", "-", "", "A1", "0000", "Zürich", "2024’s", "Kyiv’s", "Ελλάδα",
        ]
        for word in words {
            let scalars = TokenKeys(readingScalarsOf: TokenKeys.foldingTypography(word), isSentenceStart: false).norm
            XCTAssertEqual(TokenKeys.norm(of: word), scalars, word)
        }
        XCTAssertEqual(TokenKeys.norm(of: "1999"), TokenKeys.norm(of: "2024"))
        XCTAssertEqual(TokenKeys.norm(of: "12"), TokenKeys.norm(of: "3a"))
        XCTAssertNotEqual(TokenKeys.norm(of: "2024"), TokenKeys.norm(of: "12"))
        XCTAssertEqual(TokenKeys.norm(of: "Kenya"), TokenKeys.norm(of: "kenya"))
    }

    /// A word with a byte over 127 takes the scalar path: no ASCII keys for it.
    func testNonASCIIWordsHaveNoASCIIKeys() {
        for word in ["Zürich", "São", "Kyiv’s", "Ελλάδα"] {
            XCTAssertNil(word.utf8.withContiguousStorageIfAvailable { TokenKeys.ASCIIKeys($0, isSentenceStart: false) } ?? nil, word)
        }
    }
}
