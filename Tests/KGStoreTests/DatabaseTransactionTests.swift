import KGTestSupport
import XCTest

@testable import KGStore

/// `Database.transaction`: all or nothing, and inside an open transaction a savepoint that undoes
/// only its own writes.
final class DatabaseTransactionTests: XCTestCase {
    private struct Failure: Error {}

    private func database() throws -> (TemporaryFolder, Database) {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.url.appendingPathComponent("transaction.sqlite").path)
        try database.execute("CREATE TABLE t (x INTEGER)")
        return (folder, database)
    }

    func testAFailedTransactionWritesNothing() throws {
        let (folder, database) = try database()
        defer { withExtendedLifetime(folder) {} }
        XCTAssertThrowsError(
            try database.transaction { () throws -> Void in
                try database.execute("INSERT INTO t VALUES (1)")
                throw Failure()
            })
        XCTAssertEqual(try database.scalarInt("SELECT count(*) FROM t"), 0)
        XCTAssertTrue(database.isInAutocommit)
    }

    func testAFailedTransactionInsideAnOpenOneUndoesOnlyItsOwnWrites() throws {
        let (folder, database) = try database()
        defer { withExtendedLifetime(folder) {} }
        try database.execute("BEGIN IMMEDIATE")
        try database.transaction { try database.execute("INSERT INTO t VALUES (1)") }
        XCTAssertThrowsError(
            try database.transaction { () throws -> Void in
                try database.execute("INSERT INTO t VALUES (2)")
                throw Failure()
            })
        try database.transaction { try database.execute("INSERT INTO t VALUES (3)") }
        XCTAssertFalse(database.isInAutocommit)
        try database.execute("COMMIT")
        XCTAssertEqual(try database.scalarText("SELECT group_concat(x) FROM (SELECT x FROM t ORDER BY x)"), "1,3")
    }
}
