/// Turns a document's text into entities, mentions and facts.
///
/// Pure and deterministic: the same text always gives the same result. Build one and reuse it;
/// building loads the bundled lexicons and models.
///
/// ```swift
/// let extractor = try Extractor()
/// let doc = extractor.extract("NATO condemned Russia.")
/// ```
public final class Extractor: Sendable {
    public init() throws {}

    public func extract(_ text: String) -> ExtractedDocument {
        // Placeholder until the extraction pipeline lands: whole text, no facts.
        ExtractedDocument(title: nil, sentences: [], entities: [], mentions: [], facts: [])
    }
}
