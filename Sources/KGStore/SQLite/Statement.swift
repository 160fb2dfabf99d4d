import CSQLite

/// A value bound to or read from SQL.
public enum SQLValue: Hashable, Sendable {
    case null
    case int(Int)
    case double(Double)
    case text(String)
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}

/// A compiled statement: bind, step, read columns, reset, step again.
///
/// ```swift
/// let find = try db.prepare("SELECT id FROM entities WHERE name = ?")
/// try find.bind(["Russia"])
/// while try find.step() { print(find.int(0)) }
/// ```
/// See <https://www.sqlite.org/c3ref/stmt.html>.
public final class Statement {
    let database: Database
    let handle: OpaquePointer
    public let sql: String
    /// True for a statement that may change the journal or locking mode: each step counts in
    /// `Database.settingsChanges`.
    private let changesJournalSettings: Bool

    init(database: Database, sql: String) throws {
        self.database = database
        self.sql = sql
        changesJournalSettings = Database.changesJournalSettings(sql)
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw database.error(code: rc, context: Database.summary(of: sql))
        }
        handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to its parameters, in order.
    public func bind(_ values: [SQLValue]) throws {
        sqlite3_reset(handle)
        // values for every parameter replace every earlier binding: then there is nothing to clear
        // (sqlite3_clear_bindings cost about 280 instructions a row)
        if values.count != Int(sqlite3_bind_parameter_count(handle)) { sqlite3_clear_bindings(handle) }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(handle, index)
            case let .int(v): rc = sqlite3_bind_int64(handle, index, Int64(v))
            case let .double(v): rc = sqlite3_bind_double(handle, index, v)
            case let .text(v): rc = Self.bindText(v, to: handle, at: index)
            }
            if rc != SQLITE_OK {
                throw database.error(code: rc, context: Database.summary(of: sql))
            }
        }
    }

    /// Advances to the next row; false when there are no more.
    @discardableResult
    public func step() throws -> Bool {
        if changesJournalSettings { database.settingsChanges += 1 }
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(code: rc, context: Database.summary(of: sql))
        }
    }

    /// Binds `values`, runs the statement to completion, and resets it.
    public func run(_ values: [SQLValue] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Ends the current run so the statement holds no read lock; bindings are kept.
    public func reset() {
        sqlite3_reset(handle)
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    public func columnName(_ index: Int) -> String {
        String(cString: sqlite3_column_name(handle, Int32(index)))
    }
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }
    public func int(_ index: Int) -> Int {
        Int(sqlite3_column_int64(handle, Int32(index)))
    }
    public func double(_ index: Int) -> Double {
        sqlite3_column_double(handle, Int32(index))
    }
    public func text(_ index: Int) -> String {
        guard let pointer = sqlite3_column_text(handle, Int32(index)) else { return "" }
        return String(cString: pointer)
    }
    public func optionalText(_ index: Int) -> String? {
        isNull(index) ? nil : text(index)
    }
    public func value(_ index: Int) -> SQLValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .int(int(index))
        case SQLITE_FLOAT: return .double(double(index))
        case SQLITE_NULL: return .null
        default: return .text(text(index))
        }
    }
}

extension Statement {
    /// Binds one parameter without building an array: the bulk import's per-row path.
    func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case let .int(v): rc = sqlite3_bind_int64(handle, index, Int64(v))
        case let .double(v): rc = sqlite3_bind_double(handle, index, v)
        case let .text(v): rc = Self.bindText(v, to: handle, at: index)
        }
        if rc != SQLITE_OK { throw database.error(code: rc, context: Database.summary(of: sql)) }
    }

    /// Binds `text` (SQLite copies it) through `withCString`, which lends a native string's own
    /// bytes (or a small one's, copied on the stack): passing the `String` as a C string argument
    /// made a heap copy of its UTF-8 for every bound text (`utf8CString`), freed right after.
    private static func bindText(_ text: String, to handle: OpaquePointer?, at index: Int32) -> Int32 {
        text.withCString { sqlite3_bind_text(handle, index, $0, -1, kg_sqlite_transient()) }
    }

    /// Runs the statement with the parameters bound one by one, then resets it for the next row.
    func runBound() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }
}

extension Statement {
    /// Binds an integer: the bulk import's per-row path, with no `SQLValue` in between.
    func bind(int value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    func bind(double value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(handle, index, value))
    }

    func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds NUL-terminated text that SQLite reads where it is instead of copying it
    /// (`SQLITE_STATIC`): the caller keeps `text` alive until the statement is reset.
    ///
    /// ```swift
    /// let action = strdup("condemn")   // freed after the last row that binds it
    /// try insert.bind(borrowedText: action, at: 3)
    /// ```
    func bind(borrowedText text: UnsafePointer<CChar>, at index: Int32) throws {
        try check(sqlite3_bind_text(handle, index, text, -1, nil))
    }

    private func check(_ rc: Int32) throws {
        if rc != SQLITE_OK { throw database.error(code: rc, context: Database.summary(of: sql)) }
    }
}
