import Foundation
import KGExtraction
import KGIngest
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// `kill -9` during `kg ingest` must leave a database that opens and holds only whole documents.
final class KillSafetyTests: XCTestCase {
    func testKillingIngestMidwayLeavesOnlyWholeDocuments() throws {
        let kg = try KGBinary.locate()
        let folder = try TemporaryFolder()
        let input = try folder.makeFolder("news")
        let samples = try sampleArticles()
        let copies = 150
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
                let stored = try? store.database.scalarInt("SELECT count(*) FROM documents"), stored >= 20
            {
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
        let remaining = total - stored.count
        XCTAssertTrue(
            resumed.stdout.hasPrefix(
                "ingested \(remaining) document\(remaining == 1 ? "" : "s"), \(stored.count) unchanged"), resumed.stdout)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM documents"), total)
    }

    /// The same at the store level, with documents that have hundreds of rows each: a child
    /// process (this test bundle, running `StoreWriterChild`) writes synthetic extractions until
    /// it is killed. Every document left must hold exactly its own sentences, mentions and
    /// relations.
    func testKillingAStoreWriterMidwayLeavesOnlyWholeDocuments() throws {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
        guard bundle.pathExtension == "xctest", FileManager.default.isExecutableFile(atPath: bundle.path) else {
            throw XCTSkip("needs the test bundle to be an executable (Linux XCTest)")
        }
        let folder = try TemporaryFolder()
        let samples = try sampleArticles()
        for copy in 0..<150 {
            for (index, text) in samples.enumerated() {
                try folder.write("news/\(String(format: "%04d", copy))_\(index).txt", text)
            }
        }
        let db = folder.path + "/kg.sqlite"
        let child = Process()
        child.executableURL = bundle
        child.arguments = ["KGStoreTests.StoreWriterChild/testWriteSyntheticDocumentsUntilKilled"]
        var environment = ProcessInfo.processInfo.environment
        environment["KG_WRITER_CHILD_DB"] = db
        environment["KG_WRITER_CHILD_INPUT"] = folder.path + "/news"
        child.environment = environment
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()

        let deadline = Date().addingTimeInterval(60)
        while child.isRunning && Date() < deadline {
            if let store = try? GraphStore(path: db, readOnly: true),
                let stored = try? store.database.scalarInt("SELECT count(*) FROM documents"), stored >= 10
            {
                break
            }
            usleep(1_000)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        XCTAssertEqual(child.terminationReason, .uncaughtSignal, "the writer finished before the kill")

        let store = try GraphStore(path: db)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check"), 0)
        let documents = try store.documents()
        XCTAssertGreaterThanOrEqual(documents.count, 10)
        XCTAssertLessThan(documents.count, 150 * samples.count)
        for document in documents {
            let expected = SyntheticExtraction.extract(try String(contentsOfFile: document.path, encoding: .utf8))
            XCTAssertEqual(document.sentenceCount, expected.sentences.count, document.path)
            let inDocument = "JOIN sentences s ON s.id = x.sentence_id WHERE s.document_id = ?"
            XCTAssertEqual(
                try store.count("SELECT count(*) FROM mentions x \(inDocument)", [.int(document.id)]),
                expected.mentions.count, document.path)
            XCTAssertEqual(
                try store.count("SELECT count(*) FROM relations x \(inDocument)", [.int(document.id)]),
                expected.facts.count, document.path)
        }
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

/// The child process of `testKillingAStoreWriterMidwayLeavesOnlyWholeDocuments`; skipped unless
/// started by it.
final class StoreWriterChild: XCTestCase {
    func testWriteSyntheticDocumentsUntilKilled() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let db = environment["KG_WRITER_CHILD_DB"], let input = environment["KG_WRITER_CHILD_INPUT"] else {
            throw XCTSkip("only runs as the child of the kill-safety test")
        }
        let store = try GraphStore(path: db)
        for file in try DocumentReader.files(in: [input]) {
            guard case let .document(document, _) = DocumentReader.read(file) else { continue }
            try store.ingest(document: document, extraction: SyntheticExtraction.extract(document.text))
        }
    }
}
