/// "became the first Japanese leader to visit North Korea": the act of a noun that a clause says its
/// subject is, picked out by its rank, is the subject's.
extension TreeActionExtractor {
    /// Words that rank a predicate noun among those who did the act of its infinitive (a closed
    /// class): "the first ... to visit", "the only ... to sign".
    static let rankingWords: WordSet = ["first", "second", "third", "fourth", "fifth", "last", "only", "sole"]

    /// Verbs that link a subject to a predicate noun as `xcomp` (a closed class).
    static let becomingLemmas: WordSet = ["become", "remain"]

    /// Who does the act of an infinitive hung on noun `n` (`acl`), when `n` is ranked and is what its
    /// clause's subject is or became ("Lee became the first South Korean president to visit the
    /// islets": Lee, not South Korea); nil when `n` is no such predicate.
    ///
    /// ```swift
    /// // "Koizumi was the first Japanese leader to visit the North": Koizumi visits
    /// rankedPredicateActors(p, leader, depth: 0)  // [Koizumi]
    /// ```
    func rankedPredicateActors(_ p: ParsedSentence, _ n: Int, depth: Int) -> [Argument]? {
        guard p.tags[n].upos == .NOUN, p.children[n].contains(where: { ["amod", "det", "nummod"].contains(p.label($0).base) && p.word($0, isIn: Self.rankingWords) })
        else { return nil }
        // "Lee became the first president to ...": the predicate of a becoming verb
        if p.label(n) == .xcomp, let verb = p.head(n), isVerbal(p, verb), Self.becomingLemmas.contains(lemma(p, verb)) {
            let found = actors(p, verb, passive: false, depth: depth + 1)
            return found.isEmpty ? nil : found.inherited
        }
        // "Lee was the first president to ...": the predicate of a copula, its subject beside it
        guard !p.dependents(n, base: "cop").isEmpty, let subject = p.dependents(n, .nsubj).first else { return nil }
        let found = arguments(p, subject, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty, asObject: false, lemma: nil)
        return found.isEmpty ? nil : found
    }
}
