import Foundation
import KGExtraction
import XCTest

/// Sentences cut short: the extractor must not trap wherever a sentence ends. Rules that look a few
/// words past a name or a comma once read past the end of the words ("He named Guillaume Soro,",
/// "The African Union, whose Peace and Security Council had asked"): each sentence of the bundled
/// sample corpus, cut after each comma and before each of its last words, is extracted on its own.
final class TruncatedSentenceTests: ExtractionTestCase {
    /// How many of each sentence's last words are cut off in turn.
    static let cutWords = 6

    func testEverySentenceOfTheSampleCorpusCutShortExtractsWithoutATrap() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = repo.appendingPathComponent("corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var fragments: [String] = [
            "He named Guillaume Soro,", "The assembly appointed Ali Khan,", "The African Union, whose Peace and Security Council had asked",
        ]
        for file in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                let words = line.split(separator: " ")
                guard words.count > 3 else { continue }
                for (k, word) in words.enumerated() where word.hasSuffix(",") { fragments.append(words[...k].joined(separator: " ")) }
                for cut in 1...min(Self.cutWords, words.count - 2) { fragments.append(words.dropLast(cut).joined(separator: " ")) }
            }
        }
        // paragraphs of one document each: every fragment ends its own sentence
        var extracted = 0
        for start in stride(from: 0, to: fragments.count, by: 40) {
            let document = fragments[start..<min(start + 40, fragments.count)].joined(separator: "\n\n")
            _ = try extract(document)
            extracted += 1
        }
        XCTAssertGreaterThan(fragments.count, 500, "the corpus gave too few fragments to say much")
        XCTAssertEqual(extracted, (fragments.count + 39) / 40)
    }
}
