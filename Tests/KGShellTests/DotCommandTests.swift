import Foundation
import KGExport
import KGQuery
import KGShell
import XCTest

@testable import KGStore

final class DotCommandTests: XCTestCase {
    func testUniquePrefixNamesTheCommand() throws {
        XCTAssertEqual(try DotCommand.resolve(".he").name, ".help")
        XCTAssertEqual(try DotCommand.resolve(".sch").name, ".schema")
        XCTAssertEqual(try DotCommand.resolve(".q").name, ".quit")
    }

    func testExactNameWinsOverLongerNames() throws {
        XCTAssertEqual(try DotCommand.resolve(".exit").name, ".exit")
    }

    func testAmbiguousPrefixListsTheCandidates() {
        XCTAssertThrowsError(try DotCommand.resolve(".ex")) { error in
            XCTAssertEqual(
                error as? ShellError,
                .ambiguousCommand(name: ".ex", candidates: [".export", ".exit"]))
        }
    }

    func testUnknownCommandSuggestsTheNearestByEditDistance() {
        XCTAssertThrowsError(try DotCommand.resolve(".shema")) { error in
            XCTAssertEqual(error as? ShellError, .unknownCommand(name: ".shema", suggestion: ".schema"))
        }
        XCTAssertThrowsError(try DotCommand.resolve(".xyzzy")) { error in
            XCTAssertEqual(error as? ShellError, .unknownCommand(name: ".xyzzy", suggestion: nil))
        }
    }

    func testMisuseEchoesTheUsage() throws {
        let shell = try ShellFixture()
        shell.type(".timer\n.read\n.param set x\n")
        XCTAssertEqual(
            shell.errors.captured,
            """
            error: usage: .timer on|off
            error: usage: .read FILE
            error: usage: .param set NAME VALUE | unset NAME | list | clear

            """)
    }

    func testHelpForOneCommandShowsItsUsage() throws {
        let shell = try ShellFixture()
        shell.type(".help mode\n")
        XCTAssertTrue(shell.console.captured.hasPrefix("usage: .mode table|csv|tsv|json|jsonl|markdown|dot\n"))
    }

    func testModeChangesAndReportsTheOutputMode() throws {
        let shell = try ShellFixture()
        shell.type(".mode markdown\n.mode\n")
        XCTAssertEqual(shell.state.mode, .markdown)
        XCTAssertEqual(shell.console.captured, "markdown\n")
    }

    func testUnknownModeSuggestsOne() throws {
        let shell = try ShellFixture()
        shell.type(".mode jsn\n")
        XCTAssertEqual(shell.state.mode, .table)
        XCTAssertEqual(
            shell.errors.captured,
            "error: unknown mode 'jsn'; did you mean 'json'? "
                + "modes: table, csv, tsv, json, jsonl, markdown, dot\n")
    }

    func testOutputSendsResultsToAFileUntilResetToTheConsole() throws {
        let shell = try ShellFixture()
        let file = shell.path("out.txt")
        shell.type(".output \(file)\n.entities person\n.output\n.entities country\n")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(written.contains("Vladimir Putin"))
        XCTAssertFalse(written.contains("Russia"))
        XCTAssertTrue(shell.console.captured.contains("Russia"))
        XCTAssertFalse(shell.console.captured.contains("Vladimir Putin"))
    }

