/// Reads one statement's tokens into a `QueryStatement`, naming what it expected on failure.
///
/// ```swift
/// let statement = try Parser.parse("MATCH (a:person)-[r:condemn]->(b) RETURN a.name, b.name;")
/// ```
/// Grammar (keywords are case-insensitive):
/// ```
/// statement := [EXPLAIN] [USE (facts | reports)] match (match | OPTIONAL match)* (with (match | OPTIONAL match)*)* return [';']
/// with      := WITH [DISTINCT] item (',' item)* [ORDER BY ...] [SKIP expr] [LIMIT expr] [WHERE expr]
/// match     := MATCH part (',' part)* [WHERE expr]
/// part      := [var '='] ( [ANY|ALL] SHORTEST chain | shortestPath '(' chain ')' | chain )
/// chain     := node (relationship node)*
/// return    := RETURN [DISTINCT] item (',' item)* [ORDER BY key (',' key)*] [SKIP expr] [LIMIT expr]
/// ```
struct Parser {
    var tokens: [Token]
    var index = 0
    let characters: [Character]
    /// How deeply expressions nest right now; bounded so no input can exhaust the stack.
    var nesting = 0
    static let maximumNesting = 200
    /// Relationships in the statement so far; bounded for the same reason.
    var relationshipCount = 0
    static let maximumRelationships = 100
    /// Node patterns in the statement so far.
    var nodeCount = 0
    static let maximumNodes = 200
    /// Binary operators in the statement so far: a long `a AND b AND ...` is a deep tree too.
    var operatorCount = 0
    static let maximumOperators = 500

    static func parse(_ text: String) throws(Diagnostic) -> QueryStatement {
        var parser = Parser(tokens: try Lexer.tokenize(text), index: 0, characters: Array(text))
        return try parser.statement()
    }

