import KGModel
import KGStore

/// Checks a parsed statement against the graph and orders its matching steps.
///
/// ```swift
/// var planner = Planner(graph: graph, store: store, parameters: [:])
/// let plan = try planner.plan(statement)
/// ```
/// Checking here means: labels are entity types, actions and properties exist, variables are
/// defined once with one meaning, functions exist with the right number of arguments, and
/// parameters have values. Unknown names get a "did you mean" from the nearest known one.
///
/// Ordering: each pattern starts at its most selective node (a bound variable, then a name or
/// id lookup through the alias index, then the rarest label) and expands outwards; WHERE
/// conjuncts run as soon as their variables are bound.
struct Planner {
    let graph: GraphIndex
    let store: GraphStore
    let parameters: [String: QueryValue]

    /// Unbounded variable-length patterns (`*`, `*2..`) stop at this many hops.
    static let defaultMaximumHops = 6
    /// The largest upper bound a walk may ask for; a shortest-path search may ask for more.
    static let largestWalkBound = 20
    static let largestShortestPathBound = 100

    var slots: [Slot] = []
    var slotByName: [String: Int] = [:]
    var notices: [Diagnostic] = []

    init(graph: GraphIndex, store: GraphStore, parameters: [String: QueryValue]) {
        self.graph = graph
        self.store = store
        self.parameters = parameters
    }

    static let nodeProperties = ["name", "type", "id", "aliases", "documents"]
    static let labels = EntityType.allCases.map(\.rawValue)

    /// Plans every stage of a statement: the MATCH clauses up to the first WITH, then each WITH
    /// with the clauses after it; the last stage ends in RETURN. Notices go to the first plan.
    static func plan(
        _ statement: QueryStatement, graph: GraphIndex, store: GraphStore,
        parameters: [String: QueryValue]
    ) throws -> [QueryPlan] {
        let matchLists = [statement.matches] + statement.stages.map(\.matches)
        let conditions = [nil] + statement.stages.map(\.condition)
        let projections = statement.stages.map(\.projection) + [statement.projection]
        var plans: [QueryPlan] = []
        var inherited: [Slot] = []
        for index in projections.indices {
            var planner = Planner(graph: graph, store: store, parameters: parameters)
            let plan = try planner.planStage(
                inheriting: inherited, condition: conditions[index],
                matches: matchLists[index], projection: projections[index],
                isFinal: index == projections.count - 1)
            inherited = plan.projection.items.map { item in
                var kind = SlotKind.value
                if case let .variable(name) = item.expression.kind, let slot = plan.slotByName[name],
                    plan.slots[slot].kind == .node || plan.slots[slot].kind == .edge
                {
                    kind = plan.slots[slot].kind
                }
                return Slot(
                    name: item.columnName, kind: kind, isAnonymous: false,
                    position: item.alias?.position ?? item.expression.position)
            }
            plans.append(plan)
        }
        return plans
    }

