import KGModel

/// Acts of verbs no lexicon codes: "France courted Algeria", "Japan followed the United States".
///
/// CAMEO's dictionaries list the verbs event coders count; news names many more acts between
/// entities ("shadowed", "hired", "designated", "quit"). A verb whose tree gives a name for its
/// subject (or `by` agent) and a name for its direct object (or passive subject) states such an
/// act: written with the verb's lemma, no CAMEO root, and a lower confidence than a coded verb's.
/// Only names the tree puts there outright count, not the country of "X's forces" or a subject
/// shared with another verb: without a lexicon's word that the verb is an act, the tree must be
/// plain. An object that names no one may still point at a target: the name of its `to` phrase
/// ("handed power to the council"), its owner ("followed Washington's lead") or its `with` phrase
/// ("downgraded its relations with Lithuania"); so may a verb with no object ("sided with Riyadh").
///
/// ```swift
/// // "Japan followed the United States ." -> Japan -follow-> United States (uncoded)
/// // "Japan regards the United States as an ally ." -> nothing (a verb of being or seeming)
/// ```
extension TreeActionExtractor {
    /// Verbs of being, having, seeming, perceiving and feeling, verbs of office, and light verbs:
    /// they relate entities without one doing anything to the other ("Russia borders Ukraine", "the
    /// bloc includes France", "the move alarmed Australia").
    static let relationalLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.relationalLemmas")

    /// Whether a lemma no lexicon codes may still name an act between entities.
    /// (Verbs of travel are the journey rules': "left Ethiopia" names no act on Ethiopia.)
    func mayNameAnUncodedAct(_ lemma: String) -> Bool {
        Self.isWordOfThreeOrMoreLetters(lemma) && !Self.relationalLemmas.contains(lemma) && !Self.speechLemmas.contains(lemma)
            && !Self.destinationLemmas.contains(lemma) && !ActionExtractor.motionLemmas.contains(lemma)
    }

