import XCTest

@testable import KGExtraction

/// The model file: round trip, and errors for damaged files.
final class DependencyParserSerializationTests: XCTestCase {
    /// A small hand-made model: SHIFT and RIGHT favoured by the bias, LEFT by nothing.
    private func smallModel() throws -> DependencyParser {
        let labels = ["nsubj", "obj", "root"].map(DependencyLabel.init(rawValue:))
        var features = [UInt32](repeating: 0, count: ParserFeatures.count)
        let state = ArcHybridConfiguration(wordCount: 2)
        let words = ParserWord.sentence(["a", "b"], tags: [])
        let written = features.withUnsafeMutableBufferPointer { ParserFeatures.extract(state, words: words, into: $0.baseAddress!) }
        XCTAssertEqual(written, ParserFeatures.count)
        // Two rows: the start state's first feature (bias) and another one.
        return try DependencyParser(
            labels: labels, featureKeys: [features[0], features[1]], rowStarts: [0, 2, 3],
            entryClasses: [0, 5, 3], entryWeights: [1.5, -0.25, 0.75]
        )
    }

    func testAModelSurvivesARoundTrip() throws {
        let model = try smallModel()
        let bytes = model.serialized()
        let loaded = try DependencyParser(serialized: bytes)
        XCTAssertEqual(loaded.labels, model.labels)
        XCTAssertEqual(loaded.featureKeys, model.featureKeys)
        XCTAssertEqual(loaded.quantizedWeights, model.quantizedWeights)
        XCTAssertEqual(loaded.weightScale, model.weightScale)
        XCTAssertEqual(loaded.serialized(), bytes)
        let words = ["They", "met", "him"]
        let tags = try PerceptronTagger.bundled().tagDetailed(words)
        XCTAssertEqual(loaded.parse(words, tags: tags), model.parse(words, tags: tags))

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parser-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        XCTAssertEqual(try DependencyParser(contentsOf: url).serialized(), bytes)
    }

    func testDamagedFilesAreRejectedWithAReason() throws {
        let bytes = try smallModel().serialized()
        XCTAssertThrowsError(try DependencyParser(serialized: bytes.prefix(bytes.count - 1), file: "cut.bin")) { error in
            guard case let .malformedModel(file, reason) = error as? ParsingError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "cut.bin")
            XCTAssertTrue(reason.contains("truncated"), reason)
        }
        XCTAssertThrowsError(try DependencyParser(serialized: Data("KGTAGGER".utf8) + bytes.dropFirst(8))) { error in
            XCTAssertEqual(error as? ParsingError, .malformedModel(file: "<model>", reason: "missing KGPARSER header"))
        }
        XCTAssertThrowsError(try DependencyParser(serialized: bytes + [0])) { error in
            XCTAssertEqual(error as? ParsingError, .malformedModel(file: "<model>", reason: "trailing bytes"))
        }
        XCTAssertThrowsError(try DependencyParser(contentsOf: URL(fileURLWithPath: "/nonexistent/parser.bin"))) { error in
            guard case .unreadable = error as? ParsingError else { return XCTFail("\(error)") }
        }
    }
}
