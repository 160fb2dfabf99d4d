/// A name as written in a statement, with where it was written.
struct Identifier: Hashable, Sendable {
    var name: String
    var position: Position
}

/// One parsed statement: `[EXPLAIN] MATCH ... [WHERE ...] [MATCH ...] RETURN ...`.
///
/// ```swift
/// let statement = try Parser.parse("MATCH (a)-[r]->(b) RETURN a.name")
/// statement.matches[0].patterns[0].nodes.count  // 2
/// ```
struct QueryStatement: Sendable {
    var explain: Bool
    var matches: [MatchClause]
    /// `WITH ...` parts, in order, each with the MATCH clauses that follow it.
    var stages: [WithStage] = []
    var projection: ReturnClause
    /// `USE facts`: match facts (reports merged) instead of reports.
    var view: GraphView = .reports
}

/// The two graphs a statement can match: every report (one edge per sentence stating
/// something), or facts (one edge per subject, action and object, counting its reports).
enum GraphView: String, Sendable {
    case reports
    case facts
}

/// `WITH items [ORDER BY ...] [SKIP n] [LIMIT n] [WHERE condition]` and the MATCH clauses after
/// it: the rows so far, projected to the named items, go on into those clauses.
struct WithStage: Sendable {
    var projection: ReturnClause
    var condition: Expression?
    var matches: [MatchClause]
}

/// `[OPTIONAL] MATCH pattern, pattern ... [WHERE condition]`; one clause binds no relationship twice.
struct MatchClause: Sendable {
    var patterns: [PatternPart]
    var condition: Expression?
    /// `OPTIONAL MATCH`: a row that finds no match goes on with the clause's new variables null.
    var isOptional = false
    var position: Position
}

/// How a pattern asks for shortest paths.
enum ShortestKind: Sendable {
    /// `ANY SHORTEST (a)-[*..k]-(b)` and `shortestPath((a)-[*..k]-(b))`: one shortest path per
    /// pair of end nodes.
    case any
    /// `ALL SHORTEST` and `allShortestPaths(...)`: every path of the shortest length.
    case all
}

/// A chain `(a)-[r]->(b)<-[s]-(c)`, optionally named `p = ...` and optionally a shortest-path search.
struct PatternPart: Sendable {
    var pathVariable: Identifier?
    var shortest: ShortestKind?
    /// `nodes.count == relationships.count + 1`; `relationships[i]` joins `nodes[i]` and `nodes[i+1]`.
    var nodes: [NodePattern]
    var relationships: [RelationshipPattern]
    var position: Position
}

/// `key: value` inside `{...}` of a node or relationship pattern.
struct PropertyEntry: Sendable {
    var key: Identifier
    var value: Expression
}

/// `(variable:label|label {name: "..."})`
struct NodePattern: Sendable {
    var variable: Identifier?
    /// Alternatives: the node's type is one of these. Empty: any type.
    var labels: [Identifier]
    var properties: [PropertyEntry]
    var position: Position
}

/// Which way a relationship pattern points, reading the pattern left to right.
enum PatternDirection: Sendable {
    /// `-[]->`
    case outgoing
    /// `<-[]-`
    case incoming
    /// `-[]-`
    case either
}

/// `*`, `*2`, `*1..3`, `*..6`: bounds on the number of hops; nil bounds are open.
struct LengthRange: Sendable, Equatable {
    var minimum: Int?
    var maximum: Int?
}

/// `-[variable:action|action *1..3 {cameo: "11"}]->`
struct RelationshipPattern: Sendable {
    var variable: Identifier?
    /// Alternatives: the edge's action is one of these. Empty: any action.
    var actions: [Identifier]
    var properties: [PropertyEntry]
    var direction: PatternDirection
    /// Set for variable-length patterns.
    var length: LengthRange?
    var position: Position
}

/// `RETURN [DISTINCT] items [ORDER BY ...] [SKIP n] [LIMIT n]`
struct ReturnClause: Sendable {
    var distinct: Bool
    /// `RETURN *`: every named variable, before `items`.
    var star: Bool = false
    var items: [ReturnItem]
    var orderBy: [SortItem]
    var skip: Expression?
    var limit: Expression?
    var position: Position
}

/// One returned column: an expression and the column's name (its alias or its text).
struct ReturnItem: Sendable {
    var expression: Expression
    var alias: Identifier?
    var columnName: String { alias?.name ?? expression.text }
}

struct SortItem: Sendable {
    var expression: Expression
    var descending: Bool
}

/// Binary operators, loosest-binding first in the grammar.
enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case contains = "CONTAINS", startsWith = "STARTS WITH", endsWith = "ENDS WITH", inList = "IN"
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
}

enum UnaryOperator: String, Sendable {
    case not = "NOT"
    case negate = "-"
}

/// An expression with where it starts and its source text (the default column name).
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case literal(QueryValue)
        case parameter(String)
        case variable(String)
        case property(Expression, Identifier)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case isNull(Expression, negated: Bool)
        case list([Expression])
        /// `name(args)`, `name(DISTINCT arg)`, `count(*)` (star).
        case function(Identifier, distinct: Bool, star: Bool, arguments: [Expression])
    }

    var kind: Kind
    var position: Position
    var text: String
}
