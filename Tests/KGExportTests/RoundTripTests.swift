import Foundation
import KGExport
import KGModel
import KGQuery
import KGStore
import XCTest

final class RoundTripTests: XCTestCase {
    func testExportImportExportGivesTheSameJSON() throws {
        let original = try TemporaryStore()
        try SampleGraph.load(into: original)
        let first = try GraphExporter.render(try GraphSnapshot(store: original.store), as: .json)
        let copy = try TemporaryStore()
        _ = try GraphImporter(store: copy.store).importNodeLinkJSON(data: Data(first.utf8), sourceName: "graph.json")
        let second = try GraphExporter.render(try GraphSnapshot(store: copy.store), as: .json)
        XCTAssertEqual(second, first)
    }

    func testNodeDocumentsIncludeDocumentsThatOnlyMentionTheNode() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let tokyo = try GraphSnapshot(store: temporary.store).nodes.first { $0.id == 4 }
        XCTAssertEqual(tokyo?.documents, ["a.txt", "c.txt"])
        XCTAssertEqual(tokyo?.aliases, ["Tokyo"])
    }

    func testResultSnapshotHoldsPathNodesAndEdgeEndsOnce() throws {
        let a = NodeValue(id: 1, name: "A", type: "person"), b = NodeValue(id: 2, name: "B", type: "country")
        let c = NodeValue(id: 3, name: "C", type: "country")
        let ab = EdgeValue(id: 10, source: a, target: b, action: "visit", cameo: .root(.consult), kind: "action", document: nil, sentence: nil)
        let cb = EdgeValue(id: 11, source: c, target: b, action: "sanction", cameo: .root(.reduceRelations), kind: "action", document: nil, sentence: nil)
        let result = QueryResult(
            columns: ["p", "r", "x"],
            rows: [
                [.path(PathValue(nodes: [a, b, c], edges: [ab, cb])), .edge(ab), .node(a)],
                [.null, .edge(cb), .list([.node(c)])],
            ])
        let snapshot = GraphSnapshot(result: result)
        XCTAssertEqual(snapshot.nodes.map(\.id), [1, 2, 3])
        XCTAssertEqual(snapshot.edges.map(\.id), [10, 11])
    }

    func testResultSnapshotFromTheStoreFillsAliasesAndDocuments() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let result = QueryResult(columns: ["a"], rows: [[.node(NodeValue(id: 2, name: "Russia", type: "country"))]])
        let snapshot = try GraphSnapshot(store: temporary.store, result: result)
        XCTAssertEqual(snapshot.nodes.first?.aliases, ["Moscow", "Russian"])
        XCTAssertEqual(snapshot.nodes.first?.documents, ["a.txt", "b.txt"])
    }
}

final class OutputFileTests: XCTestCase {
    func testReplaceOverwritesTheFileAndLeavesNoTemporaryFile() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.file("graph.dot", "old")
        try OutputFile.replace(path, with: "digraph kg {}\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "digraph kg {}\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.folder.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testReplaceIntoAMissingFolderFailsWithoutWritingAnything() throws {
        let temporary = try TemporaryStore()
        let path = temporary.folder.appendingPathComponent("missing/graph.json").path
        XCTAssertThrowsError(try OutputFile.replace(path, with: "{}")) { error in
            XCTAssertTrue((error as? LocalizedError)?.errorDescription?.hasPrefix(path + ": no such folder") == true)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
