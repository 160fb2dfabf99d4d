import Foundation
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

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
            XCTAssertEqual(
                error as? StoreError,
                .newerSchema(
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

/// A database written by a version-1 kg, upgraded in place.
final class VersionOneMigrationTests: XCTestCase {
    /// A version-1 file with one document, two entities and a relation whose confidence is a
    /// floating-point sum.
    private func versionOneDatabase(in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("old.sqlite").path
        let database = try Database(path: path)
        let first = try XCTUnwrap(GraphStore.bundledMigrations.first { $0.version == 1 })
        try database.execute(first.sql)
        try database.execute(
            """
            PRAGMA user_version = 1;
            INSERT INTO documents VALUES (1, '/news/2022-02-22-a.txt', '2022-02-22-a.txt', NULL, 'abc', 10, '2026-01-01T00:00:00Z');
            INSERT INTO sentences VALUES (1, 1, 0, 0, 22, 'NATO condemned Russia.');
            INSERT INTO entities VALUES (1, 'NATO', 'organization'), (2, 'Russia', 'country');
            INSERT INTO relations VALUES (1, 1, 2, 'condemn', '11', 'action', 1, 0, 22, 0.7999999999999999);
            """)
        return path
    }

    func testVersionOneDatabaseUpgradesKeepingItsDataWithTwoDecimalConfidences() throws {
        let folder = try TemporaryFolder()
        let store = try GraphStore(path: try versionOneDatabase(in: folder))
        XCTAssertEqual(try store.schemaVersion(), GraphStore.supportedVersion)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 1)
        XCTAssertEqual(try store.database.scalarText("SELECT CAST(confidence AS TEXT) FROM relations"), "0.8")
        XCTAssertEqual(try store.count("SELECT reports FROM facts"), 1)
        XCTAssertNil(try store.database.scalarText("SELECT date_source FROM documents"))
    }

    func testUpgradedDocumentsAreDatedByTheNextIngestEvenWhenUnchanged() throws {
        let folder = try TemporaryFolder()
        let store = try GraphStore(path: try versionOneDatabase(in: folder))
        let doc = HandExtraction(["NATO condemned Russia."])
        var source = SourceDocument(path: "/news/2022-02-22-a.txt", text: doc.text, contentHash: "abc", size: 10)
        source.published = PublicationDate(date: try XCTUnwrap(CalendarDate(iso: "2022-02-22")), source: .fileName)
        let result = try store.ingest(document: source, extraction: doc.document)
        XCTAssertEqual(result.status, .replaced)
        XCTAssertEqual(try store.database.scalarText("SELECT date FROM documents"), "2022-02-22")
    }
}

/// Writes a database at `path` as a kg of schema `version` left it: the bundled migrations up to
/// that version, its `user_version`, then `rows` (SQL inserts).
private func writeOldDatabase(at path: String, version: Int, rows: String) throws {
    let database = try Database(path: path)
    for migration in GraphStore.bundledMigrations where migration.version <= version {
        try database.execute(migration.sql)
    }
    try database.execute("PRAGMA user_version = \(version);\n" + rows)
}

/// A database written by a version-2 kg: its relation indexes become the lean ones of version 3.
final class VersionTwoMigrationTests: XCTestCase {
    func testVersionTwoDatabaseLosesTheDateIndexAndIndexesOnlySentencedRelations() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("old.sqlite").path
        try writeOldDatabase(
            at: path, version: 2,
            rows: """
                INSERT INTO documents (id, path, name, content_hash, size, ingested_at) VALUES (1, '/a.txt', 'a.txt', 'abc', 10, 'now');
                INSERT INTO sentences VALUES (1, 1, 0, 0, 22, 'NATO condemned Russia.');
                INSERT INTO entities VALUES (1, 'NATO', 'organization'), (2, 'Russia', 'country');
                INSERT INTO relations (id, subject_id, object_id, action, cameo, kind, sentence_id, confidence)
                VALUES (1, 1, 2, 'condemn', '11', 'action', 1, 1), (2, 2, 1, 'meet', '04', 'action', NULL, 1);
                """)
        let store = try GraphStore(path: path)
        XCTAssertEqual(try store.schemaVersion(), GraphStore.supportedVersion)
        XCTAssertEqual(try store.count("SELECT count(*) FROM sqlite_master WHERE name = 'relations_by_date'"), 0)
        XCTAssertEqual(
            try store.database.scalarText("SELECT sql FROM sqlite_master WHERE name = 'relations_by_sentence'"),
            "CREATE INDEX relations_by_sentence ON relations(sentence_id) WHERE sentence_id IS NOT NULL")
        // Removing the document finds its relation through the partial index.
        var details: [String] = []
        do {
            let plan = try store.database.prepare(
                "EXPLAIN QUERY PLAN DELETE FROM relations WHERE sentence_id IN (SELECT id FROM sentences WHERE document_id = 1)")
            while try plan.step() { details.append(plan.text(3)) }
        }
        XCTAssertTrue(details.contains { $0.contains("relations_by_sentence") }, "\(details)")
        XCTAssertEqual(try store.removeDocuments(at: ["/a.txt"]).relations, 1)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 1)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
    }
}

