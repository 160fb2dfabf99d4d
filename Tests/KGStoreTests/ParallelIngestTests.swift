import Foundation
import KGExtraction
import KGIngest
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// Ingest extracts documents on several threads but writes them one by one in input order: the
/// database must come out exactly as a one-thread run writes it (issue 8, item 6).
final class ParallelIngestTests: XCTestCase {
    /// Every paragraph of the sample corpus as its own document, so that many documents name the
    /// same people and countries and the resolver's joins depend on the order of the writes.
    private func writeParagraphDocuments(into folder: URL) throws -> Int {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        guard !names.isEmpty else { throw XCTSkip("no corpus/ beside the tests") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = 0
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n\n").filter { $0.count > 80 }
            for paragraph in paragraphs {
                let file = folder.appendingPathComponent(String(format: "%03d.txt", written))
                try paragraph.write(to: file, atomically: true, encoding: .utf8)
                written += 1
            }
        }
        return written
    }

    /// Every row of every graph table, as text, in a fixed order; the ingest time is left out.
    private func dump(_ store: GraphStore) throws -> [String: [String]] {
        let tables = [
            "documents": "id, path, name, title, content_hash, size, date, date_source",
            "sentences": "*", "entities": "*", "aliases": "*", "mentions": "*", "relations": "*",
            "person_surnames": "*", "entity_sources": "*", "alias_sources": "*",
        ]
        var rows: [String: [String]] = [:]
        for (table, columns) in tables {
            let statement = try store.database.prepare("SELECT \(columns) FROM \(table)")
            var lines: [String] = []
            while try statement.step() {
                lines.append((0..<statement.columnCount).map { "\(statement.value($0))" }.joined(separator: " | "))
            }
            rows[table] = lines.sorted()
        }
        return rows
    }

    func testParallelExtractionStoresTheSameDatabaseAsOneThread() throws {
        let folder = try TemporaryFolder()
        let articles = folder.url.appendingPathComponent("in")
        let documents = try writeParagraphDocuments(into: articles)
        XCTAssertGreaterThan(documents, 8, "too few documents to interleave")
        let extractor = try Extractor()

        let oneThread = try folder.store("one.sqlite")
        let serial = try oneThread.ingest(paths: [articles.path], extractor: extractor, extractionThreads: 1)
        // More threads than this machine may have cores, so extractions finish out of order.
        let manyThreads = try folder.store("many.sqlite")
        let parallel = try manyThreads.ingest(paths: [articles.path], extractor: extractor, extractionThreads: 6)

        XCTAssertEqual(serial.documentsIngested, documents)
        XCTAssertEqual(parallel.documentsIngested, documents)
        let expected = try dump(oneThread)
        let found = try dump(manyThreads)
        XCTAssertGreaterThan(expected["relations"]?.count ?? 0, 0, "the corpus gave no relations to compare")
        XCTAssertGreaterThan(expected["entities"]?.count ?? 0, 0)
        for table in expected.keys.sorted() {
            XCTAssertEqual(found[table], expected[table], "table \(table) differs between 6 threads and one")
        }
    }
}
