import XCTest

@testable import KGExtraction

final class PerceptronTaggerSerializationTests: XCTestCase {
    private let labels = [
        PartOfSpeech(upos: .NOUN, xpos: PennTag(treebankTag: "NN")),
        PartOfSpeech(upos: .VERB, xpos: PennTag(treebankTag: "VB")),
    ]

    private func model(featureKeys: [UInt32], dictionaryKeys: [UInt32] = [], lexiconKeys: [UInt32] = []) -> PerceptronTagger {
        PerceptronTagger(
            labels: labels, tagDictionaryKeys: dictionaryKeys, tagDictionaryLabels: dictionaryKeys.map { _ in 0 },
            featureKeys: featureKeys, rowStarts: Array(0...Int32(featureKeys.count)),
            entryLabels: featureKeys.map { _ in 1 }, quantizedWeights: featureKeys.map { _ in 3 }, weightScale: 0.5,
            lexicon: WordClassLexicon(keys: lexiconKeys, masks: lexiconKeys.map { _ in 1 })
        )
    }

    private func assertRejected(_ tagger: PerceptronTagger, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try PerceptronTagger(serialized: tagger.serialized(), file: "bad.bin"), file: file, line: line) { error in
            guard case .malformedModel(file: "bad.bin", let reason)? = error as? TaggingError else {
                return XCTFail("unexpected error \(error)", file: file, line: line)
            }
            XCTAssertTrue(reason.contains("duplicate"), reason, file: file, line: line)
        }
    }

    func testModelWithDistinctKeysLoadsWithItsKeys() throws {
        let loaded = try PerceptronTagger(serialized: model(featureKeys: [11, 12], dictionaryKeys: [21], lexiconKeys: [31]).serialized())
        XCTAssertEqual(loaded.featureKeys, [11, 12])
        XCTAssertEqual(loaded.tagDictionaryKeys, [21])
        XCTAssertEqual(loaded.lexicon.keys, [31])
        XCTAssertEqual(loaded.duplicateKeyCount, 0)
    }

    func testDuplicateFeatureKeyIsAnError() {
        assertRejected(model(featureKeys: [11, 12, 11]))
    }

    func testDuplicateTagDictionaryKeyIsAnError() {
        assertRejected(model(featureKeys: [11], dictionaryKeys: [21, 21]))
    }

    func testDuplicateLexiconKeyIsAnError() {
        assertRejected(model(featureKeys: [11], lexiconKeys: [31, 32, 31]))
    }
}
