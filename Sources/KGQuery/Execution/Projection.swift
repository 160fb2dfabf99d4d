/// Turns matched rows into the result: RETURN's columns, implicit grouping around aggregates,
/// DISTINCT, ORDER BY, SKIP and LIMIT.
///
/// ```swift
/// let projection = try Projection(clause: plan.projection, layout: plan.layout, evaluator: evaluator)
/// try matcher.run { try projection.accept($0) }
/// let result = try projection.finish()
/// ```
/// As in Cypher, the non-aggregate columns of a RETURN with an aggregate are its grouping keys.
final class Projection {
    private let clause: ReturnClause
    private let evaluator: Evaluator
    private let aggregateItems: [Bool]
    /// For each ORDER BY key: the column it names, or nil to evaluate it on the row.
    private let sortColumns: [Int?]
    private let skip: Int
    private let limit: Int?
    /// The most values (in rows, groups, or collected) held at once; see `QueryEngine.rowLimit`.
    private let rowLimit: Int
    static let defaultRowLimit = 5_000_000
    private var collected = 0
    private var held = 0

    /// How many values `value` holds: a path its nodes and edges, a list its items.
    private static func size(of value: QueryValue) -> Int {
        switch value {
        case let .path(path): return path.nodes.count + path.edges.count
        case let .list(items): return items.reduce(1) { $0 + size(of: $1) }
        default: return 1
        }
    }
    private let isGrouped: Bool
    /// True when there are aggregates and no grouping keys: one group, found without hashing.
    private let isSingleGroup: Bool
    /// For each item: the slot of a node variable that is the whole argument of a
    /// `count(DISTINCT v)`, so rows are told apart by node index, not by building a value.
    private let distinctNodeSlots: [Int?]
    /// Per item, its aggregate function's kind (nil for a grouping key).
    private let aggregateKinds: [Aggregate.Kind?]
    private let columns: [String]

    /// A fresh aggregate per item, counting distinct nodes in a bitset of `nodeCount` when given.
    private func newAggregates(nodeCount: Int? = nil) -> [Aggregate?] {
        aggregateKinds.map { $0.map { Aggregate($0, nodeCount: nodeCount) } }
    }

    private var rows: [(values: [QueryValue], keys: [QueryValue])] = []
    private var seen = Set<[QueryValue]>()
    private var groupIndex: [[QueryValue]: Int] = [:]
    private var groups: [(keys: [QueryValue], aggregates: [Aggregate?])] = []

    init(
        clause: ReturnClause, layout: ProjectionLayout, evaluator: Evaluator,
        rowLimit: Int = Projection.defaultRowLimit
    ) throws {
        self.rowLimit = rowLimit
        self.clause = clause
        self.evaluator = evaluator
        aggregateItems = layout.aggregateItems
        aggregateKinds = layout.aggregateKinds
        isGrouped = layout.isGrouped
        isSingleGroup = layout.isSingleGroup
        distinctNodeSlots = layout.distinctNodeSlots
        sortColumns = layout.sortColumns
        columns = layout.columns
        func count(_ expression: Expression?) throws -> Int? {
            guard let expression else { return nil }
            guard case let .int(value) = try evaluator.evaluate(expression, in: []), value >= 0 else {
                throw Diagnostic("SKIP and LIMIT take a non-negative whole number", at: expression.position)
            }
            return value
        }
        skip = try count(clause.skip) ?? 0
        limit = try count(clause.limit)
    }

    /// The evaluator with this row's returned values visible by column name.
    private func evaluator(seeing values: [QueryValue]) -> Evaluator {
        var scoped = evaluator
        for (item, value) in zip(clause.items, values) { scoped.columns[item.columnName] = value }
        return scoped
    }

