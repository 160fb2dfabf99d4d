import KGStore

/// The sentence and document behind relations, fetched by sentence id on demand and cached.
///
/// ```swift
/// let evidence = Evidence(store: store)
/// evidence.lookup(sentence: 12)   // ("Biden condemned ...", "001_x.txt")
/// ```
final class Evidence {
    private let store: GraphStore
    private var sentences: SentenceEvidence?
    private var cache: [Int: (sentence: String?, document: String?)] = [:]

    init(store: GraphStore) {
        self.store = store
    }

    func lookup(sentence id: Int) throws -> (sentence: String?, document: String?) {
        if id < 0 { return (nil, nil) }
        if let known = cache[id] { return known }
        let sentences = try self.sentences ?? store.sentenceEvidence()
        self.sentences = sentences
        let found = try sentences.source(ofSentence: id)
        cache[id] = found
        return found
    }
}
