import KGTestSupport
import XCTest

@testable import KGStore

/// `Database.withPragma`: the value holds inside the body and the old one comes back after it,
/// whether the body returns or throws.
final class DatabasePragmaTests: XCTestCase {
    private struct Failure: Error {}

    func testPragmaHoldsInsideAndIsSetBackAfter() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.url.appendingPathComponent("pragma.sqlite").path)
        try database.execute("PRAGMA cache_size = -3000")
        let inside = try database.withPragma("cache_size", -65_536) { try database.scalarInt("PRAGMA cache_size") }
        XCTAssertEqual(inside, -65_536)
        XCTAssertEqual(try database.scalarInt("PRAGMA cache_size"), -3000)
    }

    func testPragmaIsSetBackWhenTheBodyThrows() throws {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.url.appendingPathComponent("pragma.sqlite").path)
        try database.execute("PRAGMA wal_autocheckpoint = 500")
        XCTAssertThrowsError(try database.withPragma("wal_autocheckpoint", 4096) { () throws -> Void in throw Failure() })
        XCTAssertEqual(try database.scalarInt("PRAGMA wal_autocheckpoint"), 500)
    }
}
