import Foundation
import KGIngest
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// `kill -9` during `kg remove`, `kg ingest --prune` and a schema migration must leave the old
/// graph or the new one, whole: each is one transaction, and SQLite's write-ahead log drops a
/// transaction that never committed.
final class RemovalKillSafetyTests: XCTestCase {
    /// Every table's row count, and the facts: what must be the old graph's or the new one's.
    private struct Fingerprint: Equatable, CustomStringConvertible {
        var counts: [String: Int]
        var facts: [String]

        init(_ store: GraphStore) throws {
            counts = [:]
            for table in [
                "documents", "sentences", "entities", "aliases", "mentions", "relations", "entity_sources", "alias_sources",
                "person_surnames",
            ] {
                counts[table] = try store.count("SELECT count(*) FROM \(table)")
            }
            facts = try store.factLines()
        }

        var description: String { counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
    }

    /// A database of `copies` copies of a few articles (stored with the synthetic extraction, so
    /// thousands of documents take seconds), the folder they came from, and the database's path.
    private func populatedDatabase(in folder: TemporaryFolder, copies: Int) throws -> (db: String, news: String) {
        let news = try folder.makeFolder("news")
        let articles = [
            "Vladimir Putin met Xi Jinping in Moscow. NATO condemned Russia.\nAnna Berg met Carl Lund in Oslo.",
            "The European Union and Ukraine signed a deal in Brussels. Olaf Scholz met Emmanuel Macron.",
            "Iran and Israel traded strikes. The United Nations Security Council met in New York.",
        ]
        let db = folder.path + "/kg.sqlite"
        let store = try GraphStore(path: db)
        for copy in 0..<copies {
            for (index, article) in articles.enumerated() {
                // Each copy names its own people, so entities come and go with their documents.
                let text = article + " Maria Copy\(copy) met Jonas Number\(copy)x\(index)."
                let path = try folder.write("news/\(String(format: "%05d", copy))_\(index).txt", text)
                try store.ingest(document: SourceDocument(path: path, text: text), extraction: SyntheticExtraction.extract(text))
            }
        }
        return (db, news)
    }

    /// Starts `kg arguments`, kills it once its transaction has spilled `walBytes` into the
    /// write-ahead log, and checks it was killed, not finished.
    private func killMidway(_ arguments: [String], db: String, walBytes: Int = 256 * 1024) throws {
        let process = try KGBinary.locate().start(arguments)
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
            if size > walBytes { break }
            usleep(500)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "kg \(arguments[0]) finished before the kill")
    }

    /// A copy of the database file, to compute the graph a finished command would leave.
    private func copy(_ db: String, to name: String, in folder: TemporaryFolder) throws -> String {
        let copy = folder.path + "/" + name
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        return copy
    }

    private func assertWhole(_ store: GraphStore, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok", file: file, line: line)
        XCTAssertEqual(try store.count("SELECT count(*) FROM pragma_foreign_key_check"), 0, file: file, line: line)
    }

    func testKillingRemoveMidwayLeavesTheOldGraphOrTheNew() throws {
        let folder = try TemporaryFolder()
        let (db, news) = try populatedDatabase(in: folder, copies: 1500)
        let finished = try GraphStore(path: try copy(db, to: "finished.sqlite", in: folder))
        let old = try Fingerprint(finished)
        XCTAssertEqual(try finished.removeDocuments(at: [news]).documents.count, 4500)
        let new = try Fingerprint(finished)
        XCTAssertNotEqual(old, new)

        try killMidway(["remove", "--db", db, news], db: db)

        let store = try GraphStore(path: db)
        try assertWhole(store)
        let left = try Fingerprint(store)
        XCTAssertTrue(left == old || left == new, "neither the old graph nor the new: \(left)")
        print("killed midway: the \(left == old ? "old" : "new") graph is left")
        // Removing again finishes the job.
        XCTAssertEqual(try store.removeDocuments(at: [news]).documents.count, left == old ? 4500 : 0)
        XCTAssertEqual(try Fingerprint(store), new)
    }

    func testKillingPruneMidwayLeavesTheOldGraphOrTheNew() throws {
        let folder = try TemporaryFolder()
        let (db, news) = try populatedDatabase(in: folder, copies: 1500)
        // Two thirds of the files are deleted; their documents are what --prune removes.
        for name in try FileManager.default.contentsOfDirectory(atPath: news) where !name.hasSuffix("_0.txt") {
            try FileManager.default.removeItem(atPath: news + "/" + name)
        }
        let finished = try GraphStore(path: try copy(db, to: "finished.sqlite", in: folder))
        let old = try Fingerprint(finished)
        XCTAssertEqual(try finished.pruneDocuments(under: news).documents.count, 3000)
        let new = try Fingerprint(finished)
        XCTAssertNotEqual(old, new)

        try killMidway(["ingest", "--prune", "--db", db, news], db: db)

        let store = try GraphStore(path: db)
        try assertWhole(store)
        let left = try Fingerprint(store)
        XCTAssertTrue(left == old || left == new, "neither the old graph nor the new: \(left)")
        print("killed midway: the \(left == old ? "old" : "new") graph is left")
        XCTAssertEqual(try store.pruneDocuments(under: news).documents.count, left == old ? 3000 : 0)
        XCTAssertEqual(try Fingerprint(store), new)
    }

    /// A version-1 file of 400,000 relations: upgrading it rewrites every relation (confidences
    /// rounded) and indexes their dates, long enough to be killed in the middle.
    func testKillingAMigrationMidwayLeavesTheOldVersion() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/old.sqlite"
        do {
            let database = try Database(path: db)
            let first = try XCTUnwrap(GraphStore.bundledMigrations.first { $0.version == 1 })
            try database.execute(first.sql)
            try database.execute(
                """
                PRAGMA user_version = 1;
                INSERT INTO documents VALUES (1, '/news/a.txt', 'a.txt', NULL, 'abc', 10, '2026-01-01T00:00:00Z');
                INSERT INTO sentences VALUES (1, 1, 0, 0, 22, 'NATO condemned Russia.');
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
                INSERT INTO entities SELECT i, 'Entity ' || i, 'organization' FROM n;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000)
                INSERT INTO relations SELECT i, 1 + i % 2000, 1 + (i * 7) % 2000, 'condemn', '11', 'action', 1, 0, 22, 0.1 + 0.2
                FROM n;
                """)
        }
        let empty = try folder.makeFolder("nothing-new")
        _ = try folder.write("nothing-new/a.txt", "NATO condemned Russia.")

        // Any writing command upgrades the file first; ingest is the common one.
        try killMidway(["ingest", "--db", db, empty], db: db)

        do {
            let raw = try Database(path: db)
            XCTAssertEqual(try raw.scalarText("PRAGMA integrity_check"), "ok")
            let version = try raw.scalarInt("PRAGMA user_version")
            let dateColumn = try raw.scalarInt("SELECT count(*) FROM pragma_table_info('relations') WHERE name = 'date'")
            XCTAssertTrue(
                version == 1 && dateColumn == 0 || version == GraphStore.supportedVersion && dateColumn == 1,
                "version \(version ?? -1), date column \(dateColumn ?? -1)")
            XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM relations"), 400_000)
            print("killed midway: version \(version ?? -1) is left")
        }
        // Opening it again upgrades it whole.
        let store = try GraphStore(path: db)
        XCTAssertEqual(try store.schemaVersion(), GraphStore.supportedVersion)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations WHERE confidence = 0.3"), 400_000)
    }
}
