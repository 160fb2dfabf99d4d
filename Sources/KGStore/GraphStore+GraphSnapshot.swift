import Foundation

extension GraphStore {
    /// Where the query engine keeps its snapshot of this store's graph: beside the database.
    public var graphSnapshotPath: String { path + ".graph" }

    /// What the graph's content looks like now, in microseconds: the largest ids of entities,
    /// relations, documents, sentences and mentions (row counts would cost a scan). Every kg
    /// write adds rows, so changes it; deletes come with inserts (a replaced document gets new
    /// sentences) and kg's writers also delete the snapshot (`invalidateGraphSnapshot`). A
    /// snapshot stamped otherwise is stale.
    ///
    /// ```swift
    /// let stamp = try store.contentStamp()   // [maxEntity, maxRelation, maxDocument, ...]
    /// ```
    public func contentStamp() throws -> [Int] {
        let statement = try cachedStatement(
            """
            SELECT (SELECT ifnull(max(id), 0) FROM entities), (SELECT ifnull(max(id), 0) FROM relations),
                   (SELECT ifnull(max(id), 0) FROM documents), (SELECT ifnull(max(id), 0) FROM sentences),
                   (SELECT ifnull(max(id), 0) FROM mentions), (SELECT schema_version FROM pragma_schema_version)
            """)
        try statement.bind([])
        defer { statement.reset() }
        guard try statement.step() else { return [] }
        return (0..<6).map { statement.int($0) }
    }

    /// Deletes the graph snapshot: kg's writers call it before they change the graph.
    public func invalidateGraphSnapshot() {
        _ = unlink(graphSnapshotPath)
    }
}
