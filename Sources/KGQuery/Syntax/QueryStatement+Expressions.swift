extension QueryStatement {
    /// Every expression written in the statement, outermost first, in no particular order:
    /// pattern property values, WHERE conditions, WITH and RETURN items, sort keys, SKIP and LIMIT.
    ///
    /// ```swift
    /// statement.expressions.flatMap(\.parameterUses)   // [("who", position), ...]
    /// ```
    var expressions: [Expression] {
        var found: [Expression] = []
        func add(_ matches: [MatchClause]) {
            for match in matches {
                for part in match.patterns {
                    for node in part.nodes { found += node.properties.map(\.value) }
                    for relationship in part.relationships { found += relationship.properties.map(\.value) }
                }
                if let condition = match.condition { found.append(condition) }
            }
        }
        func add(_ projection: ReturnClause) {
            found += projection.items.map(\.expression)
            found += projection.orderBy.map(\.expression)
            found += [projection.skip, projection.limit].compactMap { $0 }
        }
        add(matches)
        for stage in stages {
            add(stage.projection)
            if let condition = stage.condition { found.append(condition) }
            add(stage.matches)
        }
        add(projection)
        return found
    }
}

extension Expression {
    /// The `$name` placeholders in this expression, with where each is written.
    var parameterUses: [(name: String, position: Position)] {
        switch kind {
        case .literal, .variable: return []
        case let .parameter(name): return [(name, position)]
        case let .property(base, _): return base.parameterUses
        case let .unary(_, operand): return operand.parameterUses
        case let .binary(_, left, right): return left.parameterUses + right.parameterUses
        case let .isNull(operand, _): return operand.parameterUses
        case let .list(items): return items.flatMap(\.parameterUses)
        case let .function(_, _, _, arguments): return arguments.flatMap(\.parameterUses)
        }
    }
}
