import KGExport
import KGQuery
import KGStore

/// The graph a query result draws: every node, edge and path in its cells (lists included),
/// each node once, with its aliases and documents from the store.
///
/// ```swift
/// let snapshot = try ResultGraph.snapshot(of: result, store: store)
/// let dot = try GraphExporter.render(snapshot, as: .dot)
/// ```
enum ResultGraph {
    static func snapshot(of result: QueryResult, store: GraphStore) throws -> GraphSnapshot {
        var nodes: [Int: NodeValue] = [:]
        var nodeOrder: [Int] = []
        var edges: [Int: EdgeValue] = [:]
        var edgeOrder: [Int] = []
        func add(_ node: NodeValue) {
            if nodes.updateValue(node, forKey: node.id) == nil { nodeOrder.append(node.id) }
        }
        func add(_ edge: EdgeValue) {
            add(edge.source)
            add(edge.target)
            if edges.updateValue(edge, forKey: edge.id) == nil { edgeOrder.append(edge.id) }
        }
        func collect(_ value: QueryValue) {
            switch value {
            case let .node(node): add(node)
            case let .edge(edge): add(edge)
            case let .path(path):
                path.nodes.forEach(add)
                path.edges.forEach(add)
            case let .list(items): items.forEach(collect)
            case .null, .int, .double, .string, .bool: break
            }
        }
        result.rows.forEach { $0.forEach(collect) }

        let aliases = try store.database.prepare(
            "SELECT surface FROM aliases WHERE entity_id = ? ORDER BY surface")
        let documents = try store.database.prepare("""
            SELECT DISTINCT d.name FROM mentions m
            JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.document_id
            WHERE m.entity_id = ? ORDER BY d.name
            """)
        let snapshotNodes = try nodeOrder.compactMap { id -> SnapshotNode? in
            guard let node = nodes[id] else { return nil }
            return SnapshotNode(id: node.id, name: node.name, type: node.type,
                                aliases: try texts(aliases, id: id), documents: try texts(documents, id: id))
        }
        let snapshotEdges = edgeOrder.compactMap { id -> SnapshotEdge? in
            guard let edge = edges[id] else { return nil }
            return SnapshotEdge(id: edge.id, source: edge.source.id, target: edge.target.id,
                                action: edge.action, cameo: edge.cameo, kind: edge.kind,
                                document: edge.document, sentence: edge.sentence,
                                confidence: edge.confidence)
        }
        return GraphSnapshot(nodes: snapshotNodes, edges: snapshotEdges)
    }

    private static func texts(_ statement: Statement, id: Int) throws -> [String] {
        try statement.bind([.int(id)])
        var values: [String] = []
        while try statement.step() { values.append(statement.text(0)) }
        return values
    }
}