    /// One stage: variables carried in by WITH (bound from the start, in slots 0..<n), the WITH's
    /// WHERE, the MATCH clauses, and the projection that ends the stage (WITH or RETURN).
    mutating func planStage(
        inheriting inherited: [Slot], condition: Expression?, matches: [MatchClause],
        projection original: ReturnClause, isFinal: Bool
    ) throws -> QueryPlan {
        var steps: [PlanStep] = []
        var bound = Set<Int>()
        for slot in inherited {
            slots.append(slot)
            slotByName[slot.name] = slots.count - 1
            bound.insert(slots.count - 1)
        }
        if let condition {
            try check(condition, allowAggregates: false, aliases: [])
            steps += Self.conjuncts(of: condition).map(PlanStep.filter)
        }
        for (clauseIndex, match) in matches.enumerated() {
            // A clause's WHERE sees its own variables and those of the clauses before it.
            for part in match.patterns { try declare(part) }
            var conjuncts: [Expression] = []
            if let condition = match.condition {
                try check(condition, allowAggregates: false, aliases: [])
                conjuncts = Self.conjuncts(of: condition)
            }
            let start = steps.count
            let boundBefore = bound
            if match.isOptional { steps.append(.optionalStart(end: -1, slots: [])) }
            try planClause(match, clause: clauseIndex, bound: &bound, steps: &steps, conjuncts: &conjuncts)
            for conjunct in conjuncts { steps.append(.filter(conjunct)) }
            if match.isOptional {
                steps[start] = .optionalStart(end: steps.count, slots: bound.subtracting(boundBefore).sorted())
                steps.append(.optionalEnd(start: start))
            }
        }
        var projection = original
        let keyword = isFinal ? "RETURN" : "WITH"
        if projection.star {
            let named = slots.filter { !$0.isAnonymous }
            guard !named.isEmpty else {
                throw Diagnostic("\(keyword) * needs at least one named variable", at: projection.position)
            }
            projection.items =
                named.map { slot in
                    ReturnItem(
                        expression: Expression(kind: .variable(slot.name), position: slot.position, text: slot.name),
                        alias: nil)
                } + projection.items
            projection.star = false
        }
        if !isFinal {
            for item in projection.items where item.alias == nil {
                guard case .variable = item.expression.kind else {
                    throw Diagnostic(
                        "name this WITH item with AS, like \(item.expression.text) AS x; later clauses refer to it by that name",
                        at: item.expression.position)
                }
            }
        }
        try checkProjection(projection)
        var plan = QueryPlan(
            slots: slots, steps: steps, projection: projection,
            notices: notices, slotByName: slotByName)
        Self.specializeCounting(&plan, matches: matches, graph: graph)
        return plan
    }

    // MARK: - Variables

    private mutating func slot(named identifier: Identifier?, kind: SlotKind, position: Position) throws -> Int {
        guard let identifier else {
            slots.append(Slot(name: "", kind: kind, isAnonymous: true, position: position))
            return slots.count - 1
        }
        if let existing = slotByName[identifier.name] {
            let known = slots[existing]
            if known.kind != kind || kind != .node {
                if kind == .edge || kind == .walk, known.kind == kind {
                    throw Diagnostic(
                        "relationship variable '\(identifier.name)' is already bound at \(known.position.line):\(known.position.column); each relationship pattern needs its own variable",
                        at: identifier.position)
                }
                throw Diagnostic(
                    "variable '\(identifier.name)' is \(Self.describe(known.kind)) at \(known.position.line):\(known.position.column) and cannot also be \(Self.describe(kind))",
                    at: identifier.position)
            }
            return existing
        }
        slots.append(Slot(name: identifier.name, kind: kind, isAnonymous: false, position: identifier.position))
        slotByName[identifier.name] = slots.count - 1
        return slots.count - 1
    }

    /// `unknown label 'persn'; did you mean 'person'?`, or with no near name the list of names.
    static func unknown(_ what: String, _ name: String, among candidates: [String], known: String) -> String {
        if let near = Suggestion.closest(to: name, among: candidates) {
            return "unknown \(what) '\(name)'; did you mean '\(near)'?"
        }
        return "unknown \(what) '\(name)'; \(known) \(candidates.joined(separator: ", "))"
    }

    static func describe(_ kind: SlotKind) -> String {
        switch kind {
        case .node: return "a node"
        case .edge: return "a relationship"
        case .walk: return "a variable-length relationship (a list)"
        case .path: return "a path"
        case .value: return "a value"
        }
    }

    /// Slots for a pattern's variables, in the order nodes and relationships appear.
    private var partSlots: [Int: (nodes: [Int], relationships: [Int], path: Int?)] = [:]

