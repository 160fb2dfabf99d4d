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
    private var stamp: [UInt32] = []
    private var generation: UInt32 = 0
    /// Polled every few thousand nodes.
    private let tick: () throws -> Void

    init(graph: GraphIndex, tick: @escaping () throws -> Void = {}) {
        self.graph = graph
        self.tick = tick
    }

    static func isExact(minimum: Int, direction: TraversalDirection) -> Bool {
        minimum == 0 || (minimum == 1 && direction != .both)
    }

    /// Every node at the end of a trail of `minimum...maximum` accepted edges from `start`, in
    /// node order, each once.
    func ends(
        from start: Int32, direction: TraversalDirection, minimum: Int, maximum: Int,
        edges selection: EdgeSelection
    ) throws -> [Int32] {
        if stamp.count != graph.nodeCount { stamp = [UInt32](repeating: 0, count: graph.nodeCount) }
        generation &+= 1
        if generation == 0 {
            for index in stamp.indices { stamp[index] = 0 }
            generation = 1
        }
        let mark = generation
        var mask: [Bool] = []
        var check: ((Int32) throws -> Bool)?
        switch selection {
        case .all: break
        case let .actions(marked): mask = marked
        case let .checked(accepts): check = accepts
        }
        // Reached nodes in breadth-first order; each level is a slice of it.
        var reached: [Int32] = [start]
        var startReturns = minimum == 0
        stamp[Int(start)] = mark
        var levelStart = 0
        var depth = 0
        try graph.outgoingStart.withUnsafeBufferPointer { outStart in
            try graph.outgoingEdges.withUnsafeBufferPointer { outEdges in
                try graph.incomingStart.withUnsafeBufferPointer { inStart in
                    try graph.incomingEdges.withUnsafeBufferPointer { inEdges in
                        try graph.edgeTarget.withUnsafeBufferPointer { targets in
                            try graph.edgeSource.withUnsafeBufferPointer { sources in
                                try graph.edgeAction.withUnsafeBufferPointer { actions in
                                    try mask.withUnsafeBufferPointer { mask in
                                        try stamp.withUnsafeMutableBufferPointer { stamp in
                                            let filtered = !mask.isEmpty
                                            while depth < maximum && levelStart < reached.count {
                                                depth += 1
                                                let levelEnd = reached.count
                                                var position = levelStart
                                                while position < levelEnd {
                                                    let node = reached[position]
                                                    position += 1
                                                    if position & 0xfff == 0 { try tick() }
                                                    let n = Int(node)
                                                    if direction != .incoming {
                                                        var index = Int(outStart[n])
                                                        let end = Int(outStart[n + 1])
                                                        while index < end {
                                                            let edge = Int(outEdges[index])
                                                            index += 1
                                                            if filtered { if !mask[Int(actions[edge])] { continue } } else if let check, try !check(Int32(edge)) { continue }
                                                            let other = targets[edge]
                                                            if other == start {
                                                                startReturns = true
                                                            } else if stamp[Int(other)] != mark {
                                                                stamp[Int(other)] = mark
                                                                reached.append(other)
                                                            }
                                                        }
                                                    }
                                                    if direction != .outgoing {
                                                        var index = Int(inStart[n])
                                                        let end = Int(inStart[n + 1])
                                                        while index < end {
                                                            let edge = Int(inEdges[index])
                                                            index += 1
                                                            let other = sources[edge]
                                                            // Undirected: a self-loop was met as an outgoing edge already.
                                                            if direction == .both && other == node { continue }
                                                            if filtered { if !mask[Int(actions[edge])] { continue } } else if let check, try !check(Int32(edge)) { continue }
                                                            if other == start {
                                                                startReturns = true
                                                            } else if stamp[Int(other)] != mark {
                                                                stamp[Int(other)] = mark
                                                                reached.append(other)
                                                            }
                                                        }
                                                    }
                                                }
                                                levelStart = levelEnd
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Node order: a scan of the marks when much is reached, else a sort.
        if startReturns { stamp[Int(start)] = mark } else { stamp[Int(start)] = 0 }
        let found = reached.count - 1 + (startReturns ? 1 : 0)
        if found > graph.nodeCount / 16 {
            var ordered: [Int32] = []
            ordered.reserveCapacity(found)
            stamp.withUnsafeBufferPointer { stamp in
                for node in 0..<stamp.count where stamp[node] == mark { ordered.append(Int32(node)) }
            }
            return ordered
        }
        var ordered = Array(reached.dropFirst())
        if startReturns { ordered.append(start) }
        ordered.sort()
        return ordered
    }
}
