import Foundation
import KGModel

/// What storing one document did.
public struct DocumentIngestResult: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// A path the store had not seen.
        case added
        /// A known path whose content changed: its old facts were replaced.
        case replaced
        /// A known path with the same content hash: nothing was written.
        case unchanged
    }

    public var status: Status
    /// The `documents.id` row.
    public var documentID: Int
    public var sentencesAdded = 0
    public var mentionsAdded = 0
    public var relationsAdded = 0
    public var entitiesAdded = 0
    /// Entities that only the replaced version of the document mentioned.
    public var entitiesRemoved = 0

    public init(status: Status, documentID: Int) {
        self.status = status
        self.documentID = documentID
    }
}

/// Writes documents into the store, one transaction each, reusing its compiled statements.
///
/// ```swift
/// let writer = try DocumentWriter(database: store.database)
/// let result = try writer.write(document, extraction: extractor.extract(document.text))
/// ```
/// Everything a document contributes hangs off its sentences, so replacing a document is:
/// delete its sentences' relations and mentions, its sentences, then insert the new ones, and
/// finally drop entities that nothing refers to any more.
final class DocumentWriter {
    private let database: Database
    private let resolver: EntityResolver
    private let provenance: EntityProvenance
    private let selectDocument: Statement
    private let insertDocument: Statement
    private let updateDocument: Statement
    private let entitiesOfDocument: Statement
    private let deleteRelations: Statement
    private let deleteMentions: Statement
    private let deleteSentences: Statement
    private let insertSentence: Statement
    private let insertMention: Statement
    private let insertRelation: Statement
    private let timestamp: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    init(database: Database) throws {
        self.database = database
        resolver = try EntityResolver(database: database)
        provenance = try EntityProvenance(database: database)
        // A document stored before dates existed (date_source NULL) counts as changed, so that
        // the next ingest dates it.
        selectDocument = try database.prepare(
            """
            SELECT id, CASE WHEN date_source IS NULL THEN '' ELSE content_hash END
            FROM documents WHERE path = ?
            """)
        insertDocument = try database.prepare(
            """
            INSERT INTO documents (path, name, title, content_hash, size, ingested_at, date, date_source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateDocument = try database.prepare(
            """
            UPDATE documents SET name = ?, title = ?, content_hash = ?, size = ?, ingested_at = ?,
                                 date = ?, date_source = ?
            WHERE id = ?
            """)
        entitiesOfDocument = try database.prepare(
            """
            SELECT m.entity_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id
            WHERE s.document_id = ?1
            UNION SELECT r.subject_id FROM relations r JOIN sentences s ON s.id = r.sentence_id
            WHERE s.document_id = ?1
            UNION SELECT r.object_id FROM relations r JOIN sentences s ON s.id = r.sentence_id
            WHERE s.document_id = ?1
            """)
        deleteRelations = try database.prepare(
            "DELETE FROM relations WHERE sentence_id IN (SELECT id FROM sentences WHERE document_id = ?)")
        deleteMentions = try database.prepare(
            "DELETE FROM mentions WHERE sentence_id IN (SELECT id FROM sentences WHERE document_id = ?)")
        deleteSentences = try database.prepare("DELETE FROM sentences WHERE document_id = ?")
        insertSentence = try database.prepare(
            "INSERT INTO sentences (document_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)")
        insertMention = try database.prepare(
            "INSERT INTO mentions (entity_id, sentence_id, start, end, surface) VALUES (?, ?, ?, ?, ?)")
        insertRelation = try database.prepare(
            """
            INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, start, end,
                                   confidence, date, date_source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, round(?, 2), ?, ?)
            """)
    }

    private var lastTimestamp: (second: Int, text: String)?

    /// Now, ISO 8601 in UTC; formatting is slow enough to matter, so once per second.
    private func currentTimestamp() -> String {
        let now = Date()
        let second = Int(now.timeIntervalSince1970)
        if let lastTimestamp, lastTimestamp.second == second { return lastTimestamp.text }
        let text = timestamp.string(from: now)
        lastTimestamp = (second, text)
        return text
    }

    /// The content hash stored for `path`, or nil when the path is new.
    func storedHash(forPath path: String) throws -> String? {
        try selectDocument.bind([.text(path)])
        defer { selectDocument.reset() }
        return try selectDocument.step() ? selectDocument.text(1) : nil
    }

    /// Stores `document` with what the extractor found in it, in one transaction.
    func write(_ document: SourceDocument, extraction: ExtractedDocument) throws -> DocumentIngestResult {
        try validate(extraction, of: document)
        return try database.transaction {
            try selectDocument.bind([.text(document.path)])
            let existing =
                try selectDocument.step()
                ? (id: selectDocument.int(0), hash: selectDocument.text(1)) : nil
            selectDocument.reset()

            let title: SQLValue = (extraction.title ?? document.title).map { .text($0) } ?? .null
            let now = SQLValue.text(currentTimestamp())
            let date: SQLValue = document.published.map { .text($0.date.iso) } ?? .null
            let dateSource = SQLValue.text(document.published?.source.rawValue ?? "none")
            var result: DocumentIngestResult
            var formerEntities: [Int] = []
            var formerAliases: [(entity: Int, surface: String)] = []
            if let existing {
                if existing.hash == document.contentHash {
                    return DocumentIngestResult(status: .unchanged, documentID: existing.id)
                }
                result = DocumentIngestResult(status: .replaced, documentID: existing.id)
                try entitiesOfDocument.bind([.int(existing.id)])
                while try entitiesOfDocument.step() { formerEntities.append(entitiesOfDocument.int(0)) }
                formerAliases = try provenance.aliasSources(ofDocument: existing.id)
                try provenance.forget(document: existing.id)
                try deleteRelations.run([.int(existing.id)])
                try deleteMentions.run([.int(existing.id)])
                try deleteSentences.run([.int(existing.id)])
                try updateDocument.run([
                    .text(document.name), title, .text(document.contentHash),
                    .int(document.size), now, date, dateSource, .int(existing.id),
                ])
            } else {
                try insertDocument.run([
                    .text(document.path), .text(document.name), title,
                    .text(document.contentHash), .int(document.size), now, date, dateSource,
                ])
                result = DocumentIngestResult(status: .added, documentID: database.lastInsertRowID)
            }
            try insertFacts(extraction, documentID: result.documentID, into: &result)
            if !formerEntities.isEmpty || !formerAliases.isEmpty {
                result.entitiesRemoved = try provenance.reconcile(
                    entities: formerEntities + formerAliases.map(\.entity), formerAliases: formerAliases)
            }
            return result
        }
    }

    private func insertFacts(
        _ extraction: ExtractedDocument, documentID: Int,
        into result: inout DocumentIngestResult
    ) throws {
        var sentenceIDs = RowIDMap(numbers: extraction.sentences.lazy.map(\.index))
        for sentence in extraction.sentences {
            // bound one by one, as the resolver's rows are: an array of values per row was a fifth of a
            // million arrays made and freed per 800 documents
            try insertSentence.bind(int: documentID, at: 1)
            try insertSentence.bind(int: sentence.index, at: 2)
            try insertSentence.bind(int: sentence.span.start, at: 3)
            try insertSentence.bind(int: sentence.span.end, at: 4)
            try insertSentence.bind(.text(sentence.text), at: 5)
            try insertSentence.runBound()
            sentenceIDs[sentence.index] = database.lastInsertRowID
        }
        result.sentencesAdded = extraction.sentences.count

        // Only entities the document actually names or relates get a row; others would be
        // orphans no later replacement could find.
        var used = Set(extraction.mentions.map(\.entity))
        for fact in extraction.facts {
            used.insert(fact.subject)
            used.insert(fact.object)
        }
        var entityIDs = RowIDMap(numbers: extraction.entities.lazy.map(\.id))
        for entity in extraction.entities where used.contains(entity.id) && entityIDs[entity.id] == nil {
            let resolution = try resolver.resolve(entity)
            entityIDs[entity.id] = resolution.id
            try provenance.record(entity: resolution.id, name: entity.name, surfaces: entity.aliases, document: documentID)
            if resolution.isNew { result.entitiesAdded += 1 }
        }

        for mention in extraction.mentions {
            guard let entity = entityIDs[mention.entity], let sentence = sentenceIDs[mention.sentence] else { continue }
            try insertMention.bind(int: entity, at: 1)
            try insertMention.bind(int: sentence, at: 2)
            try insertMention.bind(int: mention.span.start, at: 3)
            try insertMention.bind(int: mention.span.end, at: 4)
            try insertMention.bind(.text(mention.surface), at: 5)
            try insertMention.runBound()
            result.mentionsAdded += 1
        }
        for fact in extraction.facts {
            guard let subject = entityIDs[fact.subject], let object = entityIDs[fact.object],
                let sentence = sentenceIDs[fact.sentence]
            else { continue }
            try insertRelation.bind(int: subject, at: 1)
            try insertRelation.bind(int: object, at: 2)
            try insertRelation.bind(.text(fact.action), at: 3)
            try insertRelation.bind(.text(fact.cameo.rawValue), at: 4)
            try insertRelation.bind(.text(fact.kind.rawValue), at: 5)
            try insertRelation.bind(int: sentence, at: 6)
            try insertRelation.bind(int: fact.span.start, at: 7)
            try insertRelation.bind(int: fact.span.end, at: 8)
            try insertRelation.bind(.double(fact.confidence), at: 9)
            try insertRelation.bind(fact.date.map { .text($0.iso) } ?? .null, at: 10)
            try insertRelation.bind(fact.dateSource.map { .text($0.rawValue) } ?? .null, at: 11)
            try insertRelation.runBound()
            result.relationsAdded += 1
        }
    }

    /// Refuses an extraction whose mentions or facts point at sentences or entities it lacks,
    /// before anything is written.
    private func validate(_ extraction: ExtractedDocument, of document: SourceDocument) throws {
        func fail(_ detail: String) -> StoreError {
            .invalidExtraction(path: document.path, detail: detail)
        }
        var sentences: Set<Int> = []
        for sentence in extraction.sentences where !sentences.insert(sentence.index).inserted {
            throw fail("sentence index \(sentence.index) appears twice")
        }
        let entities = Set(extraction.entities.map(\.id))
        for mention in extraction.mentions {
            guard entities.contains(mention.entity) else {
                throw fail("a mention of '\(mention.surface)' refers to unknown entity \(mention.entity)")
            }
            guard sentences.contains(mention.sentence) else {
                throw fail("a mention of '\(mention.surface)' refers to unknown sentence \(mention.sentence)")
            }
        }
        for fact in extraction.facts {
            guard entities.contains(fact.subject), entities.contains(fact.object) else {
                throw fail("fact '\(fact.action)' refers to an unknown entity")
            }
            guard sentences.contains(fact.sentence) else {
                throw fail("fact '\(fact.action)' refers to unknown sentence \(fact.sentence)")
            }
        }
    }
}