final class VersionThreeMigrationTests: XCTestCase {
    /// A version 3 file with two documents' worth of relations, as kg 3 left it.
    private func versionThreeStore() throws -> (GraphStore, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("old.sqlite").path
        try writeOldDatabase(
            at: path, version: 3,
            rows: """
                INSERT INTO documents (id, path, name, content_hash, size, ingested_at) VALUES (1, '/a.txt', 'a.txt', 'abc', 10, 'now');
                INSERT INTO sentences VALUES (1, 1, 0, 0, 22, 'NATO condemned Russia.');
                INSERT INTO entities VALUES (1, 'NATO', 'organization'), (2, 'Russia', 'country'), (3, 'Ukraine', 'country');
                INSERT INTO relations (id, subject_id, object_id, action, cameo, kind, sentence_id, confidence)
                VALUES (1, 1, 2, 'condemn', '11', 'action', 1, 1), (2, 2, 3, 'attack', '19', 'action', NULL, 1),
                       (3, 3, 1, 'meet', '04', 'action', NULL, 1);
                """)
        return (try GraphStore(path: path), folder)
    }

    /// The plan's detail rows for `sql`.
    private func plan(_ sql: String, in store: GraphStore) throws -> [String] {
        let statement = try store.database.prepare("EXPLAIN QUERY PLAN " + sql)
        var details: [String] = []
        while try statement.step() { details.append(statement.text(3)) }
        return details
    }

    func testVersionThreeDatabaseGetsIntegerKeyedSubjectAndObjectIndexes() throws {
        let (store, _) = try versionThreeStore()
        XCTAssertEqual(try store.schemaVersion(), 4)
        XCTAssertEqual(
            try store.database.scalarText("SELECT sql FROM sqlite_master WHERE name = 'relations_by_subject'"),
            "CREATE INDEX relations_by_subject ON relations(subject_id, object_id)")
        XCTAssertEqual(
            try store.database.scalarText("SELECT sql FROM sqlite_master WHERE name = 'relations_by_object'"),
            "CREATE INDEX relations_by_object ON relations(object_id)")
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 3)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
    }

    func testStatementsThatFindRelationsByAnEndStillUseAnIndex() throws {
        let (store, _) = try versionThreeStore()
        let bySubject = [
            "SELECT count(*) FROM relations WHERE subject_id = 1",
            "SELECT 1 FROM relations WHERE subject_id = 1 AND action = 'condemn' AND object_id = 2 AND cameo = '11'",
        ]
        for sql in bySubject {
            let details = try plan(sql, in: store)
            XCTAssertTrue(details.contains { $0.contains("USING") && $0.contains("relations_by_subject") }, "\(sql): \(details)")
        }
        let details = try plan("SELECT count(*) FROM relations WHERE object_id = 1", in: store)
        XCTAssertTrue(details.contains { $0.contains("COVERING INDEX relations_by_object") }, "\(details)")
        // Neighbourhoods, and the completion list's skip-scan over the action index.
        XCTAssertEqual(try store.relations(touching: 1).map(\.id).sorted(), [1, 3])
        XCTAssertEqual(try store.relationCount(touching: 3), 2)
        XCTAssertEqual(try store.distinctActions(), ["attack", "condemn", "meet"])
        XCTAssertTrue(
            try plan("SELECT min(action) FROM relations WHERE action > 'attack'", in: store)
                .contains { $0.contains("relations_by_action") })
    }

    func testDeletingAnEntityCascadesThroughTheNewIndexes() throws {
        let (store, _) = try versionThreeStore()
        try store.database.execute("PRAGMA foreign_keys = ON")
        try store.database.execute("DELETE FROM entities WHERE id = 3")
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 1)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
    }
}
