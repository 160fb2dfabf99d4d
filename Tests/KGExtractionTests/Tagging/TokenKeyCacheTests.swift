import XCTest

@testable import KGExtraction

final class TokenKeyCacheTests: XCTestCase {
    func testCachedKeysTagExactlyAsTheWordsDo() throws {
        let tagger = try WordTagger.bundled().tagger
        let text = "The Kenyan Defence Forces struck targets. Struck by the news, NATO’s envoy called Kenya’s minister. In 2024 the 7th-largest TIMES-listed U.N. body said so."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        var cache = TokenKeyCache(tokenCount: tokens.count, lexicon: tagger.lexicon)
        // overlapping stretches, tagged twice each, the second time from the cache only
        var stretches = [0..<tokens.count, 1..<tokens.count, 4..<12, 5..<9]
        stretches += stretches
        for stretch in stretches {
            let folded = MentionFolding.fold(tokens, stretch, mentions: [])
            XCTAssertEqual(
                tagger.tagDetailed(keys: cache.keys(of: folded, tokens: tokens)), tagger.tagDetailed(folded.words), "\(stretch)")
        }
        // a folded name stands for several tokens: its word's keys, not its first token's
        let folded = MentionFolding.Folded(words: ["Kenya", "struck", "targets"], tokensOf: [0..<4, 4..<5, 5..<6])
        XCTAssertEqual(tagger.tagDetailed(keys: cache.keys(of: folded, tokens: tokens)), tagger.tagDetailed(folded.words))
    }

    func testOnlyTheFirstWordReadsAsASentenceStart() throws {
        let lexicon = try WordTagger.bundled().tagger.lexicon
        let sentence = TokenKeys.sentence(["Struck", "Struck", "the"], lexicon: lexicon)
        let inside = TokenKeys.word("Struck", lexicon: lexicon)
        XCTAssertEqual(inside.flags, sentence[1].flags)
        XCTAssertEqual(inside.startingSentence().flags, sentence[0].flags)
        XCTAssertNotEqual(sentence[0].flags, sentence[1].flags)
        XCTAssertEqual(TokenKeys.word("the", lexicon: lexicon).startingSentence().flags, sentence[2].flags)
    }
}
