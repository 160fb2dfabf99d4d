import Foundation
import KGModel

extension GraphStore {
    /// Adds a whole graph in one transaction, through the same entity resolver as ingest.
    ///
    /// ```swift
    /// let result = try store.importGraph(graph)      // see `GraphImport`
    /// result.entityIDs[0]                            // the store id of the first entity
    /// ```
    /// Each entity joins the entity the store already held before this import when the
    /// resolver's rules say they are the same (alias keys, surnames, first-name variants: an
    /// imported "Vladimir Putin" and an ingested "Putin" are one node), else it is created
    /// (with its requested id when free) and its surname is recorded for later ingests. Entities
    /// of one import never join each other: the file's ids say which are different.
    ///
    /// Importing the same graph twice adds nothing the second time: every entity joins its copy,
    /// and a relation the store already holds between joined entities, with the same action,
    /// CAMEO code, kind, evidence and confidence, is not added again.
    ///
    /// Fast for big graphs: existing entities are read into memory once, rows go in through
    /// prepared statements, and into a store without relations the relation indexes are built
    /// after the load. Atomic: killed at any moment, the store holds the old graph or all of
    /// the new one.
    public func importGraph(_ graph: GraphImport) throws -> GraphImportResult {
        for relation in graph.relations {
            guard graph.entities.indices.contains(relation.subject), graph.entities.indices.contains(relation.object) else {
                throw StoreError.invalidImport(
                    source: graph.sourceName,
                    detail: "relation '\(relation.action)' refers to an entity the import does not hold")
            }
        }
        invalidateGraphSnapshot()
        // Every id a row refers to comes from this import's own resolver and inserts, so checking
        // foreign keys row by row (two entity lookups per relation) would only cost time. The
        // pragma is a no-op inside a transaction, so it is set around it.
        let foreignKeys = try database.scalarInt("PRAGMA foreign_keys") ?? 0
        if foreignKeys != 0 { try database.execute("PRAGMA foreign_keys = OFF") }
        defer { if foreignKeys != 0 { try? database.execute("PRAGMA foreign_keys = ON") } }
        let previousCache = try database.scalarInt("PRAGMA cache_size") ?? -2_000
        // A big cache keeps index pages in memory while a million rows go in.
        try database.execute("PRAGMA cache_size = -262144")
        defer { try? database.execute("PRAGMA cache_size = \(previousCache)") }
        return try database.transaction {
            let writer = try GraphImportWriter(database: database, sourceName: graph.sourceName)
            return try writer.write(graph)
        }
    }
}

/// Writes one `GraphImport` inside the caller's transaction.
final class GraphImportWriter {
    private let database: Database
    private let directory: EntityDirectory
    private let resolver: EntityResolver
    private let relationsWereEmpty: Bool
    private let insertRelation: Statement
    private let insertRelationWithID: Statement
    private let relationIDIsTaken: Statement
    private let sameRelation: Statement
    private let insertDocument: Statement
    private let findDocument: Statement
    private let sentencesOfDocument: Statement
    private let insertSentence: Statement
    private let insertMention: Statement
    private let sameMention: Statement
    private let ingestedAt: String
    private var documents: [String: DocumentState] = [:]
    /// The evidence sentence of one of the entity's edges in a document, by entity id and name.
    private var edgeSentences: [EntityInDocument: (id: Int, start: Int, text: String)] = [:]
    private var result = GraphImportResult()

    private struct EntityInDocument: Hashable {
        var entity: Int
        var document: String
    }

    /// The sentences of one document as the import has found or created them.
    private struct DocumentState {
        var id: Int
        var sentences: [(id: Int, start: Int, end: Int, text: String)] = []
        /// Position in `sentences` by text, so an import with many sentences stays linear.
        var positions: [String: Int] = [:]
        var nextIndex = 0
        var nextOffset = 0
    }

    /// Relations at least this many go into a store without relations with their indexes
    /// dropped and rebuilt after the load, which is several times faster than keeping them.
    static let rebuildIndexesFrom = 10_000

