import KGModel

/// The extractor is what ingest runs on each changed document.
///
/// ```swift
/// let report = try store.ingest(paths: ["corpus"], extractor: try Extractor())
/// ```
extension Extractor: DocumentExtractor {}
