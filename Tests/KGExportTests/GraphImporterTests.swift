import Foundation
import KGExport
import KGModel
import XCTest

@testable import KGStore

final class GraphImporterTests: XCTestCase {
    private func importError(_ body: () throws -> ImportReport) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return (error as? LocalizedError)?.errorDescription ?? "\(error)"
        }
    }

    func testCSVImportCreatesEntitiesAliasesAndProvenance() throws {
        let temporary = try TemporaryStore()
        let report = try SampleGraph.load(into: temporary)
        XCTAssertEqual(report.nodes, 5)
        XCTAssertEqual(report.edges, 6)
        XCTAssertEqual(try temporary.count("documents"), 3)
        XCTAssertEqual(
            try temporary.store.database.scalarInt(
                "SELECT count(*) FROM aliases WHERE key = 'moscow' AND entity_id = 2"), 1)
        XCTAssertEqual(
            try temporary.store.database.scalarInt(
                "SELECT count(*) FROM documents WHERE path = 'import:a.txt' AND name = 'a.txt' AND content_hash = 'import'"), 1)
        XCTAssertEqual(
            try temporary.store.database.scalarInt(
                "SELECT count(*) FROM relations WHERE sentence_id IS NULL"), 2)
        let role = try temporary.store.database.prepare("SELECT cameo, kind FROM relations WHERE action = 'president'")
        XCTAssertTrue(try role.step())
        XCTAssertEqual([role.text(0), role.text(1)], ["role", "role"])
    }

    func testImportingTheSameFilesTwiceAddsNothingTheSecondTime() throws {
        let temporary = try TemporaryStore()
        let first = try SampleGraph.load(into: temporary)
        let tables = ["entities", "aliases", "relations", "documents", "sentences", "mentions"]
        let before = try tables.map(temporary.count)
        let second = try SampleGraph.load(into: temporary)
        XCTAssertEqual(second.entityIDs, first.entityIDs)
        XCTAssertEqual(second.nodesJoined, 5)
        XCTAssertEqual(second.edges, 0)
        XCTAssertEqual(second.edgesUnchanged, 6)
        XCTAssertEqual(try tables.map(temporary.count), before)
    }

    func testNodeLinkJSONAcceptsLinksAndStringOrIntegerIds() throws {
        let temporary = try TemporaryStore()
        let json = """
            {"nodes": [{"id": "kyiv", "name": "Kyiv", "type": "Location"}, {"id": 7, "name": "Ukraine", "type": "country"}],
             "links": [{"source": 7, "target": "kyiv", "action": "defend", "cameo": 19}]}
            """
        let report = try GraphImporter(store: temporary.store).importNodeLinkJSON(data: Data(json.utf8), sourceName: "g.json")
        XCTAssertEqual(report.entityIDs["7"], 7)
        XCTAssertEqual(report.edges, 1)
        XCTAssertEqual(try temporary.store.database.scalarInt("SELECT count(*) FROM relations WHERE cameo = '19' AND subject_id = 7"), 1)
    }

    func testUnknownTypeIsReportedWithItsLineAndASuggestion() throws {
        let temporary = try TemporaryStore()
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(
                nodes: "id,name,type\n1,NATO,organization\n2,Biden,persn\n", nodesName: "nodes.csv")
        }
        XCTAssertEqual(message, "nodes.csv:3: unknown entity type 'persn'; did you mean 'person'?")
    }

    func testCAMEOCodesAreRootCodesOrRole() throws {
        let nodes = "id,name,type\n1,NATO,organization\n2,Russia,country\n3,Stoltenberg,person\n"
        let unknown = try TemporaryStore()
        XCTAssertEqual(
            importError {
                try GraphImporter(store: unknown.store).importCSV(
                    nodes: nodes, edges: "subject,object,action,cameo\n1,2,condemn,11\n1,2,condemn,112\n", edgesName: "edges.csv")
            }, "edges.csv:3: unknown CAMEO root code '112' (expected 01 to 20)")
        let roleWithCode = try TemporaryStore()
        XCTAssertEqual(
            importError {
                try GraphImporter(store: roleWithCode.store).importCSV(
                    nodes: nodes, edges: "subject,object,action,cameo,kind\n3,1,secretary-general,04,role\n", edgesName: "edges.csv")
            }, "edges.csv:2: a role's CAMEO code is 'role', not '04'")
        let oneDigit = try TemporaryStore()
        let report = try GraphImporter(store: oneDigit.store).importCSV(
            nodes: nodes, edges: "subject,object,action,cameo,kind\n1,2,meet,4,\n3,1,secretary-general,,role\n")
        XCTAssertEqual(report.edges, 2)
        XCTAssertEqual(
            try oneDigit.store.actionCodeCounts().map { "\($0.action) \($0.cameo)" }.sorted(),
            ["meet 04", "secretary-general role"])
    }

    func testEdgeToAnUnknownNodeIdFailsAndLeavesTheStoreUnchanged() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let before = try ["entities", "aliases", "relations", "documents", "sentences", "mentions"].map(temporary.count)
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(
                nodes: "id,name,type\nx1,Kyiv,location\nx2,Ukraine,country\n",
                edges: "subject,object,action\nx2,x1,defend\nx2,x9,attack\n", edgesName: "edges.csv")
        }
        XCTAssertEqual(message, "edges.csv:3: edge target refers to unknown node id 'x9'; did you mean 'x1'?")
        let after = try ["entities", "aliases", "relations", "documents", "sentences", "mentions"].map(temporary.count)
        XCTAssertEqual(after, before)
    }

    /// Node and edge files of `edges` edges (several of the background reader's batches) over 100
    /// nodes; `badLine` (a line of the edge file) names an unknown node.
    private func largeFiles(in temporary: TemporaryStore, edges: Int, badLine: Int? = nil) throws -> (String, String) {
        var nodes = "id,name,type\n"
        for id in 1...100 { nodes += "\(id),Place \(id),location\n" }
        var lines = ["subject,object,action,cameo"]
        for index in 0..<edges { lines.append("\(index % 100 + 1),\(index * 7 % 100 + 1),meet,04") }
        if let badLine { lines[badLine - 1] = "1,999,meet,04" }
        return (
            try temporary.file("nodes.csv", nodes),
            try temporary.file("edges.csv", lines.joined(separator: "\n") + "\n")
        )
    }

    func testEdgeFileReadBesideTheStoreGivesEveryEdgeInOrder() throws {
        let temporary = try TemporaryStore()
        let (nodes, edges) = try largeFiles(in: temporary, edges: 150_000)
        let report = try GraphImporter(store: temporary.store).importCSV(nodesPath: nodes, edgesPath: edges)
        XCTAssertEqual(report.edges, 150_000)
        let last = try temporary.store.database.prepare("SELECT subject_id, object_id FROM relations ORDER BY id DESC LIMIT 1")
        XCTAssertTrue(try last.step())
        XCTAssertEqual([last.int(0), last.int(1)], [149_999 % 100 + 1, 149_999 * 7 % 100 + 1])
    }

    func testBadEdgeInALaterBatchNamesItsLineAndLeavesTheStoreEmpty() throws {
        let temporary = try TemporaryStore()
        let (nodes, edges) = try largeFiles(in: temporary, edges: 150_000, badLine: 140_000)
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(nodesPath: nodes, edgesPath: edges)
        }
        XCTAssertTrue(message.hasPrefix("\(edges):140000: edge target refers to unknown node id '999'"), message)
        XCTAssertEqual(try ["entities", "aliases", "relations"].map(temporary.count), [0, 0, 0])
    }

    func testMissingEdgeFileChangesNothing() throws {
        let temporary = try TemporaryStore()
        let (nodes, _) = try largeFiles(in: temporary, edges: 1)
        let missing = temporary.folder.appendingPathComponent("none.csv").path
        let message = importError { try GraphImporter(store: temporary.store).importCSV(nodesPath: nodes, edgesPath: missing) }
        XCTAssertTrue(message.contains("no such file"), message)
        XCTAssertEqual(try temporary.count("entities"), 0)
    }

    func testConfidenceOutsideZeroToOneIsReportedAtTheValue() throws {
        let temporary = try TemporaryStore()
        let json = """
            {"nodes": [{"id": 1, "name": "A", "type": "person"}, {"id": 2, "name": "B", "type": "person"}],
             "edges": [{"source": 1, "target": 2, "action": "meet", "confidence": 2}]}
            """
        let message = importError {
            try GraphImporter(store: temporary.store).importNodeLinkJSON(data: Data(json.utf8), sourceName: "g.json")
        }
        XCTAssertEqual(message, "g.json:2:71: confidence 2.0 is outside 0...1")
    }

    func testFailureWhileWritingRollsBackEverything() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        // A real SQLite failure half-way through the writes: the nodes are in before the edge fails.
        try temporary.store.database.execute(
            """
            CREATE TRIGGER refuse_boom BEFORE INSERT ON relations WHEN NEW.action = 'boom'
            BEGIN SELECT RAISE(ABORT, 'refused'); END
            """)
        let tables = ["entities", "aliases", "relations", "documents", "sentences", "mentions"]
        let before = try tables.map(temporary.count)
        XCTAssertThrowsError(
            try GraphImporter(store: temporary.store).importCSV(
                nodes: "id,name,type\nx1,Kyiv,location\nx2,Ukraine,country\n",
                edges: "subject,object,action,document,sentence\nx2,x1,defend,d.txt,Ukraine defends Kyiv.\nx2,x1,boom,,\n"))
        XCTAssertEqual(try tables.map(temporary.count), before)
    }

    func testMissingRequiredColumnIsAnError() throws {
        let temporary = try TemporaryStore()
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(nodes: "id,name\n1,NATO\n", nodesName: "nodes.csv")
        }
        XCTAssertEqual(message, "nodes.csv:1: missing required column 'type' (the header must name id, name, type)")
    }

    func testMisspeltColumnGetsASuggestion() throws {
        let temporary = try TemporaryStore()
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(nodes: "id,name,tpye\n1,NATO,organization\n", nodesName: "nodes.csv")
        }
        XCTAssertEqual(message, "nodes.csv:1: unknown column 'tpye'; did you mean 'type'?")
    }

    func testWrongFieldCountNamesTheLine() throws {
        let temporary = try TemporaryStore()
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(
                nodes: "id,name,type\n1,\"NATO,\nAlliance\",organization\n2,Russia,country,extra\n", nodesName: "nodes.csv")
        }
        XCTAssertEqual(message, "nodes.csv:4: expected 3 fields as in the header, found 4")
    }

    func testInvalidJSONReportsLineAndColumn() throws {
        let temporary = try TemporaryStore()
        let message = importError {
            try GraphImporter(store: temporary.store).importNodeLinkJSON(
                data: Data("{\"nodes\": [\n  {\"id\": 1 \"name\": \"A\"}\n]}".utf8), sourceName: "bad.json")
        }
        XCTAssertEqual(message, "bad.json:2:12: invalid JSON: expected ',' or '}' in object, found '\"'")
    }

    func testDuplicateNodeIdIsAnError() throws {
        let temporary = try TemporaryStore()
        let message = importError {
            try GraphImporter(store: temporary.store).importCSV(
                nodes: "id,name,type\n1,A,person\n1,B,person\n", nodesName: "nodes.csv")
        }
        XCTAssertEqual(message, "nodes.csv:3: duplicate node id '1' (first at line 2)")
    }

    func testSnapshotImportKeepsTheGivenIds() throws {
        let temporary = try TemporaryStore()
        let snapshot = GraphSnapshot(
            nodes: [
                SnapshotNode(id: 10, name: "NATO", type: "organization", aliases: [], documents: []),
                SnapshotNode(id: 20, name: "Russia", type: "country", aliases: [], documents: []),
            ],
            edges: [
                SnapshotEdge(
                    id: 5, source: 10, target: 20, action: "condemn", cameo: .root(.disapprove), kind: "action",
                    document: "a.txt", sentence: "NATO condemned Russia.", confidence: 1)
            ])
        _ = try GraphImporter(store: temporary.store).importSnapshot(snapshot)
        XCTAssertEqual(try GraphSnapshot(store: temporary.store).edges, snapshot.edges)
    }
}