    init(database: Database, sourceName: String) throws {
        self.database = database
        directory = try EntityDirectory(database: database)
        resolver = try EntityResolver(database: database, lookup: directory)
        relationsWereEmpty = try database.scalarInt("SELECT EXISTS (SELECT 1 FROM relations)") == 0
        let relationColumns = "subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence"
        insertRelation = try database.prepare(
            "INSERT INTO relations (\(relationColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertRelationWithID = try database.prepare(
            "INSERT INTO relations (\(relationColumns), id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        relationIDIsTaken = try database.prepare("SELECT 1 FROM relations WHERE id = ?")
        sameRelation = try database.prepare(
            """
            SELECT 1 FROM relations WHERE subject_id = ? AND action = ? AND object_id = ? AND cameo = ?
              AND kind = ? AND sentence_id IS ? AND confidence = ?
            """)
        insertDocument = try database.prepare(
            """
            INSERT INTO documents (path, name, title, content_hash, size, ingested_at)
            VALUES (?, ?, NULL, 'import', 0, ?)
            """)
        findDocument = try database.prepare("SELECT id FROM documents WHERE path = ?")
        sentencesOfDocument = try database.prepare(
            "SELECT id, idx, start, end, text FROM sentences WHERE document_id = ? ORDER BY idx")
        insertSentence = try database.prepare(
            "INSERT INTO sentences (document_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)")
        insertMention = try database.prepare(
            "INSERT INTO mentions (entity_id, sentence_id, start, end, surface) VALUES (?, ?, ?, ?, ?)")
        sameMention = try database.prepare(
            "SELECT 1 FROM mentions WHERE entity_id = ? AND sentence_id = ? AND start = ? AND end = ?")
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        ingestedAt = formatter.string(from: Date())
    }

    func write(_ graph: GraphImport) throws -> GraphImportResult {
        var joined = [Bool](repeating: false, count: graph.entities.count)
        var takenIDs = Set<Int>()
        result.entityIDs.reserveCapacity(graph.entities.count)
        for (index, entity) in graph.entities.enumerated() {
            let extracted = ExtractedEntity(id: index, name: entity.name, type: entity.type, aliases: entity.aliases)
            let existing = directory.isEmpty ? nil : try resolver.match(extracted)
            // Into an empty store a requested id is free unless this import took it already.
            var requestedIsFree: Bool?
            if directory.isEmpty, let id = entity.requestedID { requestedIsFree = takenIDs.insert(id).inserted }
            let resolution = try resolver.resolve(
                extracted, joining: false, existing: existing,
                requestedID: requestedIsFree == false ? nil : entity.requestedID,
                requestedIDIsFree: requestedIsFree == true)
            result.entityIDs.append(resolution.id)
            joined[index] = !resolution.isNew
            if resolution.isNew { result.entitiesAdded += 1 } else { result.entitiesJoined += 1 }
        }

        let rebuilt =
            relationsWereEmpty && graph.relations.count >= Self.rebuildIndexesFrom
            ? try dropIndexes(of: "relations") : []
        var requestedIDs = Set<Int>()
        for relation in graph.relations {
            try insert(
                relation, graph: graph, bothEndsJoined: joined[relation.subject] && joined[relation.object],
                requestedIDs: &requestedIDs)
        }
        for sql in rebuilt { try database.execute(sql) }

        for (index, entity) in graph.entities.enumerated() {
            try insertMentions(of: entity, id: result.entityIDs[index], joined: joined[index])
        }
        return result
    }

    /// Drops the table's secondary indexes, returning the statements that recreate them.
    private func dropIndexes(of table: String) throws -> [String] {
        let indexes = try database.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
        try indexes.bind([.text(table)])
        var found: [(name: String, sql: String)] = []
        while try indexes.step() { found.append((indexes.text(0), indexes.text(1))) }
        indexes.reset()
        for index in found { try database.execute("DROP INDEX \"\(index.name)\"") }
        return found.map(\.sql)
    }

    private func insert(
        _ relation: GraphImport.Relation, graph: GraphImport, bothEndsJoined: Bool,
        requestedIDs: inout Set<Int>
    ) throws {
        let subject = result.entityIDs[relation.subject]
        let object = result.entityIDs[relation.object]
        var evidence: (id: Int, start: Int, end: Int)?
        if relation.document != nil || relation.sentence != nil {
            let name = relation.document ?? graph.sourceName
            let text = relation.sentence ?? ""
            let found = try sentence(text, in: name)
            evidence = found
            for entity in [subject, object] where !text.isEmpty {
                let key = EntityInDocument(entity: entity, document: name)
                if edgeSentences[key] == nil { edgeSentences[key] = (found.id, found.start, text) }
            }
        }
        // Only a relation between entities the store already had can be there already.
        if bothEndsJoined && !relationsWereEmpty {
            try sameRelation.bind([
                .int(subject), .text(relation.action), .int(object), .text(relation.cameo.rawValue),
                .text(relation.kind.rawValue), evidence.map { .int($0.id) } ?? .null,
                .double(relation.confidence),
            ])
            defer { sameRelation.reset() }
            if try sameRelation.step() {
                result.relationsUnchanged += 1
                return
            }
        }
        var statement = insertRelation
        if let id = relation.requestedID, requestedIDs.insert(id).inserted {
            var taken = false
            if !relationsWereEmpty {
                try relationIDIsTaken.bind([.int(id)])
                taken = try relationIDIsTaken.step()
                relationIDIsTaken.reset()
            }
            if !taken {
                statement = insertRelationWithID
                try statement.bind(.int(id), at: 10)
            }
        }
        try statement.bind(.int(subject), at: 1)
        try statement.bind(.int(object), at: 2)
        try statement.bind(.text(relation.action), at: 3)
        try statement.bind(.text(relation.cameo.rawValue), at: 4)
        try statement.bind(.text(relation.kind.rawValue), at: 5)
        try statement.bind(evidence.map { .int($0.id) } ?? .null, at: 6)
        try statement.bind(evidence.map { .int($0.start) } ?? .null, at: 7)
        try statement.bind(evidence.map { .int($0.end) } ?? .null, at: 8)
        try statement.bind(.double(relation.confidence), at: 9)
        try statement.runBound()
        result.relationsAdded += 1
    }

    /// Ties an entity to the documents it lists: a mention in the sentence of one of its edges
    /// there (at the name or an alias when the sentence has it), or else in the document's empty
    /// placeholder sentence.
    private func insertMentions(of entity: GraphImport.Entity, id entityID: Int, joined: Bool) throws {
        var seen: Set<String> = []
        for name in entity.documents where seen.insert(name).inserted {
            var mention: (sentence: Int, start: Int, end: Int, surface: String)
            if let evidence = edgeSentences[EntityInDocument(entity: entityID, document: name)] {
                mention = (evidence.id, evidence.start, evidence.start, entity.name)
                for surface in [entity.name] + entity.aliases where !surface.isEmpty {
                    if let range = evidence.text.range(of: surface) {
                        let offset = evidence.text.unicodeScalars.distance(
                            from: evidence.text.unicodeScalars.startIndex, to: range.lowerBound)
                        mention = (
                            evidence.id, evidence.start + offset,
                            evidence.start + offset + surface.unicodeScalars.count, surface
                        )
                        break
                    }
                }
            } else {
                let placeholder = try sentence("", in: name)
                mention = (placeholder.id, placeholder.start, placeholder.start, entity.name)
            }
            let values: [SQLValue] = [.int(entityID), .int(mention.sentence), .int(mention.start), .int(mention.end)]
            if joined {
                try sameMention.bind(values)
                defer { sameMention.reset() }
                if try sameMention.step() { continue }
            }
            try insertMention.run(values + [.text(mention.surface)])
        }
    }

    /// The sentence row holding `text` in the document called `name`, created when missing.
    /// Sentences of an imported document are laid end to end, one space apart.
    private func sentence(_ text: String, in name: String) throws -> (id: Int, start: Int, end: Int) {
        var state = try document(named: name)
        if let position = state.positions[text] {
            let existing = state.sentences[position]
            return (existing.id, existing.start, existing.end)
        }
        let start = state.nextOffset
        let end = start + text.unicodeScalars.count
        try insertSentence.run([.int(state.id), .int(state.nextIndex), .int(start), .int(end), .text(text)])
        let id = database.lastInsertRowID
        state.positions[text] = state.sentences.count
        state.sentences.append((id, start, end, text))
        state.nextIndex += 1
        state.nextOffset = end + 1
        documents[name] = state
        result.sentencesAdded += 1
        return (id, start, end)
    }

    /// The document row for an imported document name, found (an earlier import) or created.
    private func document(named name: String) throws -> DocumentState {
        if let state = documents[name] { return state }
        let path = "import:" + name
        try findDocument.bind([.text(path)])
        var state: DocumentState
        if try findDocument.step() {
            state = DocumentState(id: findDocument.int(0))
            findDocument.reset()
            try sentencesOfDocument.bind([.int(state.id)])
            while try sentencesOfDocument.step() {
                let text = sentencesOfDocument.text(4)
                state.positions[text] = state.positions[text] ?? state.sentences.count
                state.sentences.append(
                    (
                        sentencesOfDocument.int(0), sentencesOfDocument.int(2),
                        sentencesOfDocument.int(3), text
                    ))
                state.nextIndex = sentencesOfDocument.int(1) + 1
                state.nextOffset = sentencesOfDocument.int(3) + 1
            }
        } else {
            findDocument.reset()
            try insertDocument.run([.text(path), .text(name), .text(ingestedAt)])
            state = DocumentState(id: database.lastInsertRowID)
            result.documentsAdded += 1
        }
        documents[name] = state
        return state
    }
}
