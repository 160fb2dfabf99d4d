import KGModel

/// A relation row with its evidence: one report of a fact.
public struct StoredRelation: Hashable, Sendable {
    public var id: Int
    public var subjectID: Int
    public var objectID: Int
    public var action: String
    public var cameo: CAMEOCode
    public var kind: RelationKind
    /// File name of the document it came from; nil for imported facts without one.
    public var document: String?
    /// The evidence sentence; nil for imported facts.
    public var sentence: String?
    /// 0...1, two decimals.
    public var confidence: Double
    /// When it happened, `YYYY-MM-DD`, if known.
    public var date: String?
    /// `sentence`, `relative` or `document` (see `FactDateSource`).
    public var dateSource: String?
    /// The document's row id.
    public var documentID: Int?

    public init(
        id: Int, subjectID: Int, objectID: Int, action: String, cameo: CAMEOCode, kind: RelationKind,
        document: String?, sentence: String?, confidence: Double, date: String? = nil,
        dateSource: String? = nil, documentID: Int? = nil
    ) {
        self.documentID = documentID
        self.id = id
        self.subjectID = subjectID
        self.objectID = objectID
        self.action = action
        self.cameo = cameo
        self.kind = kind
        self.document = document
        self.sentence = sentence
        self.confidence = confidence
        self.date = date
        self.dateSource = dateSource
    }
}

/// What exports show about entities besides their name and type.
public struct EntityDetails: Sendable {
    /// Every stored surface form per entity id, sorted.
    public var aliases: [Int: [String]] = [:]
    /// File names of the documents that mention each entity or hold one of its relations, sorted.
    public var documents: [Int: [String]] = [:]

    public init() {}
}

extension GraphStore {
    /// Every entity, ordered by id.
    ///
    /// ```swift
    /// for entity in try store.allEntities() { print(entity.id, entity.name) }
    /// ```
    public func allEntities() throws -> [StoredEntity] {
        let statement = try database.prepare("SELECT id, name, type FROM entities ORDER BY id")
        var entities: [StoredEntity] = []
        while try statement.step() {
            guard let type = EntityType(rawValue: statement.text(2)) else { continue }
            entities.append(StoredEntity(id: statement.int(0), name: statement.text(1), type: type))
        }
        return entities
    }

    /// Every relation with its document, sentence and date, ordered by id.
    ///
    /// ```swift
    /// let reports = try store.relations()
    /// reports.first?.sentence   // "NATO condemned Russia on Monday."
    /// ```
    public func relations() throws -> [StoredRelation] {
        var relations: [StoredRelation] = []
        try forEachRelation { relations.append($0) }
        return relations
    }

    /// Visits every relation, ordered by id, one row at a time: what an export of millions of
    /// relations writes out as it reads, never holding them all.
    ///
    /// ```swift
    /// try store.forEachRelation { relation in print(relation.id, relation.action) }
    /// ```
    public func forEachRelation(_ body: (StoredRelation) throws -> Void) throws {
        let statement = try database.prepare(Self.relationSQL + " ORDER BY r.id")
        while try statement.step() {
            if let relation = Self.relation(from: statement) { try body(relation) }
        }
    }

    static let relationSQL = """
        SELECT r.id, r.subject_id, r.object_id, r.action, r.cameo, r.kind, d.name, s.text,
               r.confidence, r.date, r.date_source, d.id
        FROM relations r
        LEFT JOIN sentences s ON s.id = r.sentence_id
        LEFT JOIN documents d ON d.id = s.document_id
        """

    private static func relation(from statement: Statement) -> StoredRelation? {
        guard let kind = RelationKind(rawValue: statement.text(5)), let cameo = CAMEOCode(rawValue: statement.text(4)) else {
            return nil
        }
        return StoredRelation(
            id: statement.int(0), subjectID: statement.int(1), objectID: statement.int(2),
            action: statement.text(3), cameo: cameo, kind: kind,
            document: statement.optionalText(6),
            // An imported fact with a document but no sentence holds an empty placeholder.
            sentence: statement.optionalText(7).flatMap { $0.isEmpty ? nil : $0 },
            confidence: statement.double(8), date: statement.optionalText(9),
            dateSource: statement.optionalText(10), documentID: statement.isNull(11) ? nil : statement.int(11))
    }

    /// One relation with its evidence and date, or nil.
    ///
    /// ```swift
    /// try store.relation(id: 12)?.date   // "2022-02-21"
    /// ```
    public func relation(id: Int) throws -> StoredRelation? {
        let statement = try cachedStatement(Self.relationSQL + " WHERE r.id = ?")
        try statement.bind([.int(id)])
        defer { statement.reset() }
        return try statement.step() ? Self.relation(from: statement) : nil
    }

    /// A document by id, or nil.
    public func document(id: Int) throws -> StoredDocument? {
        try documents(where: "d.id = ?", [.int(id)]).first
    }

