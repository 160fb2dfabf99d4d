/// Runs a plan's matching steps depth-first, handing each complete row to a sink.
///
/// ```swift
/// var matcher = Matcher(plan: plan, evaluator: evaluator, isInterrupted: { false })
/// try matcher.run { row in rows.append(row); return true }   // return false to stop early
/// ```
/// Within one MATCH clause no edge is bound twice (Cypher's relationship isomorphism):
/// `used` holds the edges the current partial row has bound, with their clause.
final class Matcher {
    let plan: QueryPlan
    let evaluator: Evaluator
    let isInterrupted: () -> Bool
    /// The evaluator's graph, held here once: reading it through the evaluator in a loop would
    /// copy the whole struct (a retain and release per array) at every edge.
    let graph: GraphIndex

    /// Partial paths a variable-length or shortest-path step may explore before giving up.
    var expansionLimit: Int
    static let defaultExpansionLimit = 5_000_000

    private var used: [(clause: Int, edge: Int32)] = []
    /// Rows each running OPTIONAL MATCH (by its start step) has let through.
    private var optionalMatches: [Int: Int] = [:]
    private var expansions = 0
    private var ticks = 0
    /// The statement's budget of matching steps (each a partial row tried), so fixed-length
    /// chains and cartesian products (`MATCH (a),(b),(c),(d)`) stop instead of running for hours.
    var stepLimit = Matcher.defaultStepLimit
    static let defaultStepLimit = 50_000_000
    /// When the statement must stop (`--timeout`, `.timeout`); nil for no limit.
    var deadline: ContinuousClock.Instant?
    var timeoutText = ""
    private var steps = 0
    /// Takes a complete row and how many matches it stands for (more than 1 after a counted hop).
    private var sink: (Row, Int) throws -> Bool = { _, _ in true }
    /// Breadth-first reach, created on first use and reused.
    private var reachability: ReachabilitySearch?
    /// Per-node marks the searches share, kept by the engine from statement to statement.
    let marks: SearchMarks
    /// Per node, the edges a counted last hop accepts from it, once counted.
    private var hopCounts: [Int32: Int] = [:]
    /// The node counted last, kept out of `hopCounts` until another node is counted.
    private var lastHopCount: (node: Int32, count: Int)?
    /// Takes the distinct nodes a `countReach` step found (the projection counts them).
    var distinctSink: ([Int32]) throws -> Void = { _ in }

    init(
        plan: QueryPlan, evaluator: Evaluator, isInterrupted: @escaping () -> Bool,
        expansionLimit: Int = Matcher.defaultExpansionLimit, marks: SearchMarks = SearchMarks()
    ) {
        self.plan = plan
        self.evaluator = evaluator
        graph = evaluator.graph
        self.isInterrupted = isInterrupted
        self.expansionLimit = expansionLimit
        self.marks = marks
    }

    func run(_ sink: @escaping (Row) throws -> Bool) throws {
        try run(from: Row(repeating: .unbound, count: plan.slots.count), sink)
    }

    /// Runs the steps on a row that already binds the variables a WITH carried in.
    func run(from initial: Row, _ sink: @escaping (Row) throws -> Bool) throws {
        try run(
            from: initial,
            weighted: { row, weight in
                for _ in 0..<weight where try !sink(row) { return false }
                return true
            })
    }

    /// Runs the steps, handing each row with the number of matches it stands for.
    func run(from initial: Row, weighted sink: @escaping (Row, Int) throws -> Bool) throws {
        self.sink = sink
        var row = initial
        if row.count < plan.slots.count {
            row += Array(repeating: .unbound, count: plan.slots.count - row.count)
        }
        _ = try step(0, &row)
    }

    /// Polls for interruption every few thousand calls.
    @inline(__always)
    private func tick() throws {
        ticks &+= 1
        if ticks & 0xfff == 0 {
            if isInterrupted() { throw Diagnostic.interrupted }
            if let deadline, ContinuousClock.now > deadline {
                throw Diagnostic("the statement ran longer than its time limit (\(timeoutText)) and was stopped; narrow it or raise the limit (--timeout, .timeout)")
            }
        }
    }

