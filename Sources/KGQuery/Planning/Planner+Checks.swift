/// Name checks of expressions and the projection, and the expression walks planning needs.
extension Planner {
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
                throw Diagnostic(
                    "unknown variable '\(name)'\(Suggestion.clause(for: name, among: known.sorted()))",
                    at: expression.position)
            }
        case let .property(base, key):
            try check(base, allowAggregates: allowAggregates, aliases: aliases)
            if case let .variable(name) = base.kind, let slot = slotByName[name], !aliases.contains(name) {
                switch slots[slot].kind {
                case .node:
                    guard Self.nodeProperties.contains(key.name) else {
                        throw Diagnostic(
                            Self.unknown(
                                "node property", key.name, among: Self.nodeProperties,
                                known: "nodes have"), at: key.position)
                    }
                case .edge:
                    let known = EdgeField.allCases.map(\.rawValue)
                    guard EdgeField(rawValue: key.name) != nil else {
                        throw Diagnostic(
                            Self.unknown(
                                "relationship property", key.name, among: known,
                                known: "relationships have"), at: key.position)
                    }
                case .walk:
                    throw Diagnostic(
                        "'\(name)' is a variable-length relationship (a list of relationships) and has no properties",
                        at: key.position)
                case .path:
                    throw Diagnostic(
                        "'\(name)' is a path and has no properties; use length(\(name)), nodes(\(name)) or relationships(\(name))",
                        at: key.position)
                case .value:
                    break
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
                throw Diagnostic(
                    "unknown function '\(name.name)'\(Suggestion.clause(for: name.name, among: FunctionLibrary.displayNames))",
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
                throw Diagnostic(
                    "\(name.name)() takes \(expected) argument\(arity.upperBound == 1 ? "" : "s"), not \(arguments.count)",
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

    func checkProjection(_ projection: ReturnClause) throws {
        var seen = Set<String>()
        for item in projection.items {
            try check(item.expression, allowAggregates: true, aliases: [])
            if Self.containsAggregate(item.expression) {
                guard case let .function(name, _, _, _) = item.expression.kind, FunctionLibrary.isAggregate(name.name) else {
                    throw Diagnostic(
                        "an aggregate must be a whole RETURN item, like count(*) AS n",
                        at: item.expression.position)
                }
            }
            if !seen.insert(item.columnName).inserted {
                throw Diagnostic(
                    "column '\(item.columnName)' is returned twice; name one with AS",
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
                throw Diagnostic(
                    "after DISTINCT or an aggregate, ORDER BY can only use returned columns; return '\(key.expression.text)' or order by a column's alias",
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
                throw Diagnostic(
                    "SKIP and LIMIT take a non-negative whole number, not \(value.text.isEmpty ? "null" : value.text)",
                    at: bound.position)
            }
        }
    }
}
