import KGModel
import KGStore

/// The words of the query language, for completion in the shell and for help text.
///
/// ```swift
/// QueryVocabulary.keywords.filter { $0.hasPrefix("MA") }   // ["MATCH"]
/// try QueryVocabulary.actions(in: store)                    // ["attack", "call", "condemn", ...]
/// ```
public enum QueryVocabulary {
    public static let keywords = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "DISTINCT", "AS", "ORDER", "BY", "ASC", "DESC", "SKIP", "LIMIT",
        "AND", "OR", "XOR", "NOT", "IN", "CONTAINS", "STARTS", "ENDS", "WITH", "IS", "NULL", "TRUE",
        "FALSE", "EXPLAIN", "ANY", "ALL", "SHORTEST", "shortestPath", "allShortestPaths", "USE",
    ]
    /// Function names as users write them.
    public static let functions = FunctionLibrary.displayNames
    /// Node labels: the entity types.
    public static let labels = EntityType.allCases.map(\.rawValue)
    public static let nodeProperties = Planner.nodeProperties
    public static let relationshipProperties = EdgeField.allCases.map(\.rawValue)
    /// Properties of the document nodes `document(r)` returns.
    public static let documentProperties = DocumentNode.properties

    /// The distinct actions (relationship labels) in the store, sorted.
    public static func actions(in store: GraphStore) throws -> [String] {
        try store.distinctActions()
    }
}
