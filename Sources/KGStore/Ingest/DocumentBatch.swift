/// The documents `GraphStore.writingManyDocuments` has written in its open transaction, and
/// when that transaction began: it is committed after `maximumDocuments` or `maximumAge`.
///
/// ```swift
/// var batch = DocumentBatch(began: .now)
/// batch.documents += 1
/// batch.isFull(at: .now)  // false until 16 documents or half a second
/// ```
struct DocumentBatch {
    /// Documents a transaction holds at most: one transaction per document logged about 140 pages
    /// a document, most of them pages the next documents change again (the tables' last pages,
    /// the indexes' busiest pages).
    static let maximumDocuments = 16
    /// How long a batch stays open at most, so that a killed ingest loses little finished work
    /// even when documents are long.
    static let maximumAge = Duration.milliseconds(500)

    let began: ContinuousClock.Instant
    var documents = 0

    /// Whether the batch should be committed now.
    func isFull(at now: ContinuousClock.Instant) -> Bool {
        documents >= Self.maximumDocuments || now - began >= Self.maximumAge
    }
}
