import Foundation
import KGExtraction
import KGStore
import XCTest

/// Publication dates as `DocumentReader` finds them in real files.
final class DocumentDateTests: XCTestCase {
    private func read(_ name: String, _ content: String) throws -> (SourceDocument, [IngestWarning]) {
        let folder = try TemporaryFolder()
        let path = try folder.write(name, content)
        guard case let .document(document, warnings) = DocumentReader.read(path) else {
            XCTFail("\(name) was skipped")
            throw XCTSkip("skipped")
        }
        return (document, warnings)
    }

    private let body = "<body><p>NATO condemned Russia on Monday.</p></body></html>"

    func testOpenGraphPublishedTimeMeta() throws {
        let (document, _) = try read("a.html", """
            <html><head><meta property="article:published_time" content="2022-02-21T18:04:00+03:00"></head>\(body)
            """)
        XCTAssertEqual(document.published, PublicationDate(date: CalendarDate(iso: "2022-02-21")!, source: .metadata))
    }

    func testJSONLDDatePublished() throws {
        let (document, _) = try read("a.html", """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2023-10-07T09:00:00Z"}</script></head>\(body)
            """)
        XCTAssertEqual(document.published?.date.iso, "2023-10-07")
        XCTAssertEqual(document.published?.source, .metadata)
    }

    func testTimeElementDatetime() throws {
        let (document, _) = try read("a.html", """
            <html><body><p>By a reporter, <time datetime='2022-02-22'>Tuesday</time></p><p>NATO condemned Russia.</p></body></html>
            """)
        XCTAssertEqual(document.published?.date.iso, "2022-02-22")
    }

    func testUnreadableMetadataDateIsAWarningNamingTheFileAndTheNextSourceIsUsed() throws {
        let (document, warnings) = try read("a.html", """
            <html><head><meta name="pubdate" content="last Tuesday"></head><body><p>MOSCOW, Feb 22, 2022 (Reuters) - NATO condemned Russia.</p></body></html>
            """)
        XCTAssertEqual(document.published?.date.iso, "2022-02-22")
        XCTAssertEqual(document.published?.source, .dateline)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].description.hasSuffix("a.html: warning: unreadable date in <meta pubdate>: 'last Tuesday'; ignored"),
                      warnings[0].description)
    }

    func testDateInTheFileNameWhenTheTextHasNone() throws {
        let (document, _) = try read("2022-02-23-nato.txt", "NATO condemned Russia.")
        XCTAssertEqual(document.published?.date.iso, "2022-02-23")
        XCTAssertEqual(document.published?.source, .fileName)
    }

    func testDocumentWithNoDateEvidenceHasNoDate() throws {
        let (document, _) = try read("story.txt", "NATO condemned Russia on Monday.\n\nIt was not the first time.")
        XCTAssertNil(document.published)
    }
}

/// Dates as the store keeps them: documents, relations, and the facts view.
final class StoredDateTests: XCTestCase {
    func testFactsAreDatedAgainstThePublicationDateWhenStored() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        var doc = HandExtraction(["NATO condemned Russia on Monday.", "NATO met Russia."])
        let nato = doc.entity("NATO", .organization)
        let russia = doc.entity("Russia", .country)
        doc.fact(nato, "condemn", russia, sentence: 0)
        doc.fact(nato, "meet", russia, sentence: 1)
        var source = doc.source("/news/a.txt")
        source.published = PublicationDate(date: CalendarDate(iso: "2022-03-01")!, source: .dateline)
        try store.ingest(document: source, extraction: doc.document)
        let rows = try store.database.prepare("SELECT action, date, date_source FROM relations ORDER BY action")
        var found: [String] = []
        while try rows.step() { found.append("\(rows.text(0)) \(rows.text(1)) \(rows.text(2))") }
        XCTAssertEqual(found, ["condemn 2022-02-28 relative", "meet 2022-03-01 document"])
        XCTAssertEqual(try store.database.scalarText("SELECT date || ' ' || date_source FROM documents"), "2022-03-01 dateline")
    }
}
