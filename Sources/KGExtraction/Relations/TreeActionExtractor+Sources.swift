import KGModel

/// Acts whose `from` phrase names a side: whom a withdrawal or a demand is aimed at ("recalled its
/// ambassador from Ottawa", "demanded an apology from Beijing"), and who does the act a noun names
/// ("despite pressure from London", "acted on a request from Interpol").
extension TreeActionExtractor {
    /// Verbs whose `from` phrase names the side acted on: taking something back from it (withdraw,
    /// recall, pull out) or asking something of it (demand, request, seek).
    static let sourceTargetLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.sourceTargetLemmas")

    /// Whom verb `w` withdraws from or asks of: its own `from` phrase, or its object's ("withdrew its
    /// troops from Mali", "demanded an apology from China"), or the object's `of` phrase's, where the
    /// parser often hangs it ("recalled the ambassadors of its member states from Lome").
    func sourceTargets(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> [Argument] {
        guard Self.sourceTargetLemmas.contains(entry.lemma) else { return [] }
        let objectPhrases = p.dependents(w, .obj).flatMap { p.dependents($0, base: "nmod") }
        let ofPhrases = objectPhrases.filter { p.preposition($0) == "of" }.flatMap { p.dependents($0, base: "nmod") }
        let phrases = p.dependents(w, base: "obl") + objectPhrases + ofPhrases
        return phrases.filter { p.preposition($0) == "from" }.flatMap {
            arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
        }
    }

    /// Whether noun `n` has a `from` phrase that names someone: "scorn from Canada", "faced pressure
    /// from Uganda" (the phrase hung on the verb whose object the noun is).
    func hasNamedSource(_ p: ParsedSentence, _ n: Int) -> Bool {
        sourcePhrases(p, n).contains { p.usableMention($0) != nil }
    }

    /// The `from` phrases of noun `n` or of the verb it is the object of; none when a `to` phrase
    /// makes the `from` a starting point ("switched recognition from Taiwan to China").
    func sourcePhrases(_ p: ParsedSentence, _ n: Int) -> [Int] {
        var phrases = p.dependents(n, base: "nmod")
        if p.label(n) == .obj, let h = p.head(n) { phrases += p.dependents(h, base: "obl") }
        let sources = phrases.filter { p.preposition($0) == "from" }
        let ends = phrases + sources.flatMap { p.dependents($0, base: "nmod") }
        guard !ends.contains(where: { p.preposition($0) == "to" }) else { return [] }
        return sources
    }

    /// "despite pressure from London and Paris", "received support from Nigeria", "acted on a request
    /// from Interpol": the `from` phrase of an act noun with no actor of its own does the act, to the
    /// subject of the active verb the noun is an object or a phrase of. Returns whether the noun was
    /// read so. (A place is no actor: "attacks from Gaza"; an asking verb's `from` is its own target:
    /// "demanded an apology from Iran"; a verb that performs the act has its own actor: "launched
    /// attacks from Lebanon".)
    func sourcedAct(_ facts: inout [Fact], _ p: ParsedSentence, _ n: Int, _ entry: VerbEntry) -> Bool {
        guard let h = p.head(n), p.label(n) == .obj || p.label(n).base == "obl", isVerbal(p, h), !isPassive(p, h), !isUnreal(p, h),
            !Self.sourceTargetLemmas.contains(lemma(p, h))
        else { return false }
        let performed = p.label(n) == .obj || p.preposition(n) == "as"
        guard !performed || !Self.performingLemmas.contains(lemma(p, h)) else { return false }
        let sources = sourcePhrases(p, n).flatMap { arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil) }
            .filter { p.view.mentions[$0.mention].type != .location }
        guard !sources.isEmpty else { return false }
        let addressees = actors(p, h, passive: false, depth: 1).inherited
        guard !addressees.isEmpty else { return false }
        add(&facts, p, sources, entry, addressees, at: n, confidence: FactConfidence.Tree.actionNoun)
        return true
    }
}
