/// Writes a graph as NetworkX node-link JSON, one node or edge per line.
///
/// ```swift
/// let json = try NodeLinkJSONWriter().write(snapshot)
/// // Python: networkx.node_link_graph(json.loads(text), edges="edges")
/// ```
/// The graph is a directed multigraph; each edge's `key` is its relation id, so parallel edges
/// (the same pair, several sentences) stay apart.
public struct NodeLinkJSONWriter: Sendable {
    public init() {}

    public func write(_ snapshot: GraphSnapshot) throws -> String {
        var text = ""
        try write(snapshot, to: &text)
        return text
    }

    /// Writes `graph` to `output` one node or edge at a time.
    ///
    /// ```swift
    /// var output = BufferedDescriptorOutput(descriptor: STDOUT_FILENO, name: "standard output")
    /// try NodeLinkJSONWriter().write(StoredGraph(store: store), to: &output)
    /// ```
    public func write(_ graph: some ExportableGraph, to output: inout some ExportOutput) throws {
        try output.write("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {},\n  \"nodes\": [")
        var first = true
        try graph.forEachNode { node in
            try output.write((first ? "\n    " : ",\n    ") + Self.object(for: node).serialized)
            first = false
        }
        try output.write(first ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": [")
        first = true
        try graph.forEachEdge { edge in
            try output.write((first ? "\n    " : ",\n    ") + Self.object(for: edge).serialized)
            first = false
        }
        try output.write(first ? "]\n}\n" : "\n  ]\n}\n")
    }

    static func object(for node: SnapshotNode) -> JSONValue {
        .object([
            ("id", .int(node.id)),
            ("name", .string(node.name)),
            ("type", .string(node.type)),
            ("aliases", .array(node.aliases.map(JSONValue.string))),
            ("documents", .array(node.documents.map(JSONValue.string))),
        ])
    }

    static func object(for edge: SnapshotEdge) -> JSONValue {
        .object([
            ("source", .int(edge.source)),
            ("target", .int(edge.target)),
            ("key", .int(edge.id)),
            ("action", .string(edge.action)),
            ("cameo", .string(edge.cameo.rawValue)),
            ("kind", .string(edge.kind)),
            ("document", edge.document.map(JSONValue.string) ?? .null),
            ("sentence", edge.sentence.map(JSONValue.string) ?? .null),
            ("confidence", .double(edge.confidence)),
            ("date", edge.date.map(JSONValue.string) ?? .null),
            ("reports", .int(edge.reports)),
        ])
    }
}
