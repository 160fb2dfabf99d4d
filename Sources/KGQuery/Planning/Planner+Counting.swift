/// Plan rewrites for queries that count or de-duplicate rather than list: they change how rows
/// are found, never which answers come out.
extension Planner {
    /// Rewrites `plan`'s steps where the projection makes it safe:
    /// - a variable-length expansion whose walk nobody reads becomes a breadth-first reach
    ///   (`reachVariable`) when the projection ignores row multiplicity (DISTINCT, count(DISTINCT),
    ///   min, max) and its clause binds no other relationship (relationship uniqueness cannot
    ///   then depend on which trail was taken);
    /// - a last plain hop whose variables nobody reads becomes a counted hop (`countLastHop`)
    ///   when every aggregate is `count(*)`.
    ///
    /// ```
    /// MATCH (a {name: $n})-[*1..3]->(b) RETURN count(DISTINCT b)      -> VarLengthReach
    /// MATCH (a:person)-[:condemn]->(b)<-[:sanction]-(c) RETURN count(*) -> ... CountLastHop
    /// ```
    static func specializeCounting(_ plan: inout QueryPlan, matches: [MatchClause], graph: GraphIndex) {
        let projection = plan.projection
        var read = Set<Int>()
        for item in projection.items {
            for name in variables(in: item.expression) { if let slot = plan.slotByName[name] { read.insert(slot) } }
        }
        for key in projection.orderBy {
            for name in variables(in: key.expression) { if let slot = plan.slotByName[name] { read.insert(slot) } }
        }
        for step in plan.steps {
            switch step {
            case let .filter(condition):
                for name in variables(in: condition) { if let slot = plan.slotByName[name] { read.insert(slot) } }
            case let .buildPath(_, elements):
                for element in elements {
                    switch element {
                    case let .node(slot), let .edge(slot), let .walk(slot): read.insert(slot)
                    }
                }
            default:
                break
            }
        }
        let relationshipsPerClause = matches.map { $0.patterns.reduce(0) { $0 + $1.relationships.count } }

        if ignoresMultiplicity(projection) {
            for (index, step) in plan.steps.enumerated() {
                guard case let .expandVariable(expansion, minimum, maximum) = step,
                    !read.contains(expansion.edgeSlot), plan.slots[expansion.edgeSlot].isAnonymous,
                    expansion.clause < relationshipsPerClause.count,
                    relationshipsPerClause[expansion.clause] == 1,
                    ReachabilitySearch.isExact(minimum: minimum, direction: expansion.direction)
                else { continue }
                plan.steps[index] = .reachVariable(expansion, minimum: minimum, maximum: maximum)
            }
        }

        if let last = plan.steps.indices.last, case let .expand(expansion) = plan.steps[last],
            !expansion.toIsBound, countsRowsOnly(projection),
            !read.contains(expansion.to), !read.contains(expansion.edgeSlot)
        {
            plan.steps[last] = .countLastHop(expansion)
        }

        if let last = plan.steps.indices.last, case let .reachVariable(expansion, minimum, maximum) = plan.steps[last],
            !expansion.toIsBound, !plan.slots[expansion.to].isAnonymous,
            countsDistinctOnly(projection, variable: plan.slots[expansion.to].name)
        {
            plan.steps[last] = .countReach(expansion, minimum: minimum, maximum: maximum)
        }

        if let pairs = hopPairs(plan, read: read, graph: graph), matches.count == 1, !matches[0].isOptional,
            matches[0].patterns.count == 1
        {
            plan.steps = [pairs]
        }
    }

    /// True when every item is `count(DISTINCT variable)`: one group, whose only question is how
    /// many distinct nodes `variable` binds.
    static func countsDistinctOnly(_ projection: ReturnClause, variable: String) -> Bool {
        guard !projection.items.isEmpty else { return false }
        return projection.items.allSatisfy { item in
            guard case let .function(name, true, false, arguments) = item.expression.kind,
                name.name.lowercased() == "count", arguments.count == 1,
                case let .variable(argument) = arguments[0].kind
            else { return false }
            return argument == variable
        }
    }

    /// The plan of one two-hop chain counted per middle node, when its steps are exactly a start
    /// (a node scan then a hop, or an edge scan) and a counted last hop from the middle node, and
    /// no one reads the chain's variables (so one row per middle node, weighted, says it all).
    /// Only when the middle nodes are not many more than the starts the plan would scan (an
    /// anchored `(a {name: ...})` keeps its plan: one node beats a pass over every middle node).
    static func hopPairs(_ plan: QueryPlan, read: Set<Int>, graph: GraphIndex) -> PlanStep? {
        func size(_ filter: NodeFilter) -> Int {
            if let candidates = filter.candidates { return candidates.count }
            if let types = filter.types { return types.reduce(0) { $0 + (graph.nodesByType[$1]?.count ?? 0) } }
            return graph.nodeCount
        }
        guard let last = plan.steps.last, case let .countLastHop(second) = last else { return nil }
        let middle = second.from
        var first: Expansion
        var filter: NodeFilter
        let scanned: Int
        switch plan.steps.count {
        case 3:
            guard case let .scanNodes(start, startFilter) = plan.steps[0], case let .expand(hop) = plan.steps[1],
                hop.from == start, !hop.toIsBound, hop.to != start
            else { return nil }
            scanned = size(startFilter)
            first = hop
            if start == middle {
                // Started at the middle node: both hops already leave it.
                filter = startFilter
            } else if hop.to == middle {
                filter = hop.toFilter
                first.from = middle
                first.to = start
                first.toFilter = startFilter
                first.direction = hop.direction.reversed
            } else {
                return nil
            }
        case 2:
            guard case let .scanEdges(hop, fromFilter) = plan.steps[0], !hop.toIsBound, hop.from != hop.to else { return nil }
            scanned = (hop.edgeFilter.actions ?? []).reduce(0) { $0 + graph.edgesByAction[Int($1)].count }
            first = hop
            if hop.from == middle {
                filter = fromFilter
            } else if hop.to == middle {
                filter = hop.toFilter
                first.from = middle
                first.to = hop.from
                first.toFilter = fromFilter
                first.direction = hop.direction.reversed
            } else {
                return nil
            }
        default:
            return nil
        }
        guard first.clause == second.clause, first.to != second.to, first.to != middle, second.to != middle,
            !read.contains(middle), !read.contains(first.to), !read.contains(first.edgeSlot),
            size(filter) <= 2 * scanned + 64
        else { return nil }
        return .countHopPairs(middle: middle, filter: filter, first: first, second: second)
    }

    /// True when the result stays the same however many times each distinct row arrives.
    static func ignoresMultiplicity(_ projection: ReturnClause) -> Bool {
        var aggregates = 0
        for item in projection.items {
            guard case let .function(name, distinct, star, _) = item.expression.kind,
                FunctionLibrary.isAggregate(name.name)
            else { continue }
            aggregates += 1
            switch name.name.lowercased() {
            case "min", "max": continue
            case "count" where distinct && !star: continue
            default: return false
            }
        }
        return aggregates > 0 || projection.distinct
    }

    /// True when the projection has aggregates and every one is `count(*)`.
    static func countsRowsOnly(_ projection: ReturnClause) -> Bool {
        var aggregates = 0
        for item in projection.items {
            guard case let .function(name, distinct, star, _) = item.expression.kind,
                FunctionLibrary.isAggregate(name.name)
            else { continue }
            guard name.name.lowercased() == "count", star, !distinct else { return false }
            aggregates += 1
        }
        return aggregates > 0
    }
}
