import KGModel

/// Goods, forces or people flown somewhere: "Egypt flew weapons to Somalia", "France flew hundreds of
/// police reinforcements to Noumea", "Israel freed Yassin and flew him to Amman".
///
/// A person flying to a place is a journey (`journey`); a state or a body flying something there
/// delivers it, and what it flies says what the act is: forces a force posture (15), people a visit
/// made for them (04, as the annotated news codes a transfer), anything else aid (07).
///
/// ```swift
/// // "Egypt flew weapons to Somalia ." -> Egypt -fly/07-> Somalia
/// // "Egypt flew to Somalia ." -> nothing here (no cargo; a person's flight is a journey)
/// ```
extension TreeActionExtractor {
    /// Verbs of carrying something by air: "fly" (an "airlift" is coded by the lexicon).
    static let airliftLemmas: WordSet = ["fly"]
    /// Nouns of police sent as a force, beside `forceNouns`: "police reinforcements", "gendarmes".
    static let policeForceNouns: WordSet = ["police", "policemen", "reinforcements", "gendarmes", "riot"]
    /// Words for the people a state flies somewhere (a closed class): "flew him to Amman", "flew 439
    /// people to Romania".
    static let flownPeopleWords: WordSet = [
        "him", "her", "them", "people", "refugees", "prisoners", "migrants", "evacuees", "nationals", "citizens", "survivors",
    ]

    /// The delivery that verb `w` (lemma `lemma`) states when it has an object and a destination.
    func airlift(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard Self.airliftLemmas.contains(lemma), !isUnreal(p, w), !isPassive(p, w), let cargo = p.dependents(w, .obj).first else { return }
        var places: [Argument] = []
        // ("flew 88 tonnes of food to Havana": the parser may hang the destination on the cargo)
        let cargoPhrases = p.conjuncts(cargo).flatMap { noun in
            p.dependents(noun, base: "nmod") + p.dependents(noun, base: "nmod").flatMap { p.dependents($0, base: "nmod") }
        }
        for oblique in p.dependents(w, base: "obl") + cargoPhrases {
            guard let preposition = destinationPreposition(p, oblique), preposition == "to" || preposition == "into" else { continue }
            places += placesNamed(p, oblique, lemma: lemma)
        }
        guard !places.isEmpty else { return }
        let carried = [cargo] + p.children[cargo].filter { p.label($0) == .compound || p.label($0).base == "nmod" }
        let cameo: CAMEORootCode
        if carried.contains(where: { p.word($0, isIn: Self.forceNouns) || p.word($0, isIn: Self.policeForceNouns) }) {
            cameo = .exhibitForcePosture
        } else if p.mentionOf[cargo] != nil || p.word(cargo, isIn: Self.flownPeopleWords) {
            cameo = .consult
        } else {
            cameo = .provideAid
        }
        let senders = actors(p, w, passive: false, depth: 0)
        add(&facts, p, senders, VerbEntry(lemma: lemma, cameo: cameo), places, at: w, confidence: FactConfidence.Tree.activeClause)
    }
}