    private func countExpansion() throws {
        expansions += 1
        if expansions > expansionLimit {
            throw Diagnostic("the query explored more than \(expansionLimit) partial paths and was stopped; narrow it with labels, actions, an anchored node ({name: ...}) or a smaller upper bound")
        }
    }

    private func isUsed(_ edge: Int32, clause: Int) -> Bool {
        used.contains { $0.edge == edge && $0.clause == clause }
    }

    /// Runs step `index` on `row`; false means the sink asked to stop.
    private func step(_ index: Int, _ row: inout Row) throws -> Bool {
        try tick()
        steps += 1
        if steps > stepLimit {
            throw Diagnostic("the query tried more than \(stepLimit) partial matches and was stopped; narrow it with labels, actions, an anchored node ({name: ...}) or fewer unconnected patterns")
        }
        guard index < plan.steps.count else { return try sink(row, 1) }
        switch plan.steps[index] {
        case let .scanNodes(slot, filter):
            for node in candidates(filter) where filter.accepts(node, in: graph) {
                row[slot] = .node(node)
                if try !step(index + 1, &row) { return false }
            }
            row[slot] = .unbound
            return true

        case let .checkNode(slot, filter):
            guard case let .node(node) = row[slot], filter.accepts(node, in: graph) else { return true }
            return try step(index + 1, &row)

        case let .scanEdges(expansion, fromFilter):
            let actions = expansion.edgeFilter.actions ?? []
            let edges =
                actions.count == 1
                ? actions.flatMap { graph.edgesByAction[Int($0)] }
                : actions.flatMap { graph.edgesByAction[Int($0)] }.sorted()
            for edge in edges {
                try tick()
                guard try edgeAccepted(edge, expansion), !isUsed(edge, clause: expansion.clause) else { continue }
                let source = graph.edgeSource[Int(edge)]
                let target = graph.edgeTarget[Int(edge)]
                var ends: [(Int32, Int32)] = []
                switch expansion.direction {
                case .outgoing: ends = [(source, target)]
                case .incoming: ends = [(target, source)]
                case .both: ends = source == target ? [(source, target)] : [(source, target), (target, source)]
                }
                for (from, to) in ends {
                    guard fromFilter.accepts(from, in: graph), expansion.toFilter.accepts(to, in: graph) else { continue }
                    // `(a)-[r]->(a)`: one variable at both ends wants a self-loop.
                    if expansion.toIsBound && from != to { continue }
                    row[expansion.from] = .node(from)
                    row[expansion.to] = .node(to)
                    row[expansion.edgeSlot] = .edge(edge)
                    used.append((expansion.clause, edge))
                    let keepGoing = try step(index + 1, &row)
                    used.removeLast()
                    if !keepGoing { return false }
                }
            }
            row[expansion.from] = .unbound
            row[expansion.to] = .unbound
            row[expansion.edgeSlot] = .unbound
            return true

        case let .expand(expansion):
            guard case let .node(from) = row[expansion.from] else { return true }
            let previousTo = row[expansion.to]
            var keepGoing = true
            try forEachEdge(of: from, expansion.direction, action: expansion.edgeFilter.singleAction) { edge, other in
                guard try edgeAccepted(edge, expansion), !isUsed(edge, clause: expansion.clause),
                    try reach(other, expansion, &row)
                else { return true }
                used.append((expansion.clause, edge))
                row[expansion.edgeSlot] = .edge(edge)
                keepGoing = try step(index + 1, &row)
                used.removeLast()
                row[expansion.to] = previousTo
                return keepGoing
            }
            row[expansion.edgeSlot] = .unbound
            return keepGoing

        case let .expandVariable(expansion, minimum, maximum):
            guard case let .node(from) = row[expansion.from] else { return true }
            var walk = Walk(nodes: [from], edges: [])
            return try extend(&walk, expansion, minimum: minimum, maximum: maximum, next: index + 1, &row)

        case let .reachVariable(expansion, minimum, maximum):
            guard case let .node(from) = row[expansion.from] else { return true }
            return try reach(from: from, expansion, minimum: minimum, maximum: maximum, next: index + 1, &row)

        case let .countLastHop(expansion):
            guard case let .node(from) = row[expansion.from] else { return true }
            let weight = try hopCount(from, expansion)
            guard weight > 0 else { return true }
            return try sink(row, weight)

        case let .countReach(expansion, minimum, maximum):
            guard case let .node(from) = row[expansion.from] else { return true }
            var ends = try reachSearch().unorderedEnds(
                from: from, direction: expansion.direction, minimum: minimum, maximum: maximum,
                edges: edgeSelection(expansion))
            if !expansion.toFilter.isUnconstrained {
                ends.removeAll { !expansion.toFilter.accepts($0, in: graph) }
            }
            try distinctSink(ends)
            return true

        case let .countHopPairs(middle, filter, first, second):
            return try countHopPairs(middle: middle, filter: filter, first: first, second: second, &row)

        case let .shortestPath(expansion, minimum, maximum, all):
            guard case let .node(from) = row[expansion.from] else { return true }
            let search = ShortestPathSearch(
                graph: graph, direction: expansion.direction, maximumHops: maximum,
                marks: marks, acceptsAll: expansion.edgeFilter.isUnconstrained && used.isEmpty,
                accepts: { [unowned self] edge in
                    try edgeAccepted(edge, expansion) && !isUsed(edge, clause: expansion.clause)
                },
                tick: { [unowned self] in
                    try tick(); try countExpansion()
                })
            var walks: [Walk] = []
            if expansion.toIsBound {
                guard case let .node(to) = row[expansion.to], expansion.toFilter.accepts(to, in: graph) else { return true }
                if from == to {
                    if minimum == 0 { walks = [Walk(nodes: [from], edges: [])] }
                } else {
                    walks = all ? try search.allShortest(from: from, to: to) : try search.shortest(from: from, to: to).map { [$0] } ?? []
                }
            } else {
                walks = try search.shortestToEveryNode(from: from, all: all) { node in
                    node != from && expansion.toFilter.accepts(node, in: graph)
                }
                if minimum == 0, expansion.toFilter.accepts(from, in: graph) {
                    walks.insert(Walk(nodes: [from], edges: []), at: 0)
                }
            }
            let previousTo = row[expansion.to]
            for walk in walks {
                guard let end = walk.nodes.last else { continue }
                row[expansion.to] = .node(end)
                row[expansion.edgeSlot] = .walk(expansion.walksBackward ? walk.reversed : walk)
                for edge in walk.edges { used.append((expansion.clause, edge)) }
                let keepGoing = try step(index + 1, &row)
                used.removeLast(walk.edges.count)
                if !keepGoing { return false }
            }
            row[expansion.to] = previousTo
            row[expansion.edgeSlot] = .unbound
            return true

        case let .buildPath(slot, elements):
            var nodes: [Int32] = []
            var edges: [Int32] = []
            var skipNextNode = false
            for element in elements {
                switch element {
                case let .node(nodeSlot):
                    if skipNextNode { skipNextNode = false; continue }
                    guard case let .node(node) = row[nodeSlot] else { return true }
                    nodes.append(node)
                case let .edge(edgeSlot):
                    guard case let .edge(edge) = row[edgeSlot] else { return true }
                    edges.append(edge)
                case let .walk(walkSlot):
                    guard case let .walk(walk) = row[walkSlot] else { return true }
                    edges.append(contentsOf: walk.edges)
                    nodes.append(contentsOf: walk.nodes.dropFirst())
                    skipNextNode = true
                }
            }
            row[slot] = .path(Walk(nodes: nodes, edges: edges))
            let keepGoing = try step(index + 1, &row)
            row[slot] = .unbound
            return keepGoing

        case let .optionalStart(end, slots):
            let saved = optionalMatches[index]
            optionalMatches[index] = 0
            let keepGoing = try step(index + 1, &row)
            let matched = (optionalMatches[index] ?? 0) > 0
            optionalMatches[index] = saved
            if !keepGoing { return false }
            if matched { return true }
            let previous = slots.map { row[$0] }
            for slot in slots { row[slot] = .unbound }
            let continued = try step(end + 1, &row)
            for (slot, value) in zip(slots, previous) { row[slot] = value }
            return continued

        case let .optionalEnd(start):
            optionalMatches[start, default: 0] += 1
            return try step(index + 1, &row)

        case let .filter(condition):
            guard ValueSemantics.isTrue(try evaluator.evaluate(condition, in: row)) else { return true }
            return try step(index + 1, &row)
        }
    }

