import KGStore

/// Computes expressions against a row of bindings.
///
/// ```swift
/// let value = try evaluator.evaluate(expression, in: row)   // e.g. .string("Russia")
/// ```
/// Aggregate calls are not evaluated here; `Projection` folds them.
struct Evaluator {
    let graph: GraphIndex
    let evidence: Evidence
    let parameters: [String: QueryValue]
    let slotByName: [String: Int]
    /// Returned columns by name, seen before variables: ORDER BY reads `n` in `RETURN count(*) AS n`
    /// and `a.name` in `RETURN DISTINCT a` through them.
    var columns: [String: QueryValue] = [:]

    func node(_ index: Int32) -> NodeValue {
        let n = Int(index)
        return NodeValue(id: graph.nodeIDs[n], name: graph.nodeNames[n], type: graph.nodeTypes[n])
    }

    func edge(_ index: Int32) throws -> EdgeValue {
        let e = Int(index)
        let first = try evidence.report(graph.edgeIDs[e])
        let date = try edgeProperty(index, .date)
        return EdgeValue(
            id: graph.edgeIDs[e], source: node(graph.edgeSource[e]), target: node(graph.edgeTarget[e]),
            action: graph.actions[Int(graph.edgeAction[e])], cameo: graph.cameos[Int(graph.edgeCameo[e])],
            kind: graph.edgeIsRole[e] ? "role" : "action", document: first?.document,
            sentence: first?.sentence, confidence: Self.twoDecimals(graph.edgeConfidence[e]),
            date: date == .null ? nil : date.text, reports: graph.reportIDs(of: index).count)
    }

