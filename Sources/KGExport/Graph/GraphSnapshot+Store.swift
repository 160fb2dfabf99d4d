import KGQuery
import KGStore

extension GraphSnapshot {
    /// The whole graph in `store`: every entity and relation, ordered by id.
    ///
    /// ```swift
    /// let snapshot = try GraphSnapshot(store: try GraphStore(path: "kg.sqlite"))
    /// print(snapshot.nodes.count, snapshot.edges.count)
    /// ```
    /// A node's `documents` are the file names of the documents whose sentences mention it or
    /// hold one of its relations; its `aliases` every stored surface form other than its name.
    public init(store: GraphStore) throws {
        var nodes: [SnapshotNode] = []
        var edges: [SnapshotEdge] = []
        let graph = StoredGraph(store: store)
        try graph.forEachNode { nodes.append($0) }
        try graph.forEachEdge { edges.append($0) }
        self.init(nodes: nodes, edges: edges)
    }

    /// The nodes, edges and paths of `result`, with each node's aliases and documents filled in
    /// from `store`.
    ///
    /// ```swift
    /// let result = try QueryEngine(store: store).run("MATCH p = (a)-[*1..2]->(b) RETURN p")
    /// let dot = try GraphExporter.render(try GraphSnapshot(store: store, result: result), as: .dot)
    /// ```
    public init(store: GraphStore, result: QueryResult) throws {
        self.init(result: result)
        let details = try store.entityDetails(ids: nodes.map(\.id))
        for index in nodes.indices {
            nodes[index].aliases = details.aliases[nodes[index].id, default: []]
                .filter { $0 != nodes[index].name }
            nodes[index].documents = details.documents[nodes[index].id, default: []]
        }
    }
}
