import XCTest

@testable import KGExtraction

final class RelativeClauseVerbTagsTests: XCTestCase {
    private let noun = PartOfSpeech(upos: .NOUN, xpos: .NNS)
    private let properNoun = PartOfSpeech(upos: .PROPN, xpos: .NNP)
    private let comma = PartOfSpeech(upos: .PUNCT, xpos: .comma)
    private let pronoun = PartOfSpeech(upos: .PRON, xpos: .WDT)
    private let verb = PartOfSpeech(upos: .VERB, xpos: .VBP)

    func testPluralNounAfterACommaAndWhichIsTheClausesVerb() {
        let tags = RelativeClauseVerbTags.mended(["Oman", ",", "which", "borders", "Yemen"], tags: [properNoun, comma, pronoun, noun, properNoun])
        XCTAssertEqual(tags[3], PartOfSpeech(upos: .VERB, xpos: .VBZ))
        XCTAssertEqual(Array(tags[0..<3]) + [tags[4]], [properNoun, comma, pronoun, properNoun])
    }

    func testPluralNounFollowedByAVerbStaysANoun() {
        let tags = RelativeClauseVerbTags.mended(["Oman", ",", "which", "officials", "said"], tags: [properNoun, comma, pronoun, noun, verb])
        XCTAssertEqual(tags[3], noun)
    }

    func testWithoutTheCommaNothingChanges() {
        let words = ["asked", "which", "borders", "stay"]
        let tags = [verb, pronoun, noun, properNoun]
        XCTAssertEqual(RelativeClauseVerbTags.mended(words, tags: tags), tags)
    }
}
