/// A lemmatizer that keeps the lemmas it gave, for the rules of one document.
///
/// The window and tree rules ask the lemma of the same verb at the same word many times (each
/// test of "is this a coded verb" asks again), and a lemma not in the tables costs some 4,800
/// instructions (lower-casing, suffix tests, candidate stems looked up). Not `Sendable`: the
/// extractors holding one are made per document, on the thread extracting it.
///
/// ```swift
/// let lemmas = MemoizedLemmatizer(lemmatizer)
/// lemmas.lemma("sanctioning", pos: PartOfSpeech(upos: .VERB, xpos: .VBG))  // "sanction", kept
/// ```
final class MemoizedLemmatizer {
    let lemmatizer: Lemmatizer
    private var known: [Key: String] = [:]

    private struct Key: Hashable {
        let word: String
        let pos: PartOfSpeech
    }

    init(_ lemmatizer: Lemmatizer) {
        self.lemmatizer = lemmatizer
        // room for a document's words from the start: grown from empty, the table was copied into
        // a larger one five times over a document's two dozen lemmas (a third of the memo's cost)
        known.reserveCapacity(Self.wordsPerDocument)
    }

    /// About the distinct words and tags a document asks of one extractor's memo (24 on average
    /// over the sample articles); more grow the table as before.
    static let wordsPerDocument = 32

    /// `lemmatizer.lemma(word, pos: pos)`, found once per word and tag.
    func lemma(_ word: String, pos: PartOfSpeech) -> String {
        let key = Key(word: word, pos: pos)
        if let lemma = known[key] { return lemma }
        // the lemmas of earlier documents first (`LemmaMemo`)
        let lemma = lemmatizer.rememberedLemma(word, pos: pos)
        known[key] = lemma
        return lemma
    }
}
