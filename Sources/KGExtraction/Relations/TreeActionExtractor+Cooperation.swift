import KGModel

/// Working with a side is cooperation (CAMEO 03, the intent to cooperate): "Washington would work
/// with her government", "Pretoria would keep working with Harare", "looked forward to working with
/// Kibaki". "work" alone is too common a verb for the lexicon ("worked as a journalist", "works for
/// Reuters"): only its `with` phrase makes it an act.
extension TreeActionExtractor {
    /// Verbs that state cooperation only with a `with` phrase.
    static let cooperationLemmas: WordSet = ["work"]

    /// The entry of a cooperation verb at `w` with a `with` phrase naming a side; nil otherwise.
    ///
    /// ```swift
    /// // "Pretoria would keep working with Harare ." at "working" -> work/03
    /// // "He worked as a journalist in Harare ." -> nil
    /// ```
    func cooperationEntry(_ p: ParsedSentence, _ w: Int, lemma: String) -> VerbEntry? {
        guard p.tags[w].upos == .VERB else { return nil }
        // "would keep working with Harare" with "with Harare" hung on "keep": the going-on verb states the work
        let act =
            Self.cooperationLemmas.contains(lemma)
            ? lemma
            : Self.continuingLemmas.contains(lemma)
                ? p.dependents(w, .xcomp).lazy.map { self.lemma(p, $0) }.first { Self.cooperationLemmas.contains($0) } : nil
        guard let act,
            !namedArguments(p, phrases: p.dependents(w, base: "obl"), preposition: { $0 == "with" }).isEmpty
        else { return nil }
        return VerbEntry(lemma: act, cameo: .expressIntentToCooperate)
    }

    /// Verbs of going on with what their complement says ("keep working", "continue working").
    static let continuingLemmas: WordSet = ["keep", "continue"]

    /// Whether the words after a cooperation verb at token `i` have "with" and a name (a sentence with
    /// no other act word is parsed only then).
    func mayCooperate(_ tokens: [Token], after i: Int, view: SentenceView) -> Bool {
        ((i + 1)..<min(view.range.upperBound, i + 5)).contains { k in
            tokens[k].lower == "with" && (k + 1..<min(view.range.upperBound, k + 4)).contains { view.mentionAt[$0] != nil }
        }
    }
}
