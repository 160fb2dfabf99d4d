import KGModel

/// Leaving a body: "Mali quit ECOWAS", "they were leaving the Economic Community of West African
/// States" reduce relations (CAMEO 16) with the body left, as a withdrawal from it does.
extension TreeActionExtractor {
    /// Verbs of leaving that name an act only when what is left is a body. CAMEO lists none of them
    /// ("left Mali" is a departure, or a withdrawal of forces, and "left for Lithuania" a journey).
    static let leavingLemmas: WordSet = ["leave", "quit", "exit"]

    /// The act of a leaving verb (word `w`, of lemma `lemma`) whose object is a named organization.
    ///
    /// ```swift
    /// // "Mali quit ECOWAS ."          -> VerbEntry(lemma: "quit", cameo: .reduceRelations)
    /// // "Mali's president left Bamako ." -> nil
    /// ```
    func leavingEntry(_ p: ParsedSentence, _ w: Int, lemma: String) -> VerbEntry? {
        guard p.tags[w].upos == .VERB, Self.leavingLemmas.contains(lemma),
            p.dependents(w, .obj).contains(where: { object in
                p.conjuncts(object).contains { p.usableMention($0).map { p.view.mentions[$0].type == .organization } ?? false }
            })
        else { return nil }
        return VerbEntry(lemma: lemma, cameo: .reduceRelations)
    }
}
