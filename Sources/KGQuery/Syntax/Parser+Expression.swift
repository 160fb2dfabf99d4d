extension Parser {
    /// An expression: OR, XOR, AND, NOT, comparisons, + -, * / %, unary minus, property access.
    mutating func expression() throws(Diagnostic) -> Expression {
        try enter()
        defer { nesting -= 1 }
        return try binaryLevel(0)
    }

    /// Counts one binary operator, refusing statements with more than anyone writes by hand.
    mutating func countOperator() throws(Diagnostic) {
        operatorCount += 1
        if operatorCount > Self.maximumOperators {
            throw Diagnostic("too many operators in one statement (more than \(Self.maximumOperators))", at: current.position)
        }
    }

    /// Counts one level of nesting, refusing input nested deeper than anyone writes by hand.
    mutating func enter() throws(Diagnostic) {
        nesting += 1
        if nesting > Self.maximumNesting {
            throw Diagnostic("expression nested too deeply (more than \(Self.maximumNesting) levels)", at: current.position)
        }
    }

    private static let levels: [[(String, BinaryOperator)]] = [
        [("OR", .or)], [("XOR", .xor)], [("AND", .and)],
    ]

    private mutating func binaryLevel(_ level: Int) throws(Diagnostic) -> Expression {
        guard level < Self.levels.count else { return try negation() }
        let start = current.position
        var left = try binaryLevel(level + 1)
        while let (_, op) = Self.levels[level].first(where: { current.isKeyword($0.0) }) {
            try countOperator()
            advance()
            let right = try binaryLevel(level + 1)
            left = Expression(kind: .binary(op, left, right), position: start, text: text(from: start))
        }
        return left
    }

    private mutating func negation() throws(Diagnostic) -> Expression {
        let start = current.position
        if acceptKeyword("NOT") {
            try enter()
            defer { nesting -= 1 }
            let operand = try negation()
            return Expression(kind: .unary(.not, operand), position: start, text: text(from: start))
        }
        return try comparison()
    }

    private mutating func comparison() throws(Diagnostic) -> Expression {
        let start = current.position
        var left = try additive()
        while true {
            let op: BinaryOperator
            if case let .symbol(symbol) = current.kind,
                let found = BinaryOperator(rawValue: symbol),
                [.equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual].contains(found)
            {
                advance()
                op = found
            } else if acceptKeyword("CONTAINS") {
                op = .contains
            } else if current.isKeyword("STARTS") || current.isKeyword("ENDS") {
                let starts = current.isKeyword("STARTS")
                advance()
                guard acceptKeyword("WITH") else {
                    throw expected("WITH after \(starts ? "STARTS" : "ENDS")")
                }
                op = starts ? .startsWith : .endsWith
            } else if acceptKeyword("IN") {
                op = .inList
            } else if current.isKeyword("IS") {
                try countOperator()
                advance()
                let negated = acceptKeyword("NOT")
                guard acceptKeyword("NULL") else { throw expected(negated ? "NULL" : "NULL or NOT NULL") }
                left = Expression(kind: .isNull(left, negated: negated), position: start, text: text(from: start))
                continue
            } else {
                return left
            }
            try countOperator()
            let right = try additive()
            left = Expression(kind: .binary(op, left, right), position: start, text: text(from: start))
        }
    }

    private mutating func additive() throws(Diagnostic) -> Expression {
        let start = current.position
        var left = try multiplicative()
        while current.isSymbol("+") || current.isSymbol("-") {
            let op: BinaryOperator = current.isSymbol("+") ? .add : .subtract
            try countOperator()
            advance()
            let right = try multiplicative()
            left = Expression(kind: .binary(op, left, right), position: start, text: text(from: start))
        }
        return left
    }

    private mutating func multiplicative() throws(Diagnostic) -> Expression {
        let start = current.position
        var left = try unary()
        while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
            let op: BinaryOperator = current.isSymbol("*") ? .multiply : (current.isSymbol("/") ? .divide : .modulo)
            try countOperator()
            advance()
            let right = try unary()
            left = Expression(kind: .binary(op, left, right), position: start, text: text(from: start))
        }
        return left
    }

    private mutating func unary() throws(Diagnostic) -> Expression {
        let start = current.position
        if acceptSymbol("-") {
            try enter()
            defer { nesting -= 1 }
            let operand = try unary()
            if case let .literal(.int(value)) = operand.kind {
                return Expression(kind: .literal(.int(-value)), position: start, text: text(from: start))
            }
            if case let .literal(.double(value)) = operand.kind {
                return Expression(kind: .literal(.double(-value)), position: start, text: text(from: start))
            }
            return Expression(kind: .unary(.negate, operand), position: start, text: text(from: start))
        }
        if acceptSymbol("+") {
            try enter()
            defer { nesting -= 1 }
            return try unary()
        }
        return try postfix()
    }

    private mutating func postfix() throws(Diagnostic) -> Expression {
        let start = current.position
        var base = try atom()
        while acceptSymbol(".") {
            let key = try symbolicName("a property name after '.'")
            base = Expression(kind: .property(base, key), position: start, text: text(from: start))
        }
        return base
    }

    private mutating func atom() throws(Diagnostic) -> Expression {
        let token = current
        let start = token.position
        func made(_ kind: Expression.Kind) -> Expression {
            Expression(kind: kind, position: start, text: text(from: start))
        }
        switch token.kind {
        case let .string(value):
            advance()
            return made(.literal(.string(value)))
        case let .integer(value):
            advance()
            return made(.literal(.int(value)))
        case let .float(value):
            advance()
            return made(.literal(.double(value)))
        case let .parameter(name):
            advance()
            return made(.parameter(name))
        case .symbol("("):
            advance()
            let inner = try expression()
            try expectSymbol(")", "')'")
            return Expression(kind: inner.kind, position: start, text: text(from: start))
        case .symbol("["):
            advance()
            var items: [Expression] = []
            if !current.isSymbol("]") {
                repeat { items.append(try expression()) } while acceptSymbol(",")
            }
            try expectSymbol("]", "',' or ']'")
            return made(.list(items))
        case let .identifier(word):
            switch word.uppercased() {
            case "TRUE": advance(); return made(.literal(.bool(true)))
            case "FALSE": advance(); return made(.literal(.bool(false)))
            case "NULL": advance(); return made(.literal(.null))
            default: break
            }
            // `date.truncate(...)`: a namespaced function, as Cypher spells some
            if peekToken().isSymbol("(") || (peekToken().isSymbol(".") && peekToken(3).isSymbol("(")) {
                return try functionCall()
            }
            if Self.reservedWords.contains(word.uppercased()) {
                throw expected("an expression")
            }
            advance()
            return made(.variable(word))
        case let .quotedIdentifier(word):
            advance()
            return made(.variable(word))
        default:
            throw expected("an expression")
        }
    }

    private mutating func functionCall() throws(Diagnostic) -> Expression {
        let start = current.position
        var name = try symbolicName("a function name")
        if acceptSymbol(".") {
            let member = try symbolicName("a function name after '.'")
            name = Identifier(name: name.name + "." + member.name, position: name.position)
        }
        try expectSymbol("(")
        if acceptSymbol("*") {
            try expectSymbol(")", "')' after '*'")
            return Expression(
                kind: .function(name, distinct: false, star: true, arguments: []),
                position: start, text: text(from: start))
        }
        let distinct = acceptKeyword("DISTINCT")
        var arguments: [Expression] = []
        if !current.isSymbol(")") {
            repeat { arguments.append(try expression()) } while acceptSymbol(",")
        }
        try expectSymbol(")", "',' or ')'")
        return Expression(
            kind: .function(name, distinct: distinct, star: false, arguments: arguments),
            position: start, text: text(from: start))
    }
}
