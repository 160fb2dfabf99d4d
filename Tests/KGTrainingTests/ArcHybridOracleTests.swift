import KGExtraction
import XCTest

@testable import KGTraining

/// The transition system and its oracles on the EWT training trees (when the shared data is there)
/// and on small trees written out here.
final class ArcHybridOracleTests: XCTestCase {
    /// "NATO condemned Russia ." and a crossing tree: "A hearing is scheduled on the issue today ."
    static let simple = DependencyTree(
        heads: [1, nil, 1, 1], labels: ["nsubj", "root", "obj", "punct"].map(DependencyLabel.init(rawValue:))
    )
    /// 0 A 1 hearing 2 is 3 scheduled 4 on 5 the 6 issue 7 today 8 . — "on the issue" modifies
    /// "hearing" across "is scheduled" (the classic EWT non-projective sentence).
    static let crossing = DependencyTree(
        heads: [1, 3, 3, nil, 6, 6, 1, 3, 3],
        labels: ["det", "nsubj:pass", "aux:pass", "root", "case", "det", "nmod", "obl:unmarked", "punct"]
            .map(DependencyLabel.init(rawValue:))
    )

    static func labelNumbers(_ trees: [DependencyTree]) -> [DependencyLabel: Int] {
        let labels = Set(trees.flatMap(\.labels)).union([DependencyLabel(rawValue: "root")]).sorted { $0.rawValue < $1.rawValue }
        return Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    }

    /// Applies `sequence` and returns the tree it builds, checking every step was allowed.
    static func build(_ sequence: [ParserTransition], words: Int, labels: [DependencyLabel: Int]) -> DependencyTree? {
        let names = Dictionary(uniqueKeysWithValues: labels.map { ($1, $0) })
        guard let rootLabel = labels[DependencyLabel(rawValue: "root")] else { return nil }
        var state = ArcHybridConfiguration(wordCount: words)
        for transition in sequence {
            guard state.isValid(transition, rootLabel: rootLabel) else { return nil }
            state.apply(transition)
        }
        guard state.isTerminal else { return nil }
        return DependencyTree(
            heads: (0..<words).map { state.heads[$0] == words ? nil : state.heads[$0] },
            labels: (0..<words).map { names[state.labels[$0]] ?? DependencyLabel(rawValue: "?") }
        )
    }

    func testTheStaticOracleRebuildsAProjectiveTree() throws {
        let labels = Self.labelNumbers([Self.simple])
        let sequence = ArcHybridOracle.goldSequence(for: Self.simple, labelNumbers: labels)
        XCTAssertEqual(sequence.count, 8, "2n transitions")
        XCTAssertEqual(Self.build(sequence, words: 4, labels: labels), Self.simple)
    }

    func testANonProjectiveTreeIsLiftedToAProjectiveOne() {
        XCTAssertFalse(Projectivizer.isProjective(Self.crossing))
        let lifted = Projectivizer.projectivized(Self.crossing)
        XCTAssertTrue(Projectivizer.isProjective(lifted))
        // "issue" rises from "hearing" to "scheduled"; nothing else moves, labels stay.
        XCTAssertEqual(lifted.heads, [1, 3, 3, nil, 6, 6, 3, 3, 3])
        XCTAssertEqual(lifted.labels, Self.crossing.labels)
        let labels = Self.labelNumbers([Self.crossing])
        let sequence = ArcHybridOracle.goldSequence(for: Self.crossing, labelNumbers: labels)
        XCTAssertEqual(Self.build(sequence, words: 9, labels: labels), lifted)
    }
}

extension ArcHybridOracleTests {
    /// Every gold tree of EWT dev (projectivized) is rebuilt by the static oracle, and along the
    /// way every transition it takes costs 0 and every other allowed one costs more only when
    /// it loses a gold arc.
    func testTheOraclesAgreeWithEveryEWTDevTree() throws {
        guard let dev = TreebankFixtures.sharedData("ud-english-ewt/en_ewt-ud-dev.conllu") else {
            throw XCTSkip("no shared data folder beside the repository (../shared/data)")
        }
        let trees = try CoNLLUReader.read(contentsOf: dev).compactMap(\.dependencyTree)
        XCTAssertGreaterThan(trees.count, 1_990)
        let labels = Self.labelNumbers(trees)
        let rootLabel = try XCTUnwrap(labels[DependencyLabel(rawValue: "root")])
        var nonProjective = 0
        for tree in trees {
            if !Projectivizer.isProjective(tree) { nonProjective += 1 }
            let lifted = Projectivizer.projectivized(tree)
            XCTAssertTrue(Projectivizer.isProjective(lifted))
            let sequence = ArcHybridOracle.goldSequence(for: tree, labelNumbers: labels)
            XCTAssertEqual(Self.build(sequence, words: tree.heads.count, labels: labels), lifted)
            // The dynamic oracle: 0 for each gold step.
            let oracle = ArcHybridOracle(tree: lifted, labelNumbers: labels)
            var state = ArcHybridConfiguration(wordCount: tree.heads.count)
            for transition in sequence {
                XCTAssertEqual(oracle.cost(of: transition, in: state), 0)
                XCTAssertTrue(state.isValid(transition, rootLabel: rootLabel))
                state.apply(transition)
            }
        }
        XCTAssertGreaterThan(nonProjective, 0, "dev has crossing arcs to lift")
    }

    /// From a state off the gold path, the cheapest transitions still reach the best tree left:
    /// following them loses exactly the arcs the first mistake cost.
    func testTheDynamicOracleCountsLostArcs() {
        let labels = Self.labelNumbers([Self.simple])
        let oracle = ArcHybridOracle(tree: Self.simple, labelNumbers: labels)
        let rootLabel = labels[DependencyLabel(rawValue: "root")]!
        var state = ArcHybridConfiguration(wordCount: 4)
        XCTAssertEqual(oracle.cost(of: .shift, in: state), 0, "NATO waits on the stack for its head")
        state.apply(.shift)  // [root, NATO | condemned Russia .]
        XCTAssertEqual(oracle.cost(of: .shift, in: state), 2, "NATO could no longer take condemned as head, nor condemned the root")
        XCTAssertEqual(oracle.cost(of: .left(label: labels[DependencyLabel(rawValue: "nsubj")]!), in: state), 0)
        XCTAssertEqual(oracle.cost(of: .left(label: labels[DependencyLabel(rawValue: "obj")]!), in: state), 1, "wrong label")
        state.apply(.shift)  // [root, NATO, condemned | Russia .]: two arcs lost
        XCTAssertEqual(oracle.cost(of: .shift, in: state), 0, "Russia can still take condemned as head")
        XCTAssertEqual(oracle.cost(of: .right(label: 0), in: state), 2, "condemned would lose Russia and the period")
        XCTAssertEqual(oracle.cost(of: .left(label: 0), in: state), 2)
        // Follow the cheapest moves to the end: the two arcs not yet lost are built.
        while !state.isTerminal {
            let allowed = (0..<ParserTransition.classCount(labelCount: labels.count))
                .map { ParserTransition(class: $0, labelCount: labels.count) }
                .filter { state.isValid($0, rootLabel: rootLabel) }
            let cheapest = allowed.min { oracle.cost(of: $0, in: state) < oracle.cost(of: $1, in: state) }!
            state.apply(cheapest)
        }
        XCTAssertEqual(Array(state.heads.prefix(4)), [4, 0, 1, 1])
    }
}
