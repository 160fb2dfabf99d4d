import Foundation
import XCTest

/// Issue 10's findings, each tried as a hostile user would, on real files: nothing traps, no
/// output is lost with exit 0, no file is replaced or taken over, every bad input is one line.
/// `KG_BINARY=/path/to/old/kg swift test --filter HostileUseTests` shows them failing on an older
/// build.
final class HostileUseTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws {
        runner = try CommandRunner()
    }

    // MARK: Lost output

    func testEveryCommandFailsWhenStandardOutputIsFull() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let db = try runner.exampleDatabase()
        let article = try runner.write("article.txt", "Joe Biden met Volodymyr Zelensky in Kyiv on Monday.\n")
        let commands: [[String]] = [
            ["query", "--db", db, "MATCH (a) RETURN a.name;"],
            ["export", "--db", db, "--format", "json"],
            ["export", "--db", db, "--format", "dot"],
            ["stats", "--db", db],
            ["extract", article],
            ["extract", "--json", article],
        ]
        for arguments in commands {
            let run = try runner.kg(arguments, stdout: "/dev/full")
            XCTAssertTrue(run.exited, "\(arguments) trapped: \(run.stderr)")
            XCTAssertNotEqual(run.status, 0, "\(arguments) lost its output and exited 0")
            XCTAssertTrue(run.stderr.contains("No space left on device"), "\(arguments): \(run.stderr)")
        }
    }

    func testShellOutputToAFullDeviceIsAnError() throws {
        // A private copy of /dev/full (root only): a build that replaces the device it writes to
        // (as kg once did) must not replace the machine's /dev/full.
        let device = runner.path("full")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["mknod", "-m", "666", device, "c", "1", "7"]
        make.standardError = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        guard make.terminationStatus == 0 else { throw XCTSkip("cannot make a full device (needs root)") }
        let db = try runner.exampleDatabase()
        let run = try runner.kg(["shell", "--db", db], stdin: ".output \(device)\nMATCH (a) RETURN a.name;\n")
        XCTAssertTrue(run.exited, run.stderr)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains(device) && run.stderr.contains("No space left on device"), run.stderr)
        var status = stat()
        XCTAssertEqual(lstat(device, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "the device was replaced by a regular file")
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let quiet = try runner.kg(["shell", "--db", db], stdin: "MATCH (a) RETURN a.name;\n", stdout: "/dev/full")
        XCTAssertNotEqual(quiet.status, 0, quiet.stderr)
    }

    // MARK: Files replaced

    func testExportFollowsASymbolicLink() throws {
        let db = try runner.exampleDatabase()
        let target = runner.path("real.json")
        try runner.write("real.json", "old")
        XCTAssertEqual(symlink("real.json", runner.path("link.json")), 0)
        let run = try runner.kg(["export", "--db", db, "-o", runner.path("link.json")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: runner.path("link.json"))
        XCTAssertEqual(link, "real.json", "the link was replaced")
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("\"nodes\""))
    }

    func testExportAndShellWriteIntoAFIFOInPlace() throws {
        let db = try runner.exampleDatabase()
        for (name, arguments, stdin) in [
            ("export.fifo", ["export", "--db", db, "--format", "json", "-o", runner.path("export.fifo")], nil),
            ("output.fifo", ["shell", "--db", db], ".output \(runner.path("output.fifo"))\nMATCH (a) RETURN count(*);\n"),
            ("dot.fifo", ["shell", "--db", db], "MATCH (a)-[r]->(b) RETURN a, r, b;\n.export dot \(runner.path("dot.fifo"))\n"),
        ] as [(String, [String], String?)] {
            let fifo = runner.path(name)
            XCTAssertEqual(mkfifo(fifo, 0o644), 0)
            // A reader, so the writer's open does not wait for ever; one that gives up, in case
            // the FIFO is replaced and never written.
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            reader.arguments = ["timeout", "20", "cat", fifo]
            let pipe = Pipe()
            reader.standardOutput = pipe
            try reader.run()
            let run = try runner.kg(arguments, stdin: stdin)
            let read = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            reader.waitUntilExit()
            XCTAssertEqual(run.status, 0, "\(name): \(run.stderr)")
            var status = stat()
            XCTAssertEqual(lstat(fifo, &status), 0)
            XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "\(name) was replaced by a regular file")
            XCTAssertFalse(read.isEmpty, "\(name) received nothing")
        }
    }

    // MARK: Data changed silently

    func testNULInImportedNamesIsRefusedWithItsPosition() throws {
        let db = runner.path("nul.sqlite")
        try runner.write("nodes.csv", bytes: Array("id,name,type\n1,Al".utf8) + [0] + Array("pha,person\n".utf8))
        let csv = try runner.kg(["import", "--db", db, "--nodes", runner.path("nodes.csv")])
        XCTAssertEqual(csv.status, 1)
        XCTAssertEqual(csv.stderr, "Error: \(runner.path("nodes.csv")):2:5: NUL character in a field\n")
        try runner.write("nul.json", #"{"nodes": [{"id": 1, "name": "Al\u0000pha", "type": "person"}]}"#)
        let json = try runner.kg(["import", "--db", db, runner.path("nul.json")])
        XCTAssertEqual(json.status, 1)
        XCTAssertTrue(json.stderr.hasPrefix("Error: \(runner.path("nul.json")):1:"), json.stderr)
        XCTAssertTrue(json.stderr.contains("NUL"), json.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db), "a failed import left an empty database")
    }

    func testInvalidUTF8InJSONIsRefusedLikeCSV() throws {
        let db = runner.path("utf8.sqlite")
        try runner.write(
            "bad.json",
            bytes: Array(#"{"nodes": [{"id": 1, "name": "Al"#.utf8) + [0xff]
                + Array(#"pha", "type": "person"}]}"#.utf8))
        let run = try runner.kg(["import", "--db", db, runner.path("bad.json")])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "Error: \(runner.path("bad.json")):1:33: invalid JSON: not UTF-8 text (byte 0xff); save the file as UTF-8\n")
    }

    // MARK: Foreign files

    func testReadOnlyCommandsRefuseAnotherProgramsDatabaseAndLeaveItAlone() throws {
        let other = runner.path("other.db")
        let create = Process()
        create.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        create.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                + "c.execute('CREATE TABLE notes(x)'); c.execute(\"INSERT INTO notes VALUES ('hi')\"); c.commit()", other,
        ]
        try create.run()
        create.waitUntilExit()
        guard create.terminationStatus == 0 else { throw XCTSkip("python3 with sqlite3 is needed") }
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for arguments in [
            ["query", "--db", other, "MATCH (a) RETURN a;"], ["stats", "--db", other],
            ["export", "--db", other], ["shell", "--db", other],
            ["ingest", "--db", other, try runner.write("a.txt", "Joe Biden met Zelensky.\n")],
        ] {
            let run = try runner.kg(arguments, stdin: "MATCH (a) RETURN a;\n")
            XCTAssertNotEqual(run.status, 0, "\(arguments)")
            XCTAssertTrue(run.stderr.contains("not a kg database"), "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), before, "the foreign file was written")
    }

    func testShellOnAMissingDatabaseRefusesLikeQuery() throws {
        let typo = runner.path("typo.sqlite")
        for command in ["shell", "query", "stats", "export"] {
            let run = try runner.kg(
                [command, "--db", typo] + (command == "query" ? ["MATCH (a) RETURN a;"] : []),
                stdin: "")
            XCTAssertNotEqual(run.status, 0, command)
            XCTAssertFalse(FileManager.default.fileExists(atPath: typo), "kg \(command) created \(typo)")
        }
    }

    // MARK: Scripts

    func testUnterminatedStringInTheLastStatementIsAnError() throws {
        let db = try runner.exampleDatabase()
        let script = try runner.write("script.kgq", "MATCH (a) RETURN count(*);\nMATCH (a {name: 'Biden}) RETURN a\n")
        let run = try runner.kg(["query", "--db", db, "-f", script])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.hasPrefix("Error: \(script):2:17: unterminated string"), run.stderr)
    }

    func testAScriptPipedInRunsWithoutDashF() throws {
        let db = try runner.exampleDatabase()
        let script = "MATCH (a {name: 'Biden'})-[r]->(b) RETURN count(*) AS biden;\nMATCH (a) WHERE a.name = 'Biden RETURN a;\n"
        let run = try runner.kg(["query", "--db", db, "--format", "csv"], stdin: script)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "biden\n2\n")
        // the error names standard input, as with -f -
        XCTAssertTrue(run.stderr.hasPrefix("Error: stdin:2:26: unterminated string"), run.stderr)
    }

    func testSlashCommentsNeitherSwallowNorSplitStatements() throws {
        let db = try runner.exampleDatabase()
        let script = try runner.write(
            "comments.kgq",
            """
            // Biden's partners; then Putin's
            MATCH (a {name: 'Biden'})-[r]->(b) // the one; the only
            RETURN count(*) AS biden;
            MATCH (a {name: 'Putin'})-[r]->(b) RETURN count(*) AS putin;
            """)
        let run = try runner.kg(["query", "--db", db, "-f", script, "--format", "csv"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "biden\n2\nputin\n2\n")
        let shell = try runner.kg(["shell", "--db", db, "--"], stdin: try String(contentsOfFile: script, encoding: .utf8))
        XCTAssertEqual(shell.status, 0, shell.stderr)
    }

    func testDigitStringParameters() throws {
        let db = try runner.exampleDatabase()
        let statement = "MATCH (a)-[r]->(b) WHERE r.cameo = $c RETURN a.name, b.name;"
        for parameter in [["--param-string", "c=11"], ["--param", "c=\"11\""], ["--param", "c='11'"]] {
            let run = try runner.kg(["query", "--db", db, "--format", "csv"] + parameter + [statement])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stdout, "a.name,b.name\nJoe Biden,Russia\n", "\(parameter)")
        }
    }

    // MARK: Concurrency and permissions

    func testTwoProcessesCreatingOneNewDatabaseBothSucceed() throws {
        let examples = CommandRunner.repository.appendingPathComponent("docs/examples")
        let arguments = [
            "--nodes", examples.appendingPathComponent("nodes.csv").path,
            "--edges", examples.appendingPathComponent("edges.csv").path,
        ]
        for attempt in 0..<8 {
            let db = runner.path("race\(attempt).sqlite")
            let first = Process()
            first.executableURL = runner.binary
            first.arguments = ["import", "--db", db] + arguments
            let firstErrors = Pipe()
            first.standardError = firstErrors
            first.standardOutput = FileHandle.nullDevice
            try first.run()
            let second = try runner.kg(["import", "--db", db] + arguments)
            let firstMessage = String(decoding: firstErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            first.waitUntilExit()
            XCTAssertEqual(first.terminationStatus, 0, firstMessage)
            XCTAssertEqual(second.status, 0, second.stderr)
        }
    }

    func testReadOnlyDatabaseSaysSoWithoutSQL() throws {
        guard let asUser = CommandRunner.unprivileged else { throw XCTSkip("needs setpriv when run as root") }
        let db = try runner.exampleDatabase()
        chmod(db, 0o444)
        let article = try runner.write("a.txt", "Joe Biden met Volodymyr Zelensky in Kyiv.\n")
        for arguments in [
            ["ingest", "--db", db, article],
            ["import", "--db", db, "--nodes", CommandRunner.repository.path + "/docs/examples/nodes.csv"],
        ] {
            let run = try runner.kg(arguments, prefix: asUser)
            XCTAssertNotEqual(run.status, 0)
            XCTAssertTrue(run.stderr.contains("database is read-only"), run.stderr)
            XCTAssertFalse(run.stderr.contains("INSERT"), run.stderr)
        }
    }

    func testQueriesWorkInAReadOnlyFolder() throws {
        guard let asUser = CommandRunner.unprivileged else { throw XCTSkip("needs setpriv when run as root") }
        let db = try runner.exampleDatabase()
        chmod(runner.folder.path, 0o555)
        defer { chmod(runner.folder.path, 0o777) }
        let query = try runner.kg(["query", "--db", db, "--format", "csv", "MATCH (a) RETURN count(*) AS n;"], prefix: asUser)
        XCTAssertEqual(query.status, 0, query.stderr)
        XCTAssertEqual(query.stdout, "n\n7\n")
        let stats = try runner.kg(["stats", "--db", db], prefix: asUser)
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let shell = try runner.kg(["shell", "--db", db], stdin: "MATCH (a) RETURN count(*);\n", prefix: asUser)
        XCTAssertEqual(shell.status, 0, shell.stderr)
    }

    func testFullDiskIsOneLineAndLeavesTheGraphWhole() throws {
        let db = try runner.exampleDatabase()
        var articles: [String] = []
        for index in 0..<40 {
            articles.append(
                try runner.write(
                    "article\(index).txt",
                    String(
                        repeating:
                            "President Joe Biden condemned Russia on Monday after talks with Volodymyr Zelensky in Kyiv number \(index). ", count: 40)))
        }
        // `ulimit -f` in 512-byte blocks: the file may grow by a little, not by 40 articles.
        let size = (try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
        let run = try runner.kg(
            ["ingest", "--db", db] + articles,
            prefix: ["sh", "-c", "ulimit -f \(size / 512 + 40); exec \"$0\" \"$@\""])
        XCTAssertTrue(run.exited, "killed by a signal: \(run.stderr)")
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("disk full"), run.stderr)
        XCTAssertFalse(run.stderr.contains("INSERT"), run.stderr)
        let check = try runner.kg(["query", "--db", db, "--format", "csv", "MATCH (a) RETURN count(*) AS n;"])
        XCTAssertEqual(check.status, 0, check.stderr)
    }
}
