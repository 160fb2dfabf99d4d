import KGExtraction
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
    /// Relationship variables with the position where they were bound, to reject reuse.
    private var relationshipVariables: [String: Position] = [:]

    init(graph: GraphIndex, store: GraphStore, parameters: [String: QueryValue]) {
        self.graph = graph
        self.store = store
        self.parameters = parameters
    }

    static let nodeProperties = ["name", "type", "id"]
    static let labels = EntityType.allCases.map(\.rawValue)

    mutating func plan(_ statement: QueryStatement) throws -> QueryPlan {
        var steps: [PlanStep] = []
        var bound = Set<Int>()
        for (clauseIndex, match) in statement.matches.enumerated() {
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
        var projection = statement.projection
        if projection.star {
            let named = slots.filter { !$0.isAnonymous }
            guard !named.isEmpty else {
                throw Diagnostic("RETURN * needs at least one named variable", at: projection.position)
            }
            projection.items = named.map { slot in
                ReturnItem(expression: Expression(kind: .variable(slot.name), position: slot.position, text: slot.name),
                           alias: nil)
            } + projection.items
            projection.star = false
        }
        try checkProjection(projection)
        return QueryPlan(slots: slots, steps: steps, projection: projection,
                         notices: notices, slotByName: slotByName)
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
                    throw Diagnostic("relationship variable '\(identifier.name)' is already bound at \(known.position.line):\(known.position.column); each relationship pattern needs its own variable",
                                     at: identifier.position)
                }
                throw Diagnostic("variable '\(identifier.name)' is \(Self.describe(known.kind)) at \(known.position.line):\(known.position.column) and cannot also be \(Self.describe(kind))",
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
                relationshipSlots.append(try slot(named: relationship.variable, kind: kind,
                                                  position: relationship.position))
            }
        }
        var pathSlot: Int?
        if let pathVariable = part.pathVariable {
            pathSlot = try slot(named: pathVariable, kind: .path, position: pathVariable.position)
        }
        partSlots[part.position.offset] = (nodeSlots, relationshipSlots, pathSlot)
    }

    // MARK: - Filters

    private func constant(_ expression: Expression) throws -> QueryValue {
        switch expression.kind {
        case let .literal(value):
            return value
        case let .parameter(name):
            guard let value = parameters[name] else { throw Self.missingParameter(name, at: expression.position) }
            return value
        case let .list(items):
            return .list(try items.map(constant))
        default:
            throw Diagnostic("property values in a pattern must be literals or parameters; compare variables in WHERE",
                             at: expression.position)
        }
    }

    static func missingParameter(_ name: String, at position: Position) -> Diagnostic {
        Diagnostic("no value for parameter $\(name); pass it with --param \(name)=VALUE", at: position)
    }

    private mutating func nodeFilter(_ node: NodePattern) throws -> NodeFilter {
        var filter = NodeFilter.any
        var summary: [String] = []
        if !node.labels.isEmpty {
            var types = Set<String>()
            for label in node.labels {
                let lowered = label.name.lowercased()
                guard Self.labels.contains(lowered) else {
                    throw Diagnostic(Self.unknown("label", label.name, among: Self.labels,
                                                  known: "labels are entity types"), at: label.position)
                }
                types.insert(lowered)
            }
            filter.types = types
            summary.append(":" + types.sorted().joined(separator: "|"))
        }
        for entry in node.properties {
            let key = entry.key.name
            let value = try constant(entry.value)
            switch key {
            case "name":
                let found = try nodesNamed(value, at: entry.value.position)
                filter.candidates = filter.candidates.map { $0.intersection(found) } ?? found
                summary.append("name≈\(value.text)")
            case "id":
                var found = Set<Int32>()
                if case let .int(id) = value, let index = graph.index(ofNodeID: id) { found.insert(index) }
                filter.candidates = filter.candidates.map { $0.intersection(found) } ?? found
                summary.append("id=\(value.text)")
            case "type":
                let type = value.text.lowercased()
                guard Self.labels.contains(type) else {
                    throw Diagnostic("unknown type '\(value.text)'\(Suggestion.clause(for: type, among: Self.labels))",
                                     at: entry.value.position)
                }
                filter.types = (filter.types ?? [type]).intersection([type])
                summary.append("type=\(type)")
            default:
                throw Diagnostic(Self.unknown("node property", key, among: Self.nodeProperties, known: "nodes have"),
                                 at: entry.key.position)
            }
        }
        filter.summary = summary.joined(separator: " ")
        return filter
    }

    /// Nodes whose canonical name or any alias matches `value`, ignoring case: through the alias
    /// index (`aliases.key`) and the case-insensitive name index, never a scan.
    private mutating func nodesNamed(_ value: QueryValue, at position: Position) throws -> Set<Int32> {
        let names: [String]
        switch value {
        case let .list(items): names = items.map(\.text)
        case .null: return []
        default: names = [value.text]
        }
        var found = Set<Int32>()
        let byAlias = try store.database.prepare("SELECT entity_id FROM aliases WHERE key = ?")
        let byName = try store.database.prepare("SELECT id FROM entities WHERE name = ? COLLATE NOCASE")
        for name in names {
            var matched = false
            try byAlias.bind([.text(AliasKey.lookupKey(name))])
            while try byAlias.step() {
                if let index = graph.index(ofNodeID: byAlias.int(0)) { found.insert(index); matched = true }
            }
            try byName.bind([.text(name)])
            while try byName.step() {
                if let index = graph.index(ofNodeID: byName.int(0)) { found.insert(index); matched = true }
            }
            if !matched {
                var notice = "no entity is named '\(name)'"
                let names = graph.isPartial ? try entityNames() : graph.nodeNames
                let near = try Suggestion.closest(to: name, among: names)
                    ?? Suggestion.closest(to: name, among: aliasSurfaces())
                if let near {
                    notice += "; did you mean '\(near)'?"
                } else {
                    let lowered = name.lowercased()
                    let containing = names.filter { $0.lowercased().contains(lowered) }.prefix(3)
                    if !containing.isEmpty {
                        notice += "; did you mean " + containing.map { "'\($0)'" }.joined(separator: " or ") + "?"
                    }
                }
                notices.append(Diagnostic(notice, at: position))
            }
        }
        return found
    }

    /// Every entity's name, when only part of the graph is in memory.
    private func entityNames() throws -> [String] {
        let statement = try store.database.prepare("SELECT name FROM entities ORDER BY id")
        var names: [String] = []
        while try statement.step() { names.append(statement.text(0)) }
        return names
    }

    /// Every alias as written, read only when a name matched nothing, for a suggestion.
    private func aliasSurfaces() throws -> [String] {
        let statement = try store.database.prepare("SELECT DISTINCT surface FROM aliases")
        var surfaces: [String] = []
        while try statement.step() { surfaces.append(statement.text(0)) }
        return surfaces
    }

    private mutating func edgeFilter(_ relationship: RelationshipPattern) throws -> EdgeFilter {
        var filter = EdgeFilter(actions: nil, properties: [], summary: "")
        var summary: [String] = []
        if !relationship.actions.isEmpty {
            var actions = Set<Int32>()
            for label in relationship.actions {
                if let index = graph.actionIndex[label.name] ?? graph.actionIndex[label.name.lowercased()] {
                    actions.insert(index)
                } else if let near = Suggestion.closest(to: label.name, among: graph.actions) {
                    throw Diagnostic("unknown action '\(label.name)'; did you mean '\(near)'?", at: label.position)
                } else {
                    notices.append(Diagnostic("no relationship in the graph has action '\(label.name)'",
                                              at: label.position))
                }
            }
            filter.actions = actions
            summary.append(":" + relationship.actions.map(\.name).joined(separator: "|"))
        }
        for entry in relationship.properties {
            guard let field = EdgeField(rawValue: entry.key.name) else {
                let known = EdgeField.allCases.map(\.rawValue)
                throw Diagnostic(Self.unknown("relationship property", entry.key.name, among: known,
                                              known: "relationships have"), at: entry.key.position)
            }
            let value = try constant(entry.value)
            filter.properties.append((field, value))
            summary.append("\(field.rawValue)=\(value.text)")
        }
        filter.summary = summary.joined(separator: " ")
        return filter
    }

    // MARK: - Step order

    /// How many rows binding this node would start with; lower is better.
    private func estimate(_ slot: Int, _ filter: NodeFilter, bound: Set<Int>) -> Int {
        if bound.contains(slot) { return 0 }
        if let candidates = filter.candidates { return candidates.count }
        if let types = filter.types { return 1 + types.reduce(0) { $0 + (graph.nodesByType[$1]?.count ?? 0) } }
        return 2 + graph.nodeCount
    }

    private mutating func planClause(_ match: MatchClause, clause: Int, bound: inout Set<Int>,
                                     steps: inout [PlanStep], conjuncts: inout [Expression]) throws {
        struct Prepared {
            var part: PatternPart
            var nodeSlots: [Int]
            var relationshipSlots: [Int]
            var pathSlot: Int?
            var nodeFilters: [NodeFilter]
            var edgeFilters: [EdgeFilter]
        }
        var pending: [Prepared] = []
        for part in match.patterns {
            guard let declared = partSlots[part.position.offset] else { continue }
            var nodeFilters: [NodeFilter] = []
            for node in part.nodes { nodeFilters.append(try nodeFilter(node)) }
            var edgeFilters: [EdgeFilter] = []
            for relationship in part.relationships { edgeFilters.append(try edgeFilter(relationship)) }
            pending.append(Prepared(part: part, nodeSlots: declared.nodes, relationshipSlots: declared.relationships,
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
                let cost = zip(prepared.nodeSlots, prepared.nodeFilters)
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
                    throw Diagnostic("a shortest-path pattern joins two nodes with one relationship, like (a)-[*..6]-(b)",
                                     at: part.position)
                }
                let range = relationship.length ?? LengthRange(minimum: 1, maximum: nil)
                let minimum = range.minimum ?? 1
                guard minimum <= 1 else {
                    throw Diagnostic("a shortest path's lower bound must be 0 or 1", at: relationship.position)
                }
                let maximum = range.maximum ?? Self.defaultMaximumHops
                try checkBounds(minimum: minimum, maximum: maximum, largest: Self.largestShortestPathBound,
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
                          !bound.contains(prepared.nodeSlots[hop]), !bound.contains(prepared.nodeSlots[hop + 1]) else { continue }
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
                    try appendExpansion(prepared.part.relationships[hop], edgeSlot: prepared.relationshipSlots[hop],
                                        filter: prepared.edgeFilters[hop],
                                        from: prepared.nodeSlots[hop], to: prepared.nodeSlots[hop + 1],
                                        toFilter: prepared.nodeFilters[hop + 1], backward: false,
                                        clause: clause, bound: &bound, steps: &steps)
                    flushConjuncts(bound, &steps, &conjuncts)
                }
                for hop in stride(from: start - 1, through: 0, by: -1) {
                    try appendExpansion(prepared.part.relationships[hop], edgeSlot: prepared.relationshipSlots[hop],
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

    private func appendExpansion(_ relationship: RelationshipPattern, edgeSlot: Int, filter: EdgeFilter,
                                 from: Int, to: Int, toFilter: NodeFilter, backward: Bool, clause: Int,
                                 bound: inout Set<Int>, steps: inout [PlanStep]) throws {
        let direction = Self.traversal(relationship.direction)
        let expansion = Expansion(from: from, edgeSlot: edgeSlot, to: to,
                                  direction: backward ? direction.reversed : direction,
                                  edgeFilter: filter, toFilter: toFilter, toIsBound: bound.contains(to),
                                  walksBackward: backward, clause: clause)
        if let range = relationship.length {
            let minimum = range.minimum ?? 1
            let maximum = range.maximum ?? max(minimum, Self.defaultMaximumHops)
            try checkBounds(minimum: minimum, maximum: maximum, largest: Self.largestWalkBound,
                            at: relationship.position)
            steps.append(.expandVariable(expansion, minimum: minimum, maximum: maximum))
        } else {
            steps.append(.expand(expansion))
        }
        bound.insert(to)
        bound.insert(edgeSlot)
    }

    // MARK: - Expressions

    static func conjuncts(of expression: Expression) -> [Expression] {
        if case let .binary(.and, left, right) = expression.kind {
            return conjuncts(of: left) + conjuncts(of: right)
        }
        return [expression]
    }

    static func variables(in expression: Expression) -> [String] {
        switch expression.kind {
        case .literal, .parameter: return []
        case let .variable(name): return [name]
        case let .property(base, _): return variables(in: base)
        case let .unary(_, operand): return variables(in: operand)
        case let .binary(_, left, right): return variables(in: left) + variables(in: right)
        case let .isNull(operand, _): return variables(in: operand)
        case let .list(items): return items.flatMap(variables)
        case let .function(_, _, _, arguments): return arguments.flatMap(variables)
        }
    }

    static func containsAggregate(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .literal, .parameter, .variable: return false
        case let .property(base, _): return containsAggregate(base)
        case let .unary(_, operand): return containsAggregate(operand)
        case let .binary(_, left, right): return containsAggregate(left) || containsAggregate(right)
        case let .isNull(operand, _): return containsAggregate(operand)
        case let .list(items): return items.contains(where: containsAggregate)
        case let .function(name, _, _, arguments):
            return FunctionLibrary.isAggregate(name.name) || arguments.contains(where: containsAggregate)
        }
    }

    /// Checks names in an expression: variables, properties, functions, parameters.
    func check(_ expression: Expression, allowAggregates: Bool, aliases: Set<String>) throws {
        switch expression.kind {
        case .literal:
            return
        case let .parameter(name):
            guard parameters[name] != nil else { throw Self.missingParameter(name, at: expression.position) }
        case let .variable(name):
            guard slotByName[name] != nil || aliases.contains(name) else {
                let known = Array(slotByName.keys) + Array(aliases)
                throw Diagnostic("unknown variable '\(name)'\(Suggestion.clause(for: name, among: known.sorted()))",
                                 at: expression.position)
            }
        case let .property(base, key):
            try check(base, allowAggregates: allowAggregates, aliases: aliases)
            if case let .variable(name) = base.kind, let slot = slotByName[name], !aliases.contains(name) {
                switch slots[slot].kind {
                case .node:
                    guard Self.nodeProperties.contains(key.name) else {
                        throw Diagnostic(Self.unknown("node property", key.name, among: Self.nodeProperties,
                                                      known: "nodes have"), at: key.position)
                    }
                case .edge:
                    let known = EdgeField.allCases.map(\.rawValue)
                    guard EdgeField(rawValue: key.name) != nil else {
                        throw Diagnostic(Self.unknown("relationship property", key.name, among: known,
                                                      known: "relationships have"), at: key.position)
                    }
                case .walk:
                    throw Diagnostic("'\(name)' is a variable-length relationship (a list of relationships) and has no properties",
                                     at: key.position)
                case .path:
                    throw Diagnostic("'\(name)' is a path and has no properties; use length(\(name)), nodes(\(name)) or relationships(\(name))",
                                     at: key.position)
                }
            }
        case let .unary(_, operand):
            try check(operand, allowAggregates: allowAggregates, aliases: aliases)
        case let .binary(_, left, right):
            try check(left, allowAggregates: allowAggregates, aliases: aliases)
            try check(right, allowAggregates: allowAggregates, aliases: aliases)
        case let .isNull(operand, _):
            try check(operand, allowAggregates: allowAggregates, aliases: aliases)
        case let .list(items):
            for item in items { try check(item, allowAggregates: allowAggregates, aliases: aliases) }
        case let .function(name, distinct, star, arguments):
            let lowered = name.name.lowercased()
            guard let arity = FunctionLibrary.arities[lowered] else {
                throw Diagnostic("unknown function '\(name.name)'\(Suggestion.clause(for: name.name, among: FunctionLibrary.displayNames))",
                                 at: name.position)
            }
            let isAggregate = FunctionLibrary.isAggregate(lowered)
            if isAggregate && !allowAggregates {
                throw Diagnostic("\(name.name)() aggregates rows and can only be used in RETURN", at: name.position)
            }
            if star {
                guard lowered == "count" else {
                    throw Diagnostic("only count(*) takes '*'", at: name.position)
                }
                return
            }
            if distinct && !isAggregate {
                throw Diagnostic("DISTINCT is only allowed in aggregate functions", at: name.position)
            }
            guard arity.contains(arguments.count) else {
                let expected = arity.count == 1 ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
                throw Diagnostic("\(name.name)() takes \(expected) argument\(arity.upperBound == 1 ? "" : "s"), not \(arguments.count)",
                                 at: name.position)
            }
            for argument in arguments {
                if isAggregate && Self.containsAggregate(argument) {
                    throw Diagnostic("aggregate functions cannot be nested", at: argument.position)
                }
                try check(argument, allowAggregates: allowAggregates && !isAggregate, aliases: aliases)
            }
        }
    }

    private func checkProjection(_ projection: ReturnClause) throws {
        var seen = Set<String>()
        for item in projection.items {
            try check(item.expression, allowAggregates: true, aliases: [])
            if Self.containsAggregate(item.expression) {
                guard case let .function(name, _, _, _) = item.expression.kind, FunctionLibrary.isAggregate(name.name) else {
                    throw Diagnostic("an aggregate must be a whole RETURN item, like count(*) AS n",
                                     at: item.expression.position)
                }
            }
            if !seen.insert(item.columnName).inserted {
                throw Diagnostic("column '\(item.columnName)' is returned twice; name one with AS",
                                 at: item.alias?.position ?? item.expression.position)
            }
        }
        let groups = projection.distinct || projection.items.contains { Self.containsAggregate($0.expression) }
        let columnNames = Set(projection.items.map(\.columnName))
        for key in projection.orderBy {
            let matchesColumn = projection.items.contains { $0.columnName == key.expression.text || $0.expression.text == key.expression.text }
            if matchesColumn { continue }
            try check(key.expression, allowAggregates: false, aliases: columnNames)
            // After grouping only the returned columns exist: `RETURN DISTINCT a ORDER BY a.name`.
            if groups && !Self.variables(in: key.expression).allSatisfy(columnNames.contains) {
                throw Diagnostic("after DISTINCT or an aggregate, ORDER BY can only use returned columns; return '\(key.expression.text)' or order by a column's alias",
                                 at: key.expression.position)
            }
        }
        for bound in [projection.skip, projection.limit].compactMap({ $0 }) {
            let value: QueryValue
            switch bound.kind {
            case let .literal(literal): value = literal
            case let .parameter(name):
                guard let given = parameters[name] else { throw Self.missingParameter(name, at: bound.position) }
                value = given
            default:
                throw Diagnostic("SKIP and LIMIT take a number or a parameter", at: bound.position)
            }
            guard case let .int(count) = value, count >= 0 else {
                throw Diagnostic("SKIP and LIMIT take a non-negative whole number, not \(value.text.isEmpty ? "null" : value.text)",
                                 at: bound.position)
            }
        }
    }
}
