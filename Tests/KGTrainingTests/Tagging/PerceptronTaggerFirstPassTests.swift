import Foundation
import KGExtraction
import KGTraining
import XCTest

final class PerceptronTaggerFirstPassTests: XCTestCase {
    func testFirstPassAloneStaysAboveNinetyFivePercentUPOSOnEWTTest() throws {
        guard let url = TaggingFixtures.sharedData("ud-english-ewt/en_ewt-ud-test.conllu") else {
            throw XCTSkip("../shared/data/ud-english-ewt is not present")
        }
        let quick = try XCTUnwrap(try PerceptronTagger.bundled().firstPassOnly, "the bundled model has two passes")
        let sentences = try CoNLLUReader.read(contentsOf: url)
        let score = TaggerEvaluation(tagger: quick, sentences: sentences)
        let full = TaggerEvaluation(tagger: try PerceptronTagger.bundled(), sentences: sentences)
        print(
            String(
                format: "first pass UPOS %.4f XPOS %.4f; both passes UPOS %.4f XPOS %.4f",
                score.uposAccuracy, score.xposAccuracy, full.uposAccuracy, full.xposAccuracy))
        XCTAssertGreaterThanOrEqual(score.uposAccuracy, 0.95)
    }

    func testFirstPassTellsPastParticipleFromPastTense() throws {
        let quick = try XCTUnwrap(try PerceptronTagger.bundled().firstPassOnly)
        XCTAssertEqual(quick.tagDetailed(["Chad", "was", "accused", "by", "Sudan", "."])[2].xpos, .VBN)
        XCTAssertEqual(quick.tagDetailed(["Chad", "accused", "Sudan", "of", "lying", "."])[1].xpos, .VBD)
    }
}
