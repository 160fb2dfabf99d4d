/// A graph the writers can walk one node and one edge at a time: a `GraphSnapshot` in memory, or
/// a `StoredGraph` read from the database as it is written out.
///
/// ```swift
/// try StoredGraph(store: store).forEachEdge { edge in print(edge.source, edge.action, edge.target) }
/// ```
public protocol ExportableGraph {
    /// Visits the nodes in id order.
    func forEachNode(_ body: (SnapshotNode) throws -> Void) throws
    /// Visits the edges in id order.
    func forEachEdge(_ body: (SnapshotEdge) throws -> Void) throws
    /// How many nodes `forEachNode` visits, without visiting them.
    func nodeCount() throws -> Int
    /// The whole graph in memory, for the writers that need all of it at once (DOT merges the
    /// reports of each fact).
    func snapshot() throws -> GraphSnapshot
}

extension GraphSnapshot: ExportableGraph {
    public func forEachNode(_ body: (SnapshotNode) throws -> Void) throws {
        for node in nodes { try body(node) }
    }

    public func forEachEdge(_ body: (SnapshotEdge) throws -> Void) throws {
        for edge in edges { try body(edge) }
    }

    public func nodeCount() -> Int { nodes.count }

    public func snapshot() -> GraphSnapshot { self }
}
