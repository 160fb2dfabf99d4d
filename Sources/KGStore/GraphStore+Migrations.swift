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

    /// Applies, in order and in one transaction, every migration newer than the file; refuses a
    /// file of a newer kg, and a SQLite file that holds another program's tables.
    ///
    /// The version is read again once the write lock is held, so two processes creating the same
    /// new file at once do not both apply the schema ("table documents already exists"). With
    /// `mustHoldGraph`, a database without kg's schema (an empty file) is `noDatabase`.
    func migrate(readOnly: Bool, mustHoldGraph: Bool = false) throws {
        let migrations = Self.bundledMigrations
        let supported = migrations.last?.version ?? 0
        let found = try checkVersion(supported: supported, mustHoldGraph: mustHoldGraph)
        if readOnly || found == supported { return }
        try database.transaction {
            let current = try checkVersion(supported: supported, mustHoldGraph: mustHoldGraph)
            for migration in migrations where migration.version > current {
                try database.execute(migration.sql)
                try database.execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }

    /// Creates the whole schema, every migration in order, in an empty database: a bulk
    /// import's side file (see `GraphStore+BulkLoad.swift`).
    static func createSchema(in database: Database) throws {
        for migration in bundledMigrations {
            try database.execute(migration.sql)
            try database.execute("PRAGMA user_version = \(migration.version)")
        }
    }

    /// The file's schema version, after refusing a newer kg's file and another program's tables.
    ///
    /// The version and the table count are read in one statement: read apart, another process
    /// setting up the same new file could commit its schema in between, and its tables would look
    /// like another program's.
    @discardableResult
    func checkVersion(supported: Int, mustHoldGraph: Bool) throws -> Int {
        let statement = try database.prepare(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')")
        guard try statement.step() else { return 0 }
        let current = statement.int(0), tables = statement.int(1)
        if current > supported {
            throw StoreError.newerSchema(path: path, found: current, supported: supported)
        }
        if current == 0 {
            if tables > 0 { throw StoreError.foreignDatabase(path: path) }
            if mustHoldGraph { throw StoreError.noDatabase(path: path) }
        }
        return current
    }
}
