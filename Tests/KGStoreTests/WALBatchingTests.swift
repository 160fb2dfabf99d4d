import KGTestSupport
import XCTest

@testable import KGStore

/// The VFS every connection opens with (`wal_batching.h`), which holds the frames a transaction
/// appends to the write-ahead log and writes them together: what each connection commits is in
/// the file before the commit returns, and frames held for a transaction that rolls back never
/// land on another connection's.
final class WALBatchingTests: XCTestCase {
    private struct Failure: Error {}

    private func openInWALMode(_ path: String) throws -> Database {
        let database = try Database(path: path)
        try database.execute("PRAGMA journal_mode = WAL")
        try database.execute("PRAGMA synchronous = NORMAL")
        return database
    }

    func testConnectionsOpenThroughTheBatchingFileSystem() {
        XCTAssertEqual(Database.fileSystem, "kg-wal-batching")
    }

    func testEachCommitIsReadByAnotherConnectionBeforeTheWriterCloses() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("t.sqlite").path
        let writer = try openInWALMode(path)
        try writer.execute("CREATE TABLE t (x INTEGER, y BLOB)")
        let reader = try Database(path: path)
        for round in 1...5 {
            // 60 rows of 3,000 bytes: more frames than one batch holds (128 KiB)
            try writer.transaction {
                try writer.execute(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
                        + "INSERT INTO t SELECT \(round), randomblob(3000) FROM n")
            }
            XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM t"), 60 * round)
            XCTAssertEqual(try reader.scalarInt("SELECT sum(x) FROM t"), 60 * round * (round + 1) / 2)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"))
        XCTAssertEqual(try reader.scalarText("PRAGMA integrity_check"), "ok")
    }

    func testFramesSpilledByARolledBackTransactionDoNotOverwriteAnotherConnectionsCommit() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("t.sqlite").path
        do {
            let first = try openInWALMode(path)
            try first.execute("CREATE TABLE t (x INTEGER, y BLOB)")
            // An empty log: the rollback below reads nothing back from it.
            try first.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            // A page cache of ten pages: the transaction's pages spill into the log as it goes.
            try first.execute("PRAGMA cache_size = 10")
            let second = try Database(path: path)
            XCTAssertThrowsError(
                try first.transaction { () throws -> Void in
                    for _ in 0..<40 { try first.execute("INSERT INTO t VALUES (1, randomblob(2000))") }
                    throw Failure()
                })
            // The second connection's frames go where the rolled-back ones were.
            try second.transaction {
                try second.execute("INSERT INTO t VALUES (2, randomblob(10))")
                try second.execute("INSERT INTO t VALUES (3, randomblob(10))")
            }
        }
        let database = try Database(path: path)
        XCTAssertEqual(try database.scalarInt("SELECT count(*) FROM t"), 2)
        XCTAssertEqual(try database.scalarInt("SELECT sum(x) FROM t"), 5)
        XCTAssertEqual(try database.scalarText("PRAGMA integrity_check"), "ok")
    }

    func testAStoreOfManyDocumentsReadsBackWholeAfterItsConnectionCloses() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("t.sqlite").path
        do {
            let database = try openInWALMode(path)
            try database.execute("CREATE TABLE t (x INTEGER, y BLOB)")
            for round in 1...200 {
                try database.transaction {
                    try database.execute("INSERT INTO t VALUES (\(round), randomblob(\(round * 50)))")
                }
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
        let database = try Database(path: path)
        XCTAssertEqual(try database.scalarInt("SELECT count(*) FROM t"), 200)
        XCTAssertEqual(try database.scalarInt("SELECT sum(length(y)) FROM t"), 50 * 200 * 201 / 2)
        XCTAssertEqual(try database.scalarText("PRAGMA integrity_check"), "ok")
    }
}
