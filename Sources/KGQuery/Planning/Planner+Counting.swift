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
    static func specializeCounting(_ plan: inout QueryPlan, matches: [MatchClause]) {
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
