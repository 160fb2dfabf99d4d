import Foundation
import KGExtraction
import KGStore
import XCTest

/// How fast the store writes realistic extractions: run with `KG_BENCH=FOLDER` (a folder of
/// articles, e.g. the corpus copied 200 times); skipped otherwise.
///
/// The placeholder `Extractor` finds nothing, so `kg ingest` alone measures only reading and
/// hashing; this builds a crude extraction (sentences at ". ", capitalized word runs as
/// entities, a fact between neighbours) so sentences, mentions, relations and entity resolution
/// are all written.
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
            prepared.append((document, Self.syntheticExtraction(document.text)))
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
        print(String(format: "store throughput: %d documents, %.1f MB, %d sentences, %d mentions, %d relations, %d entities; wall %.2f s (%.0f documents/s, %.2f MB/s); CPU %.2f s (%.0f documents/s, %.2f MB/s)",
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

    static func syntheticExtraction(_ text: String) -> ExtractedDocument {
        var sentences: [Sentence] = []
        var entities: [String: ExtractedEntity] = [:]
        var mentions: [Mention] = []
        var facts: [Fact] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var index = 0
        func close(_ end: Int) {
            let body = String(String.UnicodeScalarView(scalars[start..<end]))
            defer { start = end }
            guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
            let span = TextSpan(start: start, end: end)
            sentences.append(Sentence(index: index, span: span, text: body))
            var previous: Int?
            var offset = start
            for run in Self.capitalizedRuns(body) {
                offset = start
                let id = entities[run]?.id ?? entities.count + 1
                let type: EntityType = run.contains(" ") ? .person : .organization
                entities[run] = ExtractedEntity(id: id, name: run, type: type, aliases: [run])
                mentions.append(Mention(entity: id, sentence: index, span: TextSpan(start: offset, end: offset + 1), surface: run))
                if let previous, previous != id {
                    facts.append(Fact(subject: previous, object: id, action: "meet", cameo: "04", kind: .action,
                                      sentence: index, span: span, confidence: 0.5))
                }
                previous = id
            }
            index += 1
        }
        for (position, scalar) in scalars.enumerated() where scalar == "." || scalar == "\n" {
            close(position + 1)
        }
        if start < scalars.count { close(scalars.count) }
        return ExtractedDocument(title: nil, sentences: sentences, entities: Array(entities.values).sorted { $0.id < $1.id },
                                 mentions: mentions, facts: facts)
    }

    /// "Vladimir Putin met NATO" -> ["Vladimir Putin", "NATO"] (sentence-initial words included).
    private static func capitalizedRuns(_ sentence: String) -> [String] {
        var runs: [String] = []
        var current: [Substring] = []
        for word in sentence.split(whereSeparator: { !$0.isLetter }) {
            if word.first?.isUppercase == true && word.count > 1 {
                current.append(word)
            } else if !current.isEmpty {
                runs.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { runs.append(current.joined(separator: " ")) }
        return runs
    }
}
