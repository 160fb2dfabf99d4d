import Foundation
import KGExport
import KGQuery
import XCTest

/// `kg query` as users run it: the real binary on a real graph file.
final class QueryCommandTests: XCTestCase {
    private var graph: TestGraph!
    private var database: String { graph.store.path }

    override func setUpWithError() throws {
        graph = try makeNewsGraph()
    }

    private func write(_ text: String, to name: String) throws -> String {
        let url = graph.directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testScriptErrorNamesFileLineAndColumnAndExitsNonZero() throws {
        let script = try write(
            "-- a script\nMATCH (a) RETURN count(*);\nMATCH (a)\n  RETURN a.nme;\nMATCH (b) RETURN b;\n",
            to: "bad.kgq")
        let run = try ExampleQueriesTests.kg(["query", "--db", database, "-f", script])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "Error: \(script):4:12: unknown node property 'nme'; did you mean 'name'?\n  RETURN a.nme;\n           ^\n")
    }

    func testParametersArriveTypedAndStatementsPrintInOrder() throws {
        let script = try write(
            """
            MATCH (a {name: $who})-[r]->(b) RETURN b.name ORDER BY b.name LIMIT $n;
            MATCH (a {name: "Putin"})-[r]->(b) RETURN count(*) AS n
            """, to: "ok.kgq")
        let run = try ExampleQueriesTests.kg([
            "query", "--db", database, "--param", "who=zelenskiy", "--param", "n=2",
            "-f", script, "--format", "csv",
        ])
        XCTAssertEqual(run.status, 0, run.errors)
        let lines = run.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, run.output)
        XCTAssertTrue(lines[1].contains("Kyiv"), run.output)
        XCTAssertTrue(lines[2].contains("Russia"), run.output)
        XCTAssertTrue(lines[4].contains("2"), run.output)
    }

    func testNoticesGoToStandardErrorAndDoNotFail() throws {
        let run = try ExampleQueriesTests.kg(["query", "--db", database, "MATCH (a {name: \"Zelensk\"}) RETURN a;"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.errors, "query:1:17: note: no entity is named 'Zelensk'; did you mean 'Zelensky'?\n")
    }

    func testMissingDatabaseIsOneLineError() throws {
        let missing = graph.directory.appendingPathComponent("none.sqlite").path
        let run = try ExampleQueriesTests.kg(["query", "--db", missing, "MATCH (a) RETURN a;"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "Error: \(missing): no such database; build one with 'kg ingest --db \(missing) FOLDER'\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func testUnknownFormatIsAUsageErrorListingTheFormats() throws {
        let run = try ExampleQueriesTests.kg(["query", "--db", database, "--format", "xml", "MATCH (a) RETURN a;"])
        XCTAssertEqual(run.status, 64, "a usage error, as for kg export --format")
        XCTAssertTrue(run.errors.contains("'xml' is invalid for '--format <format>'"), run.errors)
        for format in OutputMode.allCases.map(\.rawValue) {
            XCTAssertTrue(run.errors.contains("- \(format)"), "\(format) missing from: \(run.errors)")
        }
    }
}
