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
    static func neighbourhood(of seeds: Set<Int>, radius: Int, in store: GraphStore,
                              edgeLimit: Int = 20_000, isInterrupted: () -> Bool = { false }) throws -> GraphIndex? {
        let database = store.database
        let bySubject = try database.prepare("SELECT \(edgeColumns) FROM relations WHERE subject_id = ?")
        let byObject = try database.prepare("SELECT \(edgeColumns) FROM relations WHERE object_id = ?")
        var visited = seeds
        var frontier = Array(seeds)
        var edges: [Int: EdgeRow] = [:]
        for _ in 0..<radius {
            var next: [Int] = []
            for node in frontier {
                if isInterrupted() { throw Diagnostic.interrupted }
                for statement in [bySubject, byObject] {
                    try statement.bind([.int(node)])
                    while try statement.step() {
                        let row = EdgeRow(statement)
                        edges[row.id] = row
                        for end in [row.subject, row.object] where visited.insert(end).inserted {
                            next.append(end)
                        }
                    }
                }
                if edges.count > edgeLimit { return nil }
            }
            frontier = next
        }

        var graph = GraphIndex()
        graph.isPartial = true
        for action in try QueryVocabulary.actions(in: store) {
            _ = intern(action, into: &graph.actions, index: &graph.actionIndex)
        }
        let entity = try database.prepare("SELECT id, name, type FROM entities WHERE id = ?")
        for id in visited.sorted() {
            try entity.bind([.int(id)])
            if try entity.step() { graph.addNode(id: entity.int(0), name: entity.text(1), type: entity.text(2)) }
        }
        graph.indexNodes()
        for id in edges.keys.sorted() {
            if let row = edges[id] { graph.addEdge(row) }
        }
        graph.buildAdjacency()
        return graph
    }
}
