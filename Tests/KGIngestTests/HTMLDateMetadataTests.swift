import Foundation
import KGIngest
import KGModel
import KGTestSupport
import XCTest

/// Publication dates HTML pages declare, as `DocumentReader` reads them from real files.
final class HTMLDateMetadataTests: XCTestCase {
    private func read(_ name: String, _ content: String) throws -> (SourceDocument, [IngestWarning]) {
        let folder = try TemporaryFolder()
        let path = try folder.write(name, content)
        let result = DocumentReader.read(path)
        // Every page here carries text: a page the reader skips is a failure, not a reason to skip.
        guard case let .document(document, warnings) = result else {
            return try XCTUnwrap(nil, "\(name) was not read: \(result)")
        }
        return (document, warnings)
    }

    private let body = "<body><p>NATO condemned Russia on Monday.</p></body></html>"

    func testOpenGraphPublishedTimeMeta() throws {
        let (document, _) = try read(
            "a.html",
            """
            <html><head><meta property="article:published_time" content="2022-02-21T18:04:00+03:00"></head>\(body)
            """)
        XCTAssertEqual(document.published?.date.iso, "2022-02-21")
        XCTAssertEqual(document.published?.source, .metadata)
    }

    func testJSONLDDatePublished() throws {
        let (document, _) = try read(
            "a.html",
            """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2023-10-07T09:00:00Z"}</script></head>\(body)
            """)
        XCTAssertEqual(document.published?.date.iso, "2023-10-07")
        XCTAssertEqual(document.published?.source, .metadata)
    }

    func testTimeElementDatetime() throws {
        let (document, _) = try read(
            "a.html",
            """
            <html><body><p>By a reporter, <time datetime='2022-02-22'>Tuesday</time></p><p>NATO condemned Russia.</p></body></html>
            """)
        XCTAssertEqual(document.published?.date.iso, "2022-02-22")
    }

    func testUnreadableMetadataDateIsAWarningNamingTheFile() throws {
        let (document, warnings) = try read(
            "a.html",
            """
            <html><head><meta name="pubdate" content="last Tuesday"></head>\(body)
            """)
        XCTAssertNil(document.published)
        XCTAssertEqual(warnings.map(\.description).count, 1)
        XCTAssertTrue(
            warnings.first?.description.hasSuffix("a.html: warning: unreadable date in <meta pubdate>: 'last Tuesday'; ignored") == true,
            warnings.first?.description ?? "")
    }

    func testPlainTextFilesHaveNoMetadataDate() throws {
        let (document, warnings) = try read("2022-02-23.txt", "NATO condemned Russia.")
        XCTAssertNil(document.published, "the file name is the ingest run's last resort, not the reader's")
        XCTAssertEqual(warnings, [])
    }
}
