import KGQuery

/// An array of objects keyed by column name, one row per line (like sqlite3's `.mode json`).
///
/// ```
/// [{"a.name": "NATO", "n": 3},
/// {"a.name": "Russia", "n": null}]
/// ```
/// Numbers stay numbers and null stays null; a node is its name, an edge its action, a path its
/// rendering, a list an array. An empty result is `[]`.
public struct JSONRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        let objects = result.rows.map { Self.object(columns: result.columns, row: $0).serialized }
        return "[" + objects.joined(separator: ",\n") + "]\n"
    }

    static func object(columns: [String], row: [QueryValue]) -> JSONValue {
        .object(zip(columns, row).map { ($0, json($1)) })
    }

    static func json(_ value: QueryValue) -> JSONValue {
        switch value {
        case .null: return .null
        case let .int(v): return .int(v)
        case let .double(v): return .double(v)
        case let .string(v): return .string(v)
        case let .bool(v): return .bool(v)
        case .node, .edge, .path: return .string(value.text)
        case let .list(items): return .array(items.map(json))
        }
    }
}

/// One JSON object per row per line (JSON Lines); nothing for an empty result.
///
/// ```
/// {"a.name": "NATO", "n": 3}
/// ```
public struct JSONLinesRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: QueryResult, options: RenderOptions) -> String {
        result.rows.map { JSONRenderer.object(columns: result.columns, row: $0).serialized + "\n" }.joined()
    }
}
