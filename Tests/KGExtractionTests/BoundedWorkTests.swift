import Foundation
import KGModel
import XCTest

@testable import KGExtraction

/// Text without full stops, however long, reaches the parser and the relation rules in sentences
/// of bounded length, so their work grows with the text's length and no faster.
final class BoundedWorkTests: XCTestCase {
    /// The bundled parser, recording what it is given.
    final class RecordingParser: SentenceParsing, @unchecked Sendable {
        let inner: DependencyParser
        private let lock = NSLock()
        private(set) var calls = 0
        private(set) var longest = 0
        private(set) var words = 0

        init(_ inner: DependencyParser) {
            self.inner = inner
        }

        func parse(_ words: [String], tags: [PartOfSpeech]) -> DependencyTree {
            lock.withLock {
                calls += 1
                longest = max(longest, words.count)
                self.words += words.count
            }
            return inner.parse(words, tags: tags)
        }
    }

    /// 10,000 words with commas but no full stop: one sentence as written, cut into chunks of at
    /// most `SentenceSplitter.maximumLength` tokens before the parser or the window rules see it.
    func testAHugeSentenceReachesTheParserInBoundedChunks() throws {
        let parser = RecordingParser(try DependencyParser.bundled())
        let extractor = try Extractor(parser: parser)
        let clause = "NATO condemned Russia and France met Germany in Paris , "
        let text = String(repeating: clause, count: 1_000)
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        XCTAssertEqual(tokens.count, 10_000)

        let document = extractor.extract(text)
        XCTAssertGreaterThanOrEqual(document.sentences.count, tokens.count / SentenceSplitter.maximumLength)
        for sentence in document.sentences {
            XCTAssertLessThanOrEqual(
                Tokenizer.tokenize(Array(sentence.text.unicodeScalars)).count, SentenceSplitter.maximumLength)
        }
        XCTAssertGreaterThanOrEqual(parser.calls, tokens.count / SentenceSplitter.maximumLength, "the chunks were not parsed")
        XCTAssertLessThanOrEqual(parser.longest, SentenceSplitter.maximumLength)
        // Each word is parsed at most once: the parser's work is linear in the text.
        XCTAssertLessThanOrEqual(parser.words, tokens.count)
        XCTAssertTrue(document.facts.contains { $0.action == "condemn" })
    }

    /// The cut prefers a comma in the second half of the chunk, so clauses stay whole.
    func testChunksEndAtACommaWhenThereIsOne() {
        let tokens = Tokenizer.tokenize(Array(String(repeating: "one two three four five six seven , ", count: 100).unicodeScalars))
        let ranges = SentenceSplitter.split(tokens)
        XCTAssertGreaterThan(ranges.count, 1)
        XCTAssertEqual(ranges.map(\.count).reduce(0, +), tokens.count)
        for range in ranges.dropLast() {
            XCTAssertLessThanOrEqual(range.count, SentenceSplitter.maximumLength)
            XCTAssertEqual(tokens[range.upperBound - 1].text, ",")
        }
    }
}
