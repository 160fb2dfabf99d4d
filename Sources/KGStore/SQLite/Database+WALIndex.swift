import CSQLite
import Foundation

/// The header of the connection's write-ahead-log index (the `-shm` file SQLite maps into
/// memory), read without a transaction: a cheap way to learn that no one has committed.
///
/// ```swift
/// let before = database.walIndexHeader()
/// // ... later: the same bytes mean no connection, in any process, has committed since.
/// if let before, database.walIndexHeaderMatches(before) { ... }
/// ```
/// Every commit in WAL mode rewrites this header (its frame count, checksums and change counter),
/// and SQLite itself decides whether a reader's cache is stale by comparing it: this is the test
/// `PRAGMA data_version` rests on, without the read transaction (two `fcntl` locks and an
/// `fstat` per statement) that asking SQLite costs.
/// See <https://www.sqlite.org/walformat.html#the_wal_index_header>.
///
/// Only while the connection is in WAL mode with normal locking does SQLite keep that mapping;
/// a statement that could change either (`journal_mode`, `locking_mode`) disarms it until the
/// next `armWALIndex()` has checked both again.
extension Database {
    /// Both copies of the 48-byte header SQLite keeps at the start of the index.
    static let walIndexHeaderBytes = 96

    /// The header's bytes now, or nil when the connection is not known to be in WAL mode (then
    /// callers ask SQLite instead).
    func walIndexHeader() -> [UInt8]? {
        guard let walIndex, walIndex.settingsChanges == settingsChanges, let region = walIndex.region else { return nil }
        // SQLite writes the second copy, then the first; a read torn by a commit differs from
        // what was saved before it, so the caller asks SQLite.
        return [UInt8](UnsafeRawBufferPointer(start: UnsafeRawPointer(region), count: Self.walIndexHeaderBytes))
    }

    /// True when the header's bytes are `saved` (false when the index is not armed).
    func walIndexHeaderMatches(_ saved: [UInt8]) -> Bool {
        guard let walIndex, walIndex.settingsChanges == settingsChanges, let region = walIndex.region,
            saved.count == Self.walIndexHeaderBytes
        else { return false }
        return saved.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memcmp(base, region, Self.walIndexHeaderBytes) == 0
        }
    }

    /// Finds the mapped index when the connection is in WAL mode with normal locking (asked of
    /// SQLite once per change of settings, found or not); afterwards `walIndexHeader()` reads it.
    func armWALIndex() {
        guard walIndex?.settingsChanges != settingsChanges else { return }
        defer { if walIndex == nil { walIndex = WALIndex(region: nil, settingsChanges: settingsChanges) } }
        walIndex = nil
        guard (try? scalarText("PRAGMA journal_mode"))?.lowercased() == "wal",
            (try? scalarText("PRAGMA locking_mode"))?.lowercased() == "normal",
            // Reading the schema version runs a read transaction, which maps the index.
            (try? scalarInt("PRAGMA schema_version")) != nil
        else { return }
        var file: UnsafeMutablePointer<sqlite3_file>?
        guard sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK,
            let file, let methods = file.pointee.pMethods, methods.pointee.iVersion >= 2,
            let map = methods.pointee.xShmMap
        else { return }
        var region: UnsafeMutableRawPointer?
        // Region 0 is already mapped (the read above): not extending it only returns its address.
        guard map(file, 0, 32_768, 0, &region) == SQLITE_OK, let region else { return }
        walIndex = WALIndex(region: region, settingsChanges: settingsChanges)
    }

    /// Whether `sql` may change the journal or locking mode, which unmaps or moves the index.
    static func changesJournalSettings(_ sql: String) -> Bool {
        let lowered = sql.lowercased()
        return lowered.contains("journal_mode") || lowered.contains("locking_mode")
    }
}

/// Where the connection's WAL index is mapped (nil: not in WAL mode with normal locking), as
/// found while `settingsChanges` was the connection's count of statements that could change
/// its journal settings; stale once that count moves on.
struct WALIndex {
    let region: UnsafeMutableRawPointer?
    let settingsChanges: Int
}
