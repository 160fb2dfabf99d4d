import XCTest

@testable import KGExtraction

final class TitleParticipleTagsTests: XCTestCase {
    private let preposition = PartOfSpeech(upos: .ADP, xpos: .IN)
    private let properNoun = PartOfSpeech(upos: .PROPN, xpos: .NNP)
    private let gerund = PartOfSpeech(upos: .VERB, xpos: .VBG)

    func testATitleParticipleBeforeAProperNounIsAnAdjective() {
        let tags = TitleParticipleTags.mended(["by", "outgoing", "president", "kibaki"], tags: [preposition, gerund, properNoun, properNoun])
        XCTAssertEqual(tags, [preposition, PartOfSpeech(upos: .ADJ, xpos: .JJ), properNoun, properNoun])
    }

    func testAnyOtherGerundKeepsItsTag() {
        // "by recognising Kosovo": a gerund with its object
        let tags = [preposition, gerund, properNoun]
        XCTAssertEqual(TitleParticipleTags.mended(["by", "recognising", "kosovo"], tags: tags), tags)
    }

    func testATitleParticipleBeforeNoProperNounKeepsItsTag() {
        let tags = [preposition, gerund, preposition]
        XCTAssertEqual(TitleParticipleTags.mended(["after", "acting", "on"], tags: tags), tags)
    }

    func testFoundingBeforeACommonNounIsAnAdjective() {
        let determiner = PartOfSpeech(upos: .DET, xpos: .DT)
        let plural = PartOfSpeech(upos: .NOUN, xpos: .NNS)
        let tags = TitleParticipleTags.mended(["both", "founding", "members", "of"], tags: [determiner, gerund, plural, preposition])
        XCTAssertEqual(tags[1], PartOfSpeech(upos: .ADJ, xpos: .JJ))
        // before a name or an article it founds something
        let named = [preposition, gerund, properNoun, preposition]
        XCTAssertEqual(TitleParticipleTags.mended(["after", "founding", "hamas", "in"], tags: named), named)
        let article = [preposition, gerund, determiner, plural]
        XCTAssertEqual(TitleParticipleTags.mended(["after", "founding", "the", "party"], tags: article), article)
    }
}
