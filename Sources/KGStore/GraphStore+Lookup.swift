import KGModel

/// An entity row: a node of the graph.
public struct StoredEntity: Hashable, Sendable {
    public var id: Int
    /// The canonical name: the most complete form seen.
    public var name: String
    public var type: EntityType

    public init(id: Int, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// A document row with the number of its sentences.
public struct StoredDocument: Hashable, Sendable {
    public var id: Int
    /// Absolute path of the file it was read from.
    public var path: String
    /// File name.
    public var name: String
    public var title: String?
    /// SHA-256 of the file's bytes, hex.
    public var contentHash: String
    /// Bytes.
    public var size: Int
    /// ISO 8601, UTC.
    public var ingestedAt: String
    public var sentenceCount: Int
    /// Publication date, `YYYY-MM-DD`, when the document gives one.
    public var date: String?
    /// Where the date was found (`metadata`, `dateline`, `date line`, `file name`), `none`, or nil
    /// for documents stored before dates were looked for.
    public var dateSource: String?

    public init(
        id: Int, path: String, name: String, title: String?, contentHash: String, size: Int,
        ingestedAt: String, sentenceCount: Int, date: String? = nil, dateSource: String? = nil
    ) {
        self.date = date
        self.dateSource = dateSource
        self.id = id
        self.path = path
        self.name = name
        self.title = title
        self.contentHash = contentHash
        self.size = size
        self.ingestedAt = ingestedAt
        self.sentenceCount = sentenceCount
    }
}

/// An action (or role) and how many relations carry it.
public struct ActionCount: Hashable, Sendable {
    public var action: String
    public var kind: RelationKind
    public var count: Int

    public init(action: String, kind: RelationKind, count: Int) {
        self.action = action
        self.kind = kind
        self.count = count
    }
}

extension GraphStore {
    /// Entities that `name` names: any alias with the same `AliasKey.lookupKey`, so case,
    /// punctuation and a leading "the" do not matter.
    ///
    /// ```swift
    /// try store.entities(named: "the kremlin's")        // [Kremlin]
    /// try store.entities(named: "Putin", type: .person) // [Vladimir Putin]
    /// ```
    /// When no alias matches and `name` is one word, persons whose full name ends in that word
    /// are returned, so a bare surname finds the person. Ordered by id; uses `aliases_by_key`.
    public func entities(named name: String, type: EntityType? = nil) throws -> [StoredEntity] {
        let key = AliasKey.lookupKey(name)
        guard !key.isEmpty else { return [] }
        let typeFilter = type == nil ? "" : " AND e.type = ?2"
        var bindings: [SQLValue] = [.text(key)]
        if let type { bindings.append(.text(type.rawValue)) }
        let byAlias = try entityRows(
            """
            SELECT DISTINCT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ?1\(typeFilter) ORDER BY e.id
            """, bindings)
        guard byAlias.isEmpty, !key.contains(" "), type == nil || type == .person else { return byAlias }
        return try entityRows(
            """
            SELECT e.id, e.name, e.type FROM person_surnames s JOIN entities e ON e.id = s.entity_id
            WHERE s.key = ?1 ORDER BY e.id
            """, [.text(key)])
    }

    /// The entity with row id `id`, or nil.
    public func entity(id: Int) throws -> StoredEntity? {
        try entityRows("SELECT id, name, type FROM entities WHERE id = ?", [.int(id)]).first
    }

    /// Every surface form recorded for the entity `id`, sorted.
    public func aliases(ofEntity id: Int) throws -> [String] {
        let statement = try database.prepare(
            "SELECT surface FROM aliases WHERE entity_id = ? ORDER BY surface COLLATE NOCASE, surface")
        try statement.bind([.int(id)])
        var surfaces: [String] = []
        while try statement.step() { surfaces.append(statement.text(0)) }
        return surfaces
    }

    /// Entities of one type (or all), whose name matches `pattern`, sorted by name.
    ///
    /// ```swift
    /// try store.entities(type: .country)                 // every country
    /// try store.entities(matching: "put")                // names containing "put", any case
    /// try store.entities(type: .person, matching: "V%")  // SQL LIKE: names starting with V
    /// ```
    /// `pattern` is a SQL `LIKE` pattern (`%` any run, `_` one character, ASCII case ignored);
    /// without either wildcard it matches anywhere in the name.
    public func entities(
        type: EntityType? = nil, matching pattern: String? = nil,
        limit: Int? = nil
    ) throws -> [StoredEntity] {
        var conditions: [String] = []
        var bindings: [SQLValue] = []
        if let type {
            bindings.append(.text(type.rawValue))
            conditions.append("type = ?\(bindings.count)")
        }
        if let pattern, !pattern.isEmpty {
            let like = pattern.contains("%") || pattern.contains("_") ? pattern : "%\(pattern)%"
            bindings.append(.text(like))
            conditions.append("name LIKE ?\(bindings.count)")
        }
        var sql = "SELECT id, name, type FROM entities"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY name COLLATE NOCASE, id"
        if let limit {
            bindings.append(.int(limit))
            sql += " LIMIT ?\(bindings.count)"
        }
        return try entityRows(sql, bindings)
    }

    /// Distinct actions (and roles) with the number of relations carrying each, most frequent
    /// first.
    ///
    /// ```swift
    /// try store.actions(kind: .action).first  // ActionCount(action: "condemn", kind: .action, count: 12)
    /// ```
    public func actions(kind: RelationKind? = nil) throws -> [ActionCount] {
        let filter = kind == nil ? "" : " WHERE kind = ?"
        let statement = try database.prepare(
            """
            SELECT action, kind, count(*) AS n FROM relations\(filter)
            GROUP BY action, kind ORDER BY n DESC, action, kind
            """)
        try statement.bind(kind.map { [.text($0.rawValue)] } ?? [])
        var counts: [ActionCount] = []
        while try statement.step() {
            guard let kind = RelationKind(rawValue: statement.text(1)) else { continue }
            counts.append(ActionCount(action: statement.text(0), kind: kind, count: statement.int(2)))
        }
        return counts
    }

    /// Every ingested document, sorted by path.
    public func documents() throws -> [StoredDocument] {
        try documents(where: nil, [])
    }

    func documents(where condition: String?, _ bindings: [SQLValue]) throws -> [StoredDocument] {
        let statement = try database.prepare(
            """
            SELECT d.id, d.path, d.name, d.title, d.content_hash, d.size, d.ingested_at,
                   (SELECT count(*) FROM sentences s WHERE s.document_id = d.id), d.date, d.date_source
            FROM documents d\(condition.map { " WHERE " + $0 } ?? "") ORDER BY d.path
            """)
        try statement.bind(bindings)
        var documents: [StoredDocument] = []
        while try statement.step() {
            documents.append(
                StoredDocument(
                    id: statement.int(0), path: statement.text(1), name: statement.text(2),
                    title: statement.optionalText(3), contentHash: statement.text(4), size: statement.int(5),
                    ingestedAt: statement.text(6), sentenceCount: statement.int(7),
                    date: statement.optionalText(8), dateSource: statement.optionalText(9)))
        }
        return documents
    }

    private func entityRows(_ sql: String, _ bindings: [SQLValue]) throws -> [StoredEntity] {
        let statement = try database.prepare(sql)
        try statement.bind(bindings)
        var entities: [StoredEntity] = []
        while try statement.step() {
            guard let type = EntityType(rawValue: statement.text(2)) else { continue }
            entities.append(StoredEntity(id: statement.int(0), name: statement.text(1), type: type))
        }
        return entities
    }
}
