import Foundation

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
        excerpt.map { headline + "\n" + $0 } ?? headline
    }

    /// The source line and a caret under the location, when both are known.
    var excerpt: String? {
        guard let location, let sourceLine else { return nil }
        return sourceLine + "\n" + String(repeating: " ", count: max(0, location.column - 1)) + "^"
    }
}

extension QueryError: LocalizedError {
    /// The error as a command reports it after its `Error: ` prefix: the place, the message,
    /// then the source line with its caret.
    ///
    /// ```
    /// Error: q.kgq:4:12: unknown node property 'nme'; did you mean 'name'?
    ///   RETURN a.nme;
    ///            ^
    /// ```
    public var errorDescription: String? {
        let place = location.map { "\(sourceName):\($0)" } ?? sourceName
        let line = "\(place): \(message)"
        return excerpt.map { line + "\n" + $0 } ?? line
    }
}
