import Foundation
import KGModel
import KGStore
import XCTest

final class MigrationTests: XCTestCase {
    func testNewDatabaseIsMigratedToTheLatestSchemaVersion() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        XCTAssertEqual(try store.schemaVersion(), GraphStore.supportedVersion)
        XCTAssertGreaterThanOrEqual(GraphStore.supportedVersion, 1)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM entities"), 0)
    }

    func testReopeningAMigratedDatabaseKeepsItsData() throws {
        let folder = try TemporaryFolder()
        let doc = HandExtraction(["Hello."])
        try folder.store().ingest(document: doc.source("/a.txt"), extraction: doc.document)
        XCTAssertEqual(try folder.store().count("SELECT count(*) FROM documents"), 1)
    }

    func testDatabaseFromANewerSchemaIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("kg.sqlite").path
        try Database(path: path).execute("PRAGMA user_version = \(GraphStore.supportedVersion + 1)")
        XCTAssertThrowsError(try GraphStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(
                path: path, found: GraphStore.supportedVersion + 1, supported: GraphStore.supportedVersion))
        }
        XCTAssertThrowsError(try GraphStore(path: path, readOnly: true))
    }

    func testFileThatIsNotADatabaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.sqlite", String(repeating: "not a database\n", count: 100))
        XCTAssertThrowsError(try GraphStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: path))
        }
    }

    func testDatabaseInAMissingFolderCannotBeOpened() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/no/such/folder/kg.sqlite"
        XCTAssertThrowsError(try GraphStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .cannotOpen(path: path))
        }
    }

    func testReadOnlyOpenOfAMissingFileSaysThereIsNoDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/kg.sqlite"
        XCTAssertThrowsError(try GraphStore(path: path, readOnly: true)) { error in
            XCTAssertEqual(error as? StoreError, .noDatabase(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testIngestWaitsForAnotherWriterThenReportsTheLock() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let other = try Database(path: store.path)
        try other.execute("BEGIN IMMEDIATE")
        defer { try? other.execute("ROLLBACK") }
        let doc = HandExtraction(["Hello."])
        let started = Date()
        XCTAssertThrowsError(try store.ingest(document: doc.source("/a.txt"), extraction: doc.document)) { error in
            XCTAssertEqual(error as? StoreError, .locked(path: store.path))
        }
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 1.0, "gave up without waiting")
    }
}

final class EmbeddedSchemaTests: XCTestCase {
    /// The binary carries `schema/` as generated Swift; this fails until `make schema` is rerun.
    func testEmbeddedSchemaMatchesTheSchemaFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertEqual(GraphStore.bundledMigrations.map { $0.name + ".sql" }, files)
        for migration in GraphStore.bundledMigrations {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(migration.name + ".sql"), encoding: .utf8)
            XCTAssertEqual(migration.sql + "\n", onDisk, "\(migration.name): run `make schema`")
        }
    }
}

final class DatabasePathTests: XCTestCase {
    func testFolderGivenAsTheDatabaseIsRefused() throws {
        let folder = try TemporaryFolder()
        XCTAssertThrowsError(try GraphStore(path: folder.path, readOnly: true)) { error in
            XCTAssertEqual(error as? StoreError, .cannotOpen(path: folder.path))
        }
    }
}
