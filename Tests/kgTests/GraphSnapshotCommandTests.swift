import Foundation
import XCTest

/// `kg import` leaves the graph snapshot current, so the first `kg query` after it starts from
/// the file instead of reading every relation (the default threshold: 50,000 edges).
final class GraphSnapshotCommandTests: XCTestCase {
    /// `nodes` entities and `edges` relations between them, as `kg import` CSV.
    private func writeGraph(_ runner: CommandRunner, nodes: Int, edges: Int, suffix: String) throws -> (String, String) {
        var nodeRows = ["id,name,type"]
        for id in 1...nodes { nodeRows.append("\(id),Entity \(id),\(id % 5 == 0 ? "country" : "person")") }
        var edgeRows = ["subject,object,action,cameo"]
        var state: UInt64 = UInt64(edges)
        for _ in 0..<edges {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let subject = Int(state >> 40) % nodes + 1
            let object = Int((state >> 20) & 0xfffff) % nodes + 1
            edgeRows.append(state & 1 == 0 ? "\(subject),\(object),meet,04" : "\(subject),\(object),condemn,11")
        }
        return (
            try runner.write("nodes\(suffix).csv", nodeRows.joined(separator: "\n") + "\n"),
            try runner.write("edges\(suffix).csv", edgeRows.joined(separator: "\n") + "\n")
        )
    }

    func testImportLeavesACurrentSnapshotForTheNextQuery() throws {
        let runner = try CommandRunner()
        let database = runner.path("big.sqlite")
        let snapshot = database + ".graph"
        let (nodes, edges) = try writeGraph(runner, nodes: 2_000, edges: 50_000, suffix: "")
        let imported = try runner.kg(["import", "--db", database, "--nodes", nodes, "--edges", edges])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: snapshot))
        let first = try Data(contentsOf: URL(fileURLWithPath: snapshot))

        let count = try runner.kg(["query", "--db", database, "--format", "csv", "MATCH (a)-[r]->(b) RETURN count(*)"])
        XCTAssertEqual(count.stdout, "count(*)\n50000\n", count.stderr)
        // Read, not rewritten: the query found the snapshot current.
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: snapshot)), first)

        // A second import changes the graph: the snapshot is written again, for the new graph.
        let (moreNodes, moreEdges) = try writeGraph(runner, nodes: 2_000, edges: 10, suffix: "-more")
        let again = try runner.kg(["import", "--db", database, "--nodes", moreNodes, "--edges", moreEdges])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: snapshot))
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: snapshot)), first)
        let after = try runner.kg(["query", "--db", database, "--format", "csv", "MATCH (a)-[r]->(b) RETURN count(*)"])
        XCTAssertEqual(after.stdout, "count(*)\n50010\n", after.stderr)
    }
}
