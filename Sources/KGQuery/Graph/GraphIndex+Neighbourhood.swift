import KGStore

extension GraphIndex {
    /// The part of the graph within `radius` hops of `seeds` (database ids), read through the
    /// relations' subject and object indexes: what an anchored, short pattern can reach, without
    /// reading the whole graph. Nil when it would hold more than `edgeLimit` edges (then reading
    /// the whole graph in one pass is cheaper than many index lookups).
    ///
    /// ```swift
    /// let around = try GraphIndex.neighbourhood(of: [putin], radius: 1, in: store)
    /// ```
    /// Nodes and edges keep database id order, so matches come out as over the whole graph. The
    /// action list is the store's complete one, for checking action labels.
    static func neighbourhood(
        of seeds: Set<Int>, radius: Int, in store: GraphStore,
        edgeLimit: Int = 20_000, isInterrupted: () -> Bool = { false }
    ) throws -> GraphIndex? {
        var visited = seeds
        var frontier = Array(seeds)
        var edges: [Int: RelationRecord] = [:]
        for _ in 0..<radius {
            // Each level counted in the indexes before its rows are read: reading a hub's rows
            // (a page each) only to give up costs more than the whole graph from its snapshot.
            var expected = edges.count
            for node in frontier {
                expected += try store.relationCount(touching: node)
                if expected > edgeLimit { return nil }
            }
            var next: [Int] = []
            for node in frontier {
                if isInterrupted() { throw Diagnostic.interrupted }
                for row in try store.relations(touching: node) {
                    edges[row.id] = row
                    for end in [row.subject, row.object] where visited.insert(end).inserted {
                        next.append(end)
                    }
                }
                if edges.count > edgeLimit { return nil }
            }
            frontier = next
        }

        var graph = GraphData()
        graph.isPartial = true
        for action in try QueryVocabulary.actions(in: store) {
            _ = GraphData.intern(action, into: &graph.actions, index: &graph.actionIndex)
        }
        for id in visited.sorted() {
            if let entity = try store.entityRecord(id: id) { graph.addNode(id: entity.id, name: entity.name, type: entity.type) }
        }
        graph.indexNodes()
        for id in edges.keys.sorted() {
            if let row = edges[id] { graph.addEdge(row) }
        }
        graph.buildAdjacency()
        return GraphIndex(graph)
    }
}
