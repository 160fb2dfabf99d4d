/// The nodes a variable-length pattern can end on, found breadth-first with one visited mark per
/// node instead of enumerating every trail: what `(a)-[*1..3]->(b) RETURN count(DISTINCT b)`
/// needs, in time linear in the edges within reach (Neo4j's pruning var-length expand).
///
/// ```swift
/// let search = ReachabilitySearch(graph: graph)
/// let ends = try search.ends(from: start, direction: .outgoing, minimum: 1, maximum: 3, edges: .all)
/// ```
/// Exact for trails (no edge twice) when `minimum` is 0 or 1: a node at distance d is reached by
/// a shortest walk, which repeats no edge. The start itself counts at length >= 1 only when a
/// cycle returns to it; a directed cycle can be found while searching, an undirected one cannot
/// (a walk back along the edge it came by is no trail), so `.both` needs `minimum == 0`.
final class ReachabilitySearch {
    /// Which edges the search may follow.
    enum EdgeSelection {
        case all
        /// Edges whose action index is marked true.
        case actions([Bool])
        /// Edges the closure accepts (relationship properties need the evaluator).
        case checked((Int32) throws -> Bool)
    }

    let graph: GraphIndex
    /// `stamp[n] == generation` marks node n as reached in the current search.
    private var stamp: [UInt32]
    private var generation: UInt32 = 0
    /// Polled every few thousand nodes.
    private let tick: () throws -> Void

    init(graph: GraphIndex, tick: @escaping () throws -> Void = {}) {
        self.graph = graph
        self.tick = tick
        stamp = []
    }

    static func isExact(minimum: Int, direction: TraversalDirection) -> Bool {
        minimum == 0 || (minimum == 1 && direction != .both)
    }

    /// Every node at the end of a trail of `minimum...maximum` accepted edges from `start`, in
    /// node order, each once.
    func ends(from start: Int32, direction: TraversalDirection, minimum: Int, maximum: Int,
              edges selection: EdgeSelection) throws -> [Int32] {
        if stamp.count != graph.nodeCount { stamp = [UInt32](repeating: 0, count: graph.nodeCount) }
        generation &+= 1
        if generation == 0 {
            for index in stamp.indices { stamp[index] = 0 }
            generation = 1
        }
        let mark = generation
        var reached: [Int32] = []
        var startReturns = minimum == 0
        stamp[Int(start)] = mark
        var frontier: [Int32] = [start]
        var next: [Int32] = []
        var depth = 0
        var visitedNodes = 0
        try graph.outgoingStart.withUnsafeBufferPointer { outStart in
        try graph.outgoingEdges.withUnsafeBufferPointer { outEdges in
        try graph.incomingStart.withUnsafeBufferPointer { inStart in
        try graph.incomingEdges.withUnsafeBufferPointer { inEdges in
        try graph.edgeTarget.withUnsafeBufferPointer { targets in
        try graph.edgeSource.withUnsafeBufferPointer { sources in
        try graph.edgeAction.withUnsafeBufferPointer { actions in
        try stamp.withUnsafeMutableBufferPointer { stamp in
            @inline(__always)
            func accepted(_ edge: Int32) throws -> Bool {
                switch selection {
                case .all: return true
                case let .actions(mask): return mask[Int(actions[Int(edge)])]
                case let .checked(accepts): return try accepts(edge)
                }
            }
            @inline(__always)
            func visit(_ other: Int32) {
                if other == start {
                    startReturns = true
                } else if stamp[Int(other)] != mark {
                    stamp[Int(other)] = mark
                    next.append(other)
                    reached.append(other)
                }
            }
            while depth < maximum && !frontier.isEmpty {
                depth += 1
                for node in frontier {
                    visitedNodes += 1
                    if visitedNodes & 0xfff == 0 { try tick() }
                    let n = Int(node)
                    if direction != .incoming {
                        for index in Int(outStart[n])..<Int(outStart[n + 1]) {
                            let edge = outEdges[index]
                            if try accepted(edge) { visit(targets[Int(edge)]) }
                        }
                    }
                    if direction != .outgoing {
                        for index in Int(inStart[n])..<Int(inStart[n + 1]) {
                            let edge = inEdges[index]
                            let source = sources[Int(edge)]
                            // Undirected: a self-loop was met as an outgoing edge already.
                            if direction == .both && source == node { continue }
                            if try accepted(edge) { visit(source) }
                        }
                    }
                }
                swap(&frontier, &next)
                next.removeAll(keepingCapacity: true)
            }
        }
        }
        }
        }
        }
        }
        }
        }
        if startReturns { reached.append(start) }
        reached.sort()
        return reached
    }
}
