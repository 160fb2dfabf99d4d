import Foundation
import KGModel

extension GraphStore {
    /// Stores one document with what the extractor found in it, whole: in one transaction, or
    /// inside `writingManyDocuments` a savepoint of its batch's transaction.
    ///
    /// ```swift
    /// let doc = SourceDocument(path: "/news/a.txt", text: "NATO condemned Russia.")
    /// let result = try store.ingest(document: doc, extraction: extractor.extract(doc.text))
    /// result.status  // .added, then .unchanged when called again
    /// ```
    /// The same path with the same content hash does nothing; with another hash the document's
    /// sentences, mentions and relations are replaced, and entities nothing else refers to are
    /// removed. Entities join existing ones across documents (see `EntityResolver`). Throws
    /// `StoreError.invalidExtraction` (writing nothing) when the extraction refers to a sentence
    /// or entity it does not contain.
    @discardableResult
    public func ingest(document: SourceDocument, extraction: ExtractedDocument) throws -> DocumentIngestResult {
        let writer = try documentWriter()
        // An unchanged document writes nothing, so the snapshot stays; anything else outdates it.
        if try writer.storedHash(forPath: document.path) != document.contentHash { invalidateGraphSnapshot() }
        guard writesInBatches else { return try writer.write(document, extraction: extraction) }
        // In `writingManyDocuments` the document is a savepoint of its batch's transaction (or of
        // the caller's own transaction, which is left to the caller).
        if openBatch == nil {
            guard database.isInAutocommit else { return try writer.write(document, extraction: extraction) }
            try database.execute("BEGIN IMMEDIATE")
            openBatch = DocumentBatch(began: .now)
        }
        let result = try writer.write(document, extraction: extraction)
        openBatch?.documents += 1
        if let openBatch, openBatch.isFull(at: .now) { try commitBatch() }
        return result
    }

    /// Commits the documents written since the batch's transaction began, if any.
    private func commitBatch() throws {
        guard openBatch != nil else { return }
        openBatch = nil
        // SQLite may have rolled the transaction back itself (a full disk): nothing to commit.
        if !database.isInAutocommit { try database.execute("COMMIT") }
    }

    /// The content hash stored for the document at `path`, or nil when the store has none: equal to
    /// a file's `SourceDocument.contentHash` when the file is unchanged since it was ingested.
    ///
    /// ```swift
    /// try store.storedContentHash(forPath: doc.path) == doc.contentHash  // skip extracting it
    /// ```
    public func storedContentHash(forPath path: String) throws -> String? {
        try documentWriter().storedHash(forPath: path)
    }

    /// The store's writer, created on first use: its statements are compiled once and its
    /// alias-key cache serves every later document.
    func documentWriter() throws -> DocumentWriter {
        if let cachedDocumentWriter { return cachedDocumentWriter }
        let writer = try DocumentWriter(database: database)
        cachedDocumentWriter = writer
        return writer
    }
}

extension GraphStore {
    /// Runs `body`, a long run of document writes, with a page cache that holds the store's
    /// working set, write-ahead checkpoints made less often and documents committed in batches,
    /// then sets all three back.
    ///
    /// ```swift
    /// try store.writingManyDocuments {
    ///     for (doc, extraction) in documents { try store.ingest(document: doc, extraction: extraction) }
    /// }
    /// ```
    /// Documents are committed in batches (`DocumentBatch`: after 16 documents, or with the first
    /// one written half a second or more after the batch began), each document a savepoint of its
    /// batch's transaction, so it is still stored whole or not at all; when `body` throws, the
    /// documents written before are committed. One transaction per document logged about 140
    /// pages a document, most of them pages the next documents change again: batched, an ingest
    /// of 800 articles makes 40,000 writes instead of 234,000 and 16 `fdatasync` calls instead of
    /// 85. A process killed mid-batch loses that batch's documents, which the next ingest stores.
    /// With SQLite's defaults (a 2 MB cache, a checkpoint every 1,000 pages) an
    /// ingest of 800 articles read back 56,000 pages it had written and copied a page into the
    /// database file about once per four it logged; a page changed by many documents between
    /// two checkpoints is copied once. See <https://www.sqlite.org/pragma.html#pragma_cache_size>
    /// and <https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint>.
    public func writingManyDocuments<T>(_ body: () throws -> T) throws -> T {
        try database.withPragma("cache_size", Self.manyDocumentsCacheSize) {
            try database.withPragma("wal_autocheckpoint", Self.manyDocumentsCheckpointPages) {
                try database.withPragma("temp_store", Self.memoryTempStore) { try writingInBatches(body) }
            }
        }
    }

    private func writingInBatches<T>(_ body: () throws -> T) throws -> T {
        writesInBatches = true
        defer { writesInBatches = false }
        do {
            let result = try body()
            try commitBatch()
            return result
        } catch {
            // The documents written before the error stay (the failing one's savepoint was rolled
            // back); a batch that cannot be committed is rolled back, leaving no transaction open.
            if (try? commitBatch()) == nil, !database.isInAutocommit { try? database.execute("ROLLBACK") }
            throw error
        }
    }

    /// `temp_store = MEMORY`: a savepoint's undo pages (the statement journal) in memory, not a
    /// temporary file.
    static let memoryTempStore = 2

    /// At most 64 MiB of page cache (negative: KiB), taken only as pages are read.
    static let manyDocumentsCacheSize = -65_536
    /// A checkpoint once the log holds this many pages (16 MiB of 4 KiB pages).
    static let manyDocumentsCheckpointPages = 4_096
}
