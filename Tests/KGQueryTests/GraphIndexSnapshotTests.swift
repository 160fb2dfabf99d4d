import Foundation
import KGModel
import XCTest

@testable import KGQuery
@testable import KGStore

/// The graph snapshot beside the database: written after a full load, read by the next engine,
/// ignored when the store changed or the file is damaged.
final class GraphIndexSnapshotTests: XCTestCase {
    private let countAll = "MATCH (a)-[r]->(b) RETURN count(*)"
    private let reach = "MATCH (a {name: 'Joe Biden'})-[*1..3]->(b) RETURN count(DISTINCT b)"

    private func freshEngine(_ graph: TestGraph) -> QueryEngine {
        let engine = QueryEngine(store: graph.store)
        engine.snapshotThreshold = 0
        return engine
    }

    private func freshEngine(_ graph: MixedGraph) -> QueryEngine {
        freshEngine(graph.graph)
    }

    private func answer(_ engine: QueryEngine, _ query: String) throws -> String {
        try engine.run(query).rows.first?.first?.text ?? "no row"
    }

    func testANewEngineReadsTheSnapshotAndGetsTheSameAnswers() throws {
        let graph = try makeNewsGraph()
        let path = graph.store.graphSnapshotPath
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        let first = freshEngine(graph)
        let expected = [try answer(first, countAll), try answer(first, reach)]
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        let second = freshEngine(graph)
        XCTAssertEqual([try answer(second, countAll), try answer(second, reach)], expected)
        // Small graphs are not worth a file: the default threshold writes none.
        try FileManager.default.removeItem(atPath: path)
        _ = try QueryEngine(store: graph.store).run(countAll)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testAChangedStoreMakesTheSnapshotStale() throws {
        let graph = try makeNewsGraph()
        let before = Int(try answer(freshEngine(graph), countAll)) ?? -1
        let a = try graph.entity("Snapshot Tester", .person)
        let b = try graph.entity("Staleland", .country)
        try graph.relate(a, "visit", b)
        XCTAssertEqual(try answer(freshEngine(graph), countAll), String(before + 1))
    }

    func testADamagedSnapshotIsIgnored() throws {
        let graph = try makeNewsGraph()
        let expected = try answer(freshEngine(graph), countAll)
        let path = graph.store.graphSnapshotPath
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes = bytes.prefix(bytes.count / 2)
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try answer(freshEngine(graph), countAll), expected)
    }

    /// Every array the file holds, read back: the loaded graph equals the one saved.
    func testTheSnapshotRoundTripsEveryArray() throws {
        let graph = try makeMixedGraph()
        let loaded = try GraphIndex.load(from: graph.store)
        try loaded.saveSnapshot(of: graph.store, stamp: try graph.store.contentStamp())
        let read = try XCTUnwrap(GraphIndex.loadSnapshot(of: graph.store))
        XCTAssertEqual(read.nodeIDs, loaded.nodeIDs)
        XCTAssertEqual(read.nodeNames, loaded.nodeNames)
        XCTAssertEqual(read.nodeTypes, loaded.nodeTypes)
        XCTAssertEqual(read.nodeTypeCodes, loaded.nodeTypeCodes)
        XCTAssertEqual(read.nodesByType, loaded.nodesByType)
        XCTAssertEqual(read.edgeIDs, loaded.edgeIDs)
        XCTAssertEqual([read.edgeSource, read.edgeTarget, read.edgeAction, read.edgeCameo], [loaded.edgeSource, loaded.edgeTarget, loaded.edgeAction, loaded.edgeCameo])
        XCTAssertEqual(read.edgeIsRole, loaded.edgeIsRole)
        XCTAssertEqual(read.edgeSentence, loaded.edgeSentence)
        XCTAssertEqual(read.edgeConfidence, loaded.edgeConfidence)
        XCTAssertEqual(read.actions, loaded.actions)
        XCTAssertEqual(read.cameos, loaded.cameos)
        XCTAssertEqual(read.edgesByAction, loaded.edgesByAction)
        XCTAssertEqual(
            [
                read.outgoingStart, read.outgoingEdges, read.outgoingTargets, read.outgoingByAction, read.outgoingByActionTargets,
                read.outgoingRunStart, read.outgoingRunAction, read.outgoingRunOffset,
            ],
            [
                loaded.outgoingStart, loaded.outgoingEdges, loaded.outgoingTargets, loaded.outgoingByAction, loaded.outgoingByActionTargets,
                loaded.outgoingRunStart, loaded.outgoingRunAction, loaded.outgoingRunOffset,
            ])
        XCTAssertEqual(
            [
                read.incomingStart, read.incomingEdges, read.incomingSources, read.incomingByAction, read.incomingByActionSources,
                read.incomingRunStart, read.incomingRunAction, read.incomingRunOffset,
            ],
            [
                loaded.incomingStart, loaded.incomingEdges, loaded.incomingSources, loaded.incomingByAction, loaded.incomingByActionSources,
                loaded.incomingRunStart, loaded.incomingRunAction, loaded.incomingRunOffset,
            ])
        XCTAssertEqual(read.index(ofNodeID: graph.sparseID), loaded.index(ofNodeID: graph.sparseID))
    }