    /// Confidences mean two decimals; imported ones may carry float noise (0.7999999999999999).
    static func twoDecimals(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    func path(_ walk: Walk) throws -> PathValue {
        PathValue(nodes: walk.nodes.map(node), edges: try walk.edges.map(edge))
    }

    /// The value a slot holds, as results show it.
    func value(of binding: Binding) throws -> QueryValue {
        switch binding {
        case .unbound: return .null
        case let .node(n): return .node(node(n))
        case let .edge(e): return .edge(try edge(e))
        case let .walk(walk): return .list(try walk.edges.map { .edge(try edge($0)) })
        case let .path(walk): return .path(try path(walk))
        case let .value(value): return value
        }
    }

    func nodeProperty(_ n: Int32, _ key: String) throws -> QueryValue {
        try nodeProperty(id: graph.nodeIDs[Int(n)], name: graph.nodeNames[Int(n)], type: graph.nodeTypes[Int(n)], key)
    }

    private func nodeProperty(id: Int, name: String, type: String, _ key: String) throws -> QueryValue {
        switch key {
        case "name": return .string(name)
        case "type": return .string(type)
        case "id": return .int(id)
        case "aliases": return .list(try evidence.aliases(ofEntity: id).map(QueryValue.string))
        case "documents": return .list(try evidence.documents(ofEntity: id).map(QueryValue.string))
        default: return .null
        }
    }

    func edgeProperty(_ index: Int32, _ field: EdgeField) throws -> QueryValue {
        let e = Int(index)
        func first() throws -> StoredRelation? { try evidence.report(graph.edgeIDs[e]) }
        func reports() throws -> [StoredRelation] { try graph.reportIDs(of: index).compactMap { try evidence.report($0) } }
        switch field {
        case .id: return .int(graph.edgeIDs[e])
        case .action: return .string(graph.actions[Int(graph.edgeAction[e])])
        case .cameo: return .string(graph.cameos[Int(graph.edgeCameo[e])].rawValue)
        case .kind: return .string(graph.edgeIsRole[e] ? "role" : "action")
        case .confidence: return .double(Self.twoDecimals(graph.edgeConfidence[e]))
        case .document: return try first()?.document.map(QueryValue.string) ?? .null
        case .sentence: return try first()?.sentence.map(QueryValue.string) ?? .null
        case .dateSource: return try first()?.dateSource.map(QueryValue.string) ?? .null
        case .reports: return .int(graph.reportIDs(of: index).count)
        case .documents:
            return .list(Set(try reports().compactMap(\.document)).sorted().map(QueryValue.string))
        case .date, .firstDate, .lastDate:
            let dates = try graph.reportIDs(of: index).compactMap { try evidence.date(ofReport: $0, wholeGraph: !graph.isPartial) }
            return (field == .lastDate ? dates.max() : dates.min()).map(QueryValue.string) ?? .null
        }
    }

    /// A property of a value that is not a plain variable (a node from `nodes(p)`, say).
    func property(of value: QueryValue, _ key: String) throws -> QueryValue {
        switch value {
        case let .node(n):
            if n.type == DocumentNode.label { return DocumentNode.property(n, key) }
            return try nodeProperty(id: n.id, name: n.name, type: n.type, key)
        case let .edge(e):
            guard let field = EdgeField(rawValue: key) else { return .null }
            if let index = graph.index(ofEdgeID: e.id) { return try edgeProperty(index, field) }
            switch field {
            case .id: return .int(e.id)
            case .action: return .string(e.action)
            case .cameo: return .string(e.cameo.rawValue)
            case .kind: return .string(e.kind)
            case .confidence: return .double(e.confidence)
            case .document: return e.document.map(QueryValue.string) ?? .null
            case .sentence: return e.sentence.map(QueryValue.string) ?? .null
            case .date, .firstDate, .lastDate: return e.date.map(QueryValue.string) ?? .null
            case .reports: return .int(e.reports)
            case .documents: return .list(e.document.map { [.string($0)] } ?? [])
            case .dateSource: return .null
            }
        default: return .null
        }
    }

    func evaluate(_ expression: Expression, in row: Row) throws -> QueryValue {
        switch expression.kind {
        case let .literal(value):
            return value
        case let .parameter(name):
            return parameters[name] ?? .null
        case let .variable(name):
            if let column = columns[name] { return column }
            guard let slot = slotByName[name] else { return .null }
            return try value(of: row[slot])
        case let .property(base, key):
            if case let .variable(name) = base.kind, columns[name] == nil, let slot = slotByName[name] {
                switch row[slot] {
                case let .node(n): return try nodeProperty(n, key.name)
                case let .edge(e): return try EdgeField(rawValue: key.name).map { try edgeProperty(e, $0) } ?? .null
                case let .value(value): return try property(of: value, key.name)
                default: return .null
                }
            }
            return try property(of: try evaluate(base, in: row), key.name)
        case let .unary(op, operand):
            let value = try evaluate(operand, in: row)
            switch op {
            case .not:
                if case let .bool(b) = value { return .bool(!b) }
                return .null
            case .negate:
                switch value {
                case let .int(v): return .int(0 &- v)
                case let .double(v): return .double(-v)
                default: return .null
                }
            }
        case let .binary(op, left, right):
            return try binary(op, left, right, in: row)
        case let .isNull(operand, negated):
            let isNull = try evaluate(operand, in: row) == .null
            return .bool(negated ? !isNull : isNull)
        case let .list(items):
            return .list(try items.map { try evaluate($0, in: row) })
        case let .function(name, _, _, arguments):
            // length(p) of a bound path or walk counts its edges: building the path value would
            // read every edge's evidence from the store just to count them.
            if arguments.count == 1, case let .variable(variable) = arguments[0].kind,
                name.name.lowercased() == "length", columns[variable] == nil,
                let slot = slotByName[variable], slot < row.count
            {
                switch row[slot] {
                case let .path(walk), let .walk(walk): return .int(walk.edges.count)
                default: break
                }
            }
            let values = try arguments.map { try evaluate($0, in: row) }
            return try FunctionLibrary.call(name.name, values, evaluator: self, at: expression.position)
        }
    }

    private func binary(
        _ op: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression,
        in row: Row
    ) throws -> QueryValue {
        let left = try evaluate(leftExpression, in: row)
        switch op {
        case .and:
            if case .bool(false) = left { return .bool(false) }
            let right = try evaluate(rightExpression, in: row)
            if case .bool(false) = right { return .bool(false) }
            if case .bool(true) = left, case .bool(true) = right { return .bool(true) }
            return .null
        case .or:
            if case .bool(true) = left { return .bool(true) }
            let right = try evaluate(rightExpression, in: row)
            if case .bool(true) = right { return .bool(true) }
            if case .bool(false) = left, case .bool(false) = right { return .bool(false) }
            return .null
        default:
            break
        }
        let right = try evaluate(rightExpression, in: row)
        switch op {
        case .xor:
            guard case let .bool(x) = left, case let .bool(y) = right else { return .null }
            return .bool(x != y)
        case .equal:
            return ValueSemantics.equals(left, right).map(QueryValue.bool) ?? .null
        case .notEqual:
            return ValueSemantics.equals(left, right).map { .bool(!$0) } ?? .null
        case .less, .greater, .lessOrEqual, .greaterOrEqual:
            guard let order = ValueSemantics.compare(left, right) else { return .null }
            switch op {
            case .less: return .bool(order < 0)
            case .greater: return .bool(order > 0)
            case .lessOrEqual: return .bool(order <= 0)
            default: return .bool(order >= 0)
            }
        case .contains, .startsWith, .endsWith:
            guard case let .string(x) = left, case let .string(y) = right else { return .null }
            switch op {
            case .contains: return .bool(y.isEmpty || x.contains(y))
            case .startsWith: return .bool(x.hasPrefix(y))
            default: return .bool(x.hasSuffix(y))
            }
        case .inList:
            guard case let .list(items) = right else { return .null }
            if left == .null { return items.isEmpty ? .bool(false) : .null }
            var unknown = false
            for item in items {
                switch ValueSemantics.equals(left, item) {
                case .some(true): return .bool(true)
                case .none: unknown = true
                case .some(false): break
                }
            }
            return unknown ? .null : .bool(false)
        case .add:
            switch (left, right) {
            case let (.int(x), .int(y)):
                let (sum, overflow) = x.addingReportingOverflow(y)
                return overflow ? .double(Double(x) + Double(y)) : .int(sum)
            case let (.string(x), .string(y)): return .string(x + y)
            case let (.list(x), .list(y)): return .list(x + y)
            default:
                guard let x = ValueSemantics.number(left), let y = ValueSemantics.number(right) else { return .null }
                return .double(x + y)
            }
        case .subtract, .multiply, .divide, .modulo:
            if case let .int(x) = left, case let .int(y) = right {
                switch op {
                case .subtract:
                    let (value, overflow) = x.subtractingReportingOverflow(y)
                    return overflow ? .double(Double(x) - Double(y)) : .int(value)
                case .multiply:
                    let (value, overflow) = x.multipliedReportingOverflow(by: y)
                    return overflow ? .double(Double(x) * Double(y)) : .int(value)
                case .divide:
                    return y == 0 || (x == Int.min && y == -1) ? .null : .int(x / y)
                default:
                    return y == 0 || (x == Int.min && y == -1) ? .null : .int(x % y)
                }
            }
            guard let x = ValueSemantics.number(left), let y = ValueSemantics.number(right) else { return .null }
            switch op {
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide: return y == 0 ? .null : .double(x / y)
            default: return y == 0 ? .null : .double(x.truncatingRemainder(dividingBy: y))
            }
        default:
            return .null
        }
    }
}
