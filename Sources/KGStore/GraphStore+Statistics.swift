/// Counts a user sees in `kg stats` and the shell's `.stats`.
public struct GraphStatistics: Sendable {
    public var documents = 0
    public var sentences = 0
    public var entities = 0
    public var relations = 0
    /// Entities per type, by type name.
    public var entitiesByType: [String: Int] = [:]
    /// Relations per kind (`action`, `role`).
    public var relationsByKind: [String: Int] = [:]
    /// The most frequent actions with their counts, most frequent first.
    public var topActions: [(action: String, count: Int)] = []

    public init() {}
}

extension GraphStore {
    /// Counts of everything in the store, with the `limit` most frequent actions.
    public func statistics(topActions limit: Int = 10) throws -> GraphStatistics {
        var stats = GraphStatistics()
        stats.documents = try database.scalarInt("SELECT count(*) FROM documents") ?? 0
        stats.sentences = try database.scalarInt("SELECT count(*) FROM sentences") ?? 0
        stats.entities = try database.scalarInt("SELECT count(*) FROM entities") ?? 0
        stats.relations = try database.scalarInt("SELECT count(*) FROM relations") ?? 0
        let byType = try database.prepare("SELECT type, count(*) FROM entities GROUP BY type")
        while try byType.step() { stats.entitiesByType[byType.text(0)] = byType.int(1) }
        let byKind = try database.prepare("SELECT kind, count(*) FROM relations GROUP BY kind")
        while try byKind.step() { stats.relationsByKind[byKind.text(0)] = byKind.int(1) }
        let actions = try database.prepare(
            "SELECT action, count(*) AS n FROM relations GROUP BY action ORDER BY n DESC, action LIMIT ?")
        try actions.bind([.int(limit)])
        while try actions.step() { stats.topActions.append((actions.text(0), actions.int(1))) }
        return stats
    }
}
