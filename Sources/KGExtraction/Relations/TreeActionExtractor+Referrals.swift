import KGModel

/// A dispute taken before a court or a body: "Nicaragua said it would take Honduras to the
/// International Court of Justice", "Greece would take the dispute to the ICJ".
///
/// "take" relates without acting ("took power", "took part"), so no lexicon codes it; with a "to"
/// phrase naming a body it is a referral: an appeal to the body (02) and, when the object names a
/// side, a complaint against it (11, as CAMEO's lawsuits are), the wording kept as "take".
///
/// ```swift
/// // "Peru took Chile to the International Court of Justice ." -> Peru -take/11-> Chile, Peru -take/02-> International Court of Justice
/// // "Peru took its troops to Lima ." -> nothing (no body)
/// ```
extension TreeActionExtractor {
    /// Verbs of taking a dispute before a body: "take", "bring".
    static let referralLemmas: WordSet = ["take", "bring"]

    /// The referral that verb `w` (lemma `lemma`) states: its subject's appeal to the body of its "to"
    /// phrase, and a complaint against its object when the object names a side.
    func referral(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard Self.referralLemmas.contains(lemma), p.tags[w].upos == .VERB, !isPassive(p, w), !isUnreal(p, w) else { return }
        let bodies = p.dependents(w, base: "obl").filter { p.preposition($0) == "to" }.flatMap {
            arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: lemma)
        }.filter { p.view.mentions[$0.mention].type == .organization }
        guard !bodies.isEmpty else { return }
        let actors = self.actors(p, w, passive: false, depth: 0)
        add(&facts, p, actors, action: lemma, cameo: .root(.appeal), bodies, at: w, confidence: FactConfidence.Tree.activeClause)
        let sides = p.dependents(w, .obj).flatMap {
            arguments(p, $0, confidence: FactConfidence.Tree.coreArgument, asObject: true, lemma: lemma)
        }.filter { p.view.mentions[$0.mention].type != .location }
        add(&facts, p, actors, action: lemma, cameo: .root(.disapprove), sides, at: w, confidence: FactConfidence.Tree.activeClause)
    }
}