    func testQuotedArgumentKeepsItsSpaces() throws {
        let shell = try ShellFixture()
        let file = shell.path("my results.txt")
        shell.type(".output \"\(file)\"\n.entities country\n.output\n")
        XCTAssertEqual(shell.errors.captured, "")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("Russia"))
    }

    func testOutputToAMissingFolderIsAnError() throws {
        let shell = try ShellFixture()
        shell.type(".output /nonexistent-dir/out.txt\n")
        XCTAssertEqual(shell.errors.captured, "error: cannot write '/nonexistent-dir/out.txt': no such directory\n")
    }

    func testParamSetListUnsetAndClear() throws {
        let shell = try ShellFixture()
        shell.type(".param set $year 2022\n.param set who 'Joe Biden'\n.param set ratio 0.5\n.param list\n")
        XCTAssertEqual(
            shell.state.parameters,
            [
                "year": .int(2022), "who": .string("Joe Biden"),
                "ratio": .double(0.5),
            ])
        XCTAssertEqual(shell.console.captured, "$ratio = 0.5\n$who = 'Joe Biden'\n$year = 2022\n")
        shell.type(".param unset who\n")
        XCTAssertEqual(shell.state.parameters.keys.sorted(), ["ratio", "year"])
        shell.type(".param clear\n")
        XCTAssertTrue(shell.state.parameters.isEmpty)
    }

    func testParamNameMustBeAnIdentifier() throws {
        let shell = try ShellFixture()
        shell.type(".param set 2x 1\n")
        XCTAssertTrue(shell.state.parameters.isEmpty)
        XCTAssertTrue(shell.errors.captured.hasPrefix("error: '2x' is not a parameter name"))
    }

    func testTimerPrintsRunTimeAfterEachStatement() throws {
        let shell = try ShellFixture()
        shell.type(".timer on\nMATCH (a) RETURN a;\n.timer off\nMATCH (a) RETURN a;\n")
        let lines = shell.console.captured.split(separator: "\n").filter { $0.hasPrefix("Run Time:") }
        XCTAssertEqual(lines.count, 1)
        XCTAssertNotNil(lines.first?.wholeMatch(of: /Run Time: \d+\.\d{6} s/))
    }

    func testReadRunsAScriptThroughTheSameLoop() throws {
        let shell = try ShellFixture()
        let script = shell.path("setup.kgq")
        try ".mode csv\n-- a comment\n.param set limit 5\n".write(toFile: script, atomically: true, encoding: .utf8)
        shell.type(".read \(script)\n")
        XCTAssertEqual(shell.state.mode, .csv)
        XCTAssertEqual(shell.state.parameters["limit"], .int(5))
        XCTAssertEqual(shell.errors.captured, "")
    }

    func testErrorInAReadScriptNamesFileAndLineAndStopsIt() throws {
        let shell = try ShellFixture()
        let script = shell.path("bad.kgq")
        try ".mode csv\n\n.mdoe json\n.mode tsv\n".write(toFile: script, atomically: true, encoding: .utf8)
        shell.type(".read \(script)\n.timer on\n")
        XCTAssertEqual(shell.state.mode, .csv)
        XCTAssertEqual(
            shell.errors.captured,
            "\(script):3: error: unknown command '.mdoe'; did you mean '.mode'?\n")
        XCTAssertTrue(shell.state.timerEnabled, "the terminal goes on after the script stops")
    }

    func testReadOfAMissingFileIsAnError() throws {
        let shell = try ShellFixture()
        shell.type(".read /no/such/file.kgq\n")
        XCTAssertEqual(shell.errors.captured, "error: cannot read '/no/such/file.kgq': no such file\n")
    }

    func testReadThatReadsItselfStopsAtTheDepthLimit() throws {
        let shell = try ShellFixture()
        let script = shell.path("loop.kgq")
        try ".read \(script)\n".write(toFile: script, atomically: true, encoding: .utf8)
        shell.type(".read \(script)\n")
        XCTAssertTrue(shell.errors.captured.contains(".read nested more than 16 deep"), shell.errors.captured)
        XCTAssertEqual(shell.errors.captured.split(separator: "\n").count, 1)
    }

    func testEntitiesFiltersByTypeAndPartOfNameOrAlias() throws {
        let shell = try ShellFixture()
        shell.state.mode = .csv
        shell.type(".entities person put\n")
        XCTAssertTrue(shell.console.captured.contains("Vladimir Putin"))
        XCTAssertFalse(shell.console.captured.contains("Zelensky"))
        XCTAssertEqual(shell.state.lastResult?.rows.count, 1)
    }

    func testEntitiesWithPatternOnlyMatchesAnyType() throws {
        let shell = try ShellFixture()
        shell.type(".entities krak\n")
        XCTAssertEqual(shell.state.lastResult?.rows.first?.first?.text, "Kraków")
    }

    func testEntitiesRejectsAnUnknownTypeBeforeAPattern() throws {
        let shell = try ShellFixture()
        shell.type(".entities persn Vlad\n")
        XCTAssertTrue(shell.errors.captured.hasPrefix("error: unknown type 'persn'"), shell.errors.captured)
    }

    func testSchemaListsLabelsWithCountsAndActionsWithCameoCodes() throws {
        let shell = try ShellFixture()
        shell.type(".schema\n")
        let lines = shell.console.captured.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        XCTAssertTrue(lines.contains(":person 2"), "\(lines)")
        XCTAssertTrue(lines.contains(":location 1"))
        XCTAssertTrue(lines.contains(":condemn CAMEO 11 1"), "\(lines)")
        XCTAssertTrue(lines.contains("nodes: name, type, id, aliases, documents"), "\(lines)")
        XCTAssertTrue(lines.contains("edges: id, action, cameo, kind, document, sentence, confidence, date, dateSource, reports, documents, firstDate, lastDate"), "\(lines)")
        XCTAssertTrue(lines.contains("documents, as document(r) returns them: name, path, title, date, id"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Graphs: USE reports") && $0.contains("USE facts") }, "\(lines)")
    }

    func testStatsCountsEntitiesByTypeMentionsAndTopRoles() throws {
        let shell = try ShellFixture()
        try shell.store.database.execute(
            """
            INSERT INTO relations (subject_id, object_id, action, cameo, kind)
              VALUES (1, 5, 'president', 'role', 'role');
            """)
        shell.type(".stats\n")
        let lines = shell.console.captured.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        XCTAssertEqual(
            Array(lines.prefix(10)),
            [
                "documents 0", "sentences 0", "mentions 0", "entities 5",
                "country 1", "location 1", "organization 1", "person 2",
                "facts 2", "reports 2",
            ], "\(lines)")
        XCTAssertEqual(Array(lines.suffix(4)), ["top actions", "condemn 1", "top roles", "president 1"])
    }

    func testExportWithoutAResultIsAnError() throws {
        let shell = try ShellFixture()
        shell.type(".export dot \(shell.path("g.dot"))\n")
        XCTAssertTrue(shell.errors.captured.hasPrefix("error: no result to export yet"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: shell.path("g.dot")))
    }

    func testExportWritesTheLastResultsNodes() throws {
        let shell = try ShellFixture()
        let file = shell.path("people.dot")
        shell.type(".entities person\n.export dot \(file)\n")
        XCTAssertEqual(shell.errors.captured, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: file))
        XCTAssertTrue(shell.console.captured.hasSuffix("Wrote 2 nodes and 0 edges to \(file)\n"))
    }

    func testExportedDotIsAcceptedByGraphviz() throws {
        let shell = try ShellFixture()
        let file = shell.path("people.dot")
        shell.type(".entities person\n.export dot \(file)\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertFalse(text.isEmpty)
        XCTAssertEqual(try ShellFixture.runTool(["dot", "-Tsvg", "-o", "/dev/null", file]).status, 0)
        XCTAssertTrue(text.contains("Vladimir Putin"))
    }

    func testExportedJSONLoadsInNetworkxWithAliasesFromTheStore() throws {
        let shell = try ShellFixture()
        let file = shell.path("people.json")
        shell.type(".export json \(file) MATCH (a:person) RETURN a;\n")
        XCTAssertEqual(shell.errors.captured, "")
        let python = try ShellFixture.runTool([
            "python3", "-c",
            """
            import json, sys, networkx
            g = networkx.node_link_graph(json.load(open(sys.argv[1])), edges="edges")
            print(sorted(a for _, d in g.nodes(data=True) for a in d["aliases"]))
            """, file,
        ])
        XCTAssertEqual(python.status, 0)
        XCTAssertEqual(python.output, "['Putin']\n")
    }

    func testExportToAMissingFolderWritesNothingAndSaysWhy() throws {
        let shell = try ShellFixture()
        shell.type(".entities\n.export graphml \(shell.path("nowhere/g.graphml"))\n")
        XCTAssertTrue(
            shell.errors.captured.hasPrefix("error: cannot write '\(shell.path("nowhere/g.graphml"))': no such folder"),
            shell.errors.captured)
    }

    func testDotModePrintsADrawingGraphvizAccepts() throws {
        let shell = try ShellFixture()
        let file = shell.path("result.dot")
        shell.type(".mode dot\n.output \(file)\nMATCH (a)-[r:condemn]->(b) RETURN a, r, b;\n.output\n")
        XCTAssertEqual(shell.errors.captured, "")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("NATO"))
        XCTAssertEqual(try ShellFixture.runTool(["dot", "-Tsvg", "-o", "/dev/null", file]).status, 0)
    }

    func testDotModeOverTheNodeLimitIsAnErrorInsteadOfADrawing() throws {
        let shell = try ShellFixture()
        try shell.store.database.execute(
            """
            WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
            INSERT INTO entities (id, name, type) SELECT i, 'Place ' || i, 'location' FROM n;
            """)
        shell.type(".mode dot\nMATCH (a) RETURN a;\n")
        XCTAssertEqual(shell.console.captured, "")
        XCTAssertEqual(
            shell.errors.captured,
            "error: the result has 506 nodes, more than a DOT drawing can show "
                + "(500); add LIMIT to the statement, or use .mode table or json\n")
    }

    func testErrorInAnExportStatementPointsIntoTheCommandLine() throws {
        let shell = try ShellFixture()
        let line = ".export dot \(shell.path("g.dot")) MATCH (a:persn) RETURN a;"
        shell.run(line + "\n", bail: true)
        let column = line.distance(from: line.startIndex, to: line.range(of: "persn")!.lowerBound) + 1
        XCTAssertTrue(
            shell.errors.captured.hasPrefix("script.kgq:1:\(column): error: unknown label 'persn'"),
            shell.errors.captured)
        XCTAssertFalse(FileManager.default.fileExists(atPath: shell.path("g.dot")))
    }

    func testExportRejectsAnUnknownFormat() throws {
        let shell = try ShellFixture()
        shell.type(".entities\n.export png \(shell.path("g.png"))\n")
        XCTAssertEqual(shell.errors.captured, "error: unknown export format 'png'; formats: json, dot, graphml, neo4j\n")
    }

    func testIngestOfAMissingPathReportsTheStoreError() throws {
        let shell = try ShellFixture()
        shell.type(".ingest\n")
        XCTAssertEqual(shell.errors.captured, "error: usage: .ingest PATH...\n")
    }

    func testEveryKindOfCommandIsListedOnceInHelpOrder() {
        XCTAssertEqual(
            DotCommand.all.map(\.kind).sorted { $0.rawValue < $1.rawValue },
            DotCommand.Kind.allCases.sorted { $0.rawValue < $1.rawValue })
        XCTAssertEqual(DotCommand.all.map(\.name), DotCommand.all.map(\.kind.rawValue))
    }
}
