import Foundation
import KGQuery
import XCTest

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
}
