import KGModel

/// What a declaration does, where "declare" is more than speech: "declared Maduro the winner",
/// "declared the ambassador persona non grata", "declared independence from Serbia", "declared a
/// state of emergency in the Caprivi Strip". "declared that ..." stays speech, no act.
extension TreeActionExtractor {
    /// Words of a small clause after a declared object, and the act each makes of the declaration:
    /// proclaiming a result (01), expelling or disowning (16), putting a place under force (17).
    static let declaredStandings: WordTable<CAMEORootCode> = [
        "winner": .makePublicStatement, "victor": .makePublicStatement, "grata": .reduceRelations, "enemy": .reduceRelations,
        "zone": .coerce,
    ]

    /// Nouns of a state of exception declared over a place ("a state of emergency in X", "a curfew on X").
    static let exceptionNouns: WordSet = ["emergency", "curfew", "siege"]

    /// Prepositions that name where a state of exception is declared.
    static let exceptionPlacePrepositions: WordSet = ["in", "across", "on", "over", "for"]

    /// Words of what a declaration that is an act declares, looked for in the sentence before it is parsed.
    static let declaredWords = WordSet(Array(declaredStandings.dictionary.keys) + Array(exceptionNouns.set) + ["independence"])

    /// Whether the words after a "declare" at token `i` name something declared that makes it an act (a
    /// sentence with no other act word is parsed only then).
    func mayDeclareAnAct(_ tokens: [Token], after i: Int, view: SentenceView) -> Bool {
        ((i + 1)..<min(view.range.upperBound, i + 25)).contains { tokens[$0].isWord && Self.declaredWords.contains(tokens[$0].lower, hash: tokens[$0].lowerHash) }
    }

    /// The act a "declare" at `w` states and whom it is aimed at (nil: its object, as for any verb); nil
    /// when it declares none of these (then read as any verb of speech).
    ///
    /// ```swift
    /// // "Kosovo declared independence from Serbia" -> (declare/16, [Serbia])
    /// // "The commission declared Sargsyan the winner" -> (declare/01, nil: the object, Sargsyan)
    /// // "Kenya declared that the talks had failed" -> nil (no object: no act)
    /// ```
    func declaration(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> (entry: VerbEntry, targets: [Argument]?)? {
        let objects = p.dependents(w, .obj)
        // the phrases of the verb and of its object: the parser hangs "from Serbia" on either
        // ("a state of emergency in Yerevan": or on the noun of the exception inside the object)
        let objectPhrases = objects.flatMap { p.dependents($0, base: "nmod") }
        let phrases = p.dependents(w, base: "obl") + objectPhrases + objectPhrases.flatMap { p.dependents($0, base: "nmod") }
        if objects.contains(where: { p.word($0, is: "independence") }) {
            let from = namedArguments(p, phrases: phrases, preposition: { $0 == "from" })
            return from.isEmpty ? nil : (VerbEntry(lemma: entry.lemma, cameo: .reduceRelations), from)
        }
        let exception = objects.contains { o in
            p.word(o, isIn: Self.exceptionNouns) || p.dependents(o, base: "nmod").contains { p.word($0, isIn: Self.exceptionNouns) }
        }
        if exception {
            let places = namedArguments(p, phrases: phrases, preposition: Self.exceptionPlacePrepositions.contains)
            return places.isEmpty ? nil : (VerbEntry(lemma: entry.lemma, cameo: .coerce), places)
        }
        // a small clause: the object, then what it is declared to be (past an apposition: "declared Ivan
        // Velasquez, head of the International Commission against Impunity in Guatemala (CICIG), persona non grata")
        // (read in the sentence's words: the parsed stretch may end before them)
        let s = p.view
        guard let first = objects.min() else { return nil }
        let after = p.tokensOf[first].upperBound
        guard let standing = (after..<min(s.range.upperBound, after + 20)).lazy.compactMap({ s.lower($0, in: Self.declaredStandings) }).first else { return nil }
        // ("declared Mexico's ambassador, Raquel Serur, persona non grata": the envoy named beside the object)
        let envoys = (objects.flatMap { p.dependents($0, .appos) } + p.dependents(w, base: "obl")).filter { p.usableMention($0).map { p.view.mentions[$0].type == .person } == true }
        let envoyTargets = envoys.flatMap { namedArguments(p, $0, confidence: FactConfidence.Tree.attachedArgument) }
        return (VerbEntry(lemma: entry.lemma, cameo: standing), envoyTargets.isEmpty ? nil : envoyTargets)
    }
}
