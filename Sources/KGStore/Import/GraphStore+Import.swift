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
        try importGraph(graph, followedBy: { nil })
    }

    /// Like `importGraph(_:)`, with more relations (between `graph`'s entities) that arrive in
    /// batches while the entities are written: `nextBatch` returns the next batch, nil at the
    /// end, or throws to abandon the whole import.
    ///
    /// ```swift
    /// var pending = [batch1, batch2]
    /// let result = try store.importGraph(nodesOnly, followedBy: { pending.isEmpty ? nil : pending.removeFirst() })
    /// ```
    /// The caller can read and check its edge file on another thread while the store resolves
    /// and writes the entities, which on two cores hides most of the file's reading.
    public func importGraph(
        _ graph: GraphImport, followedBy nextBatch: () throws -> GraphImport.RelationList?
    ) throws -> GraphImportResult {
        try graph.checkEnds(of: graph.relations)
        invalidateGraphSnapshot()
        if let result = try bulkLoadIntoEmptyStore(graph, followedBy: nextBatch) { return result }
        // Every id a row refers to comes from this import's own resolver and inserts, so checking
        // foreign keys row by row (two entity lookups per relation) would only cost time. The
        // pragma is a no-op inside a transaction, so it is set around it.
        let foreignKeys = try database.scalarInt("PRAGMA foreign_keys") ?? 0
        if foreignKeys != 0 { try database.execute("PRAGMA foreign_keys = OFF") }
        defer { if foreignKeys != 0 { try? database.execute("PRAGMA foreign_keys = ON") } }
        // A big cache keeps index pages in memory while a million rows go in.
        return try database.withPragma("cache_size", GraphImportWriter.bulkCacheSize) {
            try database.transaction {
                let writer = try GraphImportWriter(database: database, sourceName: graph.sourceName)
                return try writer.write(graph, followedBy: nextBatch)
            }
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
    private var insertPlainRows: Statement?
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
    /// The rows written, for the store to hand to its next whole-graph read; nil when not asked
    /// for or when they cannot be known without reading them back.
    private(set) var writtenRelations: RelationTable.ImportCollector?

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
    /// The page cache while rows go in, in KiB (negative, as `PRAGMA cache_size` takes it).
    static let bulkCacheSize = -262_144
    /// The page cache while indexes are rebuilt: SQLite's smallest sort run (250 pages).
    static let indexSortCacheSize = -1_000

    /// `collectsRelations`: keep the relations written as a `RelationTable` (into an empty
    /// relations table only, where their ids are known).
    init(database: Database, sourceName: String, collectsRelations: Bool = false) throws {
        self.database = database
        directory = try EntityDirectory(database: database)
        resolver = try EntityResolver(database: database, lookup: directory, cachesKeys: !directory.isEmpty)
        relationsWereEmpty = try database.scalarInt("SELECT EXISTS (SELECT 1 FROM relations)") == 0
        if collectsRelations && relationsWereEmpty { writtenRelations = RelationTable.ImportCollector() }
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

    func write(
        _ graph: GraphImport, followedBy nextBatch: () throws -> GraphImport.RelationList? = { nil }
    ) throws
        -> GraphImportResult
    {
        var joined = [Bool](repeating: false, count: graph.entities.count)
        var takenIDs = Set<Int>()
        // Into an empty store the resolver looks nothing up, so the entity side's lookup indexes
        // can be built once at the end instead of row by row in random key order.
        let rebuiltEntityIndexes =
            directory.isEmpty && graph.entities.count >= Self.rebuildIndexesFrom
            ? try ["entities", "aliases", "person_surnames"].flatMap { try dropIndexes(of: $0) } : []
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

        try rebuildIndexes(rebuiltEntityIndexes)
        // `importGraph` checked the graph's own relations; the batches after them are checked
        // as they arrive.
        func nextCheckedBatch() throws -> GraphImport.RelationList? {
            guard let next = try nextBatch() else { return nil }
            try graph.checkEnds(of: next)
            return next
        }
        // The first batch says whether the load is big enough to build the indexes afterwards.
        var batch: GraphImport.RelationList? = graph.relations
        var following = try nextCheckedBatch()
        let rebuilt =
            relationsWereEmpty && graph.relations.count + (following?.count ?? 0) >= Self.rebuildIndexesFrom
            ? try dropIndexes(of: "relations") : []
        var requestedIDs = Set<Int>()
        while let relations = batch {
            let texts = try BorrowedTexts(relations)
            var rowByRow = 0
            // Plain relations into an empty table (nothing to look up, no evidence, no requested
            // id) go in `plainRowsPerInsert` to a statement: one statement run instead of many.
            if relationsWereEmpty && !relations.hasEvidence && relations.requestedIDs.isEmpty {
                while rowByRow + Self.plainRowsPerInsert <= relations.count {
                    try insertPlainRelations(from: rowByRow, of: relations, texts: texts)
                    rowByRow += Self.plainRowsPerInsert
                }
            }
            for position in rowByRow..<relations.count {
                try insertRelation(
                    at: position, of: relations, sourceName: graph.sourceName, texts: texts, requestedIDs: &requestedIDs,
                    bothEndsJoined: joined[relations.subjects[position]] && joined[relations.objects[position]])
            }
            if writtenRelations?.add(relations, entityIDs: result.entityIDs) == false { writtenRelations = nil }
            batch = following
            following = batch == nil ? nil : try nextCheckedBatch()
        }
        try rebuildIndexes(rebuilt)

        for (index, entity) in graph.entities.enumerated() {
            try insertMentions(of: entity, id: result.entityIDs[index], joined: joined[index])
        }
        return result
    }

    /// Runs the `CREATE INDEX` statements of indexes dropped for a bulk load.
    private func rebuildIndexes(_ statements: [String]) throws {
        guard !statements.isEmpty else { return }
        // SQLite sorts an index's keys in runs as big as the page cache and then merges them:
        // runs that fit the CPU's cache sort twice as fast as one run over a million keys,
        // whose merges miss the cache at every step (measured: 2.0 s against 4.0 s of CPU
        // for the three relation indexes of 1M edges).
        try database.withPragma("cache_size", Self.indexSortCacheSize) {
            for sql in statements { try database.execute(sql) }
        }
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

    /// Inserts relations `start ..< start + plainRowsPerInsert` of `relations`, which have no
    /// evidence and no requested id, into a relations table that was empty (so none is there
    /// already), in order: their ids count up as one by one.
    private func insertPlainRelations(from start: Int, of relations: GraphImport.RelationList, texts: BorrowedTexts) throws {
        let statement = try plainRowsInsert()
        var parameter: Int32 = 1
        for position in start..<(start + Self.plainRowsPerInsert) {
            try statement.bind(int: result.entityIDs[relations.subjects[position]], at: parameter)
            try statement.bind(int: result.entityIDs[relations.objects[position]], at: parameter + 1)
            try statement.bind(borrowedText: texts[relations.actions[position]], at: parameter + 2)
            try statement.bind(borrowedText: texts[relations.cameos[position]], at: parameter + 3)
            try statement.bind(borrowedText: relations.isRole[position] ? texts.role : texts.action, at: parameter + 4)
            try statement.bind(double: relations.confidences.isEmpty ? 1 : relations.confidences[position], at: parameter + 5)
            parameter += 6
        }
        try statement.runBound()
        result.relationsAdded += Self.plainRowsPerInsert
    }

    /// Rows per multi-row `INSERT` of plain relations (SQLite allows 32,766 parameters).
    static let plainRowsPerInsert = 32

    /// The multi-row `INSERT` of plain relations, prepared on first use.
    private func plainRowsInsert() throws -> Statement {
        if let insertPlainRows { return insertPlainRows }
        let row = "(?, ?, ?, ?, ?, NULL, NULL, NULL, ?)"
        let statement = try database.prepare(
            "INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence) VALUES "
                + Array(repeating: row, count: Self.plainRowsPerInsert).joined(separator: ", "))
        insertPlainRows = statement
        return statement
    }

    /// Inserts relation `position` of `graph`, unless the store holds it already.
    private func insertRelation(
        at position: Int, of relations: GraphImport.RelationList, sourceName: String, texts: BorrowedTexts,
        requestedIDs: inout Set<Int>, bothEndsJoined: Bool
    ) throws {
        let subject = result.entityIDs[relations.subjects[position]]
        let object = result.entityIDs[relations.objects[position]]
        let action = relations.actions[position], cameo = relations.cameos[position]
        let kind = relations.isRole[position] ? RelationKind.role : .action
        let confidence = relations.confidences.isEmpty ? 1 : relations.confidences[position]
        var evidence: (id: Int, start: Int, end: Int)?
        if relations.hasEvidence {
            let document = relations.documents.isEmpty ? nil : relations.text(at: relations.documents[position])
            let sentence = relations.sentences.isEmpty ? nil : relations.text(at: relations.sentences[position])
            if document != nil || sentence != nil {
                let name = document ?? sourceName
                let text = sentence ?? ""
                let found = try self.sentence(text, in: name)
                evidence = found
                for entity in [subject, object] where !text.isEmpty {
                    let key = EntityInDocument(entity: entity, document: name)
                    if edgeSentences[key] == nil { edgeSentences[key] = (found.id, found.start, text) }
                }
            }
        }
        // Only a relation between entities the store already had can be there already.
        if bothEndsJoined && !relationsWereEmpty {
            try sameRelation.bind([
                .int(subject), .text(relations.texts[Int(action)]), .int(object), .text(relations.texts[Int(cameo)]),
                .text(kind.rawValue), evidence.map { .int($0.id) } ?? .null, .double(confidence),
            ])
            defer { sameRelation.reset() }
            if try sameRelation.step() {
                result.relationsUnchanged += 1
                return
            }
        }
        var statement = insertRelation
        if !relations.requestedIDs.isEmpty, relations.requestedIDs[position] != Int.min {
            let id = relations.requestedIDs[position]
            if requestedIDs.insert(id).inserted {
                var taken = false
                if !relationsWereEmpty {
                    try relationIDIsTaken.bind([.int(id)])
                    taken = try relationIDIsTaken.step()
                    relationIDIsTaken.reset()
                }
                if !taken {
                    statement = insertRelationWithID
                    try statement.bind(int: id, at: 10)
                }
            }
        }
        try statement.bind(int: subject, at: 1)
        try statement.bind(int: object, at: 2)
        try statement.bind(borrowedText: texts[action], at: 3)
        try statement.bind(borrowedText: texts[cameo], at: 4)
        try statement.bind(borrowedText: kind == .role ? texts.role : texts.action, at: 5)
        if let evidence {
            try statement.bind(int: evidence.id, at: 6)
            try statement.bind(int: evidence.start, at: 7)
            try statement.bind(int: evidence.end, at: 8)
        } else {
            for index: Int32 in 6...8 { try statement.bindNull(at: index) }
        }
        try statement.bind(double: confidence, at: 9)
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
        // Taken out of `documents` while it changes, so adding a sentence does not copy the
        // document's other sentences (which made a big import quadratic).
        var state = try documents.removeValue(forKey: name) ?? document(named: name)
        defer { documents[name] = state }
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

/// C copies of an import's texts that relation rows bind (actions, CAMEO codes, kinds), made
/// once and bound without SQLite copying them row by row.
final class BorrowedTexts {
    private var pointers: [UnsafeMutablePointer<CChar>?]
    let action: UnsafeMutablePointer<CChar>
    let role: UnsafeMutablePointer<CChar>

    init(_ relations: GraphImport.RelationList) throws {
        pointers = Array(repeating: nil, count: relations.texts.count)
        guard let action = strdup(RelationKind.action.rawValue), let role = strdup(RelationKind.role.rawValue) else {
            throw StoreError.invalidImport(source: "import", detail: "out of memory")
        }
        self.action = action
        self.role = role
        var bound = [Bool](repeating: false, count: relations.texts.count)
        for position in relations.actions { bound[Int(position)] = true }
        for position in relations.cameos { bound[Int(position)] = true }
        for (position, isBound) in bound.enumerated() where isBound {
            guard let copy = strdup(relations.texts[position]) else {
                throw StoreError.invalidImport(source: "import", detail: "out of memory")
            }
            pointers[position] = copy
        }
    }

    deinit {
        for pointer in pointers { free(pointer) }
        free(action)
        free(role)
    }

    /// The C copy of text `position` (an action or CAMEO code of the import).
    subscript(position: Int32) -> UnsafeMutablePointer<CChar> {
        pointers[Int(position)] ?? action
    }
}
