import Foundation
import KGTestSupport
import XCTest

@testable import KGStore

/// `kg ingest` and `kg stats` as a user runs them: exit status, one-line errors, warnings.
final class IngestCommandTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var kg: KGBinary!
    private var db: String { folder.path + "/kg.sqlite" }

    override func setUpWithError() throws {
        kg = try KGBinary.locate()
        folder = try TemporaryFolder()
    }

    func testIngestThenStatsShowsTheDocuments() throws {
        try folder.write("in/a.txt", "NATO condemned Russia.")
        try folder.write("in/b.md", "France recognized Ukraine.")
        let ingest = try kg.run(["ingest", "--db", db, folder.path + "/in"])
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertTrue(ingest.stdout.hasPrefix("ingested 2 documents, 0 unchanged, 0 skipped"), ingest.stdout)
        XCTAssertEqual(ingest.stderr, "", "no progress bar when stderr is not a terminal")

        let stats = try kg.run(["stats", "--db", db, "--json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(json?["documents"] as? Int, 2)
    }

    func testSecondIngestReportsEveryDocumentUnchanged() throws {
        try folder.write("in/a.txt", "NATO condemned Russia.")
        _ = try kg.run(["ingest", "--db", db, folder.path + "/in"])
        let again = try kg.run(["ingest", "--db", db, folder.path + "/in"])
        XCTAssertTrue(again.stdout.hasPrefix("ingested 0 documents, 1 unchanged"), again.stdout)
    }

    func testStatsTableAlignsItsCounts() throws {
        try folder.write("a.txt", "NATO condemned Russia.")
        _ = try kg.run(["ingest", "--db", db, folder.path + "/a.txt"])
        let stats = try kg.run(["stats", "--db", db])
        // Every line that ends in a count ends in the same column; headings have no count.
        let counted = stats.stdout.split(separator: "\n").dropFirst().filter { $0.last?.isNumber == true }
        XCTAssertGreaterThan(counted.count, 3, stats.stdout)
        XCTAssertEqual(Set(counted.map(\.count)).count, 1, stats.stdout)
        XCTAssertTrue(stats.stdout.contains("documents"), stats.stdout)
    }

    func testMissingPathFailsWithOneLineAndCreatesNoDatabase() throws {
        let run = try kg.run(["ingest", "--db", db, "nowhere"], in: folder.path)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines, ["Error: nowhere: no such file or folder"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: db))
    }

    func testFolderWithoutTextFilesFails() throws {
        _ = try folder.makeFolder("empty")
        let run = try kg.run(["ingest", "--db", db, "empty"], in: folder.path)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines, ["Error: empty: folder holds no .txt, .md or .html files"])
    }

    func testSkippedAndRecodedFilesWarnOnOneLineEach() throws {
        try folder.write("in/a.txt", bytes: [0x43, 0x61, 0x66, 0xe9])
        try folder.write("in/b.txt", bytes: [0x00, 0x01])
        try folder.write("in/c.txt", "")
        let run = try kg.run(["ingest", "--db", db, folder.path + "/in"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(
            run.stderrLines,
            [
                "\(folder.path)/in/a.txt: warning: not valid UTF-8; decoded as Windows-1252",
                "\(folder.path)/in/b.txt: warning: binary file (contains NUL bytes); skipped",
                "\(folder.path)/in/c.txt: warning: empty file; skipped",
            ])
        XCTAssertTrue(run.stdout.hasPrefix("ingested 1 document, 0 unchanged, 2 skipped"), run.stdout)
    }

    func testOnlyBinaryInputFailsAfterItsWarning() throws {
        let file = try folder.write("a.txt", bytes: [0x00])
        let run = try kg.run(["ingest", "--db", db, file])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines.last, "Error: \(file): nothing to ingest: every file was skipped (see the warnings above)")
    }

    func testDatabaseFromANewerKGIsRefused() throws {
        try Database(path: db).execute("PRAGMA user_version = 999")
        try folder.write("a.txt", "text")
        let run = try kg.run(["ingest", "--db", db, folder.path + "/a.txt"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(
            run.stderrLines,
            [
                "Error: \(db): database schema version 999 is newer than this kg supports (\(GraphStore.supportedVersion)); upgrade kg"
            ])
    }

    func testFileThatIsNotADatabaseIsRefused() throws {
        try folder.write("kg.sqlite", String(repeating: "plain text\n", count: 200))
        try folder.write("a.txt", "text")
        let run = try kg.run(["ingest", "--db", db, folder.path + "/a.txt"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines, ["Error: \(db): file is not a kg database"])
    }

    func testUnwritableLocationIsOneLineError() throws {
        try folder.write("a.txt", "text")
        let run = try kg.run(["ingest", "--db", folder.path + "/missing/kg.sqlite", folder.path + "/a.txt"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines.count, 1)
        XCTAssertTrue(run.stderr.contains("cannot open or create the database"), run.stderr)
    }

    func testLockedDatabaseFailsAfterWaiting() throws {
        try folder.write("a.txt", "text")
        let store = try GraphStore(path: db)
        try store.database.execute("BEGIN IMMEDIATE")
        defer { try? store.database.execute("ROLLBACK") }
        let run = try kg.run(["ingest", "--db", db, folder.path + "/a.txt"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines, ["Error: \(db): database is busy: another process is writing to it; try again when it finishes"])
    }

    func testStatsOnAMissingDatabaseSaysSo() throws {
        let run = try kg.run(["stats", "--db", db])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines.count, 1)
        XCTAssertTrue(run.stderr.contains("no such database"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db))
    }
}

/// `kg remove` and `kg ingest --prune` as a user runs them.
final class RemoveCommandTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var kg: KGBinary!
    private var db: String { folder.path + "/kg.sqlite" }

    override func setUpWithError() throws {
        kg = try KGBinary.locate()
        folder = try TemporaryFolder()
        try folder.write("in/a.txt", "NATO condemned Russia.")
        try folder.write("in/b.txt", "France recognized Ukraine.")
        let ingest = try kg.run(["ingest", "--db", db, folder.path + "/in"])
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
    }

    private func documents() throws -> Int {
        try GraphStore(path: db, readOnly: true).documents().count
    }

    func testRemoveReportsWhatItRemoved() throws {
        let run = try kg.run(["remove", "--db", db, "in/a.txt"], in: folder.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("removed 1 document (-1 sentences"), run.stdout)
        XCTAssertTrue(run.stdout.contains("in/a.txt"), run.stdout)
        XCTAssertEqual(try documents(), 1)
    }

    func testRemovingAnUnknownPathFailsInOneLineAndRemovesNothing() throws {
        let run = try kg.run(["remove", "--db", db, "in/a.txt", "in/nope.txt"], in: folder.path)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stderrLines.count, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("in/nope.txt: no document in the graph has this path"), run.stderr)
        XCTAssertEqual(try documents(), 2)
    }

    func testIngestPruneRemovesDocumentsWhoseFilesAreGone() throws {
        try FileManager.default.removeItem(atPath: folder.path + "/in/b.txt")
        let run = try kg.run(["ingest", "--prune", "--db", db, "in"], in: folder.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("pruned 1 document"), run.stdout)
        XCTAssertTrue(run.stdout.contains("in/b.txt"), run.stdout)
        XCTAssertEqual(try documents(), 1)
    }

    func testPruningAFolderWhoseFilesAreAllGoneEmptiesTheGraph() throws {
        try FileManager.default.removeItem(atPath: folder.path + "/in")
        let run = try kg.run(["ingest", "--prune", "--db", db, "in"], in: folder.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("pruned 2 documents"), run.stdout)
        XCTAssertEqual(try documents(), 0)
    }
}
