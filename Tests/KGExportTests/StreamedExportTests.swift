import Foundation
import KGExport
import XCTest

@testable import KGStore

/// Whole-graph exports are written as the graph is read: no writer builds its output, or the
/// list of edges, in memory first.
final class StreamedExportTests: XCTestCase {
    /// A graph of `edges` edges over 100 nodes, made as it is visited (nothing held).
    private struct GeneratedGraph: ExportableGraph {
        var edges: Int

        func forEachNode(_ body: (SnapshotNode) throws -> Void) throws {
            for id in 1...100 {
                try body(SnapshotNode(id: id, name: "Node \(id)", type: "person", aliases: [], documents: ["a.txt"]))
            }
        }

        func forEachEdge(_ body: (SnapshotEdge) throws -> Void) throws {
            for id in 0..<edges {
                try body(
                    SnapshotEdge(
                        id: id, source: 1 + id % 100, target: 1 + (id * 7) % 100, action: "meet", cameo: .root(.consult),
                        kind: "action", document: "a.txt", sentence: "Node \(id) met another node.", confidence: 0.5))
            }
        }

        func nodeCount() -> Int { 100 }

        func snapshot() throws -> GraphSnapshot {
            var edges: [SnapshotEdge] = []
            try forEachEdge { edges.append($0) }
            var nodes: [SnapshotNode] = []
            try forEachNode { nodes.append($0) }
            return GraphSnapshot(nodes: nodes, edges: edges)
        }
    }

    /// Records how the text arrives: how many pieces, the largest one, the total.
    private struct MeasuringOutput: ExportOutput {
        var pieces = 0
        var largestPiece = 0
        var bytes = 0

        mutating func write(_ text: String) throws {
            pieces += 1
            largestPiece = max(largestPiece, text.utf8.count)
            bytes += text.utf8.count
        }
    }

    func testJSONGraphMLAndNeo4jWriteAPieceAtATime() throws {
        let graph = GeneratedGraph(edges: 20_000)
        for format in [ExportFormat.json, .graphml] {
            var output = MeasuringOutput()
            try GraphExporter.write(graph, as: format, to: &output)
            XCTAssertGreaterThan(output.pieces, 20_000, "\(format)")
            XCTAssertLessThan(output.largestPiece, 2_000, "\(format) built a large part of its output at once")
            XCTAssertGreaterThan(output.bytes, 20_000 * 100, "\(format)")
        }
        var nodes = MeasuringOutput(), relationships = MeasuringOutput()
        try Neo4jCSVWriter().writeNodes(graph, to: &nodes)
        try Neo4jCSVWriter().writeRelationships(graph, to: &relationships)
        XCTAssertEqual(nodes.pieces, 101)
        XCTAssertEqual(relationships.pieces, 20_001)
        XCTAssertLessThan(relationships.largestPiece, 1_000)
    }

    func testBufferedOutputWritesInBlocksAsItGoes() throws {
        let temporary = try TemporaryStore()
        let path = temporary.folder.appendingPathComponent("out.json").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        var output = BufferedDescriptorOutput(descriptor: descriptor, name: path)
        let line = String(repeating: "x", count: 99) + "\n"
        for _ in 0..<(BufferedDescriptorOutput.blockSize / 100) { try output.write(line) }
        XCTAssertEqual(output.bytesWritten, 0, "wrote before a block was full")
        for _ in 0..<1_000 { try output.write(line) }
        // The file grows while writing goes on: never more than a block and a piece is held.
        let written = output.bytesWritten
        XCTAssertGreaterThan(written, 0)
        XCTAssertGreaterThanOrEqual(written + BufferedDescriptorOutput.blockSize + 100, (BufferedDescriptorOutput.blockSize / 100 + 1_000) * 100)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int), written)
        try output.flush()
        XCTAssertEqual(output.bytesWritten, (BufferedDescriptorOutput.blockSize / 100 + 1_000) * 100)
    }

    /// The stored graph, walked row by row, is what reading every entity and its details at once
    /// gives, and every format writes the same text from either.
    func testStoredGraphVisitsWhatTheStoreHolds() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let store = temporary.store
        let details = try store.entityDetails(ids: nil)
        let expected = try store.allEntities().map { entity in
            SnapshotNode(
                id: entity.id, name: entity.name, type: entity.type.rawValue,
                aliases: details.aliases[entity.id, default: []].filter { $0 != entity.name },
                documents: details.documents[entity.id, default: []])
        }
        var visited: [SnapshotNode] = []
        try StoredGraph(store: store).forEachNode { visited.append($0) }
        XCTAssertEqual(visited, expected)
        XCTAssertTrue(visited.contains { !$0.aliases.isEmpty } && visited.contains { !$0.documents.isEmpty })
        var edges: [Int] = []
        try StoredGraph(store: store).forEachEdge { edges.append($0.id) }
        XCTAssertEqual(edges, try store.relations().map(\.id))

        let inMemory = GraphSnapshot(
            nodes: expected,
            edges: try store.relations().map { relation in
                SnapshotEdge(
                    id: relation.id, source: relation.subjectID, target: relation.objectID, action: relation.action,
                    cameo: relation.cameo, kind: relation.kind.rawValue, document: relation.document,
                    sentence: relation.sentence, confidence: relation.confidence, date: relation.date)
            })
        for format in [ExportFormat.json, .graphml, .dot] {
            var streamed = ""
            try GraphExporter.write(StoredGraph(store: store), as: format, to: &streamed)
            XCTAssertEqual(streamed, try GraphExporter.render(inMemory, as: format), "\(format)")
        }
    }

    /// A graph too large to draw is refused before it is read.
    func testDOTRefusesALargeGraphByItsCount() throws {
        struct Unreadable: ExportableGraph {
            func forEachNode(_ body: (SnapshotNode) throws -> Void) throws { XCTFail("read the nodes") }
            func forEachEdge(_ body: (SnapshotEdge) throws -> Void) throws { XCTFail("read the edges") }
            func nodeCount() -> Int { 1_000_000 }
            func snapshot() throws -> GraphSnapshot {
                XCTFail("loaded the graph")
                return GraphSnapshot(nodes: [], edges: [])
            }
        }
        var text = ""
        XCTAssertThrowsError(try GraphExporter.write(Unreadable(), as: .dot, to: &text))
        XCTAssertEqual(text, "")
    }
}
