import KGStore

/// The whole graph of a store, read row by row while it is written out: an export of a million
/// relations holds one at a time, not a million.
///
/// ```swift
/// try GraphExporter.write(StoredGraph(store: store), as: .graphml, to: "graph.graphml")
/// ```
/// It visits what `GraphSnapshot(store:)` holds, in the same order.
public struct StoredGraph: ExportableGraph {
    public let store: GraphStore

    public init(store: GraphStore) {
        self.store = store
    }

    public func forEachNode(_ body: (SnapshotNode) throws -> Void) throws {
        try store.forEachEntityWithDetails { entity, aliases, documents in
            try body(
                SnapshotNode(
                    id: entity.id, name: entity.name, type: entity.type.rawValue,
                    aliases: aliases.filter { $0 != entity.name }, documents: documents))
        }
    }

    public func forEachEdge(_ body: (SnapshotEdge) throws -> Void) throws {
        try store.forEachRelation { try body(SnapshotEdge($0)) }
    }

    public func nodeCount() throws -> Int {
        try store.entityCount()
    }

    public func snapshot() throws -> GraphSnapshot {
        try GraphSnapshot(store: store)
    }
}

extension SnapshotEdge {
    /// The edge of one stored report.
    init(_ relation: StoredRelation) {
        self.init(
            id: relation.id, source: relation.subjectID, target: relation.objectID,
            action: relation.action, cameo: relation.cameo, kind: relation.kind.rawValue,
            document: relation.document, sentence: relation.sentence,
            confidence: relation.confidence, date: relation.date)
    }
}
