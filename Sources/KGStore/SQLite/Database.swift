import CSQLite
import Foundation

/// One connection to a SQLite file.
///
/// ```swift
/// let db = try Database(path: "kg.sqlite")
/// try db.execute("PRAGMA foreign_keys = ON")
/// let n = try db.scalarInt("SELECT count(*) FROM entities")
/// ```
/// Not shared across threads; each user opens its own.
/// See <https://www.sqlite.org/c3ref/open.html>.
public final class Database {
    public let path: String
    let handle: OpaquePointer
    /// Statements run so far that could change the journal or locking mode (see
    /// `Database+WALIndex.swift`): the mapped WAL index found under a different count is stale.
    var settingsChanges = 0
    /// The mapped WAL index, once `armWALIndex()` has found it.
    var walIndex: WALIndex?
    /// `BEGIN IMMEDIATE` and `COMMIT`, compiled by the first `transaction`.
    private var beginStatement: OpaquePointer?
    private var commitStatement: OpaquePointer?

    /// How long a statement waits for another process's lock before failing with
    /// `StoreError.locked` ("database is busy"); SQLite retries throughout.
    public static let defaultBusyTimeout: Duration = .seconds(5)

    /// Opens (and creates, unless `readOnly` or not `create`) the database at `path`.
    ///
    /// `immutable` opens a read-only file without the WAL index (`-shm`) that SQLite would
    /// otherwise create beside it, for a database in a folder nobody may write to.
    public init(
        path: String, readOnly: Bool = false, create: Bool = true, immutable: Bool = false,
        busyTimeout: Duration = Database.defaultBusyTimeout
    ) throws {
        self.path = path
        _ = Self.configureSQLite
        var db: OpaquePointer?
        let flags =
            readOnly
            ? SQLITE_OPEN_READONLY
            : (create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READWRITE)
        let rc: Int32
        if immutable {
            // file: URIs need '%', '?' and '#' escaped in the path.
            var escaped = ""
            for character in path.unicodeScalars {
                switch character {
                case "%": escaped += "%25"
                case "?": escaped += "%3f"
                case "#": escaped += "%23"
                default: escaped.unicodeScalars.append(character)
                }
            }
            rc = sqlite3_open_v2(
                "file:" + escaped + "?immutable=1", &db,
                flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, Self.fileSystem)
        } else {
            rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, Self.fileSystem)
        }
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw StoreError.sqlite(path: path, code: rc, message: message, context: "open")
        }
        handle = db
        let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        // a statement left unfinalized would keep the connection open (and its log unmerged)
        sqlite3_finalize(beginStatement)
        sqlite3_finalize(commitStatement)
        sqlite3_close_v2(handle)
    }

    /// Process-wide SQLite settings, applied once before the first connection opens.
    private static let configureSQLite: Void = {
        _ = kg_sqlite_disable_memory_statistics()
    }()

    /// The VFS every connection opens with: the default one, with the frames a transaction
    /// appends to the write-ahead log written a batch at a time (`wal_batching.h`); nil, the
    /// default itself, when it could not be registered.
    static let fileSystem: String? = {
        // registering starts SQLite, after which the settings above could no longer be made
        _ = configureSQLite
        return kg_wal_batching_register() == SQLITE_OK ? KG_WAL_BATCHING_VFS_NAME : nil
    }()

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        if Self.changesJournalSettings(sql) { settingsChanges += 1 }
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            throw error(code: rc, message: message, context: Self.summary(of: sql))
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// The first column of the first row as an integer, or nil when there is no row.
    public func scalarInt(_ sql: String, _ bindings: [SQLValue] = []) throws -> Int? {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        guard try statement.step() else { return nil }
        return statement.isNull(0) ? nil : statement.int(0)
    }

    /// The first column of the first row as text, or nil when there is no row.
    public func scalarText(_ sql: String, _ bindings: [SQLValue] = []) throws -> String? {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        guard try statement.step() else { return nil }
        return statement.optionalText(0)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// `IMMEDIATE` takes the write lock up front, so a second writer waits (busy timeout) or fails
    /// at the start rather than half-way.
    ///
    /// `BEGIN IMMEDIATE` and `COMMIT` are compiled once per connection: an ingest runs one
    /// transaction per document, and `sqlite3_exec` compiled both again each time.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try runCompiled(&beginStatement, "BEGIN IMMEDIATE")
        do {
            let result = try body()
            try runCompiled(&commitStatement, "COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `sql`, a statement that returns no rows, compiling it into `statement` the first time.
    private func runCompiled(_ statement: inout OpaquePointer?, _ sql: String) throws {
        if statement == nil {
            var compiled: OpaquePointer?
            let rc = sqlite3_prepare_v2(handle, sql, -1, &compiled, nil)
            guard rc == SQLITE_OK, let compiled else {
                sqlite3_finalize(compiled)
                throw error(code: rc, context: Self.summary(of: sql))
            }
            statement = compiled
        }
        guard let statement else { return }
        let rc = sqlite3_step(statement)
        // the error (and its message) is read before the reset, which leaves the connection's as it is
        let failure = rc == SQLITE_DONE ? nil : error(code: rc, context: Self.summary(of: sql))
        sqlite3_reset(statement)
        if let failure { throw failure }
    }

    /// True when this connection cannot write (opened read-only, or the file is read-only).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// The primary result code of an extended one (`SQLITE_IOERR_READ` -> `SQLITE_IOERR`):
    /// SQLite keeps it in the low byte.
    static func primaryResultCode(_ code: Int32) -> Int32 {
        code & 0xff
    }

    /// A `StoreError` for a failed call, recognizing the codes users can act on.
    func error(code: Int32, message: String? = nil, context: String) -> StoreError {
        let primary = Self.primaryResultCode(code)
        if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { return .locked(path: path) }
        if primary == SQLITE_NOTADB { return .notADatabase(path: path) }
        // What the user can act on, without the SQL statement that met it.
        if primary == SQLITE_READONLY { return .readOnly(path: path) }
        if primary == SQLITE_FULL { return .diskFull(path: path) }
        // SQLITE_IOERR_WRITE, _FSYNC, _TRUNCATE (macros Swift does not import): ENOSPC, EFBIG.
        if [SQLITE_IOERR | 3 << 8, SQLITE_IOERR | 4 << 8, SQLITE_IOERR | 6 << 8].contains(code) {
            return .diskFull(path: path)
        }
        return .sqlite(
            path: path, code: code,
            message: message ?? String(cString: sqlite3_errmsg(handle)), context: context)
    }

    static func summary(of sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).first.map(String.init) ?? sql
        return line.count > 60 ? String(line.prefix(60)) + "..." : line
    }
}
