import KGQuery

/// A Markdown pipe table; columns of numbers are right-aligned.
///
/// ```
/// | a.name | n |
/// |--------|--:|
/// | NATO   | 3 |
/// ```
/// Pipes in cells are escaped (`\|`) and line breaks become `<br>`, so every row stays one line.
public struct MarkdownRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        guard !result.columns.isEmpty else { return "" }
        let header = result.columns.map(Self.cell)
        let rows = result.rows.map { $0.map { Self.cell($0.text) } }
        var widths = header.map { max(3, DisplayWidth.of($0)) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        let numeric = result.columns.indices.map { column in
            let values = result.rows.compactMap { column < $0.count ? $0[column] : nil }.filter { $0 != .null }
            return !values.isEmpty && values.allSatisfy(\.isNumber)
        }
        func line(_ cells: [String]) -> String {
            let padded = widths.indices.map { index -> String in
                let cell = index < cells.count ? cells[index] : ""
                let gap = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
                return numeric[index] ? gap + cell : cell + gap
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let rule = widths.indices.map { index in
            numeric[index]
                ? String(repeating: "-", count: widths[index] + 1) + ":"
                : String(repeating: "-", count: widths[index] + 2)
        }
        return line(header) + "|" + rule.joined(separator: "|") + "|\n" + rows.map(line).joined()
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: "\r", with: "<br>")
    }
}

extension QueryValue {
    /// Numbers are right-aligned in tables.
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        default: return false
        }
    }
}