    private mutating func declare(_ part: PatternPart) throws {
        var nodeSlots: [Int] = []
        var relationshipSlots: [Int] = []
        for (index, node) in part.nodes.enumerated() {
            nodeSlots.append(try slot(named: node.variable, kind: .node, position: node.position))
            if index < part.relationships.count {
                let relationship = part.relationships[index]
                let kind: SlotKind = relationship.length != nil || part.shortest != nil ? .walk : .edge
                relationshipSlots.append(
                    try slot(
                        named: relationship.variable, kind: kind,
                        position: relationship.position))
            }
        }
        var pathSlot: Int?
        if let pathVariable = part.pathVariable {
            pathSlot = try slot(named: pathVariable, kind: .path, position: pathVariable.position)
        }
        partSlots[part.position.offset] = (nodeSlots, relationshipSlots, pathSlot)
    }

    // MARK: - Step order

    /// How many rows binding this node would start with; lower is better.
    private func estimate(_ slot: Int, _ filter: NodeFilter, bound: Set<Int>) -> Int {
        if bound.contains(slot) { return 0 }
        if let candidates = filter.candidates { return candidates.count }
        if let types = filter.types { return 1 + types.reduce(0) { $0 + (graph.nodesByType[$1]?.count ?? 0) } }
        return 2 + graph.nodeCount
    }

