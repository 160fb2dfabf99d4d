import KGModel

/// Acts whose `from` phrase names a side: whom a withdrawal or a demand is aimed at ("recalled its
/// ambassador from Ottawa", "demanded an apology from Beijing").
extension TreeActionExtractor {
    /// Verbs whose `from` phrase names the side acted on: taking something back from it (withdraw,
    /// recall, pull out) or asking something of it (demand, request, seek).
    static let sourceTargetLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.sourceTargetLemmas")

    /// Whom verb `w` withdraws from or asks of: its own `from` phrase, or its object's ("withdrew its
    /// troops from Mali", "demanded an apology from China").
    func sourceTargets(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> [Argument] {
        guard Self.sourceTargetLemmas.contains(entry.lemma) else { return [] }
        let phrases = p.dependents(w, base: "obl") + p.dependents(w, .obj).flatMap { p.dependents($0, base: "nmod") }
        return phrases.filter { p.preposition($0) == "from" }.flatMap {
            arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
        }
    }
}
