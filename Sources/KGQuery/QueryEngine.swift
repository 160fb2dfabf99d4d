import KGStore

/// Runs query-language statements against a store.
///
/// ```swift
/// let engine = QueryEngine(store: store)
/// let result = try engine.run("MATCH (a)-[:condemn]->(b) RETURN a.name, b.name;")
/// ```
public final class QueryEngine {
    public let store: GraphStore
    /// Polled while a query runs; returning true stops it with an interrupt `QueryError`.
    public var isInterrupted: @Sendable () -> Bool = { false }

    public init(store: GraphStore) {
        self.store = store
    }

    /// Parses, plans and runs one statement.
    ///
    /// - Parameters:
    ///   - statement: the text of one statement; a trailing `;` is optional.
    ///   - parameters: values for `$name` placeholders.
    ///   - sourceName: the file the statement came from, for error messages.
    ///   - firstLine: the line in that file where the statement starts (1-based).
    public func run(_ statement: String, parameters: [String: QueryValue] = [:],
                    sourceName: String = "query", firstLine: Int = 1) throws -> QueryResult {
        throw QueryError(message: "the query language is not available yet", sourceName: sourceName)
    }
}