    private mutating func planClause(
        _ match: MatchClause, clause: Int, bound: inout Set<Int>,
        steps: inout [PlanStep], conjuncts: inout [Expression]
    ) throws {
        struct Prepared {
            var part: PatternPart
            var nodeSlots: [Int]
            var relationshipSlots: [Int]
            var pathSlot: Int?
            var nodeFilters: [NodeFilter]
            var edgeFilters: [EdgeFilter]
        }
        var pending: [Prepared] = []
        // Equalities on variables this clause introduces; earlier ones are bound already.
        let whereEqualities = WhereAnchors.equalities(in: match).filter { equality in
            guard let slot = slotByName[equality.variable] else { return false }
            return slots[slot].kind == .node && !bound.contains(slot)
        }
        for part in match.patterns {
            guard let declared = partSlots[part.position.offset] else { continue }
            var nodeFilters: [NodeFilter] = []
            for node in part.nodes {
                var filter = try nodeFilter(node)
                if let name = node.variable?.name {
                    for equality in whereEqualities where equality.variable == name {
                        try narrow(&filter, by: equality)
                    }
                }
                nodeFilters.append(filter)
            }
            var edgeFilters: [EdgeFilter] = []
            for relationship in part.relationships { edgeFilters.append(try edgeFilter(relationship)) }
            pending.append(
                Prepared(
                    part: part, nodeSlots: declared.nodes, relationshipSlots: declared.relationships,
                    pathSlot: declared.path, nodeFilters: nodeFilters, edgeFilters: edgeFilters))
        }

        func flushConjuncts(_ bound: Set<Int>, _ steps: inout [PlanStep], _ conjuncts: inout [Expression]) {
            conjuncts.removeAll { conjunct in
                let needed = Self.variables(in: conjunct).compactMap { slotByName[$0] }
                guard needed.allSatisfy(bound.contains) else { return false }
                steps.append(.filter(conjunct))
                return true
            }
        }

        func bindNode(_ slot: Int, _ filter: NodeFilter, _ bound: inout Set<Int>, _ steps: inout [PlanStep]) {
            if bound.contains(slot) {
                if !filter.isUnconstrained { steps.append(.checkNode(slot: slot, filter: filter)) }
            } else {
                steps.append(.scanNodes(slot: slot, filter: filter))
                bound.insert(slot)
            }
        }

        while !pending.isEmpty {
            // The part whose best starting node is most selective goes next.
            var bestPart = 0
            var bestCost = Int.max
            for (index, prepared) in pending.enumerated() {
                let cost =
                    zip(prepared.nodeSlots, prepared.nodeFilters)
                    .map { estimate($0.0, $0.1, bound: bound) }.min() ?? Int.max
                if cost < bestCost {
                    bestCost = cost
                    bestPart = index
                }
            }
            let prepared = pending.remove(at: bestPart)
            let part = prepared.part

            if let shortest = part.shortest {
                guard part.relationships.count == 1, let relationship = part.relationships.first else {
                    throw Diagnostic(
                        "a shortest-path pattern joins two nodes with one relationship, like (a)-[*..6]-(b)",
                        at: part.position)
                }
                let range = relationship.length ?? LengthRange(minimum: 1, maximum: nil)
                let minimum = range.minimum ?? 1
                guard minimum <= 1 else {
                    throw Diagnostic("a shortest path's lower bound must be 0 or 1", at: relationship.position)
                }
                let maximum = range.maximum ?? Self.defaultMaximumHops
                try checkBounds(
                    minimum: minimum, maximum: maximum, largest: Self.largestShortestPathBound,
                    at: relationship.position)
                let left = (prepared.nodeSlots[0], prepared.nodeFilters[0])
                let right = (prepared.nodeSlots[1], prepared.nodeFilters[1])
                let leftCost = estimate(left.0, left.1, bound: bound)
                let rightCost = estimate(right.0, right.1, bound: bound)
                let backward = rightCost < leftCost
                let (start, end) = backward ? (right, left) : (left, right)
                let direction = Self.traversal(relationship.direction)
                bindNode(start.0, start.1, &bound, &steps)
                flushConjuncts(bound, &steps, &conjuncts)
                // Both ends known: one bidirectional search per pair; else one search from the start.
                let endIsSelective = bound.contains(end.0) || end.1.candidates != nil
                if endIsSelective {
                    bindNode(end.0, end.1, &bound, &steps)
                    flushConjuncts(bound, &steps, &conjuncts)
                }
                let expansion = Expansion(
                    from: start.0, edgeSlot: prepared.relationshipSlots[0], to: end.0,
                    direction: backward ? direction.reversed : direction,
                    edgeFilter: prepared.edgeFilters[0], toFilter: end.1, toIsBound: bound.contains(end.0),
                    walksBackward: backward, clause: clause)
                steps.append(.shortestPath(expansion, minimum: minimum, maximum: maximum, all: shortest == .all))
                bound.insert(end.0)
                bound.insert(prepared.relationshipSlots[0])
            } else {
                var start = 0
                var startCost = Int.max
                for (index, slot) in prepared.nodeSlots.enumerated() {
                    let cost = estimate(slot, prepared.nodeFilters[index], bound: bound)
                    if cost < startCost {
                        startCost = cost
                        start = index
                    }
                }
                // Starting from the edges of a rare action beats scanning every node of a type.
                var edgeStart: (hop: Int, cost: Int)?
                for (hop, relationship) in part.relationships.enumerated() where relationship.length == nil {
                    guard let actions = prepared.edgeFilters[hop].actions,
                        !bound.contains(prepared.nodeSlots[hop]), !bound.contains(prepared.nodeSlots[hop + 1])
                    else { continue }
                    let edges = actions.reduce(0) { $0 + graph.edgesByAction[Int($1)].count }
                    let cost = relationship.direction == .either ? 2 * edges : edges
                    if cost < startCost && cost < (edgeStart?.cost ?? Int.max) { edgeStart = (hop, cost) }
                }
                if let edgeStart {
                    let hop = edgeStart.hop
                    let relationship = prepared.part.relationships[hop]
                    let expansion = Expansion(
                        from: prepared.nodeSlots[hop], edgeSlot: prepared.relationshipSlots[hop],
                        to: prepared.nodeSlots[hop + 1], direction: Self.traversal(relationship.direction),
                        edgeFilter: prepared.edgeFilters[hop], toFilter: prepared.nodeFilters[hop + 1],
                        toIsBound: prepared.nodeSlots[hop] == prepared.nodeSlots[hop + 1],
                        walksBackward: false, clause: clause)
                    steps.append(.scanEdges(expansion, fromFilter: prepared.nodeFilters[hop]))
                    bound.formUnion([expansion.from, expansion.to, expansion.edgeSlot])
                    flushConjuncts(bound, &steps, &conjuncts)
                    start = hop
                } else {
                    bindNode(prepared.nodeSlots[start], prepared.nodeFilters[start], &bound, &steps)
                    flushConjuncts(bound, &steps, &conjuncts)
                }
                for hop in (edgeStart.map { $0.hop + 1 } ?? start)..<part.relationships.count {
                    try appendExpansion(
                        prepared.part.relationships[hop], edgeSlot: prepared.relationshipSlots[hop],
                        filter: prepared.edgeFilters[hop],
                        from: prepared.nodeSlots[hop], to: prepared.nodeSlots[hop + 1],
                        toFilter: prepared.nodeFilters[hop + 1], backward: false,
                        clause: clause, bound: &bound, steps: &steps)
                    flushConjuncts(bound, &steps, &conjuncts)
                }
                for hop in stride(from: start - 1, through: 0, by: -1) {
                    try appendExpansion(
                        prepared.part.relationships[hop], edgeSlot: prepared.relationshipSlots[hop],
                        filter: prepared.edgeFilters[hop],
                        from: prepared.nodeSlots[hop + 1], to: prepared.nodeSlots[hop],
                        toFilter: prepared.nodeFilters[hop], backward: true,
                        clause: clause, bound: &bound, steps: &steps)
                    flushConjuncts(bound, &steps, &conjuncts)
                }
            }
            if let pathSlot = prepared.pathSlot {
                var elements: [PathElement] = []
                for (index, nodeSlot) in prepared.nodeSlots.enumerated() {
                    elements.append(.node(nodeSlot))
                    if index < prepared.relationshipSlots.count {
                        let relationshipSlot = prepared.relationshipSlots[index]
                        elements.append(slots[relationshipSlot].kind == .walk ? .walk(relationshipSlot) : .edge(relationshipSlot))
                    }
                }
                steps.append(.buildPath(slot: pathSlot, elements: elements))
                bound.insert(pathSlot)
                flushConjuncts(bound, &steps, &conjuncts)
            }
        }
    }

