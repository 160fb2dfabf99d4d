import KGExtraction
import KGModel
import XCTest

/// The extractor must never trap, whatever the text: edge cases and deterministic noise.
final class RobustnessTests: ExtractionTestCase {
    func testEdgeCaseTextsGiveConsistentResults() throws {
        let texts = [
            "", " ", "\n\n\n", ".", "'s", "- -", "\u{201C}", "U.S.", "Mr.", "Russia", "Russia's", "the", "NATO-",
            "-Russia", "Russia and", "and Russia", "by", "by NATO", ", who", "Kremlin spokesman", "President",
            "\u{1F1FA}\u{1F1E6}\u{1F1F7}\u{1F1FA}", "e\u{0301}\u{0301}", "A.B.C.D.E.F.", "1.2.3", "@", "@@handle",
            String(repeating: "Russia condemned Ukraine and ", count: 200),
        ]
        for text in texts {
            let doc = try extract(text)
            let count = text.unicodeScalars.count
            for m in doc.mentions { XCTAssertTrue(m.span.start >= 0 && m.span.end <= count && m.span.start < m.span.end) }
            for f in doc.facts {
                XCTAssertTrue(doc.entities.indices.contains(f.subject) && doc.entities.indices.contains(f.object))
                XCTAssertTrue(doc.sentences.indices.contains(f.sentence))
            }
        }
    }

    func testNoiseMadeFromNewsWordsDoesNotTrap() throws {
        let words = [
            "Russia", "condemned", "the", "Kremlin", "'s", "U.S.", "President", "Joe", "Biden", ",", ".", "and",
            "by", "was", "who", "which", "that", "to", "of", "in", "\u{201C}", "\u{201D}", "-", "backed", "Donetsk",
            "recognition", "NATO", "Secretary-General", "said", "he", "Both", "the two regions", "not", "\n",
            "Moscow:", "@handle", "Mr.", "deployment", "forces", "into", "Lviv", "Zelenskiy", "?", "invaded",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<300 {
            let length = next() % 40
            let text = (0..<length).map { _ in words[next() % words.count] }.joined(separator: next() % 5 == 0 ? "" : " ")
            let doc = try extract(text)
            XCTAssertLessThanOrEqual(doc.facts.filter { !(0.0...1.0).contains($0.confidence) }.count, 0)
        }
    }
}
