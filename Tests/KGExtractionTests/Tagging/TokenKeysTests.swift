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

    /// A word with a byte over 127 takes the scalar path: no ASCII keys for it.
    func testNonASCIIWordsHaveNoASCIIKeys() {
        for word in ["Zürich", "São", "Kyiv’s", "Ελλάδα"] {
            XCTAssertNil(word.utf8.withContiguousStorageIfAvailable { TokenKeys.ASCIIKeys($0, isSentenceStart: false) } ?? nil, word)
        }
    }
}
