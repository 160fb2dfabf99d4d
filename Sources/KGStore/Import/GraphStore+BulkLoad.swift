import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension GraphStore {
    /// Imports `graph` into this store while it holds no graph at all, by building the whole new
    /// database in a side file and renaming it over the store's file; nil when that cannot be
    /// done here (the store holds something, or another connection has the file open), and the
    /// caller imports in place instead.
    ///
    /// ```swift
    /// if let result = try store.bulkLoadIntoEmptyStore(graph) { return result }
    /// ```
    /// The classic atomic bulk load: the side file (`<db>-import-<pid>`) is written without a
    /// journal, so every page is written once, instead of once to the write-ahead log and again
    /// by its checkpoint; it is made durable (fsync) and then renamed over the store's file. Killed
    /// at any moment, the store's file holds the old empty graph or the whole new one, and the
    /// next open removes an abandoned side file (`removeAbandonedSideFiles`). The graph goes in
    /// through the same `GraphImportWriter` and entity resolver as an import in place.
    ///
    /// Renaming a file other connections have open would leave them reading the replaced one,
    /// and a connection opening the write-ahead log by name could then mix the two files. So the
    /// rename is done only while this connection has the file to itself: leaving WAL mode, which
    /// SQLite refuses at once while another connection is open, proves that, and an exclusive
    /// lock held until the rename keeps newcomers waiting. A newcomer that opened the old file
    /// meanwhile finds its header spoiled once the lock is released ("not a database") and opens
    /// the new file instead (`GraphStore.open`).
    func bulkLoadIntoEmptyStore(
        _ graph: GraphImport, followedBy nextBatch: () throws -> GraphImport.RelationList? = { nil }
    ) throws -> GraphImportResult? {
        guard !database.isReadOnly, Self.canBeReplaced(path), try holdsNoGraph() else { return nil }
        guard (try? database.scalarText("PRAGMA journal_mode = DELETE")) == "delete" else { return nil }
        do {
            try database.execute("PRAGMA locking_mode = EXCLUSIVE")
            try database.execute("BEGIN EXCLUSIVE")
        } catch StoreError.locked {
            try restoreSharedUse(inTransaction: false)
            return nil
        }
        // Another process may have written between the first look and the lock.
        guard try holdsNoGraph() else {
            try restoreSharedUse(inTransaction: true)
            return nil
        }
        let side: SideFile
        let result: GraphImportResult
        let written: RelationTable?
        do {
            side = try SideFile(beside: path)
            do {
                (result, written) = try side.build(graph, followedBy: nextBatch)
                try side.makeDurable()
            } catch {
                side.remove()
                throw error
            }
        } catch {
            try? restoreSharedUse(inTransaction: true)
            throw error
        }
        try replaceFile(with: side)
        importedRelations = try written.map { ImportedRelationTable(table: $0, stamp: try contentStamp()) }
        return result
    }

    /// Whether `path` names a file that a rename can replace (not an in-memory or URI database).
    private static func canBeReplaced(_ path: String) -> Bool {
        !path.isEmpty && path != ":memory:" && !path.hasPrefix("file:")
    }

    /// True when the store has no entities, documents or relations (a new or emptied file).
    private func holdsNoGraph() throws -> Bool {
        try database.scalarInt(
            """
            SELECT NOT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM documents)
               AND NOT EXISTS (SELECT 1 FROM relations)
            """) == 1
    }

    /// Gives the file back to other connections in WAL mode, as before a bulk load was tried.
    private func restoreSharedUse(inTransaction: Bool) throws {
        if inTransaction { try database.execute("ROLLBACK") }
        try database.execute("PRAGMA locking_mode = NORMAL")
        // NORMAL takes effect when the lock is next released: a read does that.
        _ = try database.scalarInt("SELECT count(*) FROM sqlite_master")
        _ = try database.scalarText("PRAGMA journal_mode = WAL")
    }

    /// Renames the built side file over the store's file, spoils the replaced file for anyone
    /// who opened it meanwhile, and reconnects to the new file.
    private func replaceFile(with side: SideFile) throws {
        // Opened before the rename: the descriptor then still reaches the replaced file.
        let replaced = Glibc.open(path, O_WRONLY | O_CLOEXEC)
        guard replaced >= 0 else {
            side.remove()
            try? restoreSharedUse(inTransaction: true)
            throw StoreError.cannotOpen(path: path)
        }
        guard rename(side.path, path) == 0 else {
            close(replaced)
            side.remove()
            try? restoreSharedUse(inTransaction: true)
            throw StoreError.readOnly(path: path)
        }
        Self.syncFolder(of: path)
        // Not a SQLite header: a connection that opened the old file reads "not a database".
        let spoiled = Array("kg: replaced by an import\n".utf8)
        _ = spoiled.withUnsafeBytes { pwrite(replaced, $0.baseAddress, $0.count, 0) }
        // Closing any descriptor of a file drops this process's locks on it (POSIX), SQLite's
        // exclusive lock included: waiting connections go on, to the spoiled header.
        close(replaced)
        side.close()
        try reopen()
    }

    /// Makes a rename in the folder of `path` durable.
    private static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The infix of side files: `kg.sqlite-import-1234` is process 1234's bulk load of kg.sqlite.
    static let sideFileInfix = "-import-"

    /// Removes the side files of bulk loads into `path` that were killed before they finished:
    /// a live bulk load holds its side file locked (`flock`), an abandoned one is not.
    static func removeAbandonedSideFiles(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + sideFileInfix
        for name in entryNames(in: folder, startingWith: prefix) {
            let sidePath = folder + "/" + name
            let descriptor = Glibc.open(sidePath, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(sidePath) }
            close(descriptor)
        }
    }

    /// The names of `folder`'s entries that start with `prefix`, read with `readdir` and their
    /// first bytes compared in place: every open for writing asks, and a store kept in a crowded
    /// folder such as /tmp (tens of thousands of entries) had `contentsOfDirectory` make a string
    /// of each (about 1,100 instructions an entry). An unreadable folder has none.
    static func entryNames(in folder: String, startingWith prefix: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let prefixBytes = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                // d_name ends in a zero byte, which no prefix holds, so a shorter name fails here
                guard prefixBytes.count < raw.count, zip(prefixBytes, raw).allSatisfy({ $0 == $1 }) else { return nil }
                return raw.withMemoryRebound(to: CChar.self) { chars in chars.baseAddress.map { String(cString: $0) } }
            }
            if let name, name.hasPrefix(prefix) { names.append(name) }
        }
        return names
    }
}

