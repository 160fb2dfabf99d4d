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

    /// Opens (and creates, unless `readOnly`) the database at `path`.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = readOnly
            ? SQLITE_OPEN_READONLY
            : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw StoreError.sqlite(path: path, code: rc, message: message, context: "open")
        }
        handle = db
        sqlite3_busy_timeout(handle, 2_000)
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
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
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

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
        return .sqlite(path: path, code: code,
                       message: message ?? String(cString: sqlite3_errmsg(handle)), context: context)
    }

    static func summary(of sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).first.map(String.init) ?? sql
        return line.count > 60 ? String(line.prefix(60)) + "..." : line
    }
}
