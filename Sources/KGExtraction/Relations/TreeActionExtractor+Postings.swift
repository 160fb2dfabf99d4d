import KGModel

/// Forces kept in a place: "France, which keeps its largest garrison in Djibouti", "the United States
/// bases 2,000 troops in Djibouti".
///
/// CAMEO codes sending and stationing forces (root 15, force posture) but not keeping or basing
/// them, and the parser usually hangs the place on the forces ("troops in Djibouti"), not on the
/// verb, so neither the lexicon nor the tree's target phrases found the place. A verb of keeping
/// forces whose object is a force and whose place phrase names a place states a force posture
/// there; so does a coded verb of moving forces ("deployed troops in X") when the place phrase hangs
/// on the forces and the verb has no other target.
///
/// ```swift
/// // "Ethiopia kept its troops in Badme ." -> Ethiopia -keep/15-> Badme
/// // "Ethiopia kept its promise to Eritrea ." -> nothing (no force)
/// ```
extension TreeActionExtractor {
    /// Verbs of keeping forces somewhere that no lexicon codes: keep, base, maintain, retain.
    static let postingLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.postingLemmas")
    /// Nouns for armed forces and their bases: "troops", "a garrison", "a peacekeeping force".
    static let forceNouns: WordSet = WordLists.wordSet("TreeActionExtractor.forceNouns")
    /// Prepositions of where forces are: "in Djibouti", "at the border", "inside Syria".
    static let postingPrepositions: WordSet = ["in", "at", "inside", "within", "on", "to", "into", "near"]

    /// The force posture of an uncoded verb of keeping forces (`lemma`) at word `w`.
    func posting(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard Self.postingLemmas.contains(lemma), p.tags[w].upos == .VERB, !isPassive(p, w), !isUnreal(p, w) else { return }
        let places = forcePlaces(p, w) + p.dependents(w, base: "obl").filter { p.label($0) == .obl && p.preposition($0).map(Self.postingPrepositions.contains) == true }
        guard !p.dependents(w, .obj).filter({ p.word($0, isIn: Self.forceNouns) }).isEmpty, !places.isEmpty else { return }
        let targets = places.flatMap { arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: lemma) }
        let actors = self.actors(p, w, passive: false, depth: 0)
        add(&facts, p, actors, action: lemma, cameo: .root(.exhibitForcePosture), targets, at: w, confidence: FactConfidence.Tree.activeClause)
    }

    /// The place phrases hung on the forces verb `w` has for its object: "keeps 400 troops in Gabon".
    func forcePlaces(_ p: ParsedSentence, _ w: Int) -> [Int] {
        p.dependents(w, .obj).filter { p.word($0, isIn: Self.forceNouns) }.flatMap { force in
            p.dependents(force, .nmod).filter { p.preposition($0).map(Self.postingPrepositions.contains) == true }
        }
    }
}
