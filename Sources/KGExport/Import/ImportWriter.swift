import Foundation
import KGModel
import KGStore

/// Writes a checked import graph into the store's tables; runs inside the importer's transaction.
struct ImportWriter {
    private let database: Database
    private let insertEntity: Statement
    private let insertEntityWithID: Statement
    private let insertAlias: Statement
    private let insertRelation: Statement
    private let insertRelationWithID: Statement
    private let insertDocument: Statement
    private let insertSentence: Statement
    private let insertMention: Statement
    private let entityExists: Statement
    private let relationExists: Statement
    private let ingestedAt: String
    private var documents: [String: DocumentState] = [:]
    /// The evidence sentence of one of the entity's edges in a document, by entity id and name.
    private var edgeSentences: [EntityInDocument: (id: Int, start: Int, text: String)] = [:]
    var report = ImportReport()

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

    init(database: Database) throws {
        self.database = database
        insertEntity = try database.prepare("INSERT INTO entities (name, type) VALUES (?, ?)")
        insertEntityWithID = try database.prepare("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)")
        insertAlias = try database.prepare("INSERT OR IGNORE INTO aliases (entity_id, surface, key) VALUES (?, ?, ?)")
        let relationColumns = "subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence"
        insertRelation = try database.prepare(
            "INSERT INTO relations (\(relationColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertRelationWithID = try database.prepare(
            "INSERT INTO relations (id, \(relationColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertDocument = try database.prepare("""
            INSERT INTO documents (path, name, title, content_hash, size, ingested_at)
            VALUES (?, ?, NULL, 'import', 0, ?)
            """)
        insertSentence = try database.prepare(
            "INSERT INTO sentences (document_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)")
        insertMention = try database.prepare(
            "INSERT INTO mentions (entity_id, sentence_id, start, end, surface) VALUES (?, ?, ?, ?, ?)")
        entityExists = try database.prepare("SELECT 1 FROM entities WHERE id = ?")
        relationExists = try database.prepare("SELECT 1 FROM relations WHERE id = ?")
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        ingestedAt = formatter.string(from: Date())
    }

    mutating func insert(_ node: ImportGraph.Node) throws {
        if let id = node.requestedID, try !exists(id, using: entityExists) {
            try insertEntityWithID.run([.int(id), .text(node.name), .text(node.type.rawValue)])
        } else {
            try insertEntity.run([.text(node.name), .text(node.type.rawValue)])
        }
        let entityID = database.lastInsertRowID
        report.entityIDs[node.key] = entityID
        report.nodes += 1
        for surface in [node.name] + node.aliases where !surface.isEmpty {
            try insertAlias.run([.int(entityID), .text(surface), .text(AliasKey.lookupKey(surface))])
        }
    }

    mutating func insert(_ edge: ImportGraph.Edge, fallbackDocument: String) throws {
        guard let subject = report.entityIDs[edge.sourceKey], let object = report.entityIDs[edge.targetKey] else {
            throw ExportError.badInput(edge.location, "edge refers to a node that was not imported")
        }
        var evidence: (id: Int, start: Int, end: Int)? = nil
        if edge.document != nil || edge.sentence != nil {
            let name = edge.document ?? fallbackDocument
            let text = edge.sentence ?? ""
            let found = try sentence(text, in: name)
            evidence = found
            for entity in [subject, object] where !text.isEmpty {
                let key = EntityInDocument(entity: entity, document: name)
                if edgeSentences[key] == nil { edgeSentences[key] = (found.id, found.start, text) }
            }
        }
        let values: [SQLValue] = [
            .int(subject), .int(object), .text(edge.action), .text(edge.cameo), .text(edge.kind.rawValue),
            evidence.map { .int($0.id) } ?? .null, evidence.map { .int($0.start) } ?? .null,
            evidence.map { .int($0.end) } ?? .null, .double(edge.confidence),
        ]
        if let id = edge.requestedID, try !exists(id, using: relationExists) {
            try insertRelationWithID.run([.int(id)] + values)
        } else {
            try insertRelation.run(values)
        }
        report.edges += 1
    }

    /// Ties a node to the documents it lists: a mention in the sentence of one of its edges there
    /// (at the name or an alias when the sentence has it), or else in the document's empty
    /// placeholder sentence.
    mutating func insertMentions(of node: ImportGraph.Node) throws {
        guard let entityID = report.entityIDs[node.key] else { return }
        var seen: Set<String> = []
        for name in node.documents where seen.insert(name).inserted {
            var mention: (sentence: Int, start: Int, end: Int, surface: String)
            if let evidence = edgeSentences[EntityInDocument(entity: entityID, document: name)] {
                mention = (evidence.id, evidence.start, evidence.start, node.name)
                for surface in [node.name] + node.aliases where !surface.isEmpty {
                    if let range = evidence.text.range(of: surface) {
                        let offset = evidence.text.unicodeScalars.distance(
                            from: evidence.text.unicodeScalars.startIndex, to: range.lowerBound)
                        mention = (evidence.id, evidence.start + offset,
                                   evidence.start + offset + surface.unicodeScalars.count, surface)
                        break
                    }
                }
            } else {
                let placeholder = try sentence("", in: name)
                mention = (placeholder.id, placeholder.start, placeholder.start, node.name)
            }
            try insertMention.run([.int(entityID), .int(mention.sentence), .int(mention.start), .int(mention.end),
                                   .text(mention.surface)])
        }
    }

    private func exists(_ id: Int, using statement: Statement) throws -> Bool {
        try statement.bind([.int(id)])
        return try statement.step()
    }

    /// The sentence row holding `text` in the document called `name`, created when missing.
    /// Sentences of an imported document are laid end to end, one space apart.
    private mutating func sentence(_ text: String, in name: String) throws -> (id: Int, start: Int, end: Int) {
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
        report.sentences += 1
        return (id, start, end)
    }

    /// The document row for an imported document name, found (an earlier import) or created.
    private mutating func document(named name: String) throws -> DocumentState {
        if let state = documents[name] { return state }
        let path = "import:" + name
        let find = try database.prepare("SELECT id FROM documents WHERE path = ?")
        try find.bind([.text(path)])
        var state: DocumentState
        if try find.step() {
            state = DocumentState(id: find.int(0))
            let sentences = try database.prepare(
                "SELECT id, idx, start, end, text FROM sentences WHERE document_id = ? ORDER BY idx")
            try sentences.bind([.int(state.id)])
            while try sentences.step() {
                state.positions[sentences.text(4)] = state.positions[sentences.text(4)] ?? state.sentences.count
                state.sentences.append((sentences.int(0), sentences.int(2), sentences.int(3), sentences.text(4)))
                state.nextIndex = sentences.int(1) + 1
                state.nextOffset = sentences.int(3) + 1
            }
        } else {
            try insertDocument.run([.text(path), .text(name), .text(ingestedAt)])
            state = DocumentState(id: database.lastInsertRowID)
            report.documents += 1
        }
        documents[name] = state
        return state
    }
}
