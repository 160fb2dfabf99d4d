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
    /// The database file cannot be opened or created there (missing folder, no permission).
    case cannotOpen(path: String)
    /// The database file or its folder is not writable.
    case readOnly(path: String)
    /// A command that reads the graph found no database file.
    case noDatabase(path: String)
    /// The file is a SQLite database of some other program (it has tables but no kg schema);
    /// kg neither reads nor changes it.
    case foreignDatabase(path: String)
    /// The disk (or the file size limit) is full; the last change was rolled back.
    case diskFull(path: String)
    /// The extractor's output refers to a sentence or entity it does not contain.
    case invalidExtraction(path: String, detail: String)
    /// An import whose relations point at entities it does not hold.
    case invalidImport(source: String, detail: String)
    /// `kg remove` was given a path that names no stored document.
    case notInGraph(path: String)

    public var errorDescription: String? {
        switch self {
        case let .sqlite(path, code, message, context):
            return "\(path): \(context): \(message) (SQLite error \(code))"
        case let .newerSchema(path, found, supported):
            return "\(path): database schema version \(found) is newer than this kg supports (\(supported)); upgrade kg"
        case let .locked(path):
            return "\(path): database is busy: another process is writing to it; try again when it finishes"
        case let .notADatabase(path):
            return "\(path): file is not a kg database"
        case let .cannotOpen(path):
            return "\(path): cannot open or create the database (missing or read-only folder, or the path is a folder)"
        case let .readOnly(path):
            return "\(path): database is read-only (check the permissions of the file and its folder)"
        case let .foreignDatabase(path):
            return "\(path): not a kg database (it holds another program's tables); give a kg graph or a new file name"
        case let .diskFull(path):
            return "\(path): disk full (or file size limit reached); the change in progress was rolled back"
        case let .noDatabase(path):
            return "\(path): no such database; build one with 'kg ingest --db \(path) FOLDER'"
        case let .invalidExtraction(path, detail):
            return "\(path): extractor output is inconsistent: \(detail)"
        case let .invalidImport(source, detail):
            return "\(source): \(detail)"
        case let .notInGraph(path):
            return "\(path): no document in the graph has this path; nothing removed"
        }
    }
}