    /// Aliases and document names of the entities `ids` (nil: every entity).
    ///
    /// ```swift
    /// let details = try store.entityDetails(ids: [putin.id])
    /// details.aliases[putin.id]    // ["Putin", "Vladimir Putin"]
    /// details.documents[putin.id]  // ["000_6ce4e57df64789d1.txt", ...]
    /// ```
    public func entityDetails(ids: [Int]?) throws -> EntityDetails {
        var details = EntityDetails()
        let aliasSQL = Self.aliasSQL
        let documentSQL = Self.entityDocumentSQL
        // Bound in chunks: SQLite limits the number of parameters in one statement.
        let chunks: [[Int]?] =
            ids.map { ids in
                stride(from: 0, to: ids.count, by: 500).map { Array(ids[$0..<min($0 + 500, ids.count)]) }
            } ?? [nil]
        for chunk in chunks {
            let filter = chunk.map { " WHERE entity_id IN (" + Array(repeating: "?", count: $0.count).joined(separator: ",") + ")" } ?? ""
            let bindings = (chunk ?? []).map { SQLValue.int($0) }
            let aliasQuery = try database.prepare(aliasSQL + filter)
            try aliasQuery.bind(bindings)
            while try aliasQuery.step() { details.aliases[aliasQuery.int(0), default: []].append(aliasQuery.text(1)) }
            let documentQuery = try database.prepare(documentSQL + filter)
            try documentQuery.bind(bindings)
            while try documentQuery.step() {
                details.documents[documentQuery.int(0), default: []].append(documentQuery.text(1))
            }
        }
        details.aliases = details.aliases.mapValues { $0.sorted() }
        details.documents = details.documents.mapValues { $0.sorted() }
        return details
    }

    private static let aliasSQL = "SELECT entity_id, surface FROM aliases"
    /// Each entity's documents: those mentioning it and those holding one of its relations.
    private static let entityDocumentSQL = """
        SELECT entity_id, name FROM (
            SELECT m.entity_id AS entity_id, d.name AS name FROM mentions m
            JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.document_id
            UNION
            SELECT r.subject_id, d.name FROM relations r
            JOIN sentences s ON s.id = r.sentence_id JOIN documents d ON d.id = s.document_id
            UNION
            SELECT r.object_id, d.name FROM relations r
            JOIN sentences s ON s.id = r.sentence_id JOIN documents d ON d.id = s.document_id)
        """

    /// Visits every entity, ordered by id, with its aliases and documents (each sorted, as
    /// `entityDetails` gives them), one entity at a time.
    ///
    /// ```swift
    /// try store.forEachEntityWithDetails { entity, aliases, documents in print(entity.name, aliases) }
    /// ```
    /// Three cursors sorted by entity id are walked side by side, so memory stays flat however
    /// many entities there are (SQLite sorts the document list in its temporary storage).
    public func forEachEntityWithDetails(
        _ body: (_ entity: StoredEntity, _ aliases: [String], _ documents: [String]) throws -> Void
    ) throws {
        let entities = try database.prepare("SELECT id, name, type FROM entities ORDER BY id")
        let aliases = try database.prepare(Self.aliasSQL + " ORDER BY entity_id")
        let documents = try database.prepare(Self.entityDocumentSQL + " ORDER BY entity_id")
        var aliasRow = try aliases.step(), documentRow = try documents.step()
        while try entities.step() {
            let id = entities.int(0)
            var entityAliases: [String] = [], entityDocuments: [String] = []
            // Rows of entities before this one belong to none (a type kg no longer reads): skipped.
            while aliasRow, aliases.int(0) <= id {
                if aliases.int(0) == id { entityAliases.append(aliases.text(1)) }
                aliasRow = try aliases.step()
            }
            while documentRow, documents.int(0) <= id {
                if documents.int(0) == id { entityDocuments.append(documents.text(1)) }
                documentRow = try documents.step()
            }
            guard let type = EntityType(rawValue: entities.text(2)) else { continue }
            try body(StoredEntity(id: id, name: entities.text(1), type: type), entityAliases.sorted(), entityDocuments.sorted())
        }
    }

    /// How many entities the graph holds.
    public func entityCount() throws -> Int {
        try database.scalarInt("SELECT count(*) FROM entities") ?? 0
    }
}

/// Every relation's date, read in one pass: what a query filtering or grouping the whole graph by
/// date needs, without a lookup per edge.
///
/// ```swift
/// let dates = try store.relationDates()
/// dates.date(ofRelation: 12)   // "2022-02-21"
/// ```
public struct RelationDates: Sendable {
    /// Relation ids, ascending.
    var ids: [Int] = []
    /// Per id, an index into `values`, or -1 when the relation has no date.
    var indices: [Int32] = []
    /// The distinct dates: a few thousand days for millions of relations.
    var values: [String] = []

    /// The date of relation `id`, or nil when it has none or is not there.
    public func date(ofRelation id: Int) -> String? {
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        guard low < ids.count, ids[low] == id, indices[low] >= 0 else { return nil }
        return values[Int(indices[low])]
    }
}

extension GraphStore {
    /// Every relation's date, in one scan of the relations table.
    public func relationDates() throws -> RelationDates {
        var dates = RelationDates()
        var positions: [String: Int32] = [:]
        let statement = try database.prepare("SELECT id, date FROM relations ORDER BY id")
        while try statement.step() {
            dates.ids.append(statement.int(0))
            guard let date = statement.optionalText(1) else {
                dates.indices.append(-1)
                continue
            }
            if let known = positions[date] {
                dates.indices.append(known)
            } else {
                let position = Int32(dates.values.count)
                positions[date] = position
                dates.values.append(date)
                dates.indices.append(position)
            }
        }
        return dates
    }
}