    /// Words that never name a variable, so `MATCH (a) RETURN a LIMIT 3` reads as intended.
    static let reservedWords: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AND", "OR", "XOR", "NOT", "AS",
        "DISTINCT", "ORDER", "BY", "SKIP", "LIMIT", "ASC", "DESC", "ASCENDING", "DESCENDING", "IN",
        "CONTAINS", "STARTS", "ENDS", "IS", "NULL", "TRUE", "FALSE", "EXPLAIN", "CREATE", "DELETE",
        "DETACH", "SET", "REMOVE", "MERGE", "CALL", "UNION", "SHORTEST", "ANY", "ALL", "USE",
    ]

    /// Clauses of Cypher that kg does not have, so the error can say so plainly.
    static let unsupportedClauses: [String: String] = [
        "CREATE": "kg queries are read-only", "DELETE": "kg queries are read-only",
        "DETACH": "kg queries are read-only", "SET": "kg queries are read-only",
        "REMOVE": "kg queries are read-only", "MERGE": "kg queries are read-only",
        "UNWIND": "UNWIND is not supported", "CALL": "CALL is not supported",
        "UNION": "UNION is not supported",
    ]

    // MARK: - Tokens

    var current: Token { tokens[min(index, tokens.count - 1)] }

    func peekToken(_ ahead: Int = 1) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func acceptKeyword(_ word: String) -> Bool {
        guard current.isKeyword(word) else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func expectSymbol(_ symbol: String, _ what: String? = nil) throws(Diagnostic) -> Token {
        guard current.isSymbol(symbol) else { throw expected(what ?? "'\(symbol)'") }
        return advance()
    }

    mutating func expectKeyword(_ word: String) throws(Diagnostic) {
        guard acceptKeyword(word) else { throw expected(word) }
    }

    func expected(_ what: String) -> Diagnostic {
        Diagnostic("expected \(what), found \(current.displayName)", at: current.position)
    }

    /// The source text from `start` to the end of the last consumed token.
    func text(from start: Position) -> String {
        let end = index > 0 ? tokens[index - 1].endOffset : start.offset
        guard start.offset < end, end <= characters.count else { return "" }
        return String(characters[start.offset..<end])
    }

    /// A variable or label name: an unreserved identifier or a back-quoted one.
    mutating func name(_ what: String) throws(Diagnostic) -> Identifier {
        let token = current
        switch token.kind {
        case let .identifier(name) where !Self.reservedWords.contains(name.uppercased()):
            advance()
            return Identifier(name: name, position: token.position)
        case let .quotedIdentifier(name):
            advance()
            return Identifier(name: name, position: token.position)
        default:
            throw expected(what)
        }
    }

    /// A label, action or property key: any identifier, keywords included (`{end: ...}` is fine).
    mutating func symbolicName(_ what: String) throws(Diagnostic) -> Identifier {
        let token = current
        switch token.kind {
        case let .identifier(name), let .quotedIdentifier(name):
            advance()
            return Identifier(name: name, position: token.position)
        default:
            throw expected(what)
        }
    }

    // MARK: - Clauses

    mutating func statement() throws(Diagnostic) -> QueryStatement {
        let explain = acceptKeyword("EXPLAIN")
        var view = GraphView.reports
        if acceptKeyword("USE") {
            let name = try symbolicName("a graph to use: facts or reports")
            guard let chosen = GraphView(rawValue: name.name.lowercased()) else {
                throw Diagnostic(
                    "unknown graph '\(name.name)'; USE facts (one edge per subject, action and object) or USE reports (one edge per sentence)",
                    at: name.position)
            }
            view = chosen
        }
        var matches: [MatchClause] = []
        while current.isKeyword("MATCH") || current.isKeyword("OPTIONAL") {
            if current.isKeyword("OPTIONAL") && matches.isEmpty {
                throw Diagnostic("a statement cannot start with OPTIONAL MATCH; start with MATCH", at: current.position)
            }
            matches.append(try matchClause())
        }
        if matches.isEmpty {
            throw unsupportedOrExpected("MATCH", near: ["MATCH", "EXPLAIN"])
        }
        var stages: [WithStage] = []
        while current.isKeyword("WITH") {
            let projection = try returnClause(keyword: "WITH")
            var condition: Expression?
            if acceptKeyword("WHERE") { condition = try expression() }
            var stageMatches: [MatchClause] = []
            while current.isKeyword("MATCH") || current.isKeyword("OPTIONAL") {
                stageMatches.append(try matchClause())
            }
            stages.append(WithStage(projection: projection, condition: condition, matches: stageMatches))
        }
        guard current.isKeyword("RETURN") else {
            throw unsupportedOrExpected(
                matches.last?.condition == nil && stages.isEmpty ? "',', WHERE, MATCH, WITH or RETURN" : "MATCH, WITH or RETURN",
                near: ["WHERE", "MATCH", "RETURN", "OPTIONAL", "WITH"])
        }
        let projection = try returnClause()
        _ = acceptSymbol(";")
        guard case .end = current.kind else {
            let misspelt = misspelling(among: ["ORDER", "SKIP", "LIMIT", "AS", "DISTINCT"])
            throw Diagnostic(
                "expected end of statement after RETURN, found \(current.displayName)"
                    + (current.isKeyword("MATCH") ? "; a statement ends with RETURN, separate statements with ';'" : misspelt),
                at: current.position)
        }
        return QueryStatement(explain: explain, matches: matches, stages: stages, projection: projection, view: view)
    }

    func unsupportedOrExpected(_ what: String, near keywords: [String]) -> Diagnostic {
        if let word = current.keyword, let reason = Self.unsupportedClauses[word] {
            return Diagnostic(
                "\(word) is not supported: \(reason); kg reads with MATCH ... RETURN",
                at: current.position)
        }
        var diagnostic = expected(what)
        diagnostic.message += misspelling(among: keywords)
        return diagnostic
    }

    /// `; did you mean 'RETURN'?` when the current token is a word a typo away from a keyword.
    func misspelling(among keywords: [String]) -> String {
        guard case let .identifier(word) = current.kind, !Self.reservedWords.contains(word.uppercased()) else { return "" }
        return Suggestion.clause(for: word.uppercased(), among: keywords)
    }

    mutating func matchClause() throws(Diagnostic) -> MatchClause {
        let position = current.position
        let optional = acceptKeyword("OPTIONAL")
        try expectKeyword("MATCH")
        var patterns = [try patternPart()]
        while acceptSymbol(",") {
            patterns.append(try patternPart())
        }
        var condition: Expression?
        if acceptKeyword("WHERE") {
            condition = try expression()
        }
        return MatchClause(patterns: patterns, condition: condition, isOptional: optional, position: position)
    }

    mutating func returnClause(keyword: String = "RETURN") throws(Diagnostic) -> ReturnClause {
        let position = current.position
        try expectKeyword(keyword)
        let distinct = acceptKeyword("DISTINCT")
        var items: [ReturnItem] = []
        let star = acceptSymbol("*")
        if star && !acceptSymbol(",") {
            return try returnTail(
                ReturnClause(
                    distinct: distinct, star: true, items: [], orderBy: [], skip: nil,
                    limit: nil, position: position))
        }
        repeat {
            let expression = try expression()
            var alias: Identifier?
            if acceptKeyword("AS") {
                alias = try name("a column name after AS")
            }
            items.append(ReturnItem(expression: expression, alias: alias))
        } while acceptSymbol(",")
        return try returnTail(
            ReturnClause(
                distinct: distinct, star: star, items: items, orderBy: [], skip: nil,
                limit: nil, position: position))
    }

    /// `[ORDER BY ...] [SKIP n] [LIMIT n]` after the returned items.
    mutating func returnTail(_ clause: ReturnClause) throws(Diagnostic) -> ReturnClause {
        var clause = clause
        var orderBy: [SortItem] = []
        if acceptKeyword("ORDER") {
            try expectKeyword("BY")
            repeat {
                let key = try expression()
                var descending = false
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
                    descending = true
                } else {
                    _ = acceptKeyword("ASC") || acceptKeyword("ASCENDING")
                }
                orderBy.append(SortItem(expression: key, descending: descending))
            } while acceptSymbol(",")
        }
        var skip: Expression?
        if acceptKeyword("SKIP") || acceptKeyword("OFFSET") {
            skip = try expression()
        }
        var limit: Expression?
        if acceptKeyword("LIMIT") {
            limit = try expression()
        }
        clause.orderBy = orderBy
        clause.skip = skip
        clause.limit = limit
        return clause
    }
}
