import XCTest

@testable import KGExtraction

/// The lemma test of `TreeActionExtractor.mayNameAnUncodedAct`: more than two characters, all letters.
final class UncodedVerbLemmaTests: XCTestCase {
    func testAWordOfThreeOrMoreLettersIsWhatCharacterSays() {
        let words = [
            "court", "hire", "go", "be", "Court", "re-elect", "co2", "don't", "a_b", "abc[", "ab@", "ab`", "ab{",
            "", "ab", "abc", "naïve", "été", "日本語", "ab\u{0301}", "abc\u{0301}", "a1c", "abc\r\n",
        ]
        for word in words {
            XCTAssertEqual(
                TreeActionExtractor.isWordOfThreeOrMoreLetters(word),
                word.count > 2 && word.allSatisfy(\.isLetter), word.debugDescription)
        }
        XCTAssertTrue(TreeActionExtractor.isWordOfThreeOrMoreLetters("shadow"))
        XCTAssertFalse(TreeActionExtractor.isWordOfThreeOrMoreLetters("go"))
        XCTAssertFalse(TreeActionExtractor.isWordOfThreeOrMoreLetters("re-elect"))
    }
}