    /// The nodes a scan visits, in database id order so results are stable.
    private func candidates(_ filter: NodeFilter) -> [Int32] {
        if let candidates = filter.orderedCandidates { return candidates }
        if let types = filter.types {
            if types.count == 1, let type = types.first { return graph.nodesByType[type] ?? [] }
            return types.flatMap { graph.nodesByType[$0] ?? [] }.sorted()
        }
        return Array(0..<Int32(graph.nodeCount))
    }

    /// Calls `body(edge, otherEnd)` for the edges of `node` in `direction`; a self-loop once.
    /// With `action`, only that action's edges (the same ones, in the same order, found faster).
    private func forEachEdge(
        of node: Int32, _ direction: TraversalDirection, action: Int32? = nil,
        _ body: (Int32, Int32) throws -> Bool
    ) throws {
        if direction != .incoming {
            let edges = action.map { graph.edges(of: node, outgoing: true, action: $0) } ?? graph.outgoing(of: node)
            for edge in edges {
                if try !body(edge, graph.edgeTarget[Int(edge)]) { return }
            }
        }
        if direction != .outgoing {
            let edges = action.map { graph.edges(of: node, outgoing: false, action: $0) } ?? graph.incoming(of: node)
            for edge in edges {
                let source = graph.edgeSource[Int(edge)]
                if direction == .both && source == node { continue }
                if try !body(edge, source) { return }
            }
        }
    }

