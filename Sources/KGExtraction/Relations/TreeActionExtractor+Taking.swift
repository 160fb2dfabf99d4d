import KGModel

/// What "take" does when it is an act: taking a side to a court ("Spain would take Canada to the
/// International Court of Justice": a charge against Canada, 11, and an appeal to the court, 02),
/// taking a case there (02), taking control of a place (17), taking a place by force ("the Taliban
/// took Mazar-i-Sharif", 19) and taking people hostage (18). "take" is too common a verb for the
/// lexicon ("took office", "took part"): only these shapes make it an act.
extension TreeActionExtractor {
    /// Verbs read by `taking`.
    static let takingLemmas: WordSet = ["take"]

    /// Nouns after "take" that make it a capture of people: "took 40 soldiers hostage".
    static let captiveNouns: WordSet = ["hostage", "hostages", "captive", "captives", "prisoner", "prisoners"]

    /// Whether the words after a "take" at token `i` may make it an act (a sentence with no other act
    /// word is parsed only then): a name right after it, "control", a captive noun, or "to" and a name.
    func mayTake(_ tokens: [Token], after i: Int, view: SentenceView) -> Bool {
        let end = min(view.range.upperBound, i + 10)
        guard i + 1 < end else { return false }
        if view.mentionAt[i + 1] != nil { return true }
        return ((i + 1)..<end).contains { k in
            tokens[k].lower == "control" || Self.captiveNouns.contains(tokens[k].lower, hash: tokens[k].lowerHash)
                || tokens[k].lower == "to" && k + 1 < end && (view.mentionAt[k + 1] != nil || k + 2 < end && tokens[k + 1].lower == "the" && view.mentionAt[k + 2] != nil)
        }
    }

    /// The facts of a "take" at word `w`, in the shapes above; none for any other use.
    ///
    /// ```swift
    /// // "Spain would take Canada to the International Court of Justice ." -> Spain -take/11-> Canada,
    /// //     Spain -take/02-> International Court of Justice
    /// // "He took office in May ." -> nothing
    /// ```
    func taking(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard Self.takingLemmas.contains(lemma), p.tags[w].upos == .VERB, !isPassive(p, w), !isUnreal(p, w) else { return }
        let objects = p.dependents(w, .obj)
        let actors = self.actors(p, w, passive: false, depth: 0)
        guard !actors.isEmpty, !objects.isEmpty else { return }
        let named = objects.flatMap { namedArguments(p, $0, confidence: FactConfidence.Tree.coreArgument) }
        // the court or body a side or a case is taken to
        let forums = namedArguments(p, phrases: p.dependents(w, base: "obl") + objects.flatMap { p.dependents($0, base: "nmod") }, preposition: { $0 == "to" })
            .filter { p.view.mentions[$0.mention].type == .organization }
        let confidence = FactConfidence.Tree.activeClause
        if !forums.isEmpty {
            add(&facts, p, actors, action: lemma, cameo: .root(.appeal), forums, at: w, confidence: confidence)
            add(&facts, p, actors, action: lemma, cameo: .root(.disapprove), named, at: w, confidence: confidence)
            return
        }
        // "took control of Catalonia", "took control of most of Western Sahara"
        if let control = objects.first(where: { p.word($0, is: "control") }) {
            var places = p.dependents(control, base: "nmod").filter { p.preposition($0) == "of" }
            places += places.flatMap { p.dependents($0, base: "nmod").filter { p.preposition($0) == "of" } }
            let controlled = places.flatMap { namedArguments(p, $0, confidence: FactConfidence.Tree.attachedArgument) }
            add(&facts, p, actors, action: lemma, cameo: .root(.coerce), controlled, at: w, confidence: confidence)
            return
        }
        // "took Prime Minister Mahendra Chaudhry and most of his cabinet hostage"
        let captive = (w + 1..<min(p.count, w + 12)).contains { p.word($0, isIn: Self.captiveNouns) }
        if captive {
            add(&facts, p, actors, action: lemma, cameo: .root(.assault), named.filter { p.view.mentions[$0.mention].type == .person }, at: w, confidence: confidence)
            return
        }
        // "the Taliban took Mazar-i-Sharif": a place taken is captured
        let places = named.filter { p.view.mentions[$0.mention].type == .location }
        add(&facts, p, actors, action: lemma, cameo: .root(.fight), places, at: w, confidence: confidence)
    }
}
