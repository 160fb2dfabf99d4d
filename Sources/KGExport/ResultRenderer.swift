import KGQuery

/// How a query result is printed: the shell's `.mode` and `kg query --format`.
///
/// Modelled on sqlite3's modes: `table` for people, the others for programs.
public enum OutputMode: String, CaseIterable, Sendable {
    case table
    case csv
    case tsv
    case json
    case jsonl
    case markdown
    case dot
}

/// Settings that shape rendered output.
public struct RenderOptions: Sendable {
    /// The terminal's width in columns; tables wrap or truncate cells to fit. Nil: no limit.
    public var maxWidth: Int?
    /// Tables show at most this many rows and say how many were left out. Nil: all.
    public var maxRows: Int?
    /// ANSI colour, only ever on a terminal.
    public var color: Bool

    public init(maxWidth: Int? = nil, maxRows: Int? = nil, color: Bool = false) {
        self.maxWidth = maxWidth
        self.maxRows = maxRows
        self.color = color
    }
}

/// Renders query results in one output mode.
public protocol ResultRenderer {
    /// The text for `result`, ending in a newline unless empty.
    func render(_ result: QueryResult, options: RenderOptions) -> String
}

extension OutputMode {
    /// The renderer for this mode.
    public var renderer: any ResultRenderer {
        // Lands with the output work: until then tab-separated text.
        PlainRenderer()
    }
}

/// Placeholder output until the real renderers land.
struct PlainRenderer: ResultRenderer {
    func render(_ result: QueryResult, options: RenderOptions) -> String {
        ([result.columns] + result.rows.map { $0.map(\.text) })
            .map { $0.joined(separator: "\t") + "\n" }.joined()
    }
}