    private func edgeAccepted(_ edge: Int32, _ expansion: Expansion) throws -> Bool {
        let filter = expansion.edgeFilter
        if let actions = filter.actions, !actions.contains(graph.edgeAction[Int(edge)]) { return false }
        for (field, value) in filter.properties {
            guard ValueSemantics.equals(try evaluator.edgeProperty(edge, field), value) == true else { return false }
        }
        return true
    }

    /// Binds (or checks) the far node of a hop; false when it does not fit.
    private func reach(_ node: Int32, _ expansion: Expansion, _ row: inout Row) throws -> Bool {
        if expansion.toIsBound {
            guard case let .node(bound) = row[expansion.to], bound == node else { return false }
        }
        guard expansion.toFilter.accepts(node, in: graph) else { return false }
        row[expansion.to] = .node(node)
        return true
    }

    /// Binds `to` to each distinct end of the walks from `from` (breadth-first), leaving the walk
    /// unbound: no one reads it (see `Planner.specializeCounting`).
    private func reach(
        from: Int32, _ expansion: Expansion, minimum: Int, maximum: Int,
        next: Int, _ row: inout Row
    ) throws -> Bool {
        let ends = try reachSearch().ends(
            from: from, direction: expansion.direction, minimum: minimum, maximum: maximum,
            edges: edgeSelection(expansion))
        let previousTo = row[expansion.to]
        defer { row[expansion.to] = previousTo }
        for end in ends {
            guard try reach(end, expansion, &row) else { continue }
            if try !step(next, &row) { return false }
            row[expansion.to] = previousTo
        }
        return true
    }

    /// The breadth-first search, made on first use and reused.
    private func reachSearch() -> ReachabilitySearch {
        if let reachability { return reachability }
        let search = ReachabilitySearch(graph: graph, marks: marks, tick: { [unowned self] in try tick() })
        reachability = search
        return search
    }

