import CSQLite
import Foundation

/// The knowledge graph in one SQLite file.
///
/// ```swift
/// let store = try GraphStore(path: "kg.sqlite")   // creates and migrates as needed
/// ```
/// Opening applies the schema in `schema/` (numbered files, each one version) and turns on foreign
/// keys and write-ahead logging.
public final class GraphStore {
    public let database: Database
    public var path: String { database.path }
    /// Compiled ingest statements and caches, kept between documents (see `documentWriter()`).
    var cachedDocumentWriter: DocumentWriter?
    /// Lookup statements compiled once (see `cachedStatement`).
    var statementCache: [String: Statement] = [:]

    /// The default database file when neither `--db` nor `KG_DB` names one.
    public static let defaultPath = "kg.sqlite"

    /// Opens the store at `path`, creating and migrating it unless `readOnly`.
    ///
    /// Throws `StoreError.noDatabase` when `readOnly` and there is no file, `.cannotOpen` or
    /// `.readOnly` when the file cannot be created or written, `.notADatabase`, `.locked`, or
    /// `.newerSchema` when a newer kg wrote it.
    public init(path: String, readOnly: Bool = false) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if readOnly && !exists { throw StoreError.noDatabase(path: path) }
        if exists && isDirectory.boolValue { throw StoreError.cannotOpen(path: path) }
        do {
            database = try Database(path: path, readOnly: readOnly)
            try database.execute("PRAGMA foreign_keys = ON")
            if !readOnly {
                try configureJournal()
            }
            try migrate(readOnly: readOnly)
        } catch let StoreError.sqlite(_, code, _, _) where Database.primaryResultCode(code) == SQLITE_CANTOPEN {
            throw StoreError.cannotOpen(path: path)
        } catch let StoreError.sqlite(_, code, _, _) where Database.primaryResultCode(code) == SQLITE_READONLY {
            throw StoreError.readOnly(path: path)
        }
    }

    private func configureJournal() throws {
        // WAL lets readers (the shell) go on while an ingest writes; NORMAL sync is safe with WAL.
        let mode = try database.prepare("PRAGMA journal_mode = WAL")
        _ = try mode.step()
        try database.execute("PRAGMA synchronous = NORMAL")
    }
}
