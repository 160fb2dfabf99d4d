/// What the ingest layer needs of an extractor: text in, an `ExtractedDocument` out.
///
/// ```swift
/// let extractor: any DocumentExtractor = try Extractor()   // KGExtraction's implementation
/// let document = extractor.extract("NATO condemned Russia.")
/// document.facts.first?.action  // "condemn"
/// ```
/// Ingest and the store take an extractor through this protocol, so neither links the extractor
/// (its lexicons and models) to get the types it produces. `extract` must be safe to call from
/// several threads at once: ingest extracts a batch of documents concurrently.
public protocol DocumentExtractor: Sendable {
    /// Everything found in `text`; every offset in the result is into `text`.
    func extract(_ text: String) -> ExtractedDocument
}
