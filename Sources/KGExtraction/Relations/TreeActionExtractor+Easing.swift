import KGModel

/// Lifting a penalty: "lifted sanctions on Syria", "eased some of its sanctions on Belarus",
/// "dropped a $10 million bounty on Sharaa" yield (CAMEO 08) to whom the penalty hits.
extension TreeActionExtractor {
    /// Verbs of lifting or easing, which yield to someone only through a penalty they lift (not
    /// "lifted the ban on imports", no one; not "condemned sanctions on X", a judgement of them).
    static let easingLemmas: WordSet = ["lift", "ease", "relax", "loosen", "waive", "drop", "remove", "suspend", "end"]

    /// Penalties laid on someone: "sanctions on Syria", "a bounty on Sharaa", "the embargo against Cuba".
    static let penaltyNouns: WordSet = [
        "sanction", "sanctions", "embargo", "embargoes", "ban", "bans", "restriction", "restrictions", "tariff", "tariffs",
        "bounty", "blockade", "curbs", "penalties",
    ]

    /// Words before "of" that take a part of what follows: "some of its sanctions", "all of the tariffs".
    static let partWords: WordSet = ["some", "all", "most", "part", "many", "several", "one", "much", "parts"]

    /// Prepositions of whom a penalty hits.
    static let penaltyPrepositions: WordSet = ["on", "against", "upon"]

    /// The penalty nouns verb `w` takes as its object, past a part of them ("some of its sanctions").
    func penaltiesLifted(_ p: ParsedSentence, _ w: Int) -> [Int] {
        p.dependents(w, .obj).compactMap { object in
            if p.word(object, isIn: Self.penaltyNouns) { return object }
            guard p.word(object, isIn: Self.partWords) || countsOutAnAct(p.words[object]) else { return nil }
            return p.dependents(object, base: "nmod").first { p.preposition($0) == "of" && p.word($0, isIn: Self.penaltyNouns) }
        }
    }

    /// The act of an easing verb (word `w`, of lemma `lemma`) whose object is a penalty: a yielding.
    ///
    /// ```swift
    /// // "Washington eased some of its sanctions on Belarus ." -> VerbEntry(lemma: "ease", cameo: .yield)
    /// // "Kenya eased its stance ."                             -> nil
    /// ```
    func easingEntry(_ p: ParsedSentence, _ w: Int, lemma: String) -> VerbEntry? {
        guard p.tags[w].upos == .VERB, Self.easingLemmas.contains(lemma), !penaltiesLifted(p, w).isEmpty else { return nil }
        return VerbEntry(lemma: lemma, cameo: .yield)
    }

    /// Whom the penalties verb `w` lifts hit: their "on" phrase's names, or the country owning what
    /// that phrase names ("sanctions on Syria's energy sector").
    func penaltyTargets(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> [Argument] {
        var out: [Argument] = []
        for penalty in penaltiesLifted(p, w) {
            for hit in p.dependents(penalty, base: "nmod") where Self.penaltyPrepositions.contains(p.preposition(hit) ?? "") {
                var found = arguments(p, hit, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
                if found.isEmpty {
                    found = p.dependents(hit, .nmodPoss).compactMap { p.usableMention($0) }.filter { p.view.mentions[$0].type == .country }
                        .map { Argument(mention: $0, confidence: FactConfidence.Tree.attachedArgument - 0.05) }
                }
                out += found.filter { a in !out.contains { $0.mention == a.mention } }
            }
        }
        return out
    }
}