/// The file a bulk load builds the new database in, beside the store's file, locked (`flock`)
/// while this process works on it so that other processes know it is not abandoned.
final class SideFile {
    let path: String
    private var descriptor: Int32

    /// Creates `<target>-import-<pid>` with the target's permissions, empty and locked.
    init(beside target: String) throws {
        path = target + GraphStore.sideFileInfix + String(getpid())
        var attempts = 0
        while true {
            unlink(path)  // an earlier bulk load of this process id, killed
            descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw StoreError.cannotOpen(path: target) }
            // Another process's clean-up may remove the file before it is locked: then again.
            if flock(descriptor, LOCK_EX) == 0, GraphStore.fileIdentity(path) == Self.identity(of: descriptor) {
                break
            }
            Glibc.close(descriptor)
            attempts += 1
            if attempts == 3 { throw StoreError.cannotOpen(path: target) }
        }
        var status = stat()
        if stat(target, &status) == 0 { fchmod(descriptor, status.st_mode & 0o777) }
    }

    private static func identity(of descriptor: Int32) -> [UInt64]? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    /// Writes the whole database: kg's schema, then `graph` through the import writer.
    /// Returns what the import did and the relations it wrote, as a `RelationTable` when known.
    func build(
        _ graph: GraphImport, followedBy nextBatch: () throws -> GraphImport.RelationList?
    ) throws
        -> (GraphImportResult, RelationTable?)
    {
        let database = try Database(path: path)
        // Nothing to roll back to: on failure the file is removed. One process, one connection.
        // The CHECK constraints are left out of the inserts: every value comes from a Swift enum
        // (entity type, relation kind) or is NULL, and SQLite 3.40 builds a temporary table per
        // row for each `IN (...)` list of three or more values (a fifth of the relation inserts).
        // Pages of 16 KB instead of 4 KB: a quarter of the pages to split and write, about 0.2 s
        // less of a 1M-edge import (64 KB pages were slower: wider pages to search and move).
        try database.execute(
            """
            PRAGMA page_size = 16384;
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
            PRAGMA cache_size = \(GraphImportWriter.bulkCacheSize); PRAGMA ignore_check_constraints = ON;
            """)
        try GraphStore.createSchema(in: database)
        let writer = try GraphImportWriter(database: database, sourceName: graph.sourceName, collectsRelations: true)
        let result = try database.transaction { try writer.write(graph, followedBy: nextBatch) }
        // The file's header says WAL, as the store's own files do; closing the connection
        // checkpoints the one page this writes and removes the log.
        _ = try database.scalarText("PRAGMA journal_mode = WAL")
        return (result, writer.writtenRelations?.table)
    }

    /// Flushes the file to the disk, so the rename never exposes a half-written file after a
    /// power loss.
    func makeDurable() throws {
        guard fsync(descriptor) == 0 else { throw StoreError.diskFull(path: path) }
    }

    /// Removes the file (a failed build; never after the rename).
    func remove() {
        unlink(path)
        close()
    }

    /// Releases the lock and the descriptor.
    func close() {
        guard descriptor >= 0 else { return }
        Glibc.close(descriptor)
        descriptor = -1
    }

    deinit { close() }
}
