import Foundation
import KGExport
import KGModel
import XCTest

final class DOTWriterTests: XCTestCase {
    private func requireDot() throws -> String {
        let path = "/usr/bin/dot"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("Graphviz dot is not installed") }
        return path
    }

    func testAwkwardNamesSurviveGraphvizAsSVGText() throws {
        let dot = try requireDot()
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let text = try GraphExporter.render(try GraphSnapshot(store: temporary.store), as: .dot)
        let svg = try runProgram(dot, ["-Tsvg"], input: text)
        XCTAssertEqual(svg.status, 0, svg.stderr)
        XCTAssertEqual(svg.stderr, "")
        XCTAssertTrue(svg.stdout.contains("Joe &quot;Sleepy&quot; Biden"), svg.stdout)
        XCTAssertTrue(svg.stdout.contains("東京 🇯🇵"))
        // The backslash survives, and the line break splits the label into two text lines.
        XCTAssertTrue(svg.stdout.contains(">Back\\slash</text>"), svg.stdout)
        XCTAssertTrue(svg.stdout.contains(">Corp</text>"))
    }

    func testNamesEndingInABackslashOrHoldingOnlyQuotesStillParse() throws {
        let dot = try requireDot()
        let names = ["ends with \\", "\"", "\\\"", "tab\there", "Ærø\u{301} 🇺🇦", "a\r\nb"]
        let nodes = names.enumerated().map { SnapshotNode(id: $0 + 1, name: $1, type: "person", aliases: [$1], documents: []) }
        let edges = [
            SnapshotEdge(
                id: 1, source: 1, target: 2, action: "say \"\\\"", cameo: .uncoded, kind: "action",
                document: "d\\.txt", sentence: "\"quoted\"\n\\", confidence: 1)
        ]
        let svg = try runProgram(dot, ["-Tsvg"], input: try DOTWriter().write(GraphSnapshot(nodes: nodes, edges: edges)))
        XCTAssertEqual(svg.status, 0, svg.stderr)
        XCTAssertTrue(svg.stdout.contains(">ends with \\</text>"), svg.stdout)
        XCTAssertTrue(svg.stdout.contains(">\\&quot;</text>"), svg.stdout)
        XCTAssertTrue(svg.stdout.contains(">say &quot;\\&quot;</text>"), svg.stdout)
    }

    func testRepeatedEdgesWithTheSameActionMergeIntoOneWithACount() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let text = try DOTWriter().write(try GraphSnapshot(store: temporary.store))
        XCTAssertTrue(text.contains("\"1\" -> \"2\" [label=\"condemn (3)\""), text)
        XCTAssertEqual(text.components(separatedBy: "\"1\" -> \"2\"").count, 2)
    }

    func testLabelsEscapeQuotesBackslashesAndLineBreaks() {
        XCTAssertEqual(DOTWriterTests.quoted("say \"hi\"\\\nnow"), "\"say \\\"hi\\\"\\\\\\nnow\"")
    }

    private static func quoted(_ name: String) -> String {
        let snapshot = GraphSnapshot(
            nodes: [SnapshotNode(id: 1, name: name, type: "person", aliases: [], documents: [])],
            edges: [])
        let text = (try? DOTWriter().write(snapshot)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasPrefix("  \"1\" [label=") } ?? ""
        let start = line.range(of: "label=")!.upperBound
        let end = line.range(of: ", shape=")!.lowerBound
        return String(line[start..<end])
    }

    func testNodesAreShapedAndColouredByTypeWithALegend() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let text = try DOTWriter().write(try GraphSnapshot(store: temporary.store))
        XCTAssertTrue(text.contains("\"2\" [label=\"Russia\", shape=box, fillcolor=\"#A9DFBF\""), text)
        XCTAssertTrue(text.contains("subgraph cluster_legend"))
        XCTAssertTrue(text.contains("\"legend:location\" [label=\"location\", shape=house"))
        XCTAssertTrue(text.contains("rankdir=LR"))
    }

    func testGraphOverTheSizeLimitThrowsWithTheNodeCountAndALimitHint() {
        let nodes = (1...501).map { SnapshotNode(id: $0, name: "n\($0)", type: "person", aliases: [], documents: []) }
        XCTAssertThrowsError(try GraphExporter.render(GraphSnapshot(nodes: nodes, edges: []), as: .dot)) { error in
            XCTAssertEqual(error as? ExportError, .graphTooLarge(nodes: 501, limit: 500))
            let text = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(text.contains("501 nodes"), text)
            XCTAssertTrue(text.contains("LIMIT"), text)
        }
    }

    func testEmptyGraphIsStillValidDOT() throws {
        let dot = try requireDot()
        let text = try DOTWriter().write(GraphSnapshot(nodes: [], edges: []))
        XCTAssertEqual(try runProgram(dot, ["-Tsvg"], input: text).status, 0)
    }
}
