/// A 1-based line and column in a query's source text.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A query that could not be parsed, planned or run, with where in the source it went wrong.
///
/// `description` reads like a compiler's:
/// ```
/// query:1:24: error: unknown label 'persn'; did you mean 'person'?
/// MATCH (a:person)-[r]->(b:persn) RETURN a
///                        ^
/// ```
public struct QueryError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// Where the problem is; nil for errors about the whole statement.
    public var location: SourceLocation?
    /// The file name, or "query" for a statement typed or given on the command line.
    public var sourceName: String
    /// The source line the location points into, shown under the message with a caret.
    public var sourceLine: String?
    /// True when the user interrupted the query (Ctrl-C); the shell says so and goes on.
    public var isInterrupt: Bool

    public init(
        message: String, location: SourceLocation? = nil, sourceName: String = "query",
        sourceLine: String? = nil, isInterrupt: Bool = false
    ) {
        self.message = message
        self.location = location
        self.sourceName = sourceName
        self.sourceLine = sourceLine
        self.isInterrupt = isInterrupt
    }

    /// The first line alone: `query:1:24: error: ...`.
    public var headline: String {
        if let location { return "\(sourceName):\(location): error: \(message)" }
        return "\(sourceName): error: \(message)"
    }

    public var description: String {
        guard let location, let sourceLine else { return headline }
        let caret = String(repeating: " ", count: max(0, location.column - 1)) + "^"
        return headline + "\n" + sourceLine + "\n" + caret
    }
}
