import Foundation
import KGExport
import KGModel
import KGQuery
import XCTest

final class ResultRendererTests: XCTestCase {
    private let nato = NodeValue(id: 1, name: "NATO", type: "organization")
    private let russia = NodeValue(id: 2, name: "Russia", type: "country")

    private var small: QueryResult {
        QueryResult(
            columns: ["who", "n", "note"],
            rows: [
                [.node(nato), .int(3), .string("said \"no\", twice")],
                [.node(russia), .double(0.5), .null],
            ])
    }

    func testTableIsBoxDrawnWithNumbersRightAlignedAndARowCount() {
        let text = OutputMode.table.renderer.render(small, options: RenderOptions())
        XCTAssertEqual(
            text,
            """
            ┌────────┬─────┬──────────────────┐
            │  who   │  n  │       note       │
            ├────────┼─────┼──────────────────┤
            │ NATO   │   3 │ said "no", twice │
            │ Russia │ 0.5 │ NULL             │
            └────────┴─────┴──────────────────┘
            2 rows

            """)
    }

    func testTableFitsANarrowWidthCountingWideCharactersAsTwoColumns() {
        let result = QueryResult(
            columns: ["place", "n"],
            rows: [
                [.string("東京都の中心部にある駅"), .int(1)],
                [.string("Zürich 🇨🇭 Hauptbahnhof"), .int(22)],
            ])
        let text = TableRenderer().render(result, options: RenderOptions(maxWidth: 20))
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines.dropLast() {
            XCTAssertEqual(displayWidth(line), 20, line)
        }
        XCTAssertTrue(text.contains("…"), text)
        XCTAssertEqual(lines[3], "│ 東京都の中… │  1 │")
    }

    func testCombiningMarksTakeNoColumnsAndEmojiTakeTwo() {
        let result = QueryResult(columns: ["name"], rows: [[.string("Cafe\u{301}")], [.string("🇺🇦 UA")]])
        let lines = TableRenderer().render(result, options: RenderOptions()).split(separator: "\n")
        XCTAssertEqual(lines[3], "│ Cafe\u{301}  │")
        XCTAssertEqual(lines[4], "│ 🇺🇦 UA │")
    }

    func testTableLeavesOutColumnsThatCannotFitAndSaysSo() {
        let result = QueryResult(
            columns: (1...10).map { "column\($0)" },
            rows: [(1...10).map { .string("value \($0)") }])
        let text = TableRenderer().render(result, options: RenderOptions(maxWidth: 30))
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { displayWidth(String($0)) <= 30 }, text)
        XCTAssertTrue(text.hasSuffix("1 row, 10 columns (4 shown)\n"), text)
    }

    func testTableShowsAtMostMaxRowsWithAFooterCountingAll() {
        let result = QueryResult(columns: ["n"], rows: (1...12).map { [.int($0)] })
        let text = TableRenderer().render(result, options: RenderOptions(maxRows: 10))
        XCTAssertTrue(text.hasSuffix("12 rows (10 shown)\n"), text)
        XCTAssertFalse(text.contains("│ 11 │"))
    }

    func testEmptyTableSaysNoRows() {
        let text = TableRenderer().render(QueryResult(columns: ["a"], rows: []), options: RenderOptions())
        XCTAssertTrue(text.hasSuffix("└───┘\n(no rows)\n"), text)
    }

    func testTableColoursOnlyWhenAsked() {
        XCTAssertFalse(TableRenderer().render(small, options: RenderOptions()).contains("\u{1B}["))
        XCTAssertTrue(TableRenderer().render(small, options: RenderOptions(color: true)).contains("\u{1B}[1m"))
    }

    func testCSVQuotesCommasQuotesAndLineBreaks() {
        let result = QueryResult(columns: ["a", "b"], rows: [[.string("x,y"), .string("say \"hi\"\nbye")], [.int(1), .null]])
        XCTAssertEqual(
            OutputMode.csv.renderer.render(result, options: RenderOptions()),
            "a,b\n\"x,y\",\"say \"\"hi\"\"\nbye\"\n1,\n")
    }

    func testTSVEscapesTabsAndLineBreaks() {
        let result = QueryResult(columns: ["a", "b"], rows: [[.string("x\ty"), .string("1\n2\\")]])
        XCTAssertEqual(OutputMode.tsv.renderer.render(result, options: RenderOptions()), "a\tb\nx\\ty\t1\\n2\\\\\n")
    }

    func testJSONKeepsNumbersNullsAndBooleansTyped() throws {
        let edge = EdgeValue(
            id: 7, source: nato, target: russia, action: "condemn", cameo: .root(.disapprove), kind: "action",
            document: "a.txt", sentence: "NATO condemned Russia.")
        let result = QueryResult(
            columns: ["a", "r", "n", "x", "ok", "p", "l"],
            rows: [
                [
                    .node(nato), .edge(edge), .int(3), .null, .bool(true),
                    .path(PathValue(nodes: [nato, russia], edges: [edge])), .list([.int(1), .string("two")]),
                ]
            ])
        let text = OutputMode.json.renderer.render(result, options: RenderOptions())
        XCTAssertEqual(text, #"[{"a": "NATO", "r": "condemn", "n": 3, "x": null, "ok": true, "p": "(NATO)-[condemn]->(Russia)", "l": [1, "two"]}]"# + "\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.first?["n"] as? Int, 3)
    }

    func testJSONOfAnEmptyResultIsAnEmptyArray() {
        XCTAssertEqual(JSONRenderer().render(QueryResult(columns: ["a"], rows: []), options: RenderOptions()), "[]\n")
    }

    func testJSONLinesWritesOneObjectPerLine() {
        let text = OutputMode.jsonl.renderer.render(small, options: RenderOptions())
        XCTAssertEqual(
            text,
            """
            {"who": "NATO", "n": 3, "note": "said \\"no\\", twice"}
            {"who": "Russia", "n": 0.5, "note": null}

            """)
    }

    func testMarkdownEscapesPipesAndRightAlignsNumbers() {
        let result = QueryResult(columns: ["a|b", "n"], rows: [[.string("x|y"), .int(10)]])
        XCTAssertEqual(
            OutputMode.markdown.renderer.render(result, options: RenderOptions()),
            """
            | a\\|b |   n |
            |------|----:|
            | x\\|y |  10 |

            """)
    }

    func testDotModeDrawsTheResultsNodesAndEdges() throws {
        let edge = EdgeValue(
            id: 7, source: nato, target: russia, action: "condemn", cameo: .root(.disapprove), kind: "action",
            document: nil, sentence: nil)
        let text = try OutputMode.dot.renderer.checkedRender(
            QueryResult(columns: ["r"], rows: [[.edge(edge)]]), options: RenderOptions())
        XCTAssertTrue(text.contains("\"1\" [label=\"NATO\""), text)
        XCTAssertTrue(text.contains("\"1\" -> \"2\" [label=\"condemn\", penwidth=1.0, weight=1]"), text)
    }

    private func displayWidth(_ line: String) -> Int {
        line.reduce(0) { total, character in
            let value = character.unicodeScalars.first!.value
            let wide =
                character.unicodeScalars.first!.properties.isEmojiPresentation
                || (0x1F1E6...0x1F1FF).contains(value) || (0x3000...0x9FFF).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