    /// Each kind of query the benchmark asks, on an engine that read the whole graph through SQL
    /// and on one that started from the snapshot: the same rows in the same order.
    func testAnswersAreTheSameWithAndWithoutTheSnapshot() throws {
        let graph = try makeMixedGraph()
        let queries: [(String, [String: QueryValue])] = [
            ("MATCH (a)-[r]->(b) RETURN a.name, r.action, r.cameo, r.kind, r.confidence, b.name, b.type", [:]),
            ("MATCH (a {name: $n})-[:meet]->(b) RETURN count(*)", ["n": .string("Person 0")]),
            ("MATCH (a {name: $n})-[*1..3]->(b) RETURN count(DISTINCT b)", ["n": .string("Person 0")]),
            ("MATCH (a {name: $n})-[*1..3]-(b) RETURN DISTINCT b.name", ["n": .string("Country 1")]),
            (
                "MATCH p = ANY SHORTEST (a {name: $n})-[*..6]-(b {name: $m}) RETURN length(p)",
                ["n": .string("Person 3"), "m": .string("Outlier")]
            ),
            ("MATCH (a:person)-[:condemn]->(b:country)<-[:sanction]-(c) RETURN count(*)", [:]),
            ("MATCH (a:country)<-[r:meet|sanction]-(b) RETURN a.name, b.name, r.action", [:]),
            ("USE facts MATCH (a)-[f]->(b) RETURN a.name, f.action, b.name, f.confidence", [:]),
        ]
        let withoutSnapshot = QueryEngine(store: graph.store)
        withoutSnapshot.snapshotThreshold = .max
        let expected = try queries.map { try withoutSnapshot.run($0.0, parameters: $0.1).rows.map { $0.map(\.text) } }
        XCTAssertFalse(FileManager.default.fileExists(atPath: graph.store.graphSnapshotPath))
        try freshEngine(graph).refreshGraphSnapshot()
        XCTAssertTrue(GraphIndex.hasCurrentSnapshot(of: graph.store))
        let fromSnapshot = freshEngine(graph)
        let answers = try queries.map { try fromSnapshot.run($0.0, parameters: $0.1).rows.map { $0.map(\.text) } }
        for (index, query) in queries.enumerated() {
            XCTAssertEqual(answers[index], expected[index], query.0)
        }
        XCTAssertGreaterThan(expected[0].count, 100)
    }

    /// A file cut short anywhere is not read (and the engine reads the store instead).
    func testATruncatedSnapshotIsNeverRead() throws {
        let graph = try makeMixedGraph()
        let engine = freshEngine(graph)
        let expected = try answer(engine, countAll)
        let path = graph.store.graphSnapshotPath
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertNotNil(GraphIndex.loadSnapshot(of: graph.store))
        for length in stride(from: 0, to: whole.count, by: max(1, whole.count / 97)) + [whole.count - 1] {
            try whole.prefix(length).write(to: URL(fileURLWithPath: path))
            XCTAssertNil(GraphIndex.loadSnapshot(of: graph.store), "cut at \(length) of \(whole.count) bytes")
        }
        try (whole + Data([0])).write(to: URL(fileURLWithPath: path))
        XCTAssertNil(GraphIndex.loadSnapshot(of: graph.store), "a byte too many")
        XCTAssertEqual(try answer(freshEngine(graph), countAll), expected)
    }

    /// An index pointing outside its array (a damaged or hostile file) makes the file unread,
    /// never a crash on the first query that follows it.
    func testASnapshotWithAnIndexOutOfRangeIsRejected() throws {
        let graph = try makeMixedGraph()
        let good = try GraphIndex.load(from: graph.store)
        let stamp = try graph.store.contentStamp()
        let nodes = Int32(good.nodeCount), edges = Int32(good.edgeCount)
        let damages: [(String, (inout GraphData) -> Void)] = [
            ("neighbour", { $0.outgoingTargets[3] = nodes }),
            ("grouped neighbour", { $0.incomingByActionSources[0] = -1 }),
            ("row edge", { $0.incomingEdges[1] = edges + 7 }),
            ("edge end", { $0.edgeTarget[2] = nodes + 100 }),
            ("action", { $0.edgeAction[0] = Int32($0.actions.count) }),
            ("row start", { $0.outgoingStart[1] = edges + 1 }),
            ("rows out of order", { $0.incomingStart[2] = $0.incomingStart[1] - 1 }),
            ("run offset", { $0.outgoingRunOffset[0] = edges }),
            ("run action", { $0.incomingRunAction[0] = 1_000 }),
            ("edge of an action", { $0.edgesByAction[0][0] = edges }),
        ]
        for (name, damage) in damages {
            var bad = good.data
            damage(&bad)
            try GraphIndex(bad).saveSnapshot(of: graph.store, stamp: stamp)
            XCTAssertNil(GraphIndex.loadSnapshot(of: graph.store), name)
        }
        try good.saveSnapshot(of: graph.store, stamp: stamp)
        XCTAssertNotNil(GraphIndex.loadSnapshot(of: graph.store))
    }

