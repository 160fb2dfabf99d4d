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
        try documentWriter().write(document, extraction: extraction)
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
