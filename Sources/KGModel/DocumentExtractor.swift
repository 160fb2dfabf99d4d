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

    /// The publication date `text` gives itself (a dateline, a date line near the top), or nil;
    /// a month and day without a year take `year`.
    func publicationDate(inText text: String, year: Int?) -> PublicationDate?

    /// `document` with each fact dated: a date in its sentence, a relative one ("on Monday")
    /// resolved against `published`, else `published` itself.
    func datingFacts(of document: ExtractedDocument, publishedOn published: CalendarDate?) -> ExtractedDocument
}

extension DocumentExtractor {
    /// An extractor that knows nothing of dates finds none in the text.
    public func publicationDate(inText text: String, year: Int?) -> PublicationDate? { nil }

    /// An extractor that knows nothing of dates gives each fact the publication date.
    public func datingFacts(of document: ExtractedDocument, publishedOn published: CalendarDate?) -> ExtractedDocument {
        var dated = document
        for index in dated.facts.indices {
            dated.facts[index].date = published
            dated.facts[index].dateSource = published == nil ? nil : .document
        }
        return dated
    }
}