    /// The edges a reach may follow: all, by action, or checked one by one (edge properties).
    private func edgeSelection(_ expansion: Expansion) -> ReachabilitySearch.EdgeSelection {
        let filter = expansion.edgeFilter
        if !filter.properties.isEmpty {
            return .checked { [unowned self] edge in try edgeAccepted(edge, expansion) }
        } else if let actions = filter.actions {
            var mask = [Bool](repeating: false, count: graph.actions.count)
            for action in actions where Int(action) < mask.count { mask[Int(action)] = true }
            return .actions(mask)
        }
        return .all
    }

    /// The accepted edges of one hop from `node` to acceptable nodes.
    private func hopEdgeCount(_ node: Int32, _ expansion: Expansion) throws -> Int {
        var count = 0
        let edgeFilter = expansion.edgeFilter
        guard edgeFilter.properties.isEmpty, edgeFilter.actions.map({ $0.count == 1 }) ?? true else {
            try forEachEdge(of: node, expansion.direction, action: edgeFilter.singleAction) { edge, other in
                if try edgeAccepted(edge, expansion), expansion.toFilter.accepts(other, in: graph) { count += 1 }
                return true
            }
            return count
        }
        // One action or none: the edges are a run of the node's row; only far ends are checked,
        // read from the neighbour arrays beside it.
        let toFilter = expansion.toFilter
        let anyEnd = toFilter.isUnconstrained
        func countEnds(outgoing: Bool) {
            let n = Int(node)
            let range: Range<Int>
            let ends: [Int32]
            if let action = edgeFilter.singleAction {
                range = graph.actionRun(of: node, outgoing: outgoing, action: action)
                ends = outgoing ? graph.outgoingByActionTargets : graph.incomingByActionSources
            } else if outgoing {
                range = Int(graph.outgoingStart[n])..<Int(graph.outgoingStart[n + 1])
                ends = graph.outgoingTargets
            } else {
                range = Int(graph.incomingStart[n])..<Int(graph.incomingStart[n + 1])
                ends = graph.incomingSources
            }
            // Undirected: a self-loop counts once, as an outgoing edge (as forEachEdge has it).
            let skipsSelfLoops = !outgoing && expansion.direction == .both
            if anyEnd && !skipsSelfLoops {
                count += range.count
                return
            }
            for index in range {
                let other = ends[index]
                if skipsSelfLoops && other == node { continue }
                if anyEnd || toFilter.accepts(other, in: graph) { count += 1 }
            }
        }
        if expansion.direction != .incoming { countEnds(outgoing: true) }
        if expansion.direction != .outgoing { countEnds(outgoing: false) }
        return count
    }

    /// Counts `(first.to)-(middle)-(second.to)` matches per middle node: the two hops' counts
    /// multiplied, less the edges both hops accept (a pair of one edge twice is no match).
    private func countHopPairs(
        middle: Int, filter: NodeFilter, first: Expansion, second: Expansion, _ row: inout Row
    ) throws -> Bool {
        // Hops whose action sets are disjoint can never accept one edge; else look per middle.
        var mayShareEdges = true
        if let one = first.edgeFilter.actions, let other = second.edgeFilter.actions, one.isDisjoint(with: other) {
            mayShareEdges = false
        }
        // The hop whose far end is free is counted first: for one action that is a subtraction
        // in the node's action runs, and a zero there spares walking the other hop's edges.
        let (cheap, dear) = Self.countsCheaply(second) && !Self.countsCheaply(first) ? (second, first) : (first, second)
        let previous = row[middle]
        defer { row[middle] = previous }
        for node in candidates(filter) where filter.accepts(node, in: graph) {
            try tick()
            let left = try hopEdgeCount(node, cheap)
            guard left > 0 else { continue }
            let right = try hopEdgeCount(node, dear)
            guard right > 0 else { continue }
            var (pairs, overflow) = left.multipliedReportingOverflow(by: right)
            if overflow { throw Diagnostic("the count is too large for a 64-bit integer") }
            if mayShareEdges { pairs -= try sharedEdgeCount(node, first, second) }
            guard pairs > 0 else { continue }
            row[middle] = .node(node)
            if try !sink(row, pairs) { return false }
        }
        return true
    }

