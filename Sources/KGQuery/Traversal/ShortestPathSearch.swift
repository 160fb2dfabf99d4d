/// Breadth-first shortest walks over the in-memory graph, respecting direction, an edge filter
/// and a hop limit.
///
/// ```swift
/// let search = ShortestPathSearch(graph: graph, direction: .both, maximumHops: 6,
///                                 marks: SearchMarks(), acceptsAll: true,
///                                 accepts: { _ in true }, tick: {})
/// let walk = try search.shortest(from: biden, to: donetsk)   // bidirectional BFS
/// ```
/// Of several shortest walks the first found wins: each side reads its frontier in edge order
/// (relation id), and the side with fewer frontier edges goes next, so the same graph gives the
/// same path.
struct ShortestPathSearch {
    let graph: GraphIndex
    let direction: TraversalDirection
    let maximumHops: Int
    /// Scratch marks reused across searches (the bidirectional search keeps its state there).
    let marks: SearchMarks
    /// True when every edge is acceptable, so `accepts` need not be asked.
    let acceptsAll: Bool
    /// Whether an edge may be used at all (its action, properties, not already bound).
    let accepts: (Int32) throws -> Bool
    /// Called for every edge examined: interruption and the exploration limit.
    let tick: () throws -> Void

    private struct Visit {
        var depth: Int
        /// The edge and node this one was reached through; nil at the start.
        var via: (edge: Int32, node: Int32)?
    }

    /// Calls `body(edge, otherEnd)` for the edges of `node` followed in `direction`.
    private func neighbours(
        of node: Int32, _ direction: TraversalDirection,
        _ body: (Int32, Int32) throws -> Void
    ) throws {
        let n = Int(node)
        if direction != .incoming {
            for index in Int(graph.outgoingStart[n])..<Int(graph.outgoingStart[n + 1]) {
                let edge = graph.outgoingEdges[index]
                if !acceptsAll, try !accepts(edge) { continue }
                try tick()
                try body(edge, graph.outgoingTargets[index])
            }
        }
        if direction != .outgoing {
            for index in Int(graph.incomingStart[n])..<Int(graph.incomingStart[n + 1]) {
                let source = graph.incomingSources[index]
                if direction == .both && source == node { continue }
                let edge = graph.incomingEdges[index]
                if !acceptsAll, try !accepts(edge) { continue }
                try tick()
                try body(edge, source)
            }
        }
    }

    /// One shortest walk from `from` to `to`, searching from both ends a layer at a time.
    ///
    /// Each side's visits live in `marks` (a stamp, depth and the edge and node it came through
    /// per node), so a search allocates nothing per node it reaches.
    func shortest(from: Int32, to: Int32) throws -> Walk? {
        if from == to { return Walk(nodes: [from], edges: []) }
        let mark = marks.begin(nodeCount: graph.nodeCount)
        marks.preparePaths()
        let forwardStamp = marks.stamp, backwardStamp = marks.otherStamp
        let forwardDepthOf = marks.depth, backwardDepthOf = marks.otherDepth
        let forwardEdge = marks.viaEdge, forwardNode = marks.viaNode
        let backwardEdge = marks.otherViaEdge, backwardNode = marks.otherViaNode
        forwardStamp[Int(from)] = mark
        forwardDepthOf[Int(from)] = 0
        forwardEdge[Int(from)] = -1
        backwardStamp[Int(to)] = mark
        backwardDepthOf[Int(to)] = 0
        backwardEdge[Int(to)] = -1
        var forwardFrontier: [Int32] = [from]
        var backwardFrontier: [Int32] = [to]
        var forwardDepth = 0
        var backwardDepth = 0
        // The side whose frontier has fewer edges to read goes next (a hub's one node is many).
        var forwardEdges = degree(of: from, direction)
        var backwardEdges = degree(of: to, direction.reversed)
        while forwardDepth + backwardDepth < maximumHops, !forwardFrontier.isEmpty, !backwardFrontier.isEmpty {
            let expandForward = forwardEdges <= backwardEdges
            var nextEdges = 0
            var next: [Int32] = []
            var best: (length: Int, meeting: Int32)?
            if expandForward {
                let depth = Int32(forwardDepth + 1)
                for node in forwardFrontier {
                    try neighbours(of: node, direction) { edge, other in
                        let o = Int(other)
                        guard forwardStamp[o] != mark else { return }
                        forwardStamp[o] = mark
                        forwardDepthOf[o] = depth
                        forwardEdge[o] = edge
                        forwardNode[o] = node
                        next.append(other)
                        nextEdges += degree(of: other, direction)
                        if backwardStamp[o] == mark {
                            let length = Int(depth) + Int(backwardDepthOf[o])
                            if length < (best?.length ?? Int.max) { best = (length, other) }
                        }
                    }
                }
                forwardDepth += 1
                forwardFrontier = next
                forwardEdges = nextEdges
            } else {
                let depth = Int32(backwardDepth + 1)
                for node in backwardFrontier {
                    try neighbours(of: node, direction.reversed) { edge, other in
                        let o = Int(other)
                        guard backwardStamp[o] != mark else { return }
                        backwardStamp[o] = mark
                        backwardDepthOf[o] = depth
                        backwardEdge[o] = edge
                        backwardNode[o] = node
                        next.append(other)
                        nextEdges += degree(of: other, direction.reversed)
                        if forwardStamp[o] == mark {
                            let length = Int(depth) + Int(forwardDepthOf[o])
                            if length < (best?.length ?? Int.max) { best = (length, other) }
                        }
                    }
                }
                backwardDepth += 1
                backwardFrontier = next
                backwardEdges = nextEdges
            }
            if let best, best.length <= maximumHops {
                return join(at: best.meeting)
            }
        }
        return nil
    }

