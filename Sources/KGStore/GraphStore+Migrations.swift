import Foundation

/// One schema file: `schema/NNN_name.sql` brings the database to version NNN.
public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var sql: String
}

extension GraphStore {
    /// The schema files built into this binary, in version order.
    public static let bundledMigrations: [Migration] = embeddedSchema.compactMap { file in
        guard let version = Int(file.name.prefix(while: \.isNumber)) else { return nil }
        return Migration(version: version, name: file.name, sql: file.sql)
    }.sorted { $0.version < $1.version }

    /// The highest schema version this build knows.
    public static var supportedVersion: Int { bundledMigrations.last?.version ?? 0 }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int {
        try database.scalarInt("PRAGMA user_version") ?? 0
    }

    /// Applies, in order and each in its own transaction, every migration newer than the file.
    func migrate(readOnly: Bool) throws {
        let migrations = Self.bundledMigrations
        let supported = migrations.last?.version ?? 0
        let current = try schemaVersion()
        if current > supported {
            throw StoreError.newerSchema(path: path, found: current, supported: supported)
        }
        if readOnly { return }
        for migration in migrations where migration.version > current {
            try database.transaction {
                try database.execute(migration.sql)
                try database.execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
