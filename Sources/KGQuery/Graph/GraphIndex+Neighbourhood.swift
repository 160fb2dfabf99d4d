import KGStore

extension GraphIndex {
    /// The part of the graph within `radius` hops of `seeds` (database ids), read through the
    /// relations' subject and object indexes: what an anchored, short pattern can reach, without
    /// reading the whole graph. Nil when it would hold more than `edgeLimit` edges.
    ///
    /// ```swift
    /// let around = try GraphIndex.neighbourhood(of: [putin], radius: 1, in: store)
    /// ```
    /// Nodes and edges keep database id order, so matches come out as over the whole graph. The
    /// action list is the store's complete one, for checking action labels.
    static func neighbourhood(of seeds: Set<Int>, radius: Int, in store: GraphStore,
                              edgeLimit: Int = 200_000, isInterrupted: () -> Bool = { false }) throws -> GraphIndex? {
        let database = store.database
        let bySubject = try database.prepare("SELECT \(edgeColumns) FROM relations WHERE subject_id = ?")
        let byObject = try database.prepare("SELECT \(edgeColumns) FROM relations WHERE object_id = ?")
        var visited = seeds
        var frontier = Array(seeds)
        var edgeIDs = Set<Int>()
        for _ in 0..<radius {
            var next: [Int] = []
            for node in frontier {
                if isInterrupted() { throw Diagnostic.interrupted }
                for statement in [bySubject, byObject] {
                    try statement.bind([.int(node)])
                    while try statement.step() {
                        edgeIDs.insert(statement.int(0))
                        for end in [statement.int(1), statement.int(2)] where visited.insert(end).inserted {
                            next.append(end)
                        }
                    }
                }
                if edgeIDs.count > edgeLimit { return nil }
            }
            frontier = next
        }

        var graph = GraphIndex()
        graph.isPartial = true
        // Every action in the store, by skipping through the action index one value at a time.
        let actions = try database.prepare("""
            WITH RECURSIVE a(action) AS (
                SELECT min(action) FROM relations
                UNION ALL
                SELECT (SELECT min(action) FROM relations WHERE action > a.action) FROM a WHERE a.action IS NOT NULL)
            SELECT action FROM a WHERE action IS NOT NULL
            """)
        while try actions.step() {
            _ = intern(actions.text(0), into: &graph.actions, index: &graph.actionIndex)
        }
        let entity = try database.prepare("SELECT id, name, type FROM entities WHERE id = ?")
        for id in visited.sorted() {
            try entity.bind([.int(id)])
            if try entity.step() { graph.addNode(id: entity.int(0), name: entity.text(1), type: entity.text(2)) }
        }
        let edge = try database.prepare("SELECT \(edgeColumns) FROM relations WHERE id = ?")
        for id in edgeIDs.sorted() {
            try edge.bind([.int(id)])
            if try edge.step() { graph.addEdge(from: edge) }
        }
        graph.buildAdjacency()
        return graph
    }
}
