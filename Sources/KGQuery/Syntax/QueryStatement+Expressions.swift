extension QueryStatement {
    /// Every expression written in the statement, outermost first, in no particular order:
    /// pattern property values, WHERE conditions, returned items, sort keys, SKIP and LIMIT.
    ///
    /// ```swift
    /// statement.expressions.flatMap(\.parameterUses)   // [("who", position), ...]
    /// ```
    var expressions: [Expression] {
        var found: [Expression] = []
        for match in matches {
            for part in match.patterns {
                for node in part.nodes { found += node.properties.map(\.value) }
                for relationship in part.relationships { found += relationship.properties.map(\.value) }
            }
            if let condition = match.condition { found.append(condition) }
        }
        found += projection.items.map(\.expression)
        found += projection.orderBy.map(\.expression)
        found += [projection.skip, projection.limit].compactMap { $0 }
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
