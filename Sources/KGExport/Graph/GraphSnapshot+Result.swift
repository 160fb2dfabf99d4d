import KGQuery

extension GraphSnapshot {
    /// Every node, edge and path in the cells of `result`, each once, in the order first seen.
    ///
    /// ```swift
    /// let snapshot = GraphSnapshot(result: result)   // nodes seen only as edge ends included
    /// ```
    /// Aliases and documents are left empty; `init(store:result:)` fills them in.
    public init(result: QueryResult) {
        var collector = Collector()
        for row in result.rows {
            for cell in row { collector.add(cell) }
        }
        self.init(nodes: collector.nodes, edges: collector.edges)
    }

    private struct Collector {
        var nodes: [SnapshotNode] = []
        var edges: [SnapshotEdge] = []
        var seenNodes: Set<Int> = []
        var seenEdges: Set<Int> = []

        mutating func add(_ value: QueryValue) {
            switch value {
            case let .node(node): add(node)
            case let .edge(edge): add(edge)
            case let .path(path):
                path.nodes.forEach { add($0) }
                path.edges.forEach { add($0) }
            case let .list(items): items.forEach { add($0) }
            case .null, .int, .double, .string, .bool: break
            }
        }

        mutating func add(_ node: NodeValue) {
            guard seenNodes.insert(node.id).inserted else { return }
            nodes.append(SnapshotNode(id: node.id, name: node.name, type: node.type, aliases: [], documents: []))
        }

        mutating func add(_ edge: EdgeValue) {
            add(edge.source)
            add(edge.target)
            guard seenEdges.insert(edge.id).inserted else { return }
            edges.append(
                SnapshotEdge(
                    id: edge.id, source: edge.source.id, target: edge.target.id,
                    action: edge.action, cameo: edge.cameo, kind: edge.kind,
                    document: edge.document, sentence: edge.sentence,
                    confidence: edge.confidence))
        }
    }
}
