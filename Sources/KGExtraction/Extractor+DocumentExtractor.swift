import KGModel

/// The extractor is what ingest runs on each changed document.
///
/// ```swift
/// let report = try store.ingest(paths: ["corpus"], extractor: try Extractor())
/// ```
extension Extractor: DocumentExtractor {
    /// A dateline or date line near the top of `text` (see `PublicationDate.find(inText:year:)`).
    public func publicationDate(inText text: String, year: Int?) -> PublicationDate? {
        PublicationDate.find(inText: text, year: year)
    }

    /// Facts dated by `FactDating`: explicit and relative dates in their sentences first.
    public func datingFacts(of document: ExtractedDocument, publishedOn published: CalendarDate?) -> ExtractedDocument {
        FactDating.date(document, publishedOn: published)
    }
}
