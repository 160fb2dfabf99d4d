import KGModel

/// Counts a user sees in `kg stats` and the shell's `.stats`.
public struct GraphStatistics: Sendable {
    public var documents = 0
    public var sentences = 0
    public var mentions = 0
    public var entities = 0
    /// Reports: relation rows, one per sentence stating something.
    public var relations = 0
    /// Facts: distinct (subject, action, object) among the reports.
    public var facts = 0
    /// Entities per type, by type name; every type is present, zero when absent.
    public var entitiesByType: [String: Int] = [:]
    /// Relations per kind (`action`, `role`); both present, zero when absent.
    public var relationsByKind: [String: Int] = [:]
    /// The most frequent actions (kind `action`) with their counts, most frequent first.
    public var topActions: [(action: String, count: Int)] = []
    /// The most frequent roles (kind `role`) with their counts, most frequent first.
    public var topRoles: [(action: String, count: Int)] = []

    public init() {}
}

/// The two counts a summary line shows: entities and relations (reports).
public struct GraphTotals: Sendable, Equatable {
    public var entities = 0
    public var relations = 0

    public init(entities: Int = 0, relations: Int = 0) {
        self.entities = entities
        self.relations = relations
    }
}

extension GraphStore {
    /// How many entities and relations the store holds: `statistics`' two counts an ingest's
    /// summary shows, without the others (its count of the `facts` view groups every relation:
    /// about 320 M instructions for a graph of 23,000 relations, once a whole ingest's writing).
    ///
    /// ```swift
    /// let totals = try store.totals()
    /// print("\(totals.entities) entities, \(totals.relations) relations")
    /// ```
    public func totals() throws -> GraphTotals {
        GraphTotals(
            entities: try database.scalarInt("SELECT count(*) FROM entities") ?? 0,
            relations: try database.scalarInt("SELECT count(*) FROM relations") ?? 0)
    }

    /// Counts of everything in the store, with the `limit` most frequent actions and roles.
    ///
    /// ```swift
    /// let stats = try store.statistics(topActions: 5)
    /// stats.entitiesByType["person"]  // 12
    /// stats.topActions.first          // ("condemn", 8)
    /// ```
    public func statistics(topActions limit: Int = 10) throws -> GraphStatistics {
        var stats = GraphStatistics()
        stats.documents = try database.scalarInt("SELECT count(*) FROM documents") ?? 0
        stats.sentences = try database.scalarInt("SELECT count(*) FROM sentences") ?? 0
        stats.mentions = try database.scalarInt("SELECT count(*) FROM mentions") ?? 0
        let totals = try totals()
        stats.entities = totals.entities
        stats.relations = totals.relations
        stats.facts = try database.scalarInt("SELECT count(*) FROM facts") ?? 0
        for type in EntityType.allCases { stats.entitiesByType[type.rawValue] = 0 }
        for kind in RelationKind.allCases { stats.relationsByKind[kind.rawValue] = 0 }
        let byType = try database.prepare("SELECT type, count(*) FROM entities GROUP BY type")
        while try byType.step() { stats.entitiesByType[byType.text(0)] = byType.int(1) }
        let byKind = try database.prepare("SELECT kind, count(*) FROM relations GROUP BY kind")
        while try byKind.step() { stats.relationsByKind[byKind.text(0)] = byKind.int(1) }
        let actions = try database.prepare(
            """
            SELECT action, count(*) AS n FROM relations WHERE kind = ?
            GROUP BY action ORDER BY n DESC, action LIMIT ?
            """)
        try actions.bind([.text(RelationKind.action.rawValue), .int(limit)])
        while try actions.step() { stats.topActions.append((actions.text(0), actions.int(1))) }
        try actions.bind([.text(RelationKind.role.rawValue), .int(limit)])
        while try actions.step() { stats.topRoles.append((actions.text(0), actions.int(1))) }
        return stats
    }
}
