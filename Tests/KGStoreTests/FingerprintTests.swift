import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// `GraphStore.fingerprint()` answers from the WAL index header while no one commits, and must
/// still change whenever anyone does: this connection, another one, or after the journal mode
/// changed under it.
final class FingerprintTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
        try ingest(["NATO condemned Russia."], "/news/a.txt", into: store)
    }

    private func ingest(_ sentences: [String], _ path: String, into store: GraphStore) throws {
        var document = HandExtraction(sentences)
        document.fact(document.entity("NATO", .organization), "condemn", document.entity("Russia", .country))
        try store.ingest(document: document.source(path), extraction: document.document)
    }

    /// What SQLite says, asked directly, for comparison.
    private func askSQLite(_ store: GraphStore) throws -> StoreFingerprint {
        let statement = try store.database.prepare("SELECT data_version, total_changes() FROM pragma_data_version")
        XCTAssertTrue(try statement.step())
        return StoreFingerprint(dataVersion: statement.int(0), ownChanges: statement.int(1))
    }

    func testWithoutWritesTheFingerprintStaysAndComesFromTheWALIndex() throws {
        let first = try store.fingerprint()
        XCTAssertNotNil(store.database.walIndex?.region, "a WAL-mode store reads the index header")
        XCTAssertNotNil(store.fingerprintWatch)
        for _ in 0..<100 { XCTAssertEqual(try store.fingerprint(), first) }
        XCTAssertEqual(try askSQLite(store), first)
    }

    func testOwnWriteChangesIt() throws {
        let before = try store.fingerprint()
        _ = try store.fingerprint()
        try ingest(["NATO condemned Belarus."], "/news/b.txt", into: store)
        let after = try store.fingerprint()
        XCTAssertNotEqual(after, before)
        XCTAssertEqual(after, try askSQLite(store))
    }

    func testAnotherConnectionsCommitChangesIt() throws {
        let other = try folder.store()
        let before = try store.fingerprint()
        XCTAssertEqual(try store.fingerprint(), before)
        for round in 1...3 {
            try ingest(["NATO condemned Belarus \(round) times."], "/news/other-\(round).txt", into: other)
            let after = try store.fingerprint()
            XCTAssertNotEqual(after.dataVersion, before.dataVersion, "round \(round)")
            XCTAssertEqual(after, try askSQLite(store), "round \(round)")
        }
    }

    func testARawCommitByAnotherConnectionChangesIt() throws {
        let other = try Database(path: folder.url.appendingPathComponent("kg.sqlite").path)
        let before = try store.fingerprint()
        try other.execute("INSERT INTO entities (name, type) VALUES ('Somewhere', 'location')")
        XCTAssertNotEqual(try store.fingerprint(), before)
        // A checkpoint that restarts the log rewrites the header too: still told apart.
        let afterInsert = try store.fingerprint()
        try other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try other.execute("INSERT INTO entities (name, type) VALUES ('Elsewhere', 'location')")
        XCTAssertNotEqual(try store.fingerprint(), afterInsert)
        XCTAssertEqual(try store.fingerprint(), try askSQLite(store))
    }

    func testLeavingWALModeFallsBackToAskingSQLite() throws {
        _ = try store.fingerprint()
        XCTAssertNotNil(store.database.walIndex?.region)
        XCTAssertEqual(try store.database.scalarText("PRAGMA journal_mode = DELETE"), "delete")
        // The mapping SQLite had is gone: the header must not be read.
        XCTAssertNil(store.database.walIndexHeader())
        let before = try store.fingerprint()
        XCTAssertNil(store.database.walIndex?.region, "not in WAL mode: nothing mapped to read")
        let other = try Database(path: folder.url.appendingPathComponent("kg.sqlite").path)
        try other.execute("INSERT INTO entities (name, type) VALUES ('Somewhere', 'location')")
        XCTAssertNotEqual(try store.fingerprint(), before)

        XCTAssertEqual(try store.database.scalarText("PRAGMA journal_mode = WAL"), "wal")
        let again = try store.fingerprint()
        XCTAssertNotNil(store.database.walIndex?.region, "back in WAL mode: the header is read again")
        try other.execute("INSERT INTO entities (name, type) VALUES ('Elsewhere', 'location')")
        XCTAssertNotEqual(try store.fingerprint(), again)
    }

    func testAReadOnlyStoreWithoutAnIndexAsksSQLite() throws {
        let path = folder.url.appendingPathComponent("kg.sqlite").path
        let immutable = try Database(path: path, readOnly: true, immutable: true)
        immutable.armWALIndex()
        XCTAssertNil(immutable.walIndexHeader())
        XCTAssertNotNil(immutable.walIndex, "checked once, remembered as absent")
    }
}
