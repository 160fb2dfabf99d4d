import XCTest

@testable import KGExtraction

/// A memoized lemmatizer gives the lemmatizer's lemmas, the first time and every time after.
final class MemoizedLemmatizerTests: XCTestCase {
    func testLemmasAreTheLemmatizersAskedOnceOrMany() throws {
        let lemmatizer = try Lemmatizer.bundled()
        let memo = MemoizedLemmatizer(lemmatizer)
        let asks: [(String, PartOfSpeech)] = [
            ("sanctioning", PartOfSpeech(upos: .VERB, xpos: .VBG)), ("sanctioning", PartOfSpeech(upos: .NOUN, xpos: .NN)),
            ("met", PartOfSpeech(upos: .VERB, xpos: .VBD)), ("'d", PartOfSpeech(upos: .AUX, xpos: .VBD)), ("'d", PartOfSpeech(upos: .AUX, xpos: .MD)),
            ("is", PartOfSpeech(upos: .VERB, xpos: .VBZ)), ("talks", PartOfSpeech(upos: .NOUN, xpos: .NNS)), ("talks", PartOfSpeech(upos: .VERB, xpos: .VBZ)),
            ("Ca\u{301}rdenas", PartOfSpeech(upos: .PROPN, xpos: .NNP)),
        ]
        for _ in 0..<3 {
            for (word, pos) in asks { XCTAssertEqual(memo.lemma(word, pos: pos), lemmatizer.lemma(word, pos: pos), "\(word) \(pos)") }
        }
    }
}