    /// How many edges `neighbours(of: node, direction)` reads.
    private func degree(of node: Int32, _ direction: TraversalDirection) -> Int {
        let n = Int(node)
        var count = 0
        if direction != .incoming { count += Int(graph.outgoingStart[n + 1] - graph.outgoingStart[n]) }
        if direction != .outgoing { count += Int(graph.incomingStart[n + 1] - graph.incomingStart[n]) }
        return count
    }

    /// The walk through `meeting`: back along the forward side's visits to the start, then
    /// along the backward side's to the end.
    private func join(at meeting: Int32) -> Walk {
        var nodes: [Int32] = [meeting]
        var edges: [Int32] = []
        var cursor = Int(meeting)
        while marks.viaEdge[cursor] >= 0 && marks.depth[cursor] > 0 {
            edges.append(marks.viaEdge[cursor])
            nodes.append(marks.viaNode[cursor])
            cursor = Int(marks.viaNode[cursor])
        }
        nodes.reverse()
        edges.reverse()
        cursor = Int(meeting)
        while marks.otherViaEdge[cursor] >= 0 && marks.otherDepth[cursor] > 0 {
            edges.append(marks.otherViaEdge[cursor])
            nodes.append(marks.otherViaNode[cursor])
            cursor = Int(marks.otherViaNode[cursor])
        }
        return Walk(nodes: nodes, edges: edges)
    }

    /// Breadth-first layers from `from`, recording every predecessor on a shortest walk (when
    /// `all`) or the first one, until `stop` says the layer is enough or the hop limit.
    private func layers(
        from: Int32, all: Bool, stop: (Int32) -> Bool
    )
        throws -> (order: [Int32], depth: [Int32: Int], predecessors: [Int32: [(edge: Int32, node: Int32)]])
    {
        var depth: [Int32: Int] = [from: 0]
        var predecessors: [Int32: [(edge: Int32, node: Int32)]] = [:]
        var order: [Int32] = []
        var frontier: [Int32] = [from]
        var level = 0
        var done = false
        while level < maximumHops, !frontier.isEmpty, !done {
            var next: [Int32] = []
            for node in frontier {
                try neighbours(of: node, direction) { edge, other in
                    if let known = depth[other] {
                        if all, known == level + 1 { predecessors[other, default: []].append((edge, node)) }
                        return
                    }
                    depth[other] = level + 1
                    predecessors[other] = [(edge, node)]
                    order.append(other)
                    next.append(other)
                    if stop(other) { done = true }
                }
            }
            level += 1
            frontier = next
        }
        return (order, depth, predecessors)
    }

    /// Every walk of `target`'s shortest length back to the start, through `predecessors`.
    private func walks(to target: Int32, predecessors: [Int32: [(edge: Int32, node: Int32)]], all: Bool) throws -> [Walk] {
        var result: [Walk] = []
        var nodes: [Int32] = [target]
        var edges: [Int32] = []
        func descend(_ node: Int32) throws {
            guard let options = predecessors[node] else {
                result.append(Walk(nodes: nodes.reversed(), edges: edges.reversed()))
                return
            }
            for option in all ? options[...] : options.prefix(1) {
                try tick()
                nodes.append(option.node)
                edges.append(option.edge)
                try descend(option.node)
                nodes.removeLast()
                edges.removeLast()
            }
        }
        try descend(target)
        return result
    }

    /// All shortest walks from `from` to `to`.
    func allShortest(from: Int32, to: Int32) throws -> [Walk] {
        if from == to { return [Walk(nodes: [from], edges: [])] }
        let found = try layers(from: from, all: true) { $0 == to }
        guard found.depth[to] != nil else { return [] }
        return try walks(to: to, predecessors: found.predecessors, all: true)
    }

    /// A shortest walk (or all of them) from `from` to every node within reach that `accept`s.
    func shortestToEveryNode(from: Int32, all: Bool, accept: (Int32) -> Bool) throws -> [Walk] {
        let found = try layers(from: from, all: all) { _ in false }
        var result: [Walk] = []
        for node in found.order where accept(node) {
            result.append(contentsOf: try walks(to: node, predecessors: found.predecessors, all: all))
        }
        return result
    }
}
