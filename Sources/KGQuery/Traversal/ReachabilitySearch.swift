/// The nodes a variable-length pattern can end on, found breadth-first with one visited mark per
/// node instead of enumerating every trail: what `(a)-[*1..3]->(b) RETURN count(DISTINCT b)`
/// needs, in time linear in the edges within reach (Neo4j's pruning var-length expand).
///
/// ```swift
/// let search = ReachabilitySearch(graph: graph, marks: SearchMarks())
/// let ends = try search.ends(from: start, direction: .outgoing, minimum: 1, maximum: 3, edges: .all)
/// ```
/// Exact for trails (no edge twice) when `minimum` is 0 or 1: a node at distance d is reached by
/// a shortest walk, which repeats no edge. The start itself counts at length >= 1 only when a
/// cycle returns to it; a directed cycle can be found while searching, an undirected one cannot
/// (a walk back along the edge it came by is no trail), so `.both` needs `minimum == 0`.
///
/// Without an edge filter a level is expanded top-down (each frontier node's neighbours) or,
/// when the frontier's edges outnumber those of the nodes not yet reached, bottom-up (each
/// unreached node looks for one reached neighbour and stops at the first): Beamer's
/// direction-optimizing search. From a hub the last level then reads a few unreached nodes'
/// edges instead of most of the graph's.
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
    let marks: SearchMarks
    /// Polled every few thousand nodes.
    private let tick: () throws -> Void
    /// How many levels of the last search ran bottom-up (for tests).
    private(set) var bottomUpLevels = 0

    init(graph: GraphIndex, marks: SearchMarks = SearchMarks(), tick: @escaping () throws -> Void = {}) {
        self.graph = graph
        self.marks = marks
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
        var (found, mark) = try search(
            from: start, direction: direction, minimum: minimum, maximum: maximum, edges: selection)
        // Node order: a scan of the marks when much is reached, else a sort.
        if found.count > graph.nodeCount / 16 {
            var ordered: [Int32] = []
            ordered.reserveCapacity(found.count)
            let startReturns = found.last == start
            let stamp = marks.stamp
            stamp[Int(start)] = startReturns ? mark : 0
            for node in 0..<stamp.count where stamp[node] == mark { ordered.append(Int32(node)) }
            return ordered
        }
        found.sort()
        return found
    }

    /// The same nodes as `ends`, in no particular order: enough for counting them.
    func unorderedEnds(
        from start: Int32, direction: TraversalDirection, minimum: Int, maximum: Int,
        edges selection: EdgeSelection
    ) throws -> [Int32] {
        try search(from: start, direction: direction, minimum: minimum, maximum: maximum, edges: selection).nodes
    }

    /// The reached nodes other than the start, then the start when it counts; and the mark.
    private func search(
        from start: Int32, direction: TraversalDirection, minimum: Int, maximum: Int,
        edges selection: EdgeSelection
    ) throws -> (nodes: [Int32], mark: UInt32) {
        let mark = marks.begin(nodeCount: graph.nodeCount)
        bottomUpLevels = 0
        // Reached nodes in breadth-first order; each level is a slice of it.
        var reached: [Int32] = [start]
        var startReturns = minimum == 0
        marks.stamp[Int(start)] = mark
        switch selection {
        case .all:
            try expandAll(
                from: start, direction: direction, maximum: maximum, mark: mark,
                reached: &reached, startReturns: &startReturns)
        case let .actions(mask):
            try expandFiltered(
                from: start, direction: direction, maximum: maximum, mark: mark, mask: mask, check: nil,
                reached: &reached, startReturns: &startReturns)
        case let .checked(accepts):
            try expandFiltered(
                from: start, direction: direction, maximum: maximum, mark: mark, mask: [], check: accepts,
                reached: &reached, startReturns: &startReturns)
        }
        // The start leaves the front; it comes back at the end when a walk returns to it.
        if reached.count > 1 {
            reached[0] = reached[reached.count - 1]
            reached.removeLast()
        } else {
            reached.removeAll()
        }
        if startReturns { reached.append(start) }
        return (reached, mark)
    }

    /// Every edge followed: top-down or bottom-up a level at a time, over the neighbour arrays.
    private func expandAll(
        from start: Int32, direction: TraversalDirection, maximum: Int, mark: UInt32,
        reached: inout [Int32], startReturns: inout Bool
    ) throws {
        let nodeCount = graph.nodeCount
        let followsOut = direction != .incoming
        let followsIn = direction != .outgoing
        // Edges a bottom-up step may read: the reverse of those followed, for every node.
        let reverseTotal = (followsOut ? graph.edgeCount : 0) + (followsIn ? graph.edgeCount : 0)
        let stamp = marks.stamp
        try graph.outgoingStart.withUnsafeBufferPointer { outStart in
            try graph.outgoingTargets.withUnsafeBufferPointer { outTargets in
                try graph.incomingStart.withUnsafeBufferPointer { inStart in
                    try graph.incomingSources.withUnsafeBufferPointer { inSources in
                        do {
                            let outDegree = { (n: Int) -> Int in Int(outStart[n + 1] - outStart[n]) }
                            let inDegree = { (n: Int) -> Int in Int(inStart[n + 1] - inStart[n]) }
                            // Edges a top-down step reads from n, and a bottom-up step reads at n.
                            let forwardDegree = { (n: Int) -> Int in
                                (followsOut ? outDegree(n) : 0) + (followsIn ? inDegree(n) : 0)
                            }
                            let reverseDegree = { (n: Int) -> Int in
                                (followsOut ? inDegree(n) : 0) + (followsIn ? outDegree(n) : 0)
                            }
                            /// True when a marked node has an edge followed into `v`.
                            let hasMarkedParent = { (v: Int) -> Bool in
                                if followsOut {
                                    for index in Int(inStart[v])..<Int(inStart[v + 1]) where stamp[Int(inSources[index])] == mark {
                                        return true
                                    }
                                }
                                if followsIn {
                                    for index in Int(outStart[v])..<Int(outStart[v + 1]) where stamp[Int(outTargets[index])] == mark {
                                        return true
                                    }
                                }
                                return false
                            }
                            var frontierEdges = forwardDegree(Int(start))
                            var markedReverseEdges = reverseDegree(Int(start))
                            var levelStart = 0
                            var depth = 0
                            while depth < maximum && levelStart < reached.count {
                                depth += 1
                                let levelEnd = reached.count
                                var nextFrontierEdges = 0
                                if frontierEdges > nodeCount / 8 + (reverseTotal - markedReverseEdges) {
                                    bottomUpLevels += 1
                                    // A return to the start at this depth: a marked node (all are
                                    // at most one level up) with an edge into it.
                                    if !startReturns && hasMarkedParent(Int(start)) { startReturns = true }
                                    for v in 0..<nodeCount where stamp[v] != mark {
                                        if v & 0xffff == 0 { try tick() }
                                        if hasMarkedParent(v) { reached.append(Int32(v)) }
                                    }
                                    // Marked after the pass, so none is taken for a parent in it.
                                    for position in levelEnd..<reached.count {
                                        let v = Int(reached[position])
                                        stamp[v] = mark
                                        nextFrontierEdges += forwardDegree(v)
                                        markedReverseEdges += reverseDegree(v)
                                    }
                                } else {
                                    var position = levelStart
                                    while position < levelEnd {
                                        let node = reached[position]
                                        position += 1
                                        if position & 0xfff == 0 { try tick() }
                                        let n = Int(node)
                                        if followsOut {
                                            for index in Int(outStart[n])..<Int(outStart[n + 1]) {
                                                let other = outTargets[index]
                                                if other == start {
                                                    startReturns = true
                                                } else if stamp[Int(other)] != mark {
                                                    stamp[Int(other)] = mark
                                                    reached.append(other)
                                                    nextFrontierEdges += forwardDegree(Int(other))
                                                    markedReverseEdges += reverseDegree(Int(other))
                                                }
                                            }
                                        }
                                        if followsIn {
                                            for index in Int(inStart[n])..<Int(inStart[n + 1]) {
                                                let other = inSources[index]
                                                // Undirected: a self-loop was met as an outgoing edge already.
                                                if direction == .both && other == node { continue }
                                                if other == start {
                                                    startReturns = true
                                                } else if stamp[Int(other)] != mark {
                                                    stamp[Int(other)] = mark
                                                    reached.append(other)
                                                    nextFrontierEdges += forwardDegree(Int(other))
                                                    markedReverseEdges += reverseDegree(Int(other))
                                                }
                                            }
                                        }
                                    }
                                }
                                frontierEdges = nextFrontierEdges
                                levelStart = levelEnd
                            }
                        }
                    }
                }
            }
        }
    }

    /// Only accepted edges followed (by action mask or closure): top-down through edge indices.
    private func expandFiltered(
        from start: Int32, direction: TraversalDirection, maximum: Int, mark: UInt32,
        mask: [Bool], check: ((Int32) throws -> Bool)?,
        reached: inout [Int32], startReturns: inout Bool
    ) throws {
        var levelStart = 0
        var depth = 0
        let stamp = marks.stamp
        try graph.outgoingStart.withUnsafeBufferPointer { outStart in
            try graph.outgoingEdges.withUnsafeBufferPointer { outEdges in
                try graph.incomingStart.withUnsafeBufferPointer { inStart in
                    try graph.incomingEdges.withUnsafeBufferPointer { inEdges in
                        try graph.edgeTarget.withUnsafeBufferPointer { targets in
                            try graph.edgeSource.withUnsafeBufferPointer { sources in
                                try graph.edgeAction.withUnsafeBufferPointer { actions in
                                    try mask.withUnsafeBufferPointer { mask in
                                        do {
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
    }
}
