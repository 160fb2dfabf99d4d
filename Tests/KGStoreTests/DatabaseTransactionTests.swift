import KGTestSupport
import XCTest

@testable import KGStore

/// `Database.transaction`, whose `BEGIN IMMEDIATE` and `COMMIT` are compiled once per connection:
/// each transaction still commits or rolls back on its own, and closing still merges the log.
final class DatabaseTransactionTests: XCTestCase {
    private struct Failure: Error {}

    private func rowCount(_ database: Database) throws -> Int? {
        try database.scalarInt("SELECT count(*) FROM t")
    }

    func testTransactionsCommitOrRollBackOneAfterAnother() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.url.appendingPathComponent("t.sqlite").path)
        try database.execute("CREATE TABLE t (x INTEGER)")
        for value in 1...3 {
            try database.transaction { try database.execute("INSERT INTO t VALUES (\(value))") }
        }
        XCTAssertThrowsError(
            try database.transaction { () throws -> Void in
                try database.execute("INSERT INTO t VALUES (4)")
                throw Failure()
            })
        // a flag pragma expires the compiled statements: SQLite compiles them again
        try database.withPragma("ignore_check_constraints", 1) {
            try database.transaction { try database.execute("INSERT INTO t VALUES (5)") }
        }
        XCTAssertEqual(try rowCount(database), 4)
        XCTAssertEqual(try database.scalarInt("SELECT sum(x) FROM t"), 11)
    }

    func testATransactionInsideATransactionFailsAndTheOuterOneGoesOn() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.url.appendingPathComponent("t.sqlite").path)
        try database.execute("CREATE TABLE t (x INTEGER)")
        try database.transaction {
            try database.execute("INSERT INTO t VALUES (1)")
            XCTAssertThrowsError(try database.transaction { try database.execute("INSERT INTO t VALUES (2)") }) { error in
                XCTAssertTrue("\(error)".contains("within a transaction"), "\(error)")
            }
            try database.execute("INSERT INTO t VALUES (3)")
        }
        XCTAssertEqual(try database.scalarInt("SELECT sum(x) FROM t"), 4)
    }

    func testClosingAfterTransactionsMergesTheWriteAheadLog() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("t.sqlite").path
        do {
            let database = try Database(path: path)
            try database.execute("PRAGMA journal_mode = WAL")
            try database.execute("CREATE TABLE t (x INTEGER)")
            try database.transaction { try database.execute("INSERT INTO t VALUES (1)") }
            XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        // the last connection closed (no statement left to keep it open): log merged and removed
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
        XCTAssertEqual(try rowCount(Database(path: path)), 1)
    }
}
