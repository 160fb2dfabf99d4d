import XCTest

@testable import KGExtraction

final class CompoundHeadTagsTests: XCTestCase {
    private let noun = PartOfSpeech(upos: .NOUN, xpos: .NNS)
    private let verb = PartOfSpeech(upos: .VERB, xpos: .VBP)
    private let determiner = PartOfSpeech(upos: .DET, xpos: .DT)

    /// "an arms embargo" with "embargo" tagged as a verb: it is the phrase's head noun.
    func testAnActNounAfterAnArticleAndANounIsANoun() {
        let mended = CompoundHeadTags.mended(["an", "arms", "embargo"], tags: [determiner, noun, verb])
        XCTAssertEqual(mended[2].upos, .NOUN)
        XCTAssertEqual(mended[2].xpos, .NN)
    }

    /// "a lot say": no act noun, the verb stays; "officials ban": no article, the verb stays.
    func testOtherVerbsAfterANounKeepTheirTags() {
        XCTAssertEqual(CompoundHeadTags.mended(["a", "lot", "say"], tags: [determiner, noun, verb])[2].upos, .VERB)
        XCTAssertEqual(CompoundHeadTags.mended(["the", "officials", "ban"], tags: [determiner, noun, verb])[2].upos, .VERB)
    }

    /// "stormed the Supreme_Court building late": the "-ing" head after a name is a noun; "show
    /// China building a base" keeps its participle, which has an object.
    func testAnIngHeadAfterANameWithNoObjectIsANoun() {
        let name = PartOfSpeech(upos: .PROPN, xpos: .NNP)
        let gerund = PartOfSpeech(upos: .VERB, xpos: .VBG)
        let adverb = PartOfSpeech(upos: .ADV, xpos: .RB)
        XCTAssertEqual(CompoundHeadTags.mended(["stormed", "the", "building", "late"], tags: [verb, name, gerund, adverb])[2].upos, .NOUN)
        XCTAssertEqual(CompoundHeadTags.mended(["show", "china", "building", "a"], tags: [verb, name, gerund, determiner])[2].upos, .VERB)
    }

    /// "the independence-seeking Polisario_Front": the hyphenated participle modifies the name;
    /// "Algeria - seeking talks" (no article opening a phrase) keeps its verb.
    func testAHyphenatedParticipleInsideAPhraseIsAnAdjective() {
        let name = PartOfSpeech(upos: .PROPN, xpos: .NNP)
        let gerund = PartOfSpeech(upos: .VERB, xpos: .VBG)
        let hyphen = PartOfSpeech(upos: .PUNCT, xpos: .HYPH)
        let single = PartOfSpeech(upos: .NOUN, xpos: .NN)
        let mended = CompoundHeadTags.mended(["the", "independence", "-", "seeking", "polisario"], tags: [determiner, single, hyphen, gerund, name])
        XCTAssertEqual(mended[3].upos, .ADJ)
        XCTAssertEqual(CompoundHeadTags.mended(["algeria", "-", "seeking", "talks"], tags: [name, hyphen, gerund, noun])[2].upos, .VERB)
    }
}

extension CompoundHeadTagsTests {
    /// "rejected the TSE 's ruling , accused": an "-ing" word a possessive owns is a noun; "Russia 's
    /// invading Ukraine" keeps its participle, which has an object.
    func testAnIngWordAPossessiveOwnsWithNoObjectIsANoun() {
        let name = PartOfSpeech(upos: .PROPN, xpos: .NNP)
        let possessive = PartOfSpeech(upos: .PART, xpos: .POS)
        let gerund = PartOfSpeech(upos: .VERB, xpos: .VBG)
        let comma = PartOfSpeech(upos: .PUNCT, xpos: .comma)
        let mended = CompoundHeadTags.mended(["rejected", "tse", "'s", "ruling", ","], tags: [verb, name, possessive, gerund, comma])
        XCTAssertEqual(mended[3].upos, .NOUN)
        XCTAssertEqual(mended[3].xpos, .NN)
        XCTAssertEqual(CompoundHeadTags.mended(["russia", "'s", "invading", "ukraine"], tags: [name, possessive, gerund, name])[2].upos, .VERB)
    }
}
