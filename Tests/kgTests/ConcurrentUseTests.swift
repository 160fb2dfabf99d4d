import Foundation
import XCTest

/// Several kg processes on one database file at once, and kill -9 of a writer: no lost
/// documents, no errors beyond a clear "database is busy", the old graph or the new one.
final class ConcurrentUseTests: XCTestCase {
    var runner: CommandRunner!

    override func setUpWithError() throws {
        runner = try CommandRunner()
    }

    /// `count` short articles in folder `name`, each naming two people and a country.
    private func articles(_ name: String, count: Int) throws -> String {
        let folder = runner.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            try "Minister Anna Berg\(name)\(index) met President Carl Lund\(index) in Norway on Monday. They condemned Russia.\n"
                .write(to: folder.appendingPathComponent("\(name)-\(index).txt"), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    private func start(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = runner.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    private func finish(_ started: (Process, Pipe, Pipe)) -> CommandRunner.Run {
        let (process, out, err) = started
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Run(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    private func documentCount(_ db: String) throws -> Int {
        let run = try runner.kg(["stats", "--db", db, "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return object?["documents"] as? Int ?? -1
    }

    func testTwoIngestsAtOnceLoseNoDocument() throws {
        let first = try articles("a", count: 30), second = try articles("b", count: 30)
        for db in [runner.path("new.sqlite"), try runner.exampleDatabase()] {
            let before = FileManager.default.fileExists(atPath: db) ? try documentCount(db) : 0
            let one = try start(["ingest", "--db", db, first])
            let two = try runner.kg(["ingest", "--db", db, second])
            let oneRun = finish(one)
            XCTAssertEqual(oneRun.status, 0, oneRun.stderr)
            XCTAssertEqual(two.status, 0, two.stderr)
            XCTAssertEqual(try documentCount(db), before + 60)
        }
    }

    func testShellReadsWhileAnIngestWrites() throws {
        let db = try runner.exampleDatabase()
        let folder = try articles("c", count: 80)
        let ingest = try start(["ingest", "--db", db, folder])
        let script = String(repeating: "MATCH (d) RETURN count(*) AS n;\n.stats\n", count: 40)
        let shell = try runner.kg(["shell", "--db", db], stdin: script)
        let ingestRun = finish(ingest)
        XCTAssertEqual(ingestRun.status, 0, ingestRun.stderr)
        XCTAssertEqual(shell.status, 0, shell.stderr)
        XCTAssertEqual(shell.stderr, "")
        XCTAssertEqual(try documentCount(db), 4 + 80)
    }

    func testImportWhileAQueryRuns() throws {
        let db = try runner.exampleDatabase()
        // A statement that runs until its time limit: the import must not wait for it.
        let query = try start([
            "query", "--db", db, "--timeout", "3",
            "MATCH (a),(b),(c),(d),(e),(f),(g),(h),(i),(j) RETURN count(*);",
        ])
        usleep(300_000)
        let nodes = try runner.write("more-nodes.csv", "id,name,type\nx1,Astrid Holm,person\nx2,Norway,country\n")
        let edges = try runner.write("more-edges.csv", "subject,object,action,cameo\nx1,x2,visit,04\n")
        let started = Date()
        let imported = try runner.kg(["import", "--db", db, "--nodes", nodes, "--edges", edges])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.5, "the import waited for the query")
        let queryRun = finish(query)
        XCTAssertTrue(queryRun.exited, queryRun.stderr)
        let after = try runner.kg(["query", "--db", db, "--format", "csv", "MATCH (a {name: 'Astrid Holm'})-[r]->(b) RETURN b.name;"])
        XCTAssertEqual(after.stdout, "b.name\nNorway\n", after.stderr)
    }

    func testWriterBlockedPastTheBusyTimeoutSaysTheDatabaseIsBusy() throws {
        let db = try runner.exampleDatabase()
        // python3's sqlite3 holds the write lock longer than kg's busy timeout.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
                + "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(30)", db,
        ]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        guard ready.fileHandleForReading.availableData.starts(with: Data("locked".utf8)) else {
            throw XCTSkip("python3 with sqlite3 is needed")
        }
        let run = try runner.kg(["ingest", "--db", db, try articles("d", count: 1)])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("database is busy"), run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    }

    /// Node and edge CSV files of 20,000 people and 200,000 meetings: an import long enough to kill midway.
    private func largeImportFiles() throws -> (nodes: String, edges: String) {
        var nodes = "id,name,type\n", edges = "subject,object,action,cameo\n"
        for index in 0..<20_000 { nodes += "n\(index),Person Number \(index),person\n" }
        for index in 0..<200_000 { edges += "n\(index % 20_000),n\((index * 7 + 1) % 20_000),meet,04\n" }
        return (try runner.write("big-nodes.csv", nodes), try runner.write("big-edges.csv", edges))
    }

    /// `kg import` of `nodes` and `edges` into `db`, started in a child process with its output dropped.
    private func startImport(db: String, nodes: String, edges: String) throws -> Process {
        let process = Process()
        process.executableURL = runner.binary
        process.arguments = ["import", "--db", db, "--nodes", nodes, "--edges", edges]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// kill -9 in the middle of a large import leaves the graph as it was (the import is one
    /// transaction), whole and usable; importing again then succeeds.
    func testKillingImportMidwayLeavesTheOldGraph() throws {
        let db = try runner.exampleDatabase()
        let (nodesFile, edgesFile) = try largeImportFiles()
        let process = try startImport(db: db, nodes: nodesFile, edges: edgesFile)
        // Kill once the import has written pages of its transaction to the WAL.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
            if size > 2_000_000 { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the import finished before the kill")

        let stats = try runner.kg(["stats", "--db", db, "--json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["entities"] as? Int, 7, "a killed import left part of its graph")
        XCTAssertEqual(object?["relations"] as? Int, 9)
        let again = try runner.kg(["import", "--db", db, "--nodes", nodesFile, "--edges", edgesFile])
        XCTAssertEqual(again.status, 0, again.stderr)
    }

    /// kill -9 while an import into a new database builds its side file: the database is the
    /// empty graph it was, the next open removes the side file, and importing again succeeds.
    func testKillingABulkImportMidwayLeavesTheEmptyGraphAndNoSideFile() throws {
        let db = runner.path("new.sqlite")
        let (nodesFile, edgesFile) = try largeImportFiles()
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent().path
        let sideFiles = { (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasPrefix("new.sqlite-import-") } ?? [] }
        let process = try startImport(db: db, nodes: nodesFile, edges: edgesFile)
        // Kill once the side file is being written.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline && sideFiles().isEmpty { usleep(2_000) }
        usleep(200_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the import finished before the kill")
        XCTAssertEqual(sideFiles().count, 1, "killed before the side file was made")

        let stats = try runner.kg(["stats", "--db", db, "--json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["entities"] as? Int, 0, "a killed import left part of its graph")
        XCTAssertEqual(object?["relations"] as? Int, 0)
        XCTAssertEqual(sideFiles(), [], "the next open left the abandoned side file")
        let again = try runner.kg(["import", "--db", db, "--nodes", nodesFile, "--edges", edgesFile])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try documentCount(db), 0)
        let after = try runner.kg(["stats", "--db", db, "--json"])
        let imported = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(imported?["relations"] as? Int, 200_000)
    }
}
