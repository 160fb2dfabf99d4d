import XCTest

/// Every command fails the same way: status 1 and one line on standard error after the
/// `Error: ` prefix, naming the file (and line and column) to fix.
final class CommandErrorTests: XCTestCase {
    private var runner: CommandRunner!

    override func setUpWithError() throws {
        runner = try CommandRunner()
    }

    private func firstErrorLine(_ run: CommandRunner.Run) -> String {
        String(run.stderr.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    func testAMissingDatabaseIsOneErrorLineForEveryReadingCommand() throws {
        let missing = runner.path("none.sqlite")
        let commands: [[String]] = [
            ["query", "--db", missing, "MATCH (a) RETURN a;"],
            ["export", "--db", missing],
            ["stats", "--db", missing],
            ["shell", "--db", missing],
            ["remove", "--db", missing, "article.txt"],
        ]
        for arguments in commands {
            let run = try runner.kg(arguments, stdin: "")
            XCTAssertEqual(run.status, 1, "\(arguments)")
            XCTAssertEqual(
                run.stderr, "Error: \(missing): no such database; build one with 'kg ingest --db \(missing) FOLDER'\n",
                "\(arguments)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "\(arguments) created the database")
        }
    }

    func testBadImportRowIsReportedWithItsFileAndLine() throws {
        let nodes = try runner.write("nodes.csv", "id,name,type\n1,Kaja Kallas,persn\n")
        let run = try runner.kg(["import", "--db", runner.path("g.sqlite"), "--nodes", nodes])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(firstErrorLine(run), "Error: \(nodes):2: unknown entity type 'persn'; did you mean 'person'?")
    }

    func testQueryErrorLeadsWithItsPositionThenShowsTheSourceLine() throws {
        let db = try runner.exampleDatabase()
        let run = try runner.kg(["query", "--db", db, "MATCH (a:persn) RETURN a;"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(firstErrorLine(run), "Error: query:1:10: unknown label 'persn'; did you mean 'person'?")
        XCTAssertTrue(run.stderr.hasSuffix("MATCH (a:persn) RETURN a;\n         ^\n"), run.stderr)
    }

    func testUnreadableInputsNameTheFile() throws {
        let db = try runner.exampleDatabase()
        let absent = runner.path("absent.txt")
        for arguments in [["extract", absent], ["query", "--db", db, "-f", absent], ["ingest", "--db", db, absent]] {
            let run = try runner.kg(arguments)
            XCTAssertEqual(run.status, 1, "\(arguments)")
            XCTAssertTrue(firstErrorLine(run).hasPrefix("Error: \(absent): "), "\(arguments): \(run.stderr)")
        }
    }

    func testUsageErrorsShareThePrefix() throws {
        let run = try runner.kg(["query", "-f", "script.kgq", "MATCH (a) RETURN a;"])
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(firstErrorLine(run), "Error: give either a statement or -f FILE, not both")
    }
}
