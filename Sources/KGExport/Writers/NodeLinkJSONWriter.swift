/// Writes a graph as NetworkX node-link JSON, one node or edge per line.
///
/// ```swift
/// let json = NodeLinkJSONWriter().write(snapshot)
/// // Python: networkx.node_link_graph(json.loads(text), edges="edges")
/// ```
/// The graph is a directed multigraph; each edge's `key` is its relation id, so parallel edges
/// (the same pair, several sentences) stay apart.
public struct NodeLinkJSONWriter: Sendable {
    public init() {}

    public func write(_ snapshot: GraphSnapshot) -> String {
        var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {},\n"
        out += "  \"nodes\": [" + lines(snapshot.nodes.map(Self.object(for:))) + "],\n"
        out += "  \"edges\": [" + lines(snapshot.edges.map(Self.object(for:))) + "]\n}\n"
        return out
    }

    private func lines(_ values: [JSONValue]) -> String {
        guard !values.isEmpty else { return "" }
        return "\n" + values.map { "    " + $0.serialized }.joined(separator: ",\n") + "\n  "
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
