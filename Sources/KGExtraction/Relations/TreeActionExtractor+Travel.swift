import KGModel

/// A person's journey to a named place, by a verb of going that CAMEO codes only with its destination.
extension TreeActionExtractor {
    /// Verbs of leaving or going that name a visit (CAMEO 04) only with a destination: PETRARCH2's
    /// `GO_SOMEWHERE` block without its light verbs, and the going verbs of its `EVACUATE` and `FLY`
    /// blocks ("fled to Singapore", "flew to Bangkok", "left for Lithuania"). Without a destination
    /// they are no act toward anyone ("fled the country", "left Mali" is a withdrawal).
    static let destinationLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.destinationLemmas")

    /// Prepositions that name where a journey ends: "fled to", "left for", "flew into" (not "flew out
    /// of", "fled from").
    static let destinationPrepositions: WordSet = ["to", "for", "into"]

    /// The preposition of a destination phrase: its last `case` word, so that "flew on to Yaounde",
    /// "went back to Kabul" end in "to" whatever adverb the parser hangs before it.
    /// ("flew instead to Metz", read with "instead" the case word and "to" fixed to it: the last fixed word)
    func destinationPreposition(_ p: ParsedSentence, _ phrase: Int) -> String? {
        guard let word = p.children[phrase].last(where: { p.label($0).base == "case" }) else { return nil }
        return p.words[p.children[word].last { p.label($0).base == "fixed" } ?? word]
    }

    /// Whether word `w`, of lemma `lemma`, is a verb of going ("fled": "flee", "flew": "fly",
    /// "left": "leave"; not "said").
    func isDestinationVerb(_ p: ParsedSentence, _ w: Int, lemma: String) -> Bool {
        p.tags[w].upos == .VERB && Self.destinationLemmas.contains(lemma)
    }

    /// "Ashraf Ghani fled to the United Arab Emirates", "Natalegawa flew to Phnom Penh and then to
    /// Bangkok", "Tsikhanouskaya left for Lithuania": a named person goes to each named place of the
    /// verb's destination phrases. A country or a body "flying in food" sends, and is not read here.
    ///
    /// ```swift
    /// // "Amina Saide fled to Pemba." -> Amina Saide -flee-> Pemba (CAMEO 04)
    /// ```
    func journey(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard !isUnreal(p, w), !isPassive(p, w) else { return }
        let subjects = actors(p, w, passive: false, depth: 0)
        var travellers = subjects.filter { p.view.mentions[$0.mention].type == .person }
        // "Senegalese paratroopers flew into Bissau": a state's forces flown somewhere are its force posture there (15)
        if travellers.isEmpty, Self.forceFlightLemmas.contains(lemma),
            p.dependents(w, base: "nsubj").contains(where: { p.mentionOf[$0] == nil && p.word($0, isIn: Self.forceNouns) })
        {
            let states = subjects.filter { p.view.mentions[$0.mention].type == .country }
            let places = destinationPhrases(p, w, lemma: lemma).flatMap { placesNamed(p, $0, lemma: lemma) }
            add(&facts, p, states, VerbEntry(lemma: lemma, cameo: .exhibitForcePosture), places, at: w, confidence: FactConfidence.Tree.activeClause)
            return
        }
        guard !travellers.isEmpty else { return }
        // "flew to Banjul with Liberian President Ellen Johnson Sirleaf": a companion goes there too
        for companion in p.dependents(w, base: "obl") where p.preposition(companion) == "with" {
            for m in arguments(p, companion, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
            where p.view.mentions[m.mention].type == .person && !travellers.contains(where: { $0.mention == m.mention }) {
                travellers.append(m)
            }
        }
        let places = destinationPhrases(p, w, lemma: lemma).flatMap { placesNamed(p, $0, lemma: lemma) }
        add(&facts, p, travellers, VerbEntry(lemma: lemma, cameo: .consult), places, at: w, confidence: FactConfidence.Tree.activeClause)
    }

    /// Verbs of going (a closed class) that move forces when forces go: "paratroopers flew into Bissau".
    static let forceFlightLemmas: WordSet = ["fly"]

    /// Adverbs of direction (a closed class) a destination phrase may hang on: "flew back to Taipei".
    static let directionAdverbs: WordSet = ["back", "home", "on", "onward", "onwards", "straight", "directly"]

    /// The destination phrases of verb of going `w`: its `to`/`into` phrases (and `for` after leaving),
    /// those coordinated with them ("flew to Phnom Penh and then to Bangkok"), and those the parser hung
    /// on an adverb of direction ("flew back to Taipei").
    func destinationPhrases(_ p: ParsedSentence, _ w: Int, lemma: String) -> [Int] {
        var out: [Int] = []
        let obliques = p.dependents(w, base: "obl") + p.dependents(w, base: "advmod").filter { p.word($0, isIn: Self.directionAdverbs) }.flatMap { p.dependents($0, base: "obl") }
        for oblique in obliques {
            for phrase in p.conjuncts(oblique) {
                guard let preposition = destinationPreposition(p, phrase) ?? destinationPreposition(p, oblique),
                    Self.destinationPrepositions.contains(preposition)
                else { continue }
                // "left for talks": only leaving and setting off go "for" a place
                if preposition == "for", lemma != "leave" && lemma != "depart" { continue }
                out.append(phrase)
            }
        }
        return out
    }

    /// The places or countries a destination phrase names, as a journey's or a delivery's targets.
    func placesNamed(_ p: ParsedSentence, _ phrase: Int, lemma: String) -> [Argument] {
        standsFor(p, phrase, asObject: true, lemma: lemma).filter {
            let type = p.view.mentions[$0.mention].type
            return type == .location || type == .country
        }.map { Argument(mention: $0.mention, confidence: FactConfidence.Tree.attachedArgument + $0.confidence) }
    }
}
