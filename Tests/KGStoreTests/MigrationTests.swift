import Foundation
import KGStore
import XCTest

final class MigrationTests: XCTestCase {
    func testNewDatabaseIsMigratedToTheLatestSchemaVersion() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GraphStore(path: dir.appendingPathComponent("kg.sqlite").path)
        XCTAssertEqual(try store.schemaVersion(), GraphStore.supportedVersion)
        XCTAssertGreaterThanOrEqual(GraphStore.supportedVersion, 1)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM entities"), 0)
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
