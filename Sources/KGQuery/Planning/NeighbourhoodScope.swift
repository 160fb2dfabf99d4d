import KGModel
import KGStore

/// Decides whether a statement can run on the neighbourhood of its anchored nodes instead of the
/// whole graph, and finds those anchors.
///
/// ```swift
/// if let scope = try NeighbourhoodScope(statement, parameters: [:], store: store) {
///     graph = try GraphIndex.neighbourhood(of: scope.seeds, radius: scope.radius, in: store)
/// }
/// ```
/// It can when every pattern has a node given by `{name: ...}` or `{id: ...}` or a variable of
/// an earlier pattern, no pattern is a shortest-path search, and every node is at most
/// `maximumRadius` hops (counting a walk's upper bound) from the named nodes: then every match
/// lies within that many hops of them.
struct NeighbourhoodScope {
    static let maximumRadius = 3

    var seeds: Set<Int>
    var radius: Int

    init?(_ statement: QueryStatement, parameters: [String: QueryValue], store: GraphStore) throws {
        // After WITH, patterns start from carried values; keep it simple and use the whole graph.
        guard statement.stages.isEmpty else { return nil }
        var radius = 0
        var anchors: [Expression] = []
        var ids: [QueryValue] = []
        // Hops from the seeds to each variable met so far: a later pattern may start from one.
        var distanceOf: [String: Int] = [:]
        var exactNames: [Expression] = []
        for match in statement.matches {
            let equalities = WhereAnchors.equalities(in: match)
            let pinnedByWhere = Set(equalities.map(\.variable))
            for equality in equalities {
                if equality.key == "name" { exactNames.append(equality.value) }
                if equality.key == "id", let value = Self.constant(equality.value, parameters) { ids.append(value) }
            }
            for part in match.patterns {
                if part.shortest != nil { return nil }
                // Each node that pins the pattern down, with its distance from the seeds.
                var pinned: [(index: Int, distance: Int)] = []
                for (index, node) in part.nodes.enumerated() {
                    if node.properties.contains(where: { $0.key.name == "name" || $0.key.name == "id" })
                        || node.variable.map({ pinnedByWhere.contains($0.name) }) == true
                    {
                        pinned.append((index, 0))
                    } else if let name = node.variable?.name, let known = distanceOf[name] {
                        pinned.append((index, known))
                    }
                }
                guard !pinned.isEmpty else { return nil }
                // Hops between consecutive nodes: 1, or a walk's upper bound.
                var offsets = [0]
                for relationship in part.relationships {
                    var hops = 1
                    if let length = relationship.length {
                        guard let maximum = length.maximum else { return nil }
                        hops = maximum
                    }
                    offsets.append((offsets.last ?? 0) + hops)
                }
                for (index, node) in part.nodes.enumerated() {
                    let distance = pinned.map { $0.distance + abs(offsets[index] - offsets[$0.index]) }.min() ?? Int.max
                    radius = max(radius, distance)
                    if let name = node.variable?.name { distanceOf[name] = min(distanceOf[name] ?? Int.max, distance) }
                }
                if radius > Self.maximumRadius { return nil }
                for node in part.nodes {
                    for entry in node.properties {
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
        for anchor in anchors {
            guard let value = Self.constant(anchor, parameters) else { return nil }
            let names: [String]
            if case let .list(items) = value { names = items.map(\.text) } else { names = [value.text] }
            for name in names {
                // An empty key (a name of punctuation only) is shared by every such name.
                let key = AliasKey.lookupKey(name)
                if !key.isEmpty { seeds.formUnion(try store.entityIDs(withAliasKey: key)) }
                seeds.formUnion(try store.entities(namedIgnoringCase: name).map(\.id))
            }
        }
        for expression in exactNames {
            guard case let .string(name)? = Self.constant(expression, parameters) else { continue }
            for entity in try store.entities(namedIgnoringCase: name) where entity.name == name { seeds.insert(entity.id) }
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
