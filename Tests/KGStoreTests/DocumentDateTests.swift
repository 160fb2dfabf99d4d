import Foundation
import KGExtraction
import KGIngest
import KGModel
import KGStore
import KGTestSupport
import XCTest

/// Dates through a whole ingest of real files: metadata, datelines, date lines, file names, none;
/// facts dated against them; what the store keeps.
final class DocumentDateTests: XCTestCase {
    static let extractor: Extractor? = try? Extractor()

    /// Ingests `files` (name, content) and returns each document's "date source" and the store.
    private func ingest(_ files: [(String, String)]) throws -> (dates: [String: String], store: GraphStore, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        for (name, content) in files { try folder.write("news/\(name)", content) }
        let store = try folder.store()
        _ = try store.ingest(paths: [folder.path + "/news"], extractor: try XCTUnwrap(Self.extractor))
        var dates: [String: String] = [:]
        for document in try store.documents() {
            dates[document.name] = "\(document.date ?? "-") \(document.dateSource ?? "-")"
        }
        return (dates, store, folder)
    }

    func testEachSourceOfAPublicationDate() throws {
        let (dates, _, _) = try ingest([
            ("meta.html", #"<html><head><meta property="article:published_time" content="2022-02-21T18:04:00Z"></head><body><p>NATO condemned Russia.</p></body></html>"#),
            ("wire.txt", "MOSCOW, Feb 22, 2022 (Reuters) - NATO condemned Russia on Monday."),
            ("line.txt", "NATO condemns Russia\nPublished Wednesday, February 23, 2022\n\nNATO condemned Russia."),
            ("2022-02-24-named.txt", "NATO condemned Russia."),
            ("undated.txt", "NATO condemned Russia on Monday."),
        ])
        XCTAssertEqual(
            dates,
            [
                "meta.html": "2022-02-21 metadata", "wire.txt": "2022-02-22 dateline", "line.txt": "2022-02-23 date line",
                "2022-02-24-named.txt": "2022-02-24 file name", "undated.txt": "- none",
            ])
    }

    func testUnreadableMetadataFallsBackToTheDatelineWithAWarning() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "news/a.html",
            """
            <html><head><meta name="pubdate" content="soon"></head><body><p>MOSCOW, Feb 22, 2022 (Reuters) - NATO condemned Russia.</p></body></html>
            """)
        let store = try folder.store()
        let report = try store.ingest(paths: [folder.path + "/news"], extractor: try XCTUnwrap(Self.extractor))
        XCTAssertEqual(report.documentsIngested, 1)
        XCTAssertEqual(report.warnings.map(\.message), ["unreadable date in <meta pubdate>: 'soon'; ignored"])
        XCTAssertEqual(try store.documents().first?.date, "2022-02-22")
    }

    func testFactsAreDatedFromTheirSentenceOrTheDocument() throws {
        let (_, store, _) = try ingest([
            ("wire.txt", "MOSCOW, Mar 2, 2022 (Reuters) - NATO condemned Russia on Monday.\n\nFrance criticized Germany.")
        ])
        let dated = try store.relations().map { "\($0.action) \($0.date ?? "-") \($0.dateSource ?? "-")" }.sorted()
        XCTAssertTrue(dated.contains("condemn 2022-02-28 relative"), "\(dated)")
        XCTAssertTrue(dated.contains("criticize 2022-03-02 document"), "\(dated)")
    }

    func testUndatedDocumentLeavesItsFactsUndated() throws {
        let (_, store, _) = try ingest([("story.txt", "NATO condemned Russia on Monday.")])
        XCTAssertEqual(try store.relations().compactMap(\.date), [])
    }

    func testEverySampleCorpusArticleHasItsDate() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus").path
        guard FileManager.default.fileExists(atPath: corpus) else { throw XCTSkip("no corpus/ beside the tests") }
        let folder = try TemporaryFolder()
        let store = try folder.store()
        _ = try store.ingest(paths: [corpus], extractor: try XCTUnwrap(Self.extractor))
        let documents = try store.documents()
        XCTAssertFalse(documents.isEmpty)
        for document in documents {
            XCTAssertNotNil(document.date, "\(document.name) has no date")
        }
        XCTAssertTrue(try store.relations().allSatisfy { $0.date != nil }, "every fact of a dated article is dated")
    }
}