    /// Takes one matched row standing for `weight` matches (more than one only when every
    /// aggregate is `count(*)`, after a counted hop); false when no more rows can change the result.
    func accept(_ row: Row, weight: Int = 1) throws -> Bool {
        if isGrouped {
            let group: Int
            if isSingleGroup {
                if groups.isEmpty {
                    groups.append(([], newAggregates(nodeCount: evaluator.graph.nodeCount)))
                }
                group = 0
            } else {
                var keys: [QueryValue] = []
                for (index, item) in clause.items.enumerated() where !aggregateItems[index] {
                    keys.append(try evaluator.evaluate(item.expression, in: row))
                }
                if let known = groupIndex[keys] {
                    group = known
                } else {
                    group = groups.count
                    if group >= rowLimit { throw tooManyRows() }
                    groupIndex[keys] = group
                    groups.append((keys, newAggregates()))
                }
            }
            for (index, item) in clause.items.enumerated() where aggregateItems[index] {
                guard case let .function(_, _, star, arguments) = item.expression.kind else { continue }
                if star {
                    groups[group].aggregates[index]?.addRows(weight)
                } else if let slot = distinctNodeSlots[index], slot < row.count, case let .node(node) = row[slot] {
                    groups[group].aggregates[index]?.addDistinctNode(node)
                } else {
                    let value = try evaluator.evaluate(arguments.first ?? item.expression, in: row)
                    if groups[group].aggregates[index]?.function == .collect {
                        collected += weight
                        if collected > rowLimit { throw tooManyRows() }
                    }
                    for _ in 0..<weight { groups[group].aggregates[index]?.add(value) }
                }
            }
            return true
        }
        guard weight == 1 else {
            for _ in 0..<weight where try !accept(row) { return false }
            return true
        }
        let values = try clause.items.map { try evaluator.evaluate($0.expression, in: row) }
        if clause.distinct && !seen.insert(values).inserted { return true }
        var keys: [QueryValue] = []
        for (index, key) in clause.orderBy.enumerated() {
            if let column = sortColumns[index] {
                keys.append(values[column])
            } else {
                keys.append(try evaluator(seeing: values).evaluate(key.expression, in: row))
            }
        }
        // Counted in values, a path by its nodes and edges: 5 million six-hop paths held 8 GB.
        held += values.reduce(0) { $0 + Self.size(of: $1) }
        if held > rowLimit { throw tooManyRows() }
        rows.append((values, keys))
        // SKIP and LIMIT may each be as large as Int.max, so their sum is checked.
        if clause.orderBy.isEmpty, let limit {
            let (needed, overflow) = skip.addingReportingOverflow(limit)
            if !overflow && rows.count >= needed { return false }
        }
        return true
    }

    /// Takes the distinct nodes a `countReach` step found for one start: a projection whose
    /// every item is `count(DISTINCT v)` of them (see `Planner.countsDistinctOnly`).
    func acceptDistinctNodes(_ nodes: [Int32]) {
        if groups.isEmpty {
            groups.append(([], newAggregates(nodeCount: evaluator.graph.nodeCount)))
        }
        for index in clause.items.indices {
            groups[0].aggregates[index]?.addDistinctNodes(nodes)
        }
    }

    private func tooManyRows() -> Diagnostic {
        Diagnostic("the statement holds more than \(rowLimit) values in its rows and was stopped; add LIMIT, aggregate, or narrow the pattern")
    }

    func finish() throws -> QueryResult {
        if isGrouped {
            if groups.isEmpty && !aggregateItems.contains(false) {
                // An aggregate over no rows still answers: count(*) is 0.
                groups.append(([], newAggregates()))
            }
            for group in groups {
                var keys = group.keys.makeIterator()
                var values: [QueryValue] = []
                for index in clause.items.indices {
                    if aggregateItems[index] {
                        values.append(group.aggregates[index]?.result ?? .null)
                    } else {
                        values.append(keys.next() ?? .null)
                    }
                }
                if clause.distinct && !seen.insert(values).inserted { continue }
                var sortKeys: [QueryValue] = []
                for (index, key) in clause.orderBy.enumerated() {
                    if let column = sortColumns[index] {
                        sortKeys.append(values[column])
                    } else {
                        // Only returned columns are in scope after grouping (the planner checked).
                        sortKeys.append(try evaluator(seeing: values).evaluate(key.expression, in: []))
                    }
                }
                rows.append((values, sortKeys))
            }
        }
        if !clause.orderBy.isEmpty {
            let descending = clause.orderBy.map(\.descending)
            // Stable, so ties keep the order rows were found in.
            let indexed = rows.enumerated().sorted { left, right in
                for (index, isDescending) in descending.enumerated() {
                    let order = ValueSemantics.sortOrder(left.element.keys[index], right.element.keys[index])
                    if order != 0 { return isDescending ? order > 0 : order < 0 }
                }
                return left.offset < right.offset
            }
            rows = indexed.map(\.element)
        }
        var values = rows.map(\.values)
        if skip > 0 { values = Array(values.dropFirst(skip)) }
        if let limit { values = Array(values.prefix(limit)) }
        return QueryResult(columns: columns, rows: values)
    }
}

/// What a RETURN or WITH clause's projection needs to know about its items, worked out once when
/// the plan is made (the plan is kept and run again) instead of at every run.
///
/// ```swift
/// let layout = ProjectionLayout(clause: plan.projection, slotByName: plan.slotByName)
/// layout.isSingleGroup   // true for RETURN count(*)
/// ```
struct ProjectionLayout: Sendable {
    let aggregateItems: [Bool]
    let aggregateKinds: [Aggregate.Kind?]
    let isGrouped: Bool
    /// True when there are aggregates and no grouping keys: one group, found without hashing.
    let isSingleGroup: Bool
    /// For each item: the slot of a node variable that is the whole argument of a
    /// `count(DISTINCT v)`, so rows are told apart by node index, not by building a value.
    let distinctNodeSlots: [Int?]
    /// For each ORDER BY key: the column it names, or nil to evaluate it on the row.
    let sortColumns: [Int?]
    let columns: [String]

