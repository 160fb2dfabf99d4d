import Foundation
import KGExtraction
import KGStore
import XCTest

/// `kill -9` during `kg ingest` must leave a database that opens and holds only whole documents.
final class KillSafetyTests: XCTestCase {
    func testKillingIngestMidwayLeavesOnlyWholeDocuments() throws {
        let kg = try KGBinary.locate()
        let folder = try TemporaryFolder()
        let input = try folder.makeFolder("news")
        let samples = try sampleArticles()
        let copies = 400
        for copy in 0..<copies {
            for (index, text) in samples.enumerated() {
                try folder.write("news/\(String(format: "%04d", copy))_\(index).txt", text)
            }
        }
        let total = copies * samples.count
        let db = folder.path + "/kg.sqlite"

        let process = try kg.start(["ingest", "--db", db, input])
        // Kill once some documents are committed, so the kill lands in the middle.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            if let store = try? GraphStore(path: db, readOnly: true),
               let stored = try? store.database.scalarInt("SELECT count(*) FROM documents"), stored >= 20 {
                break
            }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "ingest finished before the kill")

        let store = try GraphStore(path: db)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check"), 0)
        let stored = try store.documents()
        XCTAssertLessThan(stored.count, total, "the kill came after the last document")

        // Every stored document holds exactly what extracting its file gives, nothing less.
        let extractor = try Extractor()
        for document in stored {
            let text = try String(contentsOfFile: document.path, encoding: .utf8)
            let expected = extractor.extract(text)
            XCTAssertEqual(document.sentenceCount, expected.sentences.count, document.path)
            let mentions = try store.database.scalarInt(
                "SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.document_id = ?",
                [.int(document.id)])
            XCTAssertEqual(mentions, expected.mentions.count, document.path)
        }

        // Running again completes the rest and keeps what was already there.
        let resumed = try kg.run(["ingest", "--db", db, input])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.hasPrefix("ingested \(total - stored.count) documents, \(stored.count) unchanged"),
                      resumed.stdout)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM documents"), total)
    }

    /// The sample corpus when it is there; otherwise a few made-up articles.
    private func sampleArticles() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        if !names.isEmpty {
            return try names.map { try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        }
        return ["NATO condemned Russia on Monday.", "France recognized Ukraine.", "Vladimir Putin met Xi Jinping."]
    }
}
