import Foundation
import KGExport
import XCTest

final class NetworkXFormatTests: XCTestCase {
    func testNodeLinkJSONLoadsInNetworkXAsADirectedMultigraph() throws {
        try requireNetworkX()
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let json = try GraphExporter.render(try GraphSnapshot(store: temporary.store), as: .json)
        let summary = try python(
            """
            import json, sys, networkx as nx
            g = nx.node_link_graph(json.load(sys.stdin), edges="edges")
            print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.number_of_edges(1, 2),
                  g.nodes[3]["name"], g.nodes[2]["aliases"], g.edges[1, 2, 1]["confidence"])
            """, input: json)
        XCTAssertEqual(summary, "MultiDiGraph 5 6 3 Joe \"Sleepy\" Biden ['Moscow', 'Russian'] 0.9")
    }

    func testScorerReadsTheNodeLinkJSON() throws {
        try requireNetworkX()
        // The shared data folder: $KG_SHARED, else `shared` beside the repository.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared =
            ProcessInfo.processInfo.environment["KG_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? repository.deletingLastPathComponent().appendingPathComponent("shared")
        let scorer = shared.appendingPathComponent("eval/score.py").path
        let gold = shared.appendingPathComponent("eval/gold").path
        guard FileManager.default.fileExists(atPath: scorer) else {
            throw XCTSkip("runs where the shared data folder is: no scorer at \(scorer) (set KG_SHARED)")
        }
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let path = try temporary.file("graph.json", try GraphExporter.render(try GraphSnapshot(store: temporary.store), as: .json))
        let result = try runProgram("/usr/bin/env", ["python3", scorer, gold, path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"articles\""), result.stdout)
    }

    func testGraphMLLoadsInNetworkXWithTypedAttributes() throws {
        try requireNetworkX()
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let xml = try GraphExporter.render(try GraphSnapshot(store: temporary.store), as: .graphml)
        let summary = try python(
            """
            import sys, networkx as nx
            g = nx.read_graphml(sys.stdin.buffer)
            e = [d for _, _, d in g.edges(data=True) if d["action"] == "visit"][0]
            print(g.number_of_nodes(), g.number_of_edges(), g.nodes["n3"]["name"], g.nodes["n4"]["name"],
                  repr(g.nodes["n5"]["name"]), g.nodes["n2"]["aliases"], repr(e["sentence"]),
                  type(e["confidence"]).__name__)
            """, input: xml)
        XCTAssertEqual(summary, #"5 6 Joe "Sleepy" Biden 東京 🇯🇵 'Back\\slash\nCorp' Moscow; Russian 'Biden visited "Tokyo"\ntoday.' float"#)
    }

    func testGraphMLEscapesMarkupAndDropsCharactersXMLForbids() throws {
        try requireNetworkX()
        let snapshot = GraphSnapshot(
            nodes: [SnapshotNode(id: 1, name: "A<&>'\"\u{1}B\r", type: "person", aliases: [], documents: [])], edges: [])
        let name = try python(
            """
            import sys, networkx as nx
            print(repr(nx.read_graphml(sys.stdin.buffer).nodes["n1"]["name"]))
            """, input: try GraphMLWriter().write(snapshot))
        XCTAssertEqual(name, #"'A<&>\'"B\r'"#)
    }
}
