/// Verbs read with their particle: "turned down the request" rejects, where "turn" alone is no act.
///
/// ```swift
/// // "Australia turned down Fiji's request ." -> the verb "turned" is looked up as "turn down"
/// ```
enum PhrasalVerbs {
    /// Words that may be a verb's particle ("crack down", "take over", "call off"): the particles
    /// `scripts/generate_lexicons.py` keeps phrasal verbs of (`PHRASAL_PARTICLES`).
    static let particles: WordSet = ["down", "up", "out", "off", "over", "back", "in", "away"]
}

extension TreeActionExtractor {
    /// The CAMEO entry of a verb and its particle ("turned down" -> "turn down"), when the lexicon
    /// lists the pair: the tree's `compound:prt`, or a particle right after the verb that hangs on it
    /// or on one of its dependents.
    func phrasalEntry(_ p: ParsedSentence, _ w: Int) -> VerbEntry? {
        let marked = p.children[w].first { p.label($0).rawValue == "compound:prt" }
        // the parser may read the particle as a preposition of the object ("turned [down his request]")
        let next = w + 1 < p.count && p.tree.heads[w + 1].map { $0 == w || p.tree.heads[$0] == w } == true ? w + 1 : nil
        guard let particle = marked ?? next, p.word(particle, isIn: PhrasalVerbs.particles) else { return nil }
        return lexicons.verbs["\(lemma(p, w)) \(p.words[particle])"]
    }
}
