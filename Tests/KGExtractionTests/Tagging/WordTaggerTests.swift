import KGExtraction
import XCTest

final class WordTaggerTests: XCTestCase {
    func testPassiveVerbGetsParticipleTagAndLemma() throws {
        let words = try WordTagger.bundled().tag(["Russia", "was", "condemned", "by", "NATO", "."])
        XCTAssertEqual(words[2], TaggedWord(form: "condemned", pos: PartOfSpeech(upos: .VERB, xpos: .VBN), lemma: "condemn"))
        XCTAssertEqual(words[1].lemma, "be")
    }

    func testNounPluralIsLemmatizedAndProperNounKept() throws {
        let words = try WordTagger.bundled().tag(["The", "sanctions", "hit", "Iran", "hard", "."])
        XCTAssertEqual(words[1].lemma, "sanction")
        XCTAssertEqual(words[3].lemma, "Iran")
    }
}
