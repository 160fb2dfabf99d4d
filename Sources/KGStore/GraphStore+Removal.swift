import Foundation

/// What removing documents took out of the graph.
public struct RemovalReport: Hashable, Sendable {
    /// Paths of the documents removed, sorted.
    public var documents: [String] = []
    public var sentences = 0
    public var mentions = 0
    /// Reports (relation rows) removed with their sentences.
    public var relations = 0
    /// Entities no remaining document or import refers to.
    public var entitiesRemoved = 0

    public init() {}
}

extension GraphStore {
    /// Removes the documents stored at `paths`, with everything they contributed, in one
    /// transaction: their sentences, mentions and reports, entities only they mentioned, the
    /// aliases and names only they gave.
    ///
    /// ```swift
    /// let report = try store.removeDocuments(at: ["/news/old.txt", "/news/2021"])
    /// report.documents   // ["/news/2021/a.txt", "/news/2021/b.txt", "/news/old.txt"]
    /// ```
    /// Each path is an absolute document path or a folder (every document under it). A path that
    /// names no stored document throws `StoreError.notInGraph` and nothing is removed.
    public func removeDocuments(at paths: [String]) throws -> RemovalReport {
        try database.transaction {
            var ids: Set<Int> = []
            for path in paths {
                let found = try documentIDs(at: path)
                if found.isEmpty { throw StoreError.notInGraph(path: path) }
                ids.formUnion(found)
            }
            return try removeDocuments(ids: ids.sorted())
        }
    }

    /// Removes, in one transaction, the documents stored under `folder` whose files are gone.
    ///
    /// ```swift
    /// try FileManager.default.removeItem(atPath: "/news/old.txt")
    /// try store.pruneDocuments(under: "/news").documents   // ["/news/old.txt"]
    /// ```
    public func pruneDocuments(under folder: String) throws -> RemovalReport {
        try database.transaction {
            var gone: [Int] = []
            let statement = try database.prepare("SELECT id, path FROM documents ORDER BY path")
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            while try statement.step() {
                let path = statement.text(1)
                if (path == folder || path.hasPrefix(prefix)) && !FileManager.default.fileExists(atPath: path) {
                    gone.append(statement.int(0))
                }
            }
            return try removeDocuments(ids: gone)
        }
    }

    /// The document at `path`, or every document under it when it is a folder.
    private func documentIDs(at path: String) throws -> [Int] {
        let folder = path.hasSuffix("/") ? path : path + "/"
        let statement = try database.prepare(
            """
            SELECT id FROM documents WHERE path = ?1 OR substr(path, 1, length(?2)) = ?2 ORDER BY id
            """)
        try statement.bind([.text(path), .text(folder)])
        var ids: [Int] = []
        while try statement.step() { ids.append(statement.int(0)) }
        return ids
    }

    /// Deletes the documents `ids` and reconciles the entities they touched; runs in the
    /// caller's transaction.
    private func removeDocuments(ids: [Int]) throws -> RemovalReport {
        var report = RemovalReport()
        guard !ids.isEmpty else { return report }
        // Deleting rows below the largest ids leaves `contentStamp()` as it was.
        invalidateGraphSnapshot()
        let provenance = try EntityProvenance(database: database)
        let path = try database.prepare("SELECT path FROM documents WHERE id = ?")
        let touched = try database.prepare(
            """
            SELECT m.entity_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.document_id = ?1
            UNION SELECT r.subject_id FROM relations r JOIN sentences s ON s.id = r.sentence_id WHERE s.document_id = ?1
            UNION SELECT r.object_id FROM relations r JOIN sentences s ON s.id = r.sentence_id WHERE s.document_id = ?1
            UNION SELECT entity_id FROM entity_sources WHERE document_id = ?1
            """)
        let counts = try database.prepare(
            """
            SELECT (SELECT count(*) FROM sentences WHERE document_id = ?1),
                   (SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.document_id = ?1),
                   (SELECT count(*) FROM relations r JOIN sentences s ON s.id = r.sentence_id WHERE s.document_id = ?1)
            """)
        let deleteDocument = try database.prepare("DELETE FROM documents WHERE id = ?")
        var entities: [Int] = []
        var formerAliases: [(entity: Int, surface: String)] = []
        for id in ids {
            try path.bind([.int(id)])
            if try path.step() { report.documents.append(path.text(0)) }
            path.reset()
            try touched.bind([.int(id)])
            while try touched.step() { entities.append(touched.int(0)) }
            try counts.bind([.int(id)])
            if try counts.step() {
                report.sentences += counts.int(0)
                report.mentions += counts.int(1)
                report.relations += counts.int(2)
            }
            counts.reset()
            formerAliases += try provenance.aliasSources(ofDocument: id)
            // Sentences go with the document, mentions and relations with the sentences, sources
            // with both (ON DELETE CASCADE).
            try deleteDocument.run([.int(id)])
        }
        report.entitiesRemoved = try provenance.reconcile(entities: entities, formerAliases: formerAliases)
        report.documents.sort()
        return report
    }
}
