import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// `GraphStore.writingManyDocuments`: documents are committed in batches, each document still
/// whole, and what was written before an error stays.
final class ManyDocumentsTests: XCTestCase {
    private struct Failure: Error {}

    private func natoCondemnsRussia() -> HandExtraction {
        var doc = HandExtraction(["NATO condemned Russia."])
        let nato = doc.entity("NATO", .organization)
        let russia = doc.entity("Russia", .country)
        doc.fact(nato, "condemn", russia)
        return doc
    }

    func testDocumentsOfSeveralBatchesAreAllCommitted() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let doc = natoCondemnsRussia()
        let total = DocumentBatch.maximumDocuments * 2 + 3
        try store.writingManyDocuments {
            for number in 0..<total {
                try store.ingest(document: doc.source("/news/\(number).txt"), extraction: doc.document)
            }
        }
        XCTAssertTrue(store.database.isInAutocommit)
        // A second connection reads only what was committed.
        let reader = try folder.store()
        XCTAssertEqual(try reader.count("SELECT count(*) FROM documents"), total)
        XCTAssertEqual(try reader.count("SELECT count(*) FROM relations"), total)
    }

    func testDocumentsWrittenBeforeAnErrorStay() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let doc = natoCondemnsRussia()
        XCTAssertThrowsError(
            try store.writingManyDocuments { () throws -> Void in
                try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
                try store.ingest(document: doc.source("/news/b.txt"), extraction: doc.document)
                throw Failure()
            })
        XCTAssertTrue(store.database.isInAutocommit)
        let reader = try folder.store()
        XCTAssertEqual(try reader.count("SELECT count(*) FROM documents"), 2)
        XCTAssertEqual(try reader.count("SELECT count(*) FROM sentences"), 2)
    }

    func testAnUnchangedDocumentInABatchIsStillFoundUnchanged() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let doc = natoCondemnsRussia()
        let statuses = try store.writingManyDocuments {
            try [
                store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document).status,
                store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document).status,
            ]
        }
        XCTAssertEqual(statuses, [.added, .unchanged])
    }

    func testABatchIsFullAfterItsDocumentsOrItsAge() {
        let began = ContinuousClock.now
        var batch = DocumentBatch(began: began)
        batch.documents = DocumentBatch.maximumDocuments - 1
        XCTAssertFalse(batch.isFull(at: began))
        XCTAssertTrue(batch.isFull(at: began + DocumentBatch.maximumAge))
        batch.documents += 1
        XCTAssertTrue(batch.isFull(at: began))
    }

    func testAWriteInsideTheCallersOwnTransactionIsLeftToTheCaller() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let doc = natoCondemnsRussia()
        try store.database.execute("BEGIN IMMEDIATE")
        try store.writingManyDocuments {
            try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
        }
        XCTAssertFalse(store.database.isInAutocommit)
        try store.database.execute("ROLLBACK")
        XCTAssertEqual(try store.count("SELECT count(*) FROM documents"), 0)
    }
}
