import KGExtraction
import KGStore

/// Decides whether a statement can run on the neighbourhood of its anchored nodes instead of the
/// whole graph, and finds those anchors.
///
/// ```swift
/// if let scope = try NeighbourhoodScope(statement, parameters: [:], store: store) {
///     graph = try GraphIndex.neighbourhood(of: scope.seeds, radius: scope.radius, in: store)
/// }
/// ```
/// It can when every pattern has a node given by `{name: ...}` or `{id: ...}`, no pattern is a
/// shortest-path search, and every node of a pattern is at most `maximumRadius` hops (counting
/// a walk's upper bound) from one of its pattern's anchors: then every match lies within that
/// many hops of the anchors.
struct NeighbourhoodScope {
    static let maximumRadius = 3

    var seeds: Set<Int>
    var radius: Int

    init?(_ statement: QueryStatement, parameters: [String: QueryValue], store: GraphStore) throws {
        var radius = 0
        var anchors: [Expression] = []
        var ids: [QueryValue] = []
        for match in statement.matches {
            for part in match.patterns {
                if part.shortest != nil { return nil }
                let anchored = part.nodes.indices.filter { index in
                    part.nodes[index].properties.contains { $0.key.name == "name" || $0.key.name == "id" }
                }
                guard !anchored.isEmpty else { return nil }
                // Hops between consecutive nodes: 1, or a walk's upper bound.
                var steps: [Int] = []
                for relationship in part.relationships {
                    guard let length = relationship.length else { steps.append(1); continue }
                    guard let maximum = length.maximum else { return nil }
                    steps.append(maximum)
                }
                var offsets = [0]
                for step in steps { offsets.append((offsets.last ?? 0) + step) }
                for index in part.nodes.indices {
                    let distance = anchored.map { abs(offsets[index] - offsets[$0]) }.min() ?? Int.max
                    radius = max(radius, distance)
                }
                if radius > Self.maximumRadius { return nil }
                for index in anchored {
                    for entry in part.nodes[index].properties {
                        if entry.key.name == "name" { anchors.append(entry.value) }
                        if entry.key.name == "id", let value = Self.constant(entry.value, parameters) { ids.append(value) }
                    }
                }
            }
        }
        var seeds = Set<Int>()
        for value in ids {
            if case let .int(id) = value { seeds.insert(id) }
        }
        let byAlias = try store.database.prepare("SELECT entity_id FROM aliases WHERE key = ?")
        let byName = try store.database.prepare("SELECT id FROM entities WHERE name = ? COLLATE NOCASE")
        for anchor in anchors {
            guard let value = Self.constant(anchor, parameters) else { return nil }
            let names: [String]
            if case let .list(items) = value { names = items.map(\.text) } else { names = [value.text] }
            for name in names {
                try byAlias.bind([.text(AliasKey.lookupKey(name))])
                while try byAlias.step() { seeds.insert(byAlias.int(0)) }
                try byName.bind([.text(name)])
                while try byName.step() { seeds.insert(byName.int(0)) }
            }
        }
        self.seeds = seeds
        self.radius = radius
    }

    /// A literal or parameter's value; nil for anything else (the planner reports it).
    private static func constant(_ expression: Expression, _ parameters: [String: QueryValue]) -> QueryValue? {
        switch expression.kind {
        case let .literal(value): return value
        case let .parameter(name): return parameters[name]
        case let .list(items):
            let values = items.compactMap { constant($0, parameters) }
            return values.count == items.count ? .list(values) : nil
        default: return nil
        }
    }
}