    init(clause: ReturnClause, slotByName: [String: Int]) {
        aggregateItems = clause.items.map { item in
            if case let .function(name, _, _, _) = item.expression.kind { return FunctionLibrary.isAggregate(name.name) }
            return false
        }
        aggregateKinds = zip(clause.items, aggregateItems).map { item, isAggregate in
            isAggregate ? Aggregate.Kind(item.expression) : nil
        }
        isGrouped = aggregateItems.contains(true)
        isSingleGroup = !aggregateItems.contains(false)
        distinctNodeSlots = clause.items.map { item in
            guard case let .function(name, true, false, arguments) = item.expression.kind,
                name.name.lowercased() == "count", arguments.count == 1,
                case let .variable(variable) = arguments[0].kind
            else { return nil }
            return slotByName[variable]
        }
        sortColumns = clause.orderBy.map { key in
            clause.items.firstIndex { $0.columnName == key.expression.text }
                ?? clause.items.firstIndex { $0.expression.text == key.expression.text }
        }
        columns = clause.items.map(\.columnName)
    }
}

/// The running state of one aggregate function for one group.
struct Aggregate {
    enum Function { case count, collect, sum, avg, min, max }
    let function: Function
    let distinct: Bool
    let star: Bool
    private var count = 0
    private var distinctValues = Set<QueryValue>()
    private var items: [QueryValue] = []
    private var integerSum = 0
    private var doubleSum = 0.0
    private var sawDouble = false
    private var extreme: QueryValue = .null
    /// Nodes counted by `count(DISTINCT v)` through `addDistinctNode`: a bit per node when the
    /// node count is known (one group), else a set.
    private var nodeBits: [UInt64] = []
    private var nodeSet = Set<Int32>()

    /// Which aggregate an item is, read from its expression once per plan (`ProjectionLayout`).
    struct Kind: Sendable {
        let function: Function
        let distinct: Bool
        let star: Bool

        init?(_ expression: Expression) {
            guard case let .function(name, distinct, star, _) = expression.kind else { return nil }
            switch name.name.lowercased() {
            case "count": function = .count
            case "collect": function = .collect
            case "sum": function = .sum
            case "avg": function = .avg
            case "min": function = .min
            case "max": function = .max
            default: return nil
            }
            self.distinct = distinct
            self.star = star
        }
    }

    init(_ kind: Kind, nodeCount: Int? = nil) {
        function = kind.function
        distinct = kind.distinct
        star = kind.star
        if let nodeCount, function == .count, distinct { nodeBits = [UInt64](repeating: 0, count: (nodeCount + 63) / 64) }
    }

    /// Counts `rows` rows for `count(*)`.
    mutating func addRows(_ rows: Int) {
        count += rows
    }

    /// Counts node `node` once for `count(DISTINCT v)`.
    mutating func addDistinctNode(_ node: Int32) {
        let word = Int(node) >> 6
        if word < nodeBits.count {
            let bit = UInt64(1) << UInt64(node & 63)
            if nodeBits[word] & bit == 0 {
                nodeBits[word] |= bit
                count += 1
            }
        } else if nodeSet.insert(node).inserted {
            count += 1
        }
    }

    /// Counts each of `nodes` once for `count(DISTINCT v)`.
    mutating func addDistinctNodes(_ nodes: [Int32]) {
        if nodeBits.isEmpty {
            for node in nodes where nodeSet.insert(node).inserted { count += 1 }
            return
        }
        for node in nodes {
            let word = Int(node) >> 6
            let bit = UInt64(1) << UInt64(node & 63)
            if word < nodeBits.count {
                if nodeBits[word] & bit == 0 {
                    nodeBits[word] |= bit
                    count += 1
                }
            } else if nodeSet.insert(node).inserted {
                count += 1
            }
        }
    }

    mutating func add(_ value: QueryValue) {
        if star {
            count += 1
            return
        }
        if value == .null { return }
        if distinct && !distinctValues.insert(value).inserted { return }
        count += 1
        switch function {
        case .count: break
        case .collect: items.append(value)
        case .sum, .avg:
            switch value {
            case let .int(v):
                let (sum, overflow) = integerSum.addingReportingOverflow(v)
                if overflow { sawDouble = true; doubleSum += Double(v) } else { integerSum = sum }
            case let .double(v): sawDouble = true; doubleSum += v
            default: break
            }
        case .min:
            if extreme == .null || ValueSemantics.sortOrder(value, extreme) < 0 { extreme = value }
        case .max:
            if extreme == .null || ValueSemantics.sortOrder(value, extreme) > 0 { extreme = value }
        }
    }

    var result: QueryValue {
        switch function {
        case .count: return .int(count)
        case .collect: return .list(items)
        case .sum: return sawDouble ? .double(doubleSum + Double(integerSum)) : .int(integerSum)
        case .avg: return count == 0 ? .null : .double((doubleSum + Double(integerSum)) / Double(count))
        case .min, .max: return extreme
        }
    }
}
