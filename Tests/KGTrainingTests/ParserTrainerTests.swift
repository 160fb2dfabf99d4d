import KGExtraction
import XCTest

@testable import KGTraining

/// Training: deterministic, learns a tiny treebank, and the bundled model's score on EWT dev.
final class ParserTrainerTests: XCTestCase {
    func testTrainingIsDeterministicAndLearnsItsData() throws {
        let sentences = try TreebankFixtures.tinySentences()
        XCTAssertEqual(sentences.count, 6)
        let options = ParserTrainer.Options(iterations: 8, seed: 7, pruningThreshold: 0)
        let first = try ParserTrainer(options: options).train(sentences)
        let second = try ParserTrainer(options: options).train(sentences)
        XCTAssertEqual(first.serialized(), second.serialized())
        XCTAssertNotEqual(
            try ParserTrainer(options: .init(iterations: 8, seed: 8, pruningThreshold: 0)).train(sentences).serialized(),
            first.serialized(), "the seed orders the sentences"
        )
        // Eight passes over six sentences fit them (the crossing arc is learnt lifted).
        for sentence in sentences.prefix(4) {
            XCTAssertEqual(first.parse(sentence.words, tags: sentence.tags), sentence.tree, "\(sentence.words)")
        }
    }

    func testTheLabelSetIsSortedAndHasRoot() throws {
        let labels = ParserTrainer.labelSet(of: try TreebankFixtures.tinySentences()).map(\.rawValue)
        XCTAssertEqual(labels, labels.sorted())
        XCTAssertTrue(labels.contains("root"))
        XCTAssertTrue(labels.contains("obl:unmarked"))
    }

    func testIncompleteTreesAreNotTrainingSentences() throws {
        let text =
            "1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"
            + "1\tA\ta\tX\tFW\t_\t2\tdep\t_\t_\n2\tB\tb\tX\tFW\t_\t1\tdep\t_\t_\n"
        let sentences = try CoNLLUReader.parse(text)
        XCTAssertEqual(sentences.count, 2)
        XCTAssertNil(sentences[0].dependencyTree, "a missing head")
        XCTAssertNil(sentences[1].dependencyTree, "a cycle without a root")
    }

    /// The bundled model with the bundled tagger's tags, on EWT dev: a floor, not the figure
    /// (the figures are in Resources/Models/README.md).
    func testBundledModelScoresAboveAFloorOnEWTDev() throws {
        guard let dev = TreebankFixtures.sharedData("ud-english-ewt/en_ewt-ud-dev.conllu") else {
            throw XCTSkip("no shared data folder beside the repository (../shared/data)")
        }
        let sentences = try CoNLLUReader.read(contentsOf: dev)
        let score = ParserEvaluation(
            parser: try DependencyParser.bundled(), tagger: try PerceptronTagger.bundled(), sentences: sentences
        )
        XCTAssertEqual(score.tokenCount, 25_147)
        XCTAssertGreaterThan(score.uas, 0.84)
        XCTAssertGreaterThan(score.las, 0.80)
    }
}
