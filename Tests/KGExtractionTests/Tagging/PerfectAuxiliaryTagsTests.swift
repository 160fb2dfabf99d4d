import XCTest

@testable import KGExtraction

final class PerfectAuxiliaryTagsTests: XCTestCase {
    private let properNoun = PartOfSpeech(upos: .PROPN, xpos: .NNP)
    private let pronoun = PartOfSpeech(upos: .PRON, xpos: .WP)
    private let pastVerb = PartOfSpeech(upos: .VERB, xpos: .VBD)
    private let participle = PartOfSpeech(upos: .VERB, xpos: .VBN)
    private let adverb = PartOfSpeech(upos: .ADV, xpos: .RB)
    private let possessive = PartOfSpeech(upos: .PRON, xpos: .PRPS)
    private let noun = PartOfSpeech(upos: .NOUN, xpos: .NN)

    func testHaveRightBeforeAParticipleIsTheAuxiliary() {
        let tags = PerfectAuxiliaryTags.mended(["whom", "Bucaram", "had", "accused"], tags: [pronoun, properNoun, pastVerb, participle])
        XCTAssertEqual(tags[2], PartOfSpeech(upos: .AUX, xpos: .VBD))
        // past an adverb too
        let withAdverb = PerfectAuxiliaryTags.mended(["Kenya", "had", "first", "asked"], tags: [properNoun, pastVerb, adverb, participle])
        XCTAssertEqual(withAdverb[1], PartOfSpeech(upos: .AUX, xpos: .VBD))
    }

    func testHaveBeforeAnObjectKeepsItsVerb() {
        let tags: [PartOfSpeech] = [properNoun, pastVerb, possessive, noun, participle]
        XCTAssertEqual(PerfectAuxiliaryTags.mended(["Smith", "had", "his", "passport", "seized"], tags: tags), tags)
        // another verb before a participle is no auxiliary
        let other: [PartOfSpeech] = [properNoun, pastVerb, participle]
        XCTAssertEqual(PerfectAuxiliaryTags.mended(["Smith", "got", "accused"], tags: other), other)
    }
}
