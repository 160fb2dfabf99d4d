import KGQuery

/// Tab-separated values with a header row; one line per row, always.
///
/// A backslash, tab, line feed or carriage return inside a cell is written `\\`, `\t`, `\n`, `\r`
/// (the convention of PostgreSQL's text format), so no cell can break a row.
public struct TSVRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        ([result.columns] + result.rows.map { $0.map(\.text) })
            .map { $0.map(Self.field).joined(separator: "\t") + "\n" }
            .joined()
    }

    static func field(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
