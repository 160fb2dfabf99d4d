import XCTest

@testable import KGExtraction

/// `DependencyParser.pruned(below:)`: small weights and the features left empty go, the rest stays.
final class DependencyParserPruningTests: XCTestCase {
    private let labels = ["nsubj", "obj", "root"].map(DependencyLabel.init(rawValue:))

    /// Three rows: one keeps both weights, one keeps one of two, one loses its only weight.
    private func model() throws -> DependencyParser {
        try DependencyParser(
            labels: labels, featureKeys: [11, 22, 33], rowStarts: [0, 2, 4, 5],
            entryClasses: [0, 5, 1, 3, 2], entryWeights: [4, -3, 2.5, -0.5, 1]
        )
    }

    func testSmallWeightsAndEmptyFeaturesAreDropped() throws {
        let original = try model()
        let pruned = try original.pruned(below: 1.25)
        XCTAssertEqual(pruned.featureKeys, [11, 22])
        XCTAssertEqual(pruned.rowStarts, [0, 2, 3])
        XCTAssertEqual(pruned.entryClasses, [0, 5, 1])
        XCTAssertEqual(pruned.quantizedWeights, [original.quantizedWeights[0], original.quantizedWeights[1], original.quantizedWeights[2]])
        XCTAssertEqual(pruned.weightScale, original.weightScale)
        XCTAssertEqual(pruned.labels, original.labels)
    }

    func testPruningBelowZeroKeepsTheModelByteForByte() throws {
        let original = try model()
        XCTAssertEqual(try original.pruned(below: 0).serialized(), original.serialized())
    }

    func testAPrunedModelSurvivesARoundTripAndParses() throws {
        let pruned = try model().pruned(below: 3.5)
        XCTAssertEqual(pruned.featureKeys, [11])
        let loaded = try DependencyParser(serialized: pruned.serialized())
        XCTAssertEqual(loaded.serialized(), pruned.serialized())
        let tree = loaded.parse(["They", "met", "him"], tags: [])
        XCTAssertEqual(tree.heads.filter { $0 == nil }.count, 1)
    }
}