    private func checkBounds(minimum: Int, maximum: Int, largest: Int, at position: Position) throws {
        guard minimum >= 0, maximum >= minimum else {
            throw Diagnostic("invalid length *\(minimum)..\(maximum): the upper bound must be at least the lower", at: position)
        }
        guard maximum <= largest else {
            throw Diagnostic("upper bound \(maximum) is too large; at most \(largest) hops here", at: position)
        }
    }

    static func traversal(_ direction: PatternDirection) -> TraversalDirection {
        switch direction {
        case .outgoing: return .outgoing
        case .incoming: return .incoming
        case .either: return .both
        }
    }

    private func appendExpansion(
        _ relationship: RelationshipPattern, edgeSlot: Int, filter: EdgeFilter,
        from: Int, to: Int, toFilter: NodeFilter, backward: Bool, clause: Int,
        bound: inout Set<Int>, steps: inout [PlanStep]
    ) throws {
        let direction = Self.traversal(relationship.direction)
        let expansion = Expansion(
            from: from, edgeSlot: edgeSlot, to: to,
            direction: backward ? direction.reversed : direction,
            edgeFilter: filter, toFilter: toFilter, toIsBound: bound.contains(to),
            walksBackward: backward, clause: clause)
        if let range = relationship.length {
            let minimum = range.minimum ?? 1
            let maximum = range.maximum ?? max(minimum, Self.defaultMaximumHops)
            try checkBounds(
                minimum: minimum, maximum: maximum, largest: Self.largestWalkBound,
                at: relationship.position)
            steps.append(.expandVariable(expansion, minimum: minimum, maximum: maximum))
        } else {
            steps.append(.expand(expansion))
        }
        bound.insert(to)
        bound.insert(edgeSlot)
    }
}