    /// True when `hopEdgeCount` answers for `expansion` without visiting its edges: one action
    /// or none, no property to check, any far end (and not undirected, which skips self-loops).
    static func countsCheaply(_ expansion: Expansion) -> Bool {
        expansion.edgeFilter.properties.isEmpty && (expansion.edgeFilter.actions?.count ?? 1) == 1
            && expansion.toFilter.isUnconstrained && expansion.direction != .both
    }

    /// The edges at `node` that both hops accept, each with an acceptable far end.
    private func sharedEdgeCount(_ node: Int32, _ first: Expansion, _ second: Expansion) throws -> Int {
        var firstEdges = Set<Int32>()
        try forEachEdge(of: node, first.direction, action: first.edgeFilter.singleAction) { edge, other in
            if try edgeAccepted(edge, first), first.toFilter.accepts(other, in: graph) { firstEdges.insert(edge) }
            return true
        }
        guard !firstEdges.isEmpty else { return 0 }
        var shared = 0
        try forEachEdge(of: node, second.direction, action: second.edgeFilter.singleAction) { edge, other in
            if firstEdges.contains(edge), try edgeAccepted(edge, second), second.toFilter.accepts(other, in: graph) {
                shared += 1
            }
            return true
        }
        return shared
    }

    /// How many rows expanding the counted last hop from `node` would give: its accepted edges
    /// to acceptable nodes, less those this clause's row already binds (relationship uniqueness).
    private func hopCount(_ node: Int32, _ expansion: Expansion) throws -> Int {
        var count: Int
        if let last = lastHopCount, last.node == node {
            count = last.count
        } else {
            // The dictionary only once a second node comes: most statements count one.
            if let last = lastHopCount { hopCounts[last.node] = last.count }
            if let known = hopCounts[node] {
                count = known
            } else {
                try tick()
                count = try hopEdgeCount(node, expansion)
            }
            lastHopCount = (node, count)
        }
        for (clause, edge) in used where clause == expansion.clause {
            let source = graph.edgeSource[Int(edge)]
            let target = graph.edgeTarget[Int(edge)]
            var other: Int32?
            switch expansion.direction {
            case .outgoing: other = source == node ? target : nil
            case .incoming: other = target == node ? source : nil
            case .both: other = source == node ? target : target == node ? source : nil
            }
            if let other, try edgeAccepted(edge, expansion), expansion.toFilter.accepts(other, in: graph) { count -= 1 }
        }
        return count
    }

    /// Depth-first trails (no edge twice) from the walk's last node, emitting those of length
    /// `minimum...maximum` that end on an acceptable node.
    private func extend(
        _ walk: inout Walk, _ expansion: Expansion, minimum: Int, maximum: Int,
        next: Int, _ row: inout Row
    ) throws -> Bool {
        guard let last = walk.nodes.last else { return true }
        if walk.edges.count >= minimum {
            let previousTo = row[expansion.to]
            if try reach(last, expansion, &row) {
                row[expansion.edgeSlot] = .walk(expansion.walksBackward ? walk.reversed : walk)
                for edge in walk.edges { used.append((expansion.clause, edge)) }
                let keepGoing = try step(next, &row)
                used.removeLast(walk.edges.count)
                row[expansion.to] = previousTo
                row[expansion.edgeSlot] = .unbound
                if !keepGoing { return false }
            }
        }
        guard walk.edges.count < maximum else { return true }
        var keepGoing = true
        try forEachEdge(of: last, expansion.direction) { edge, other in
            guard try edgeAccepted(edge, expansion), !walk.edges.contains(edge),
                !isUsed(edge, clause: expansion.clause)
            else { return true }
            try countExpansion()
            try tick()
            walk.edges.append(edge)
            walk.nodes.append(other)
            keepGoing = try extend(&walk, expansion, minimum: minimum, maximum: maximum, next: next, &row)
            walk.edges.removeLast()
            walk.nodes.removeLast()
            return keepGoing
        }
        return keepGoing
    }
}
