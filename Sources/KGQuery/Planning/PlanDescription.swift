/// EXPLAIN's output: the plan as an indented tree, the last step (the projection) at the top
/// and the first (the starting scan) at the bottom, read bottom-up like a Cypher plan.
///
/// ```
/// Project b.name, count(*) AS n  [grouped] ORDER BY n DESC LIMIT 5
/// └─ Filter b.type = "country"
///    └─ EdgeByAction (a)-[:sanction|condemn]->(b): 212 edges
///       └─ Graph in memory: 1520 nodes, 4410 edges
/// ```
enum PlanDescription {
    static func lines(of plans: [QueryPlan], graph: GraphIndex) -> [String] {
        var entries: [String] = []
        for (index, plan) in plans.enumerated().reversed() {
            entries.append(head(of: plan.projection, keyword: index == plans.count - 1 ? "Project" : "With"))
            for step in plan.steps.reversed() {
                entries.append(describe(step, plan: plan, graph: graph))
            }
        }
        // USE facts: the edges counted are facts, each merging the reports of one (subject, action, object).
        let edges = graph.isFacts ? "\(graph.edgeCount) facts" : "\(graph.edgeCount) edges"
        entries.append(
            graph.isPartial
                ? "Neighbourhood: \(graph.nodeCount) nodes, \(edges) around the anchors, read through the indexes"
                : "Graph in memory: \(graph.nodeCount) nodes, \(edges)")
        return entries.enumerated().map { index, entry in
            index == 0 ? entry : String(repeating: "   ", count: index - 1) + "└─ " + entry
        }
    }

    private static func head(of projection: ReturnClause, keyword: String) -> String {
        var head =
            keyword + (projection.distinct ? " DISTINCT " : " ")
            + projection.items.map { item in
                item.alias.map { "\(item.expression.text) AS \($0.name)" } ?? item.expression.text
            }.joined(separator: ", ")
        if projection.items.contains(where: { Planner.containsAggregate($0.expression) }) { head += "  [grouped]" }
        if !projection.orderBy.isEmpty {
            head +=
                " ORDER BY "
                + projection.orderBy.map { $0.expression.text + ($0.descending ? " DESC" : "") }
                .joined(separator: ", ")
        }
        if let skip = projection.skip { head += " SKIP \(skip.text)" }
        if let limit = projection.limit { head += " LIMIT \(limit.text)" }
        return head
    }

    private static func name(_ slot: Int, _ plan: QueryPlan) -> String {
        let s = plan.slots[slot]
        return s.isAnonymous ? "" : s.name
    }

    private static func describe(_ step: PlanStep, plan: QueryPlan, graph: GraphIndex) -> String {
        switch step {
        case let .scanNodes(slot, filter):
            if let candidates = filter.candidates {
                return "NodeByName (\(name(slot, plan))) \(filter.summary): \(candidates.count) candidate\(candidates.count == 1 ? "" : "s") from the alias index"
            }
            if let types = filter.types {
                let count = types.reduce(0) { $0 + (graph.nodesByType[$1]?.count ?? 0) }
                return "NodeByLabel (\(name(slot, plan))\(filter.summary)): \(count) node\(count == 1 ? "" : "s")"
            }
            return "AllNodesScan (\(name(slot, plan))): \(graph.nodeCount) nodes"
        case let .scanEdges(expansion, fromFilter):
            let count = (expansion.edgeFilter.actions ?? []).reduce(0) { $0 + graph.edgesByAction[Int($1)].count }
            var text = "EdgeByAction \(hop(expansion, plan, length: "")): \(count) edge\(count == 1 ? "" : "s")"
            if !fromFilter.summary.isEmpty { text += " [from \(name(expansion.from, plan))\(fromFilter.summary.hasPrefix(":") ? "" : " ")\(fromFilter.summary)]" }
            return text
        case let .checkNode(slot, filter):
            return "CheckNode (\(name(slot, plan))) \(filter.summary)"
        case let .expand(expansion):
            return "Expand \(hop(expansion, plan, length: ""))" + (expansion.toIsBound ? " [into bound node]" : "")
        case let .expandVariable(expansion, minimum, maximum):
            return "VarLengthExpand \(hop(expansion, plan, length: "*\(minimum)..\(maximum)")) [trails: no edge twice]"
        case let .reachVariable(expansion, minimum, maximum):
            return "VarLengthReach \(hop(expansion, plan, length: "*\(minimum)..\(maximum)")) [BFS: each end node once, walks not enumerated]"
        case let .countLastHop(expansion):
            return "CountLastHop \(hop(expansion, plan, length: "")) [edges counted per node, not enumerated]"
        case let .countReach(expansion, minimum, maximum):
            return "VarLengthReachCount \(hop(expansion, plan, length: "*\(minimum)..\(maximum)")) [BFS: end nodes counted in one batch, no row per end]"
        case let .countHopPairs(middle, filter, first, second):
            let count = filter.types.map { $0.reduce(0) { $0 + (graph.nodesByType[$1]?.count ?? 0) } } ?? filter.candidates?.count ?? graph.nodeCount
            let summary = filter.summary.isEmpty || filter.summary.hasPrefix(":") ? filter.summary : " " + filter.summary
            let middles = "\(count) middle node\(count == 1 ? "" : "s") (\(name(middle, plan))\(summary))"
            return "CountHopPairs \(hop(first, plan, length: "")) and \(hop(second, plan, length: "")) over \(middles) [per middle: count x count, pairs not enumerated]"
        case let .shortestPath(expansion, minimum, maximum, all):
            let how = expansion.toIsBound ? "bidirectional BFS per pair" : "BFS from start"
            return "\(all ? "AllShortestPaths" : "ShortestPath") \(hop(expansion, plan, length: "*\(minimum)..\(maximum)")) [\(how)]"
        case let .buildPath(slot, _):
            return "BuildPath \(name(slot, plan))"
        case let .filter(condition):
            return "Filter \(condition.text)"
        case let .optionalStart(_, slots):
            let named = slots.map { name($0, plan) }.filter { !$0.isEmpty }
            return named.isEmpty ? "Optional" : "Optional (on no match: " + named.joined(separator: ", ") + " null)"
        case .optionalEnd:
            return "OptionalMatched"
        }
    }

    private static func hop(_ expansion: Expansion, _ plan: QueryPlan, length: String) -> String {
        var label = plan.slots[expansion.edgeSlot].isAnonymous ? "" : name(expansion.edgeSlot, plan)
        let edgeFilter = expansion.edgeFilter.summary
        if !edgeFilter.isEmpty { label += edgeFilter.hasPrefix(":") || label.isEmpty ? edgeFilter : " " + edgeFilter }
        label += length
        let filter = expansion.toFilter.summary
        let target = name(expansion.to, plan) + (filter.isEmpty || filter.hasPrefix(":") ? filter : " " + filter)
        let from = name(expansion.from, plan)
        switch expansion.direction {
        case .outgoing: return "(\(from))-[\(label)]->(\(target))"
        case .incoming: return "(\(from))<-[\(label)]-(\(target))"
        case .both: return "(\(from))-[\(label)]-(\(target))"
        }
    }
}
