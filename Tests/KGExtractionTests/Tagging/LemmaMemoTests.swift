import XCTest

@testable import KGExtraction

/// A lemmatizer's remembered lemmas are its lemmas, asked once or many times, on one thread or
/// several; its copies share its memo, another lemmatizer keeps its own.
final class LemmaMemoTests: XCTestCase {
    private let asks: [(String, PartOfSpeech)] = [
        ("sanctioning", PartOfSpeech(upos: .VERB, xpos: .VBG)), ("sanctioning", PartOfSpeech(upos: .NOUN, xpos: .NN)),
        ("met", PartOfSpeech(upos: .VERB, xpos: .VBD)), ("'d", PartOfSpeech(upos: .AUX, xpos: .VBD)),
        ("talks", PartOfSpeech(upos: .NOUN, xpos: .NNS)), ("talks", PartOfSpeech(upos: .VERB, xpos: .VBZ)),
        ("Ca\u{301}rdenas", PartOfSpeech(upos: .PROPN, xpos: .NNP)),
    ]

    func testRememberedLemmasAreTheLemmatizersAskedOnceOrMany() throws {
        let lemmatizer = try Lemmatizer.bundled()
        for _ in 0..<3 {
            for (word, pos) in asks {
                XCTAssertEqual(lemmatizer.rememberedLemma(word, pos: pos), lemmatizer.lemma(word, pos: pos), "\(word) \(pos)")
            }
        }
    }

    func testThreadsAskingAtOnceGetTheSameLemmas() throws {
        let lemmatizer = try Lemmatizer.bundled()
        let asks = self.asks
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for (word, pos) in asks { XCTAssertEqual(lemmatizer.rememberedLemma(word, pos: pos), lemmatizer.lemma(word, pos: pos)) }
        }
    }

    func testCopiesShareAMemoAndOtherLemmatizersKeepTheirOwn() throws {
        let lemmatizer = try Lemmatizer.bundled()
        let copy = lemmatizer
        XCTAssertTrue(copy.memo === lemmatizer.memo)
        // a lemmatizer of other tables: "went" is "go" in the bundled one, itself here
        let other = try Lemmatizer(exceptions: "", bases: "verb\twent\n")
        XCTAssertFalse(other.memo === lemmatizer.memo)
        let went = PartOfSpeech(upos: .VERB, xpos: .VBD)
        XCTAssertEqual(lemmatizer.rememberedLemma("went", pos: went), "go")
        XCTAssertEqual(other.rememberedLemma("went", pos: went), other.lemma("went", pos: went))
    }

    func testAFullMemoStartsOver() {
        let memo = LemmaMemo()
        let pos = PartOfSpeech(upos: .NOUN, xpos: .NN)
        for index in 0...LemmaMemo.capacity { _ = memo.lemma("word\(index)", pos: pos) { "lemma\(index)" } }
        // kept after starting over: the last word's lemma, read without making it again
        XCTAssertEqual(memo.lemma("word\(LemmaMemo.capacity)", pos: pos) { "made again" }, "lemma\(LemmaMemo.capacity)")
        // dropped: an early word's, made again
        XCTAssertEqual(memo.lemma("word0", pos: pos) { "made again" }, "made again")
    }
}
