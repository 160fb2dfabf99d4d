extension Parser {
    /// `[p =] [ANY|ALL] SHORTEST chain`, `[p =] shortestPath(chain)` or a plain chain.
    mutating func patternPart() throws(Diagnostic) -> PatternPart {
        let position = current.position
        var pathVariable: Identifier?
        if case .identifier = current.kind, peekToken().isSymbol("=") {
            pathVariable = try name("a path variable")
            advance()
        } else if case .quotedIdentifier = current.kind, peekToken().isSymbol("=") {
            pathVariable = try name("a path variable")
            advance()
        }
        var shortest: ShortestKind?
        if current.isKeyword("ANY") || current.isKeyword("ALL") || current.isKeyword("SHORTEST") {
            let all = current.isKeyword("ALL")
            if !current.isKeyword("SHORTEST") { advance() }
            try expectKeyword("SHORTEST")
            shortest = all ? .all : .any
            var part = try chain(position: position)
            part.pathVariable = pathVariable
            part.shortest = shortest
            return part
        }
        if let word = current.keyword, word == "SHORTESTPATH" || word == "ALLSHORTESTPATHS",
            peekToken().isSymbol("(")
        {
            advance()
            advance()
            var part = try chain(position: position)
            try expectSymbol(")", "')' to close \(word == "SHORTESTPATH" ? "shortestPath" : "allShortestPaths")(")
            part.pathVariable = pathVariable
            part.shortest = word == "SHORTESTPATH" ? .any : .all
            return part
        }
        var part = try chain(position: position)
        part.pathVariable = pathVariable
        return part
    }

    mutating func chain(position: Position) throws(Diagnostic) -> PatternPart {
        var nodes = [try nodePattern()]
        var relationships: [RelationshipPattern] = []
        while current.isSymbol("-") || current.isSymbol("<") {
            relationshipCount += 1
            if relationshipCount > Self.maximumRelationships {
                throw Diagnostic(
                    "too many relationships in one statement (more than \(Self.maximumRelationships))",
                    at: current.position)
            }
            relationships.append(try relationshipPattern())
            nodes.append(try nodePattern())
        }
        return PatternPart(
            pathVariable: nil, shortest: nil, nodes: nodes,
            relationships: relationships, position: position)
    }

    mutating func nodePattern() throws(Diagnostic) -> NodePattern {
        let position = current.position
        nodeCount += 1
        if nodeCount > Self.maximumNodes {
            throw Diagnostic("too many node patterns in one statement (more than \(Self.maximumNodes))", at: position)
        }
        try expectSymbol("(", "'(' to start a node pattern")
        var variable: Identifier?
        switch current.kind {
        case .identifier, .quotedIdentifier:
            variable = try name("a variable, ':' or ')'")
        default:
            break
        }
        var labels: [Identifier] = []
        if acceptSymbol(":") {
            labels.append(try symbolicName("a label after ':'"))
            while acceptSymbol("|") {
                _ = acceptSymbol(":")
                labels.append(try symbolicName("a label after '|'"))
            }
            if current.isSymbol(":") {
                throw Diagnostic(
                    "a node has one type; write alternatives as ':person|country'",
                    at: current.position)
            }
        }
        var properties: [PropertyEntry] = []
        if current.isSymbol("{") {
            properties = try propertyMap()
        }
        try expectSymbol(
            ")",
            variable == nil && labels.isEmpty && properties.isEmpty
                ? "a variable, ':', '{' or ')'" : (labels.isEmpty && properties.isEmpty ? "':', '{' or ')'" : "')'"))
        return NodePattern(variable: variable, labels: labels, properties: properties, position: position)
    }

    /// `-[...]->`, `<-[...]-`, `-[...]-` (and `<-[...]->`, read as either direction).
    mutating func relationshipPattern() throws(Diagnostic) -> RelationshipPattern {
        let position = current.position
        let pointsLeft = acceptSymbol("<")
        try expectSymbol("-", "'-' after '<'")
        var variable: Identifier?
        var actions: [Identifier] = []
        var properties: [PropertyEntry] = []
        var length: LengthRange?
        if !current.isSymbol("[") {
            throw Diagnostic(
                "expected '[' after '-'; write relationships as -[]->, <-[]- or -[]-",
                at: current.position)
        }
        advance()
        switch current.kind {
        case .identifier, .quotedIdentifier:
            variable = try name("a variable, ':', '*' or ']'")
        default:
            break
        }
        if acceptSymbol(":") {
            actions.append(try symbolicName("an action after ':'"))
            while acceptSymbol("|") {
                _ = acceptSymbol(":")
                actions.append(try symbolicName("an action after '|'"))
            }
        }
        if acceptSymbol("*") {
            length = try lengthRange()
        }
        if current.isSymbol("{") {
            properties = try propertyMap()
        }
        try expectSymbol("]", "']'")
        try expectSymbol("-", "'-' after ']'")
        let pointsRight = acceptSymbol(">")
        let direction: PatternDirection
        switch (pointsLeft, pointsRight) {
        case (false, true): direction = .outgoing
        case (true, false): direction = .incoming
        default: direction = .either
        }
        return RelationshipPattern(
            variable: variable, actions: actions, properties: properties,
            direction: direction, length: length, position: position)
    }

    /// After `*`: nothing, `n`, `n..`, `..m`, `n..m`.
    mutating func lengthRange() throws(Diagnostic) -> LengthRange {
        var range = LengthRange(minimum: nil, maximum: nil)
        if case let .integer(value) = current.kind {
            advance()
            range.minimum = value
            if acceptSymbol("..") {
                if case let .integer(upper) = current.kind {
                    advance()
                    range.maximum = upper
                }
            } else {
                range.maximum = value
            }
        } else if acceptSymbol("..") {
            guard case let .integer(upper) = current.kind else {
                throw expected("an upper bound after '..'")
            }
            advance()
            range.maximum = upper
        }
        return range
    }

    mutating func propertyMap() throws(Diagnostic) -> [PropertyEntry] {
        try expectSymbol("{")
        var entries: [PropertyEntry] = []
        if acceptSymbol("}") { return entries }
        repeat {
            let key = try symbolicName("a property name")
            try expectSymbol(":", "':' after the property name")
            entries.append(PropertyEntry(key: key, value: try expression()))
        } while acceptSymbol(",")
        try expectSymbol("}", "',' or '}'")
        return entries
    }
}