    /// Whether `word` has more than two characters, all letters. Asked of every word of a stretch
    /// before it is parsed: an ASCII word is read as bytes (each byte a character of its own), not
    /// through `Character`'s grapheme breaking and property look-ups.
    static func isWordOfThreeOrMoreLetters(_ word: String) -> Bool {
        var isASCII = true
        var allLetters = true
        for byte in word.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            let lower = byte | 0x20  // upper case to lower case; no other byte lands on a letter
            if lower < UInt8(ascii: "a") || lower > UInt8(ascii: "z") { allLetters = false }
        }
        guard isASCII else { return word.count > 2 && word.allSatisfy(\.isLetter) }
        return allLetters && word.utf8.count > 2
    }

    func uncodedClause(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        guard p.tags[w].upos == .VERB, mayNameAnUncodedAct(lemma) else { return }
        let passive = isPassive(p, w)
        let patients = passive ? p.dependents(w, base: "nsubj") : p.dependents(w, .obj)
        guard !isUnreal(p, w) else { return }
        guard !patients.isEmpty else {
            if !passive { sideTakenWith(&facts, p, w, lemma: lemma) }
            return
        }
        // "Greek and Turkish warships shadowed each other": coordinated sides do the act to each other
        // (read as the coded verbs' subjects are, a country's forces for the country)
        if !passive, patients.contains(where: { isEachOther(p, $0) }) {
            let sides = self.actors(p, w, passive: false, depth: 0)
            guard sides.count >= 2 else { return }
            addBothWays(&facts, p, sides, action: lemma, cameo: .uncoded, at: w, confidence: FactConfidence.Tree.uncodedClause)
            return
        }
        var actors = agentNames(p, w, passive: passive)
        // "X, who ruled Y and chose Z": the second of two coordinated verbs shares the first's subject
        if actors.isEmpty, !passive, p.label(w) == .conj, let first = p.head(w), isVerbal(p, first), !isPassive(p, first) {
            actors = agentNames(p, first, passive: false).inherited
        }
        // "the BLA, which Washington designated": a relative pronoun stands for the name its clause hangs on
        var targets = patients.flatMap { patient in
            let word = p.word(patient, isIn: Self.relativePronouns) && p.label(w) == .aclRelcl ? (p.head(w) ?? patient) : patient
            return namedArguments(p, word, confidence: FactConfidence.Tree.coreArgument)
        }
        if targets.isEmpty, !passive { targets = recipients(p, w, objects: patients) }
        if targets.isEmpty, !passive { targets = possessors(p, objects: patients) }
        // "downgraded its relations with Lithuania", "raised the matter with Honiara": a thing done
        // that names no one is done with the side its `with` phrase names
        if targets.isEmpty, !passive { targets = withSides(p, [w] + patients) }
        // "waged a long insurgency against Islamabad", "dropped the charges against X": a thing done
        // against a side is done to it
        if targets.isEmpty, !passive { targets = opposedSides(p, [w] + patients) }
        // "Obama and Medvedev discussed Iran's nuclear programme": sides that discuss a matter together
        // discuss it with each other, besides whom the matter concerns
        if Self.jointTalkLemmas.contains(lemma), !passive, actors.count >= 2 {
            for side in actors {
                let others = actors.filter { $0.mention != side.mention }
                add(&facts, p, [side], action: lemma, cameo: .uncoded, others, at: w, confidence: FactConfidence.Tree.uncodedClause)
            }
        }
        add(&facts, p, actors, action: lemma, cameo: .uncoded, targets, at: w, confidence: FactConfidence.Tree.uncodedClause)
    }

    /// "Trump sided with Riyadh", "Washington stood with Moldova": a verb with no object whose `with`
    /// phrase names the other side acts toward it (verbs of travel, speech and being are left out by
    /// `mayNameAnUncodedAct`: "flew to Banjul with Sirleaf" names a companion).
    ///
    /// ```swift
    /// // "Japan sided with the United States ." -> Japan -side-> United States (uncoded)
    /// ```
    func sideTakenWith(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, lemma: String) {
        var sides = withSides(p, [w])
        // "rebelled against Kabul", "stood firmly behind Rajoy": a side opposed or backed
        if sides.isEmpty { sides = opposedSides(p, [w]) }
        // "said it stood by Moraes": a side stood by is backed
        let standing = Self.standingLemmas.contains(lemma)
        if sides.isEmpty, standing { sides = namedArguments(p, phrases: p.dependents(w, base: "obl"), preposition: { $0 == "by" }) }
        guard !sides.isEmpty else { return }
        // ("The European Union said it stood by Britain": a pronoun subject read as the coded verbs' are)
        let actors = standing ? self.actors(p, w, passive: false, depth: 0) : agentNames(p, w, passive: false)
        // (standing with or by a side is support: CAMEO 05, as the annotators code it)
        let cameo: CAMEOCode = standing ? .root(.engageInDiplomaticCooperation) : .uncoded
        add(&facts, p, actors, action: lemma, cameo: cameo, sides, at: w, confidence: FactConfidence.Tree.uncodedClause)
    }

    /// The names the `with` phrases of `heads` (a verb, its objects) give: "sided with Riyadh",
    /// "its relations with Lithuania".
    func withSides(_ p: ParsedSentence, _ heads: [Int]) -> [Argument] {
        heads.flatMap { head in namedArguments(p, phrases: prepositionalPhrases(p, head), preposition: { $0 == "with" }) }
    }

    /// The names the `against` or `behind` phrases of `heads` (a verb, its objects) give: "waged an
    /// insurgency against Islamabad", "stood behind Rajoy".
    ///
    /// ```swift
    /// // "The rebels waged a war against Kabul ." -> Kabul
    /// ```
    func opposedSides(_ p: ParsedSentence, _ heads: [Int]) -> [Argument] {
        heads.flatMap { head in namedArguments(p, phrases: prepositionalPhrases(p, head), preposition: Self.sidePrepositions.contains) }
    }

    /// The oblique and nominal phrases hung on `head`, not a possessor ("Iran's", "with X", "against Y").
    func prepositionalPhrases(_ p: ParsedSentence, _ head: Int) -> [Int] {
        p.children[head].filter { ["obl", "nmod"].contains(p.label($0).base) && p.label($0) != .nmodPoss }
    }

    /// Prepositions whose name an act that names no one else is done toward: against a side, behind one.
    static let sidePrepositions: Set<String> = ["against", "behind"]

    /// Verbs of standing with or by a side, which back it: "stood by Britain", "stands with Kyiv".
    static let standingLemmas: WordSet = ["stand"]

    /// Verbs no lexicon codes that coordinated subjects do together, with each other: "discuss".
    static let jointTalkLemmas: WordSet = ["discuss"]

    /// "handed power to the council", "will open its ports to Ethiopian trade", "would take the case to
    /// the ICJ": a verb whose object is a thing (no name) acts toward the name its `to` phrase gives,
    /// on the verb or on the object.
    ///
    /// ```swift
    /// // "Chile handed the files to Peru ." -> Peru
    /// // "Chile raised the toll to 40 ."    -> nothing (no name)
    /// ```
    func recipients(_ p: ParsedSentence, _ w: Int, objects: [Int]) -> [Argument] {
        // "was reviewing its aid to Honduras": weighing a thing given does not give it; "kept its promise
        // to Iceland": nor does keeping it
        let verb = lemma(p, w)
        guard !Self.deliberationLemmas.contains(verb), !Self.postingLemmas.contains(verb) else { return [] }
        let phrases = ([w] + objects).flatMap { head in
            p.children[head].filter { c in ["obl", "nmod"].contains(p.label(c).base) && p.label(c) != .nmodPoss && p.preposition(c) == "to" }
        }
        return phrases.flatMap { phrase in
            // "the council, to which Hadi handed power": the relative pronoun stands for the name its clause hangs on
            let word = p.word(phrase, isIn: Self.relativePronouns) && p.label(w) == .aclRelcl ? (p.head(w) ?? phrase) : phrase
            return recipientNames(p, word)
        }
    }

    /// "followed Washington's lead": the name that owns a thing the verb acts on, when the thing is
    /// not one acting for it (not "courted Peru's ambassador": an envoy is a person of his own).
    func possessors(_ p: ParsedSentence, objects: [Int]) -> [Argument] {
        objects.filter { p.mentionOf[$0] == nil && p.tags[$0].upos == .NOUN && !p.word($0, isIn: Self.actingNouns) }.flatMap { object in
            p.dependents(object, .nmodPoss).flatMap { namedArguments(p, $0, confidence: FactConfidence.Tree.attachedArgument) }
        }
    }

    /// The names a `to` phrase gives: the name itself, or the country a demonym makes of the thing it
    /// modifies ("to Ethiopian trade").
    func recipientNames(_ p: ParsedSentence, _ phrase: Int) -> [Argument] {
        // "to U.S. Secretary of State Hillary Clinton": the person a title names, not the title's state
        if let person = titledPerson(p, phrase) { return [Argument(mention: person, confidence: FactConfidence.Tree.attachedArgument)] }
        let named = namedArguments(p, phrase, confidence: FactConfidence.Tree.attachedArgument)
        if !named.isEmpty || p.mentionOf[phrase] != nil { return named }
        return p.dependents(phrase, base: "amod").compactMap { m in
            guard let mention = p.usableMention(m), p.view.mentions[mention].isDemonym, p.view.mentions[mention].type == .country else { return nil }
            return Argument(mention: mention, confidence: FactConfidence.Tree.attachedArgument - FactConfidence.Tree.judgedActPenalty)
        }
    }

    /// The person a title right after the name at `w` names ("U.S. Secretary of State Hillary Clinton"),
    /// whatever the parser hung him on (flat, a conjunct): the name is the title's state or body.
    func titledPerson(_ p: ParsedSentence, _ w: Int) -> Int? {
        guard let name = p.usableMention(w), p.view.mentions[name].type != .person, w + 1 < p.count else { return nil }
        let s = p.view
        // the title's words right after the name, then a person
        guard s.roleAt[p.tokensOf[w + 1].lowerBound] != nil else { return nil }
        var k = w + 1
        while k < p.count, p.mentionOf[k] == nil, s.roleAt[p.tokensOf[k].lowerBound] != nil || p.word(k, is: "of") { k += 1 }
        guard k < p.count, let person = p.usableMention(k), s.mentions[person].type == .person, p.head(k) == w || p.head(w) == k else { return nil }
        return person
    }

    /// The names the tree gives verb `w` for its agent: its subject (a relative pronoun standing for
    /// the name its clause hangs on: "X, who courted Y") or its `by` phrase.
    func agentNames(_ p: ParsedSentence, _ w: Int, passive: Bool) -> [Argument] {
        let agents = passive ? p.dependents(w, .oblAgent) : p.dependents(w, .nsubj)
        return agents.flatMap { a in
            let word = p.word(a, isIn: Self.relativePronouns) && p.label(w) == .aclRelcl ? (p.head(w) ?? a) : a
            return namedArguments(p, word, confidence: FactConfidence.Tree.coreArgument)
        }
    }

    /// The names the phrases among `phrases` whose preposition passes `preposition` give, each
    /// named as `namedArguments(_:_:confidence:)` names it: "from Serbia", "to the ICJ".
    func namedArguments(
        _ p: ParsedSentence, phrases: [Int], preposition: (String) -> Bool, confidence: Double = FactConfidence.Tree.attachedArgument
    ) -> [Argument] {
        phrases.filter { p.preposition($0).map(preposition) == true }.flatMap { namedArguments(p, $0, confidence: confidence) }
    }

    /// The names word `w` and the words coordinated with it are, themselves (no country of a
    /// title, no singular demonym: "learned Greek").
    func namedArguments(_ p: ParsedSentence, _ w: Int, confidence: Double) -> [Argument] {
        p.conjuncts(w).enumerated().compactMap { k, conjunct in
            guard let m = p.usableMention(conjunct), !(p.view.mentions[m].isDemonym && !p.words[conjunct].hasSuffix("s")) else { return nil }
            return Argument(mention: m, confidence: k == 0 ? confidence : confidence - FactConfidence.Tree.laterConjunctPenalty)
        }
    }
}
