import CSQLite
import Foundation

/// The knowledge graph in one SQLite file.
///
/// ```swift
/// let store = try GraphStore(path: "kg.sqlite")                     // creates and migrates as needed
/// let graph = try GraphStore(path: "kg.sqlite", access: .reading)   // an existing graph, to query
/// ```
/// Opening applies the schema in `schema/` (numbered files, each one version) and turns on foreign
/// keys and write-ahead logging. A SQLite file that holds another program's tables is refused
/// and never written.
public final class GraphStore {
    /// The connection; replaced only when a bulk import swaps a whole new file in (`reopen`).
    private(set) var database: Database
    public var path: String { database.path }
    /// How long statements wait for another process's lock (kept for `reopen`).
    let busyTimeout: Duration
    /// Compiled ingest statements and caches, kept between documents (see `documentWriter()`).
    var cachedDocumentWriter: DocumentWriter?
    /// Lookup statements compiled once (see `cachedStatement`).
    var statementCache: [String: Statement] = [:]
    /// The relations a bulk load just wrote, kept for the next whole-graph read (see
    /// `GraphStore+RelationTable.swift`).
    var importedRelations: ImportedRelationTable?
    /// The last fingerprint read through SQL, with what made it current (see `fingerprint()`).
    var fingerprintWatch: FingerprintWatch?

    /// The default database file when neither `--db` nor `KG_DB` names one.
    public static let defaultPath = "kg.sqlite"

    /// How a command uses the graph, which decides what opening may do to the file.
    public enum Access: Sendable {
        /// Writers (`ingest`, `import`): create the file when missing, migrate it.
        case creating
        /// The shell: the graph must exist; writable when the file allows (for `.ingest`), else
        /// read-only. Migrated when writable.
        case existing
        /// Readers (`query`, `export`, `stats`): the graph must exist; migrated when older and
        /// writable, otherwise opened read-only (also in a folder nobody may write to).
        case reading
        /// Strictly read-only: never migrated, never written.
        case readOnly
    }

    /// Opens the store at `path`, creating and migrating it unless `readOnly`.
    ///
    /// Throws `StoreError.noDatabase` when `readOnly` and there is no file, `.cannotOpen` or
    /// `.readOnly` when the file cannot be created or written, `.notADatabase`,
    /// `.foreignDatabase`, `.locked`, or `.newerSchema` when a newer kg wrote it.
    public convenience init(path: String, readOnly: Bool = false) throws {
        try self.init(path: path, access: readOnly ? .readOnly : .creating)
    }

