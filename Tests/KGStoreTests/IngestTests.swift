import Foundation
import KGExtraction
import KGIngest
import KGModel
import KGStore
import KGTestSupport
import XCTest

final class IngestTests: XCTestCase {
    private func natoCondemnsRussia() -> HandExtraction {
        var doc = HandExtraction(["NATO condemned Russia.", "Russia denied it."])
        let nato = doc.entity("NATO", .organization)
        let russia = doc.entity("Russia", .country)
        doc.fact(nato, "condemn", russia)
        return doc
    }

    func testDocumentIsStoredWithSentencesMentionsAndRelations() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let doc = natoCondemnsRussia()
        let result = try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
        XCTAssertEqual(result.status, .added)
        XCTAssertEqual(try store.count("SELECT count(*) FROM sentences"), 2)
        XCTAssertEqual(try store.count("SELECT count(*) FROM mentions"), 3)
        XCTAssertEqual(try store.factLines(), ["NATO condemn Russia"])
        XCTAssertEqual(
            try store.count(
                "SELECT count(*) FROM relations r JOIN sentences s ON s.id = r.sentence_id WHERE s.idx = 0"), 1)
    }

    func testReingestingAnUnchangedDocumentWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let doc = natoCondemnsRussia()
        try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
        let changesBefore = try store.count("PRAGMA data_version")
        let second = try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
        XCTAssertEqual(second.status, .unchanged)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 1)
        XCTAssertEqual(try store.count("SELECT count(*) FROM sentences"), 2)
        XCTAssertEqual(try store.count("PRAGMA data_version"), changesBefore)
    }

    func testChangedDocumentReplacesOnlyItsOwnFacts() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let a = natoCondemnsRussia()
        try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        var b = HandExtraction(["France recognized Ukraine."])
        let france = b.entity("France", .country)
        b.fact(france, "recognize", b.entity("Ukraine", .country))
        try store.ingest(document: b.source("/news/b.txt"), extraction: b.document)

        var a2 = HandExtraction(["NATO praised Finland."])
        a2.fact(a2.entity("NATO", .organization), "praise", a2.entity("Finland", .country))
        let result = try store.ingest(document: a2.source("/news/a.txt"), extraction: a2.document)

        XCTAssertEqual(result.status, .replaced)
        XCTAssertEqual(try store.factLines(), ["France recognize Ukraine", "NATO praise Finland"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM documents"), 2)
        XCTAssertEqual(try store.count("SELECT count(*) FROM sentences"), 2)
    }

    func testReplacementKeepsTheDocumentRowID() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let a = natoCondemnsRussia()
        let first = try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        let b = HandExtraction(["Nothing happened."])
        let second = try store.ingest(document: b.source("/news/a.txt"), extraction: b.document)
        XCTAssertEqual(second.documentID, first.documentID)
    }

    func testEntitiesOnlyTheOldVersionMentionedAreRemoved() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let a = natoCondemnsRussia()
        try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        var b = HandExtraction(["Russia invaded Ukraine."])
        b.fact(b.entity("Russia", .country), "invade", b.entity("Ukraine", .country))
        try store.ingest(document: b.source("/news/b.txt"), extraction: b.document)

        let replacement = HandExtraction(["The weather was fine."])
        let result = try store.ingest(document: replacement.source("/news/a.txt"), extraction: replacement.document)

        XCTAssertEqual(result.entitiesRemoved, 1)
        XCTAssertEqual(try store.entities().map(\.name), ["Russia", "Ukraine"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM aliases WHERE surface = 'NATO'"), 0)
    }

    func testEntityWithoutMentionsOrFactsGetsNoRow() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        var doc = HandExtraction(["Nothing about anyone."])
        doc.entity("Ghost", .person)
        try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities"), 0)
    }

    func testInconsistentExtractionIsRefusedAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        var doc = natoCondemnsRussia().document
        doc.facts[0].sentence = 7
        XCTAssertThrowsError(try store.ingest(document: SourceDocument(path: "/news/a.txt", text: "x"), extraction: doc)) { error in
            guard case .invalidExtraction(let path, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/news/a.txt")
        }
        XCTAssertEqual(try store.count("SELECT count(*) FROM documents"), 0)
    }

    func testIngestOfFolderReadsEveryTextFileAndReportsSkips() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", "NATO condemned Russia.")
        try folder.write("in/b.html", "<p>France recognized Ukraine.</p>")
        try folder.write("in/c.txt", bytes: [0x00, 0x01])
        try folder.write("in/d.md", "")
        let store = try folder.store()
        var seen: [IngestWarning] = []
        let report = try store.ingest(
            paths: [folder.path + "/in"], extractor: try Extractor(),
            warning: { seen.append($0) })
        XCTAssertEqual(report.documentsIngested, 2)
        XCTAssertEqual(report.documentsSkipped, 2)
        XCTAssertEqual(seen, report.warnings)
        XCTAssertEqual(seen.map { ($0.path as NSString).lastPathComponent }, ["c.txt", "d.md"])
        XCTAssertEqual(try store.documents().map(\.name), ["a.txt", "b.html"])
    }

    func testFolderExtractedOnEveryCoreIsStoredAsOneFileAtATimeWouldBe() throws {
        let corpus = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpus")
        let articles = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        XCTAssertGreaterThanOrEqual(articles.count, 4)
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for copy in 0..<3 {
            for name in articles {
                let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
                paths.append(try folder.write("in/\(copy)-\(name)", text))
            }
        }
        let extractor = try Extractor()
        let together = try folder.store("together.sqlite")
        _ = try together.ingest(paths: [folder.path + "/in"], extractor: extractor)
        let oneByOne = try folder.store("one-by-one.sqlite")
        for path in paths.sorted() { _ = try oneByOne.ingest(paths: [path], extractor: extractor) }

        let tables = try together.tableNames()
        XCTAssertTrue(tables.contains("relations"))
        for table in tables {
            XCTAssertEqual(try together.rows(of: table), try oneByOne.rows(of: table), table)
        }
        XCTAssertGreaterThan(try together.count("SELECT count(*) FROM relations"), 0)
    }

    func testSecondIngestOfTheSameFolderFindsEverythingUnchanged() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", "NATO condemned Russia.")
        try folder.write("in/b.txt", "France recognized Ukraine.")
        let store = try folder.store()
        _ = try store.ingest(paths: [folder.path + "/in"], extractor: try Extractor())
        let again = try store.ingest(paths: [folder.path + "/in"], extractor: try Extractor())
        XCTAssertEqual(again.documentsUnchanged, 2)
        XCTAssertEqual(again.documentsIngested, 0)
    }

    func testEditedFileIsReplacedOnTheNextIngest() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in/a.txt", "NATO condemned Russia.")
        let store = try folder.store()
        _ = try store.ingest(paths: [file], extractor: try Extractor())
        try folder.write("in/a.txt", "NATO praised Finland.")
        let report = try store.ingest(paths: [file], extractor: try Extractor())
        XCTAssertEqual(report.documentsReplaced, 1)
        XCTAssertEqual(
            try store.documents().first?.contentHash,
            ContentHash.sha256Hex(Array("NATO praised Finland.".utf8)))
    }

    func testProgressCountsUpToTheTotal() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", "a")
        try folder.write("in/b.txt", "b")
        let store = try folder.store()
        var steps: [Int] = []
        _ = try store.ingest(
            paths: [folder.path + "/in"], extractor: try Extractor(),
            progress: { steps.append($0.completed) })
        XCTAssertEqual(steps, [0, 1, 2])
    }

    func testMissingPathFailsBeforeAnythingIsStored() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "NATO condemned Russia.")
        let store = try folder.store()
        XCTAssertThrowsError(try store.ingest(paths: [file, folder.path + "/missing"], extractor: try Extractor()))
        XCTAssertEqual(try store.count("SELECT count(*) FROM documents"), 0)
    }
}
