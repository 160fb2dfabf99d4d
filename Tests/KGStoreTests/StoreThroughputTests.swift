import Foundation
import KGExtraction
import KGIngest
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// How fast the store writes realistic extractions: run with `KG_BENCH=FOLDER` (a folder of
/// articles, e.g. the corpus copied 200 times); skipped otherwise.
///
/// The placeholder `Extractor` finds nothing, so `kg ingest` alone measures only reading and
/// hashing; this writes a `SyntheticExtraction` of each file, so sentences, mentions, relations
/// and entity resolution are all exercised.
final class StoreThroughputTests: XCTestCase {
    func testIngestThroughputWithSyntheticExtraction() throws {
        guard let input = ProcessInfo.processInfo.environment["KG_BENCH"] else {
            throw XCTSkip("set KG_BENCH=FOLDER to measure")
        }
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let files = try DocumentReader.files(in: [input])
        var bytes = 0, sentences = 0, mentions = 0, relations = 0
        // Files are read and extracted first, so only the store's writing is timed.
        var prepared: [(SourceDocument, ExtractedDocument)] = []
        for file in files {
            guard case let .document(document, _) = DocumentReader.read(file) else { continue }
            prepared.append((document, SyntheticExtraction.extract(document.text)))
        }
        let started = Date()
        let startedCPU = Self.processCPUSeconds()
        for (document, extraction) in prepared {
            bytes += document.size
            sentences += extraction.sentences.count
            mentions += extraction.mentions.count
            relations += extraction.facts.count
            try store.ingest(document: document, extraction: extraction)
        }
        let seconds = Date().timeIntervalSince(started)
        // CPU time as well: on a shared machine the wall clock also measures the neighbours.
        let cpu = Self.processCPUSeconds() - startedCPU
        let entities = try store.database.scalarInt("SELECT count(*) FROM entities") ?? 0
        print(
            String(
                format: "store throughput: %d documents, %.1f MB, %d sentences, %d mentions, %d relations, %d entities; wall %.2f s (%.0f documents/s, %.2f MB/s); CPU %.2f s (%.0f documents/s, %.2f MB/s)",
                files.count, Double(bytes) / 1e6, sentences, mentions, relations, entities,
                seconds, Double(files.count) / seconds, Double(bytes) / 1e6 / seconds,
                cpu, Double(files.count) / cpu, Double(bytes) / 1e6 / cpu))
    }

    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