    /// Opens the store at `path` for `access` (see `Access`).
    public init(path: String, access: Access, busyTimeout: Duration = Database.defaultBusyTimeout) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if access != .creating && !exists { throw StoreError.noDatabase(path: path) }
        if exists && isDirectory.boolValue { throw StoreError.cannotOpen(path: path) }
        if access != .readOnly { Self.removeAbandonedSideFiles(of: path) }
        self.busyTimeout = busyTimeout
        do {
            let identity = Self.fileIdentity(path)
            database = try Self.open(path: path, access: access, busyTimeout: busyTimeout)
            do {
                try setUp(for: access)
            } catch StoreError.notADatabase where Self.fileIdentity(path) != identity {
                // A bulk import replaced the file while this set-up waited for its lock (or created it,
                // spoiled and replaced it after this process looked: `identity` is then nil).
                database = try Self.open(path: path, access: access, busyTimeout: busyTimeout)
                try setUp(for: access)
            }
        } catch let StoreError.sqlite(_, code, _, _) where Database.primaryResultCode(code) == SQLITE_CANTOPEN {
            throw StoreError.cannotOpen(path: path)
        } catch let StoreError.sqlite(_, code, _, _) where Database.primaryResultCode(code) == SQLITE_READONLY {
            throw StoreError.readOnly(path: path)
        }
    }

    /// Turns on foreign keys and brings the schema up to date as `access` allows.
    private func setUp(for access: Access) throws {
        try database.execute("PRAGMA foreign_keys = ON")
        if access == .creating {
            try retryingWhileANewFileIsSetUp {
                // Refuse a foreign or newer file before switching it to WAL, which writes its header.
                try checkVersion(supported: Self.supportedVersion, mustHoldGraph: false)
                try configureJournal()
                try migrate(readOnly: database.isReadOnly, mustHoldGraph: false)
            }
        } else {
            try migrate(readOnly: database.isReadOnly, mustHoldGraph: true)
        }
    }

    /// Opens the file at `path` again after a bulk import renamed a new database over it: the old
    /// connection still reads the replaced file. Cached statements belong to the old connection.
    func reopen() throws {
        cachedDocumentWriter = nil
        statementCache = [:]
        database = try Database(path: path, create: false, busyTimeout: busyTimeout)
        try database.execute("PRAGMA foreign_keys = ON")
        try configureJournal()
    }

    /// The connection for `access`: read-write where the command may write and the file allows
    /// it, read-only otherwise; a read-only database whose write-ahead index cannot be created
    /// (a read-only folder) is opened immutable.
    ///
    /// A file replaced by a bulk import while this process waited for the importer's lock reads
    /// as "not a database" (the importer spoils the replaced file's header, see
    /// `GraphStore+BulkLoad.swift`): the new file at `path` is opened instead.
    private static func open(path: String, access: Access, busyTimeout: Duration) throws -> Database {
        let before = fileIdentity(path)
        do {
            let database = try openOnce(path: path, access: access, busyTimeout: busyTimeout)
            do {
                _ = try database.scalarInt("PRAGMA schema_version")  // reads the header
            } catch StoreError.notADatabase {
                throw StoreError.notADatabase(path: path)
            } catch {
                // Busy and the like: the set-up that follows meets them again and handles them.
            }
            return database
        } catch StoreError.notADatabase where fileIdentity(path) != before {
            return try openOnce(path: path, access: access, busyTimeout: busyTimeout)
        }
    }

    /// The device and inode of the file at `path`, nil when there is none.
    static func fileIdentity(_ path: String) -> [UInt64]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    private static func openOnce(path: String, access: Access, busyTimeout: Duration) throws -> Database {
        switch access {
        case .creating:
            return try Database(path: path, busyTimeout: busyTimeout)
        case .existing, .reading:
            if access == .existing || (try? needsMigration(path)) == true,
                FileManager.default.isWritableFile(atPath: path)
            {
                // Without SQLITE_OPEN_CREATE, so a file removed meanwhile is not recreated empty.
                // The first read creates the WAL side files, which a read-only folder refuses.
                if let database = try? Database(path: path, create: false, busyTimeout: busyTimeout),
                    (try? database.scalarInt("SELECT count(*) FROM sqlite_master")) != nil,
                    !database.isReadOnly
                {
                    return database
                }
            }
            return try openReadOnly(path, busyTimeout: busyTimeout)
        case .readOnly:
            return try openReadOnly(path, busyTimeout: busyTimeout)
        }
    }

    private static func openReadOnly(_ path: String, busyTimeout: Duration) throws -> Database {
        let database = try Database(path: path, readOnly: true, busyTimeout: busyTimeout)
        do {
            // The first read creates the WAL index; in a read-only folder that fails.
            _ = try database.scalarInt("SELECT count(*) FROM sqlite_master")
            return database
        } catch StoreError.readOnly, StoreError.cannotOpen {
            return try Database(path: path, readOnly: true, immutable: true, busyTimeout: busyTimeout)
        } catch let StoreError.sqlite(_, code, _, _) where code & 0xff == 14 {  // SQLITE_CANTOPEN
            return try Database(path: path, readOnly: true, immutable: true, busyTimeout: busyTimeout)
        }
    }

    /// Whether the kg graph at `path` has an older schema than this build (read without writing).
    private static func needsMigration(_ path: String) throws -> Bool {
        let probe = try openReadOnly(path, busyTimeout: .zero)
        let version = try probe.scalarInt("PRAGMA user_version") ?? 0
        return version >= 1 && version < supportedVersion
    }

    private func configureJournal() throws {
        // WAL lets readers (the shell) go on while an ingest writes; NORMAL sync is safe with WAL.
        let mode = try database.prepare("PRAGMA journal_mode = WAL")
        _ = try mode.step()
        try database.execute("PRAGMA synchronous = NORMAL")
    }

    /// Runs the set-up of a file that may be new, again after a pause when it meets "busy".
    ///
    /// Two processes setting up one new file at once: while one switches it to WAL, SQLite answers
    /// the other "busy" at once, without calling the busy handler (its deadlock rule), so the busy
    /// timeout does not help there.
    private func retryingWhileANewFileIsSetUp(_ body: () throws -> Void) throws {
        var attempts = 0
        while true {
            do {
                return try body()
            } catch StoreError.locked where attempts < Self.setUpAttempts {
                attempts += 1
                usleep(100_000)
            }
        }
    }

    /// How often a busy set-up is tried again, 0.1 s apart.
    private static let setUpAttempts = 50
}
