/// A walk through the graph in pattern order: `nodes.count == edges.count + 1`.
struct Walk: Sendable, Hashable {
    var nodes: [Int32]
    var edges: [Int32]

    var reversed: Walk { Walk(nodes: nodes.reversed(), edges: edges.reversed()) }
}

/// What one slot of a row holds while matching.
enum Binding: Sendable {
    case unbound
    case node(Int32)
    case edge(Int32)
    case walk(Walk)
    case path(Walk)
    /// A value carried through WITH.
    case value(QueryValue)
}

/// One partial or complete match: a binding per slot.
typealias Row = [Binding]
