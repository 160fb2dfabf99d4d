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

    /// Like `render`, but throws when the output cannot be made (a DOT drawing over the size
    /// limit) instead of printing an explanation in the output itself.
    func checkedRender(_ result: QueryResult, options: RenderOptions) throws -> String
}

extension ResultRenderer {
    public func checkedRender(_ result: QueryResult, options: RenderOptions) throws -> String {
        render(result, options: options)
    }
}

extension OutputMode {
    /// The renderer for this mode.
    ///
    /// ```swift
    /// print(OutputMode.table.renderer.render(result, options: RenderOptions(maxWidth: 80)), terminator: "")
    /// ```
    public var renderer: any ResultRenderer {
        switch self {
        case .table: return TableRenderer()
        case .csv: return CSVRenderer()
        case .tsv: return TSVRenderer()
        case .json: return JSONRenderer()
        case .jsonl: return JSONLinesRenderer()
        case .markdown: return MarkdownRenderer()
        case .dot: return DOTRenderer()
        }
    }
}
