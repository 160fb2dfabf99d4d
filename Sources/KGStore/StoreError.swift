import Foundation

/// Everything that can go wrong in the store, each with what the user needs to fix it.
public enum StoreError: Error, LocalizedError, Equatable {
    /// SQLite refused an operation; `context` says which (open, a statement, a pragma).
    case sqlite(path: String, code: Int32, message: String, context: String)
    /// The database was written by a newer kg than this one.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Another process holds the write lock for longer than the busy timeout.
    case locked(path: String)
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)

    public var errorDescription: String? {
        switch self {
        case let .sqlite(path, code, message, context):
            return "\(path): \(context): \(message) (SQLite error \(code))"
        case let .newerSchema(path, found, supported):
            return "\(path): database schema version \(found) is newer than this kg supports (\(supported)); upgrade kg"
        case let .locked(path):
            return "\(path): database is locked by another process"
        case let .notADatabase(path):
            return "\(path): file is not a kg database"
        }
    }
}
