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

    func testANounAfterWhomAndANameIsTheClausesVerb() {
        let whom = PartOfSpeech(upos: .PRON, xpos: .WP)
        let singular = PartOfSpeech(upos: .NOUN, xpos: .NN)
        let of = PartOfSpeech(upos: .ADP, xpos: .IN)
        let article = PartOfSpeech(upos: .DET, xpos: .DT)
        let past = RelativeClauseVerbTags.mended(["Smith", ",", "whom", "Kenya", "accused", "of"], tags: [properNoun, comma, whom, properNoun, singular, of])
        XCTAssertEqual(past[4], PartOfSpeech(upos: .VERB, xpos: .VBD))
        let present = RelativeClauseVerbTags.mended(["Smith", ",", "whom", "the", "Kenya", "accuses", "of"], tags: [properNoun, comma, whom, article, properNoun, noun, of])
        XCTAssertEqual(present[5], PartOfSpeech(upos: .VERB, xpos: .VBZ))
        // a noun followed by the clause's verb is the subject's own ("whom Kenya officials accuse")
        let subject = RelativeClauseVerbTags.mended(["Smith", ",", "whom", "Kenya", "officials", "accuse"], tags: [properNoun, comma, whom, properNoun, noun, verb])
        XCTAssertEqual(subject[4], noun)
        // no "whom": nothing changes
        let plain = [properNoun, comma, properNoun, singular, of]
        XCTAssertEqual(RelativeClauseVerbTags.mended(["Smith", ",", "Kenya", "accused", "of"], tags: plain), plain)
    }
}
