import CSQLite
import KGModel

/// One relation as the query engine's graph index needs it.
public struct RelationRecord: Sendable {
    public var id: Int
    public var subject: Int
    public var object: Int
    public var action: String
    public var cameo: CAMEOCode
    public var isRole: Bool
    /// The evidence sentence's id, or -1 for imported facts.
    public var sentence: Int
    public var confidence: Double
}

/// What changes when anyone writes the store: SQLite's data version counts other connections'
/// commits, `total_changes()` this connection's own writes (which data_version ignores).
///
/// See <https://www.sqlite.org/pragma.html#pragma_data_version>.
public struct StoreFingerprint: Equatable, Sendable {
    public var dataVersion: Int
    public var ownChanges: Int
}

/// A fingerprint read through SQL and what it was read under: the connection, its WAL index
/// header and its own change count. While all three are unchanged, so is the fingerprint.
struct FingerprintWatch {
    /// Weak: a bulk import's `reopen` replaces the connection, which must then close.
    weak var connection: Database?
    let walIndexHeader: [UInt8]
    let totalChanges: Int64
    let fingerprint: StoreFingerprint
}

extension GraphStore {
    /// Calls `body` with every entity's id, name and type, in id order.
    ///
    /// ```swift
    /// try store.forEachEntity { id, name, type in names[id] = name }
    /// ```
    public func forEachEntity(_ body: (Int, String, String) throws -> Void) throws {
        let entities = try database.prepare("SELECT id, name, type FROM entities ORDER BY id")
        while try entities.step() { try body(entities.int(0), entities.text(1), entities.text(2)) }
    }

    /// Calls `body` with every relation, in id order (the graph index's edge order); a row whose
    /// CAMEO code kg does not know (written by another program) is left out.
    ///
    /// ```swift
    /// try store.forEachRelation { relation in edges.append(relation) }
    /// ```
    public func forEachRelation(_ body: (RelationRecord) throws -> Void) throws {
        let relations = try database.prepare("SELECT \(Self.relationRecordColumns) FROM relations ORDER BY id")
        while try relations.step() {
            if let record = Self.relationRecord(relations) { try body(record) }
        }
    }

    /// The relations with `entity` as subject or object (through the relation indexes).
    public func relations(touching entity: Int) throws -> [RelationRecord] {
        var found: [RelationRecord] = []
        for end in ["subject_id", "object_id"] {
            let statement = try cachedStatement("SELECT \(Self.relationRecordColumns) FROM relations WHERE \(end) = ?")
            try statement.bind([.int(entity)])
            while try statement.step() {
                if let record = Self.relationRecord(statement) { found.append(record) }
            }
        }
        return found
    }

    /// How many relations have `entity` as subject or object (a self-loop twice), counted in
    /// the relation indexes without reading the rows: a hub's 19,000 rows cost 19,000 page
    /// reads, their index entries a few hundred.
    ///
    /// ```swift
    /// if try store.relationCount(touching: russia) > 20_000 { ... }
    /// ```
    public func relationCount(touching entity: Int) throws -> Int {
        let statement = try cachedStatement(
            "SELECT (SELECT count(*) FROM relations WHERE subject_id = ?1) + (SELECT count(*) FROM relations WHERE object_id = ?1)")
        try statement.bind([.int(entity)])
        defer { statement.reset() }
        return try statement.step() ? statement.int(0) : 0
    }

    /// The entity with id `id`, as stored.
    public func entityRecord(id: Int) throws -> (id: Int, name: String, type: String)? {
        let statement = try cachedStatement("SELECT id, name, type FROM entities WHERE id = ?")
        try statement.bind([.int(id)])
        defer { statement.reset() }
        return try statement.step() ? (statement.int(0), statement.text(1), statement.text(2)) : nil
    }

    /// Entities with an alias whose lookup key (`AliasKey.lookupKey`) is `key`.
    public func entityIDs(withAliasKey key: String) throws -> [Int] {
        let statement = try cachedStatement("SELECT entity_id FROM aliases WHERE key = ?")
        try statement.bind([.text(key)])
        var ids: [Int] = []
        while try statement.step() { ids.append(statement.int(0)) }
        return ids
    }

    /// Entities whose canonical name is `name` ignoring case (through the name index), with
    /// their names as stored, for callers that want the exact case.
    public func entities(namedIgnoringCase name: String) throws -> [(id: Int, name: String)] {
        let statement = try cachedStatement("SELECT id, name FROM entities WHERE name = ? COLLATE NOCASE")
        try statement.bind([.text(name)])
        var found: [(id: Int, name: String)] = []
        while try statement.step() { found.append((statement.int(0), statement.text(1))) }
        return found
    }

    /// Every alias as written, each once.
    public func aliasSurfaces() throws -> [String] {
        let statement = try database.prepare("SELECT DISTINCT surface FROM aliases")
        var surfaces: [String] = []
        while try statement.step() { surfaces.append(statement.text(0)) }
        return surfaces
    }

    /// The store's current fingerprint: equal fingerprints mean no one wrote in between.
    /// Asked before every query. Both values come from one statement compiled once (the
    /// pragma's table-valued form) and reset at once, holding no read transaction open; and
    /// while the WAL index's header and this connection's change count are what they were when
    /// it last ran, nothing was committed since, so its answer stands without asking SQLite
    /// (see `Database+WALIndex.swift`).
    ///
    /// ```swift
    /// let before = try store.fingerprint()
    /// if try store.fingerprint() != before { reload() }
    /// ```
    public func fingerprint() throws -> StoreFingerprint {
        let totalChanges = sqlite3_total_changes64(database.handle)
        if let watch = fingerprintWatch, watch.connection === database, watch.totalChanges == totalChanges,
            database.walIndexHeaderMatches(watch.walIndexHeader)
        {
            return watch.fingerprint
        }
        database.armWALIndex()
        // Read before the statement: a commit in between then makes the next call ask again.
        let header = database.walIndexHeader()
        let statement = try cachedStatement("SELECT data_version, total_changes() FROM pragma_data_version")
        defer { statement.reset() }
        let fingerprint =
            try statement.step()
            ? StoreFingerprint(dataVersion: statement.int(0), ownChanges: statement.int(1))
            : StoreFingerprint(dataVersion: 0, ownChanges: 0)
        fingerprintWatch = header.map {
            FingerprintWatch(connection: database, walIndexHeader: $0, totalChanges: totalChanges, fingerprint: fingerprint)
        }
        return fingerprint
    }

    static let relationRecordColumns = "id, subject_id, object_id, action, cameo, kind, sentence_id, confidence"

    /// The record of a row, or nil when its CAMEO code is none kg writes.
    static func relationRecord(_ row: Statement) -> RelationRecord? {
        guard let cameo = CAMEOCode(rawValue: row.text(4)) else { return nil }
        return RelationRecord(
            id: row.int(0), subject: row.int(1), object: row.int(2), action: row.text(3),
            cameo: cameo, isRole: row.text(5) == RelationKind.role.rawValue,
            sentence: row.isNull(6) ? -1 : row.int(6), confidence: row.double(7))
    }

    /// A statement compiled once per store and reused: lookups run once per name or node.
    func cachedStatement(_ sql: String) throws -> Statement {
        if let known = statementCache[sql] { return known }
        let statement = try database.prepare(sql)
        statementCache[sql] = statement
        return statement
    }
}
