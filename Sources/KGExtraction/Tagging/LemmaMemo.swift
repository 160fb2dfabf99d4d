import Synchronization

/// The lemmas a lemmatizer gave, kept for every later document on every extraction thread.
///
/// ```swift
/// let lemmatizer = try Lemmatizer.bundled()
/// lemmatizer.rememberedLemma("sanctioning", pos: PartOfSpeech(upos: .VERB, xpos: .VBG))  // made once, then read
/// ```
/// A lemma the tables do not list costs some 5,500 instructions (lower-casing, suffix tests,
/// candidate stems looked up), and the rules of every document ask the lemmas of the same verbs
/// ("said", "met", "called"): `MemoizedLemmatizer` keeps a document's, this keeps them for the
/// process. A lemmatizer and its copies share one memo (the tables are the same); another
/// lemmatizer has its own. At most `capacity` lemmas are kept; past that the memo starts over.
final class LemmaMemo: Sendable {
    private struct Key: Hashable {
        let word: String
        let pos: PartOfSpeech
    }

    private let lemmas = Mutex<[Key: String]>([:])

    /// The most lemmas kept (a few megabytes of short strings).
    static let capacity = 50_000

    /// The lemma kept for `word` and `pos`, else the one `make` gives, then kept.
    func lemma(_ word: String, pos: PartOfSpeech, making make: () -> String) -> String {
        let key = Key(word: word, pos: pos)
        if let known = lemmas.withLock({ $0[key] }) { return known }
        // made outside the lock: another thread may make the same lemma meanwhile, and keeps the same
        let made = make()
        lemmas.withLock { lemmas in
            if lemmas.count >= Self.capacity { lemmas.removeAll(keepingCapacity: true) }
            lemmas[key] = made
        }
        return made
    }
}

extension Lemmatizer {
    /// `lemma(word, pos: pos)`, made once for this lemmatizer and its copies (`LemmaMemo`).
    func rememberedLemma(_ word: String, pos: PartOfSpeech) -> String {
        memo.lemma(word, pos: pos) { lemma(word, pos: pos) }
    }
}