    func testRefreshMakesAStaleSnapshotCurrent() throws {
        let graph = try makeMixedGraph()
        let engine = freshEngine(graph)
        try engine.refreshGraphSnapshot()
        XCTAssertTrue(GraphIndex.hasCurrentSnapshot(of: graph.store))
        try graph.relate(graph.sparseID, "meet", 1)
        XCTAssertFalse(GraphIndex.hasCurrentSnapshot(of: graph.store))
        try engine.refreshGraphSnapshot()
        XCTAssertTrue(GraphIndex.hasCurrentSnapshot(of: graph.store))
        XCTAssertEqual(
            try answer(freshEngine(graph), "MATCH (a {name: 'Outlier'})-[:meet]->(b) RETURN count(*)"), "1")
    }

    /// Removing a document deletes rows below the largest ids, which the stamp cannot see: the
    /// removal deletes the snapshot itself.
    func testRemovingADocumentInvalidatesTheSnapshot() throws {
        let graph = try makeMixedGraph()
        let before = Int(try answer(freshEngine(graph), countAll)) ?? -1
        XCTAssertTrue(GraphIndex.hasCurrentSnapshot(of: graph.store))
        // A later document keeps the largest sentence and relation ids where they are.
        try graph.store.database.execute(
            """
            INSERT INTO documents (id, path, name, title, content_hash, size, ingested_at)
            VALUES (2, '/news/later.txt', 'later.txt', 'Later', 'hash2', 10, '2026-01-02T00:00:00Z');
            INSERT INTO sentences (id, document_id, idx, start, end, text) VALUES (100000, 2, 0, 0, 5, 'Later.');
            INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence)
            VALUES (1, 2, 'meet', '04', 'action', 100000, 0, 1, 1);
            """)
        let withLater = Int(try answer(freshEngine(graph), countAll)) ?? -1
        XCTAssertEqual(withLater, before + 1)
        let removed = try graph.store.removeDocuments(at: ["/news/article.txt"])
        XCTAssertGreaterThan(removed.relations, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: graph.store.graphSnapshotPath))
        XCTAssertEqual(try answer(freshEngine(graph), countAll), String(withLater - removed.relations))
    }
}

/// A graph with what the snapshot must carry: several types, actions, CAMEO codes and kinds,
/// varied confidences, relations with and without sentences, and one entity far above the
/// others' ids (so ids are not dense).
private final class MixedGraph {
    let graph: TestGraph
    let sparseID: Int

    init() throws {
        graph = try TestGraph()
        var people: [Int] = [], countries: [Int] = []
        for index in 0..<40 { people.append(try graph.entity("Person \(index)", .person)) }
        for index in 0..<8 { countries.append(try graph.entity("Country \(index)", .country)) }
        for index in 0..<6 { _ = try graph.entity("Organization \(index)", .organization) }
        try graph.store.database.execute("INSERT INTO entities (id, name, type) VALUES (1000000, 'Outlier', 'location')")
        sparseID = 1_000_000
        let actions: [(String, String)] = [("meet", "04"), ("condemn", "11"), ("sanction", "16"), ("visit", "04")]
        var state: UInt64 = 2022
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for index in 0..<400 {
            let subject = people[next(people.count)]
            let object = next(3) == 0 ? countries[next(countries.count)] : people[next(people.count)]
            let (action, cameo) = actions[next(actions.count)]
            try graph.relate(
                subject, action, object, cameo: cameo, sentence: index % 3 == 0 ? nil : "",
                confidence: Double(next(100)) / 100)
        }
        for (index, person) in people.prefix(8).enumerated() {
            try graph.relate(person, "president", countries[index], kind: .role, sentence: nil)
        }
        try graph.relate(people[3], "visit", sparseID, cameo: "04")
        try graph.relate(people[0], "meet", people[0], cameo: "04")
    }
}

extension MixedGraph {
    var store: GraphStore { graph.store }
    func relate(_ subject: Int, _ action: String, _ object: Int) throws {
        try graph.relate(subject, action, object, cameo: "04")
    }
}

private func makeMixedGraph() throws -> MixedGraph { try MixedGraph() }
