/// Stopping what passes between two sides: "halted arms exports to Turkey", "closed their borders
/// with Honduras", "froze its lending to Honduras" reduce relations (CAMEO 16) with the side the
/// stopped thing goes to.
extension TreeActionExtractor {
    /// Verbs of stopping: PETRARCH2's `CANCEL` and `SCRAP` blocks, which it codes 16 only with an
    /// object of aid, trade, travel, diplomacy or cooperation ("HALT * AID [162]", "CLOSE * EMBASSY
    /// [161]"); with other objects they are no act toward anyone ("halted work", "ended the season").
    static let stoppingLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.stoppingLemmas")

    /// What passes between two sides, whose stopping reduces relations: the objects of PETRARCH2's
    /// 16-coded `CANCEL` patterns (aid, grants, arms shipments, flights, embassies, border crossings,
    /// cooperation, talks) and their kin (exports, lending, ties, pacts).
    static let tieNouns: WordSet = WordLists.wordSet("TreeActionExtractor.tieNouns")

    /// A state's missions abroad, whose host is named after "in": "its embassy in Tehran".
    static let missionNouns: WordSet = ["embassy", "embassies", "consulate", "consulates"]

    /// Prepositions that name the other side of a tie: "exports to Turkey", "borders with Honduras".
    static let tiePrepositions: WordSet = ["to", "with"]

    /// The act of a stopping verb (word `w`, of lemma `lemma`) that no CAMEO entry codes, when its
    /// object is a tie.
    ///
    /// ```swift
    /// // "Germany halted arms exports to Turkey ." -> VerbEntry(lemma: "halt", cameo: .reduceRelations)
    /// // "Germany halted work on the pipeline ."   -> nil
    /// ```
    func stoppingEntry(_ p: ParsedSentence, _ w: Int, lemma: String) -> VerbEntry? {
        guard p.tags[w].upos == .VERB, Self.stoppingLemmas.contains(lemma),
            p.dependents(w, .obj).contains(where: { isTie(p, $0) }) || !stoppedTrade(p, w).isEmpty
        else { return nil }
        return VerbEntry(lemma: lemma, cameo: .reduceRelations)
    }

    /// A tie noun, or a phrase whose compound is one ("arms exports", "land borders").
    func isTie(_ p: ParsedSentence, _ o: Int) -> Bool {
        p.word(o, isIn: Self.tieNouns) || p.dependents(o, base: "compound").contains { p.word($0, isIn: Self.tieNouns) }
    }

    /// Verbs under a stopping verb that name a trade with a side (CAMEO 06): "stopped buying Iraqi oil",
    /// "halted importing steel from Turkey".
    func stoppedTrade(_ p: ParsedSentence, _ w: Int) -> [Int] {
        p.dependents(w, .xcomp).filter { x in p.tags[x].xpos == .VBG && verbEntry(p, x)?.cameo == .engageInMaterialCooperation }
    }

    /// The sides of a trade verb `x`'s goods: the countries that modify them ("Iraqi and Kuwaiti oil")
    /// and the countries they come from or go to ("oil from Iran").
    func tradeSides(_ p: ParsedSentence, _ x: Int) -> [Argument] {
        var out: [Argument] = []
        func addCountries(_ w: Int) {
            for m in p.conjuncts(w).compactMap({ p.usableMention($0) }) where p.view.mentions[m].type == .country && !out.contains(where: { $0.mention == m }) {
                out.append(Argument(mention: m, confidence: FactConfidence.Tree.attachedArgument))
            }
        }
        for goods in p.dependents(x, .obj) {
            for c in p.children[goods] {
                let label = p.label(c)
                if label == .nmodPoss || label.base == "amod" || label.base == "compound" { addCountries(c) }
                if label.base == "nmod", Self.tradeSidePrepositions.contains(p.preposition(c) ?? "") { addCountries(c) }
            }
        }
        for c in p.dependents(x, base: "obl") where Self.tradeSidePrepositions.contains(p.preposition(c) ?? "") { addCountries(c) }
        return out
    }

    /// Prepositions that name the other side of a trade: "oil from Iran", "arms to Turkey".
    static let tradeSidePrepositions: WordSet = ["from", "to"]

    /// The sides of what a relations-reducing act stops: "froze its lending to Honduras", "suspended
    /// part of its aid to Ethiopia", "closed their land borders with Honduras".
    func tieTargets(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> [Argument] {
        var out: [Argument] = []
        // "stopped buying Iraqi oil": the stopped trade's other side
        for x in stoppedTrade(p, w) { out += tradeSides(p, x) }
        // "halted arms exports to Turkey" with "to Turkey" read as the verb's: the tie's side all the same
        if p.dependents(w, .obj).contains(where: { isTie(p, $0) }) {
            for side in p.dependents(w, base: "obl") where Self.tiePrepositions.contains(p.preposition(side) ?? "") {
                out += arguments(p, side, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            }
        }
        for object in p.dependents(w, .obj) {
            // "part of its aid to Ethiopia", "$2 million in aid to Fiji": the tie may hang on a quantity of it
            let ties = [object] + p.dependents(object, base: "nmod").filter { ["of", "in"].contains(p.preposition($0) ?? "") && p.mentionOf[$0] == nil }
            for tie in ties where p.mentionOf[tie] == nil {
                for side in p.dependents(tie, base: "nmod") where Self.tiePrepositions.contains(p.preposition(side) ?? "") {
                    out += arguments(p, side, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
                }
                // "closed its embassy in Tehran": a mission's host (its capital stands for it: `CapitalActors`),
                // with the place read as the mission's or as the verb's
                if out.isEmpty, p.word(tie, isIn: Self.missionNouns) {
                    for host in p.dependents(tie, base: "nmod") + p.dependents(w, base: "obl") where p.preposition(host) == "in" {
                        out += arguments(p, host, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
                    }
                }
            }
        }
        return out
    }
}
