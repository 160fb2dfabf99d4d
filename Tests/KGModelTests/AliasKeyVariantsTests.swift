import XCTest

@testable import KGModel

/// The spelling folds of one word: the ASCII path gives the Character path's answer.
final class AliasKeyVariantsTests: XCTestCase {
    func testTheASCIIFoldOfEveryShortWordIsTheCharacterFold() {
        // every word of up to six letters over the letters the folds test, and some others
        let letters: [Character] = ["a", "e", "i", "y", "j", "n"]
        var words: [String] = [""]
        var checked = 0
        for _ in 1...6 {
            words = words.flatMap { word in letters.map { word + String($0) } }
            for word in words {
                XCTAssertEqual(SpellingVariants.foldASCIIWord(word[...]), SpellingVariants.foldCharacters(word[...]), word)
                checked += 1
            }
        }
        XCTAssertEqual(checked, 55_986)
        for word in ["zelenskiy", "dmitri", "alexei", "donbass", "tallinn", "kyiv", "orlovskij", "a_b_cdd", "12345", "mali1", "KIEVV", "xyz\u{0D}"] {
            XCTAssertEqual(SpellingVariants.foldWord(word[...]), SpellingVariants.foldCharacters(word[...]), word)
        }
    }

    func testWordsWithOtherScalarsTakeTheCharacterPath() {
        XCTAssertNil(SpellingVariants.foldASCIIWord("lagerl\u{f6}ff"))
        XCTAssertNil(SpellingVariants.foldASCIIWord("ab\u{0D}\u{0A}cd"))
        XCTAssertEqual(SpellingVariants.foldWord("lagerl\u{f6}ff"), "lagerl\u{f6}f")
        XCTAssertEqual(SpellingVariants.foldWord("zelenskiy"), "zelensky")
        XCTAssertEqual(SpellingVariants.foldWord("alexei"), "alexey")
        XCTAssertEqual(SpellingVariants.foldWord("dmitri"), "dmitry")
        XCTAssertEqual(SpellingVariants.foldWord("donbass"), "donbas")
    }
}
