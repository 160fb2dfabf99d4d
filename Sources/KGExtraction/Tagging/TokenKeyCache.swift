/// The tagger's keys of a document's tokens, each computed once however many stretches tag it.
///
/// The extractor tags a sentence's words twice, for the parser and for the word-window rules,
/// over overlapping stretches; hashing each word's prefixes, suffixes and shape is a fifth of the
/// tagging's time, so the keys are kept per token (and per folded name, "Kenya" or "Smith").
///
/// ```swift
/// var cache = TokenKeyCache(tokenCount: tokens.count, lexicon: tagger.lexicon)
/// let tags = tagger.tagDetailed(keys: cache.keys(of: folded, tokens: tokens))
/// ```
struct TokenKeyCache {
    private let lexicon: WordClassLexicon
    private var ofToken: [TokenKeys?]
    private var ofWord: [String: TokenKeys] = [:]

    init(tokenCount: Int, lexicon: WordClassLexicon) {
        self.lexicon = lexicon
        ofToken = Array(repeating: nil, count: tokenCount)
    }

    /// The keys `TokenKeys.sentence` gives the words of `folded`, the first as a sentence start.
    mutating func keys(of folded: MentionFolding.Folded, tokens: [Token]) -> [TokenKeys] {
        var keys: [TokenKeys] = []
        keys.reserveCapacity(folded.words.count)
        for (word, covered) in zip(folded.words, folded.tokensOf) {
            let token = covered.lowerBound
            if covered.count == 1, ofToken.indices.contains(token), tokens[token].text == word {
                if let known = ofToken[token] {
                    keys.append(known)
                } else {
                    let computed = TokenKeys.word(word, lexicon: lexicon)
                    ofToken[token] = computed
                    keys.append(computed)
                }
            } else if let known = ofWord[word] {
                keys.append(known)
            } else {
                let computed = TokenKeys.word(word, lexicon: lexicon)
                ofWord[word] = computed
                keys.append(computed)
            }
        }
        if let first = keys.first { keys[0] = first.startingSentence() }
        return keys
    }
}
