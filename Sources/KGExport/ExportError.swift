import Foundation

/// A place in an input file: 1-based line, and column when known.
public struct FileLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line` or `file:line:column`.
    public var description: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}

/// Everything that can go wrong writing a graph or importing one, with what the user needs to fix it.
///
/// The text names the place but not the severity: `kg` puts `Error: ` before it, the shell `error: `.
///
/// ```swift
/// ExportError.badInput(FileLocation(file: "edges.csv", line: 4), "unknown node id 'x9'")
///     .localizedDescription  // "edges.csv:4: unknown node id 'x9'"
/// ```
public enum ExportError: Error, LocalizedError, Equatable {
    /// A DOT graph over the size Graphviz can lay out readably.
    case graphTooLarge(nodes: Int, limit: Int)
    /// An import file that cannot be loaded, at the place it goes wrong.
    case badInput(FileLocation, String)
    /// A file that cannot be read or written.
    case file(path: String, message: String)
    /// A format that writes a folder of files was asked for one stream.
    case needsFolder(format: String)

    public var errorDescription: String? {
        switch self {
        case let .graphTooLarge(nodes, limit):
            return "the graph has \(nodes) nodes, more than a DOT drawing can show (\(limit)); "
                + "export a part of it with --query and LIMIT, e.g. "
                + "--query 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 200'"
        case let .badInput(location, message):
            return "\(location): \(message)"
        case let .file(path, message):
            return "\(path): \(message)"
        case let .needsFolder(format):
            return "the \(format) format writes nodes.csv and relationships.csv; give a folder with -o DIR"
        }
    }
}
