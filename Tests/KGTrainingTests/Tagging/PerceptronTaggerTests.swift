import Foundation
import KGExtraction
import KGTraining
import XCTest

final class PerceptronTaggerTests: XCTestCase {
    private func tagger() throws -> PerceptronTagger { try PerceptronTagger.bundled() }

    func testBundledModelReachesNinetyFivePercentUPOSOnEWTTest() throws {
        guard let url = TaggingFixtures.sharedData("ud-english-ewt/en_ewt-ud-test.conllu") else {
            throw XCTSkip("../shared/data/ud-english-ewt is not present")
        }
        let score = TaggerEvaluation(tagger: try tagger(), sentences: try CoNLLUReader.read(contentsOf: url))
        XCTAssertGreaterThan(score.tokenCount, 25_000)
        XCTAssertGreaterThanOrEqual(score.uposAccuracy, 0.95)
    }

    func testCallAfterPronounIsAVerb() throws {
        XCTAssertEqual(try tagger().tag(["They", "call", "for", "talks", "."])[1], .VERB)
    }

    func testCallAfterArticleIsANoun() throws {
        XCTAssertEqual(try tagger().tag(["He", "received", "a", "call", "from", "the", "minister", "."])[3], .NOUN)
    }

    func testOrderAfterArticleIsANounAndOrderedIsAVerb() throws {
        let tags = try tagger().tag(["The", "general", "ordered", "the", "troops", "to", "obey", "the", "order", "."])
        XCTAssertEqual(tags[2], .VERB)
        XCTAssertEqual(tags[8], .NOUN)
    }

    func testPassiveParticipleIsTaggedVBN() throws {
        let tags = try tagger().tagDetailed(["The", "attack", "was", "condemned", "by", "the", "United", "Nations", "."])
        XCTAssertEqual(tags[2], PartOfSpeech(upos: .AUX, xpos: .VBD))
        XCTAssertEqual(tags[3], PartOfSpeech(upos: .VERB, xpos: .VBN))
    }

    func testActivePastIsTaggedVBD() throws {
        let tags = try tagger().tagDetailed(["France", "condemned", "the", "attack", "."])
        XCTAssertEqual(tags[0].upos, .PROPN)
        XCTAssertEqual(tags[1], PartOfSpeech(upos: .VERB, xpos: .VBD))
    }

    func testBundledModelLabelsAreAllUDEnglishPennTags() throws {
        let odd = try tagger().labels.filter { $0.xpos == .unknown || $0.xpos == .none }
        XCTAssertEqual(odd, [])
    }

    func testSerializedModelKeepsItsPennTags() throws {
        let model = try tagger()
        XCTAssertEqual(try PerceptronTagger(serialized: model.serialized()).labels, model.labels)
    }

    func testTaggingIsDeterministic() throws {
        let tokens = ["Russia", "'s", "foreign", "minister", "met", "his", "counterpart", "in", "Ankara", "on", "Monday", "."]
        let first = try tagger().tagDetailed(tokens)
        XCTAssertEqual(try PerceptronTagger.bundled().tagDetailed(tokens), first)
        let reloaded = try PerceptronTagger(serialized: try tagger().serialized())
        XCTAssertEqual(reloaded.tagDetailed(tokens), first)
    }

    func testEmptySentenceGivesNoTags() throws {
        XCTAssertEqual(try tagger().tag([]), [])
    }

    func testTypographicApostropheAndQuotesTagLikeStraightOnes() throws {
        let curly = try tagger().tag(["\u{201C}", "Russia", "\u{2019}s", "move", "\u{201D}", "angered", "Kyiv", "."])
        let straight = try tagger().tag(["\"", "Russia", "'s", "move", "\"", "angered", "Kyiv", "."])
        XCTAssertEqual(curly, straight)
        XCTAssertEqual(curly[2], .PART)
    }

    func testOddTokensGetATagEach() throws {
        XCTAssertEqual(try tagger().tag(["", "\u{1F642}", "\u{301}", "--", "https://example.org/a?b=c"]).count, 5)
    }

    func testTruncatedModelIsAnError() throws {
        let bytes = try tagger().serialized().prefix(100)
        XCTAssertThrowsError(try PerceptronTagger(serialized: bytes, file: "cut.bin")) { error in
            guard case .malformedModel(file: "cut.bin", _)? = error as? TaggingError else {
                return XCTFail("unexpected error \(error)")
            }
        }
    }

    func testTrainingTheSameDataTwiceGivesTheSameModel() throws {
        let trainer = PerceptronTrainer(options: tinyOptions)
        XCTAssertEqual(try trainer.train(tinyTreebank).serialized(), try trainer.train(tinyTreebank).serialized())
    }

    func testTrainedModelTellsNounFromVerbUseOfAWord() throws {
        let tagger = try PerceptronTrainer(options: tinyOptions).train(tinyTreebank)
        XCTAssertEqual(tagger.tag(["The", "bark"]), [.DET, .NOUN])
        XCTAssertEqual(tagger.tag(["Dogs", "bark"]), [.NOUN, .VERB])
    }

    /// No pruning: in six sentences every weight comes from one or two updates.
    private let tinyOptions = PerceptronTrainer.Options(iterations: 5, pruningThreshold: 0, folds: 2)

    private var tinyTreebank: [AnnotatedSentence] {
        let distinct = [
            AnnotatedSentence(tokens: [
                AnnotatedToken(form: "Dogs", lemma: "dog", upos: .NOUN, xpos: .NNS),
                AnnotatedToken(form: "bark", lemma: "bark", upos: .VERB, xpos: .VBP),
            ]),
            AnnotatedSentence(tokens: [
                AnnotatedToken(form: "The", lemma: "the", upos: .DET, xpos: .DT),
                AnnotatedToken(form: "bark", lemma: "bark", upos: .NOUN, xpos: .NN),
            ]),
            AnnotatedSentence(tokens: [
                AnnotatedToken(form: "The", lemma: "the", upos: .DET, xpos: .DT),
                AnnotatedToken(form: "dog", lemma: "dog", upos: .NOUN, xpos: .NN),
            ]),
        ]
        // Three sentences repeated over two folds: each fold of the jackknife sees every sentence.
        return Array([distinct, distinct, distinct].joined())
    }
}
