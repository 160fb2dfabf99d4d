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
        let database = store.database
        var nodes: [SnapshotNode] = []
        let entities = try database.prepare("SELECT id, name, type FROM entities ORDER BY id")
        while try entities.step() {
            nodes.append(SnapshotNode(id: entities.int(0), name: entities.text(1), type: entities.text(2),
                                      aliases: [], documents: []))
        }
        let details = try Self.nodeDetails(in: database, ids: nil)
        for index in nodes.indices {
            nodes[index].aliases = details.aliases[nodes[index].id, default: []]
                .filter { $0 != nodes[index].name }
            nodes[index].documents = details.documents[nodes[index].id, default: []]
        }
        var edges: [SnapshotEdge] = []
        let relations = try database.prepare("""
            SELECT r.id, r.subject_id, r.object_id, r.action, r.cameo, r.kind, d.name, s.text, r.confidence
            FROM relations r
            LEFT JOIN sentences s ON s.id = r.sentence_id
            LEFT JOIN documents d ON d.id = s.document_id
            ORDER BY r.id
            """)
        while try relations.step() {
            edges.append(SnapshotEdge(
                id: relations.int(0), source: relations.int(1), target: relations.int(2),
                action: relations.text(3), cameo: relations.text(4), kind: relations.text(5),
                document: relations.optionalText(6),
                // An imported fact with a document but no sentence holds an empty placeholder.
                sentence: relations.optionalText(7).flatMap { $0.isEmpty ? nil : $0 },
                confidence: relations.double(8)))
        }
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
        let details = try Self.nodeDetails(in: store.database, ids: nodes.map(\.id))
        for index in nodes.indices {
            nodes[index].aliases = details.aliases[nodes[index].id, default: []]
                .filter { $0 != nodes[index].name }
            nodes[index].documents = details.documents[nodes[index].id, default: []]
        }
    }

    /// Aliases and document names per entity id, each sorted; `ids` nil means every entity.
    static func nodeDetails(in database: Database, ids: [Int]?)
        throws -> (aliases: [Int: [String]], documents: [Int: [String]]) {
        var aliases: [Int: [String]] = [:]
        var documents: [Int: [String]] = [:]
        let aliasSQL = "SELECT entity_id, surface FROM aliases"
        let documentSQL = """
            SELECT e, name FROM (
                SELECT m.entity_id AS e, d.name AS name FROM mentions m
                JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.document_id
                UNION
                SELECT r.subject_id, d.name FROM relations r
                JOIN sentences s ON s.id = r.sentence_id JOIN documents d ON d.id = s.document_id
                UNION
                SELECT r.object_id, d.name FROM relations r
                JOIN sentences s ON s.id = r.sentence_id JOIN documents d ON d.id = s.document_id)
            """
        // Bound in chunks: SQLite limits the number of parameters in one statement.
        let chunks: [[Int]?] = ids.map { ids in
            stride(from: 0, to: ids.count, by: 500).map { Array(ids[$0..<min($0 + 500, ids.count)]) }
        } ?? [nil]
        for chunk in chunks {
            let filter = chunk.map { " WHERE entity_id IN (" + Array(repeating: "?", count: $0.count).joined(separator: ",") + ")" } ?? ""
            let bindings = (chunk ?? []).map { SQLValue.int($0) }
            let aliasQuery = try database.prepare(aliasSQL + filter)
            try aliasQuery.bind(bindings)
            while try aliasQuery.step() { aliases[aliasQuery.int(0), default: []].append(aliasQuery.text(1)) }
            let documentQuery = try database.prepare(documentSQL + filter.replacingOccurrences(of: "entity_id", with: "e"))
            try documentQuery.bind(bindings)
            while try documentQuery.step() {
                documents[documentQuery.int(0), default: []].append(documentQuery.text(1))
            }
        }
        return (aliases.mapValues { $0.sorted() }, documents.mapValues { $0.sorted() })
    }
}
