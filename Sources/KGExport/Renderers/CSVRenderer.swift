import KGQuery

/// Comma-separated values with a header row, quoted as RFC 4180 says.
///
/// ```
/// a.name,b.name
/// NATO,"Smith, J."
/// ```
/// A field is quoted when it holds a comma, a quote (doubled) or a line break; null is empty.
public struct CSVRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        ([result.columns] + result.rows.map { $0.map(\.text) })
            .map { $0.map(Self.field).joined(separator: ",") + "\n" }
            .joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
