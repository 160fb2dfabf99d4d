import KGModel

/// Naming someone or their act: "Kurti called Serbia's move 'an act of aggression'", "Kagame called
/// Burundi a danger to the region". The annotators code such a "call" as disapproval (CAMEO 11)
/// aimed at whoever is named or whose act is, not as the appeal of "called on Serbia" (02).
extension TreeActionExtractor {
    /// Verbs that name their object something in a small clause, and so judge whoever did the act
    /// they name ("called Russia's move unconscionable" judges Russia).
    static let namingLemmas: WordSet = ["call"]

    /// Prepositions and particles that make "call" an appeal or a summons, not a naming: "called on
    /// Serbia", "called for talks", "called off the strike", "called up reservists".
    static let appealParticles: WordSet = ["on", "upon", "for", "off", "up"]

    /// Whether word `w`, a naming verb, names its object: it has one (or a small clause the parser
    /// hung on it) and no particle or preposition that makes it an appeal.
    ///
    /// ```swift
    /// // "Kurti called Serbia's move 'an act of aggression' ." -> true
    /// // "Kurti called on Serbia to free the officers ."       -> false
    /// ```
    func isNamingCall(_ p: ParsedSentence, _ w: Int) -> Bool {
        guard p.tags[w].upos == .VERB else { return false }
        let appeal = p.children[w].contains { c in
            let base = p.label(c).base
            return (base == "compound" || base == "obl") && (p.word(c, isIn: Self.appealParticles) || p.preposition(c).map { Self.appealParticles.contains($0) } == true)
        }
        guard !appeal, w + 1 < p.count, !p.word(w + 1, isIn: Self.appealParticles) else { return false }
        return !p.dependents(w, .obj).isEmpty || !p.dependents(w, .xcomp).isEmpty
    }
}
