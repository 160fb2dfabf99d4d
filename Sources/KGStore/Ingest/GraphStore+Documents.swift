import Foundation
import KGModel

extension GraphStore {
    /// Stores one document with what the extractor found in it, in one transaction.
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
        return try writer.write(document, extraction: extraction)
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
    /// working set and write-ahead checkpoints made less often, then sets both back.
    ///
    /// ```swift
    /// try store.writingManyDocuments {
    ///     for (doc, extraction) in documents { try store.ingest(document: doc, extraction: extraction) }
    /// }
    /// ```
    /// Each document is still its own transaction, synchronous as before (`synchronous = NORMAL`
    /// in WAL mode). With SQLite's defaults (a 2 MB cache, a checkpoint every 1,000 pages) an
    /// ingest of 800 articles read back 56,000 pages it had written and copied a page into the
    /// database file about once per four it logged; a page changed by many documents between
    /// two checkpoints is copied once. See <https://www.sqlite.org/pragma.html#pragma_cache_size>
    /// and <https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint>.
    ///
    /// The schema's CHECK constraints are not evaluated meanwhile: every value they test (an
    /// entity's type, a relation's kind, a date's source) is the raw value of a Swift enum the
    /// writer binds, so none can fail, and SQLite builds a temporary b-tree to test a column
    /// against a list of three or more values, once per row inserted (`relations.date_source`:
    /// about 13,000 instructions per relation, 6% of the writer's work). See
    /// <https://www.sqlite.org/pragma.html#pragma_ignore_check_constraints>.
    public func writingManyDocuments<T>(_ body: () throws -> T) throws -> T {
        try database.withPragma("cache_size", Self.manyDocumentsCacheSize) {
            try database.withPragma("wal_autocheckpoint", Self.manyDocumentsCheckpointPages) {
                try database.withPragma("ignore_check_constraints", 1, body)
            }
        }
    }

    /// Copies the pages the write-ahead log holds into the database file now, as closing the
    /// store would, without waiting for any other connection (a passive checkpoint: what a
    /// reader still uses stays in the log). Does nothing when the store is not in WAL mode.
    /// See <https://www.sqlite.org/pragma.html#pragma_wal_checkpoint>.
    public func checkpointWriteAheadLog() throws {
        _ = try database.scalarInt("PRAGMA wal_checkpoint(PASSIVE)")
    }

    /// At most 64 MiB of page cache (negative: KiB), taken only as pages are read.
    static let manyDocumentsCacheSize = -65_536
    /// A checkpoint once the log holds this many pages (16 MiB of 4 KiB pages).
    static let manyDocumentsCheckpointPages = 4_096
}
