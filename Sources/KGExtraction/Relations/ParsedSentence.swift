/// A sentence with its dependency tree, read in folded words: each multi-word mention is one word
/// of the tree (see `MentionFolding`), so an argument of a verb is a mention or it is not.
///
/// ```swift
/// // "The Kenyan Defence Forces struck Somalia ." parsed as "Kenya struck Somalia ."
/// parsed.mention(of: 0)         // the mention of the Kenyan Defence Forces
/// parsed.dependents(1, .obj)    // [2]
/// ```
struct ParsedSentence {
    let view: SentenceView
    let tree: DependencyTree
    /// The tokens each word of the tree stands for.
    let tokensOf: [Range<Int>]
    let tags: [PartOfSpeech]
    let children: [[Int]]
    /// Lower-cased text of each word (the first token of a folded mention).
    let words: [String]
    /// Each word's `WordHash`, as its token keeps it: for the word tables.
    let wordHashes: [UInt64]
    /// The mention each word is, if it is one.
    let mentionOf: [Int?]

    init?(view: SentenceView, tree: DependencyTree, folded: MentionFolding.Folded, tags: [PartOfSpeech]) {
        let count = folded.words.count
        guard tree.isWellFormed(count: count), tags.count == count else { return nil }
        self.view = view
        let words = folded.tokensOf.map { view.lower($0.lowerBound) }
        let wordHashes = folded.tokensOf.map { view.range.contains($0.lowerBound) ? view.tokens[$0.lowerBound].lowerHash : WordHash.of("") }
        // which words are the repairs' literals, told by their kept hashes first (a failing `==` of
        // two strings is a call into the runtime) in one pass over the words
        let literals = SentenceLiteralWords(words: words, hashes: wordHashes)
        let mentionOf = folded.tokensOf.map { range in range.lazy.compactMap { view.mentionAt[$0] }.first }
        let commas = literals[.comma], ofWords = literals[.of], ands = literals[.and]
        let people = mentionOf.map { $0.map { view.mentions[$0].type == .person } ?? false }
        let names = mentionOf.map { $0 != nil }
        let titles = folded.tokensOf.map { view.roleAt[$0.lowerBound] != nil }
        let said = literals.either(.said, .says)
        let relativeWords = zip(literals.either(.which, .who), literals[.whom]).map { $0 || $1 }
        let finiteVerbs = tags.map { $0.upos == .VERB && ($0.xpos == .VBD || $0.xpos == .VBZ || $0.xpos == .VBP) }
        let commonNouns = tags.map { $0.upos == .NOUN }
        let verbs = tags.map { $0.upos == .VERB }, gerunds = tags.map { $0.xpos == .VBG }
        let appealForms = words.indices.map { DependencyTree.appealPastForms.contains(words[$0], hash: wordHashes[$0]) }
        // (denials matter only beside an appeal: most sentences have none, and skip the pass)
        let denials = appealForms.contains(true) ? words.indices.map { DependencyTree.denialForms.contains(words[$0], hash: wordHashes[$0]) } : []
        // (three repairs' word lists are looked up only in a sentence with the literal each needs
        // beside them, "on", "to" or "what": none changes a tree without it, and given no list a
        // repair returns the tree as it is)
        let ons = literals[.on], tos = literals[.to], whats = literals[.what]
        let weekdays = ons.contains(true) ? folded.tokensOf.map { view.lower($0.lowerBound, isIn: Self.weekdays) } : []
        let commenting = tos.contains(true) ? folded.tokensOf.map { view.lower($0.lowerBound, isIn: TreeActionExtractor.commentingParticiples) } : []
        let hedging = whats.contains(true) ? folded.tokensOf.map { view.lower($0.lowerBound, isIn: ActionExtractor.hedgingForms) } : []
        let tree = tree.withSecondSubjectsAsAppositions(commas: commas, commonNouns: commonNouns)
            .withNamesAfterTitlesInTheirPlace(names: names, titles: titles, commonNouns: commonNouns)
            .withWeekdayVerbsAsRoots(verbs: verbs, gerunds: gerunds, weekdays: weekdays, ons: ons)
            .withPeopleConjoinedAcrossOfPhrases(people: people, ofWords: ofWords)
            .withPeopleListedAfterTitleBodies(people: people, ofWords: ofWords, commas: commas)
            .withNamesBeforeTitlesAsCompounds(names: names, titles: titles, people: people)
            .withTitledPeopleListedAsConjuncts(people: people, titles: titles, commas: commas)
            .withOpeningAppositionsAsSubjects(people: people, commas: commas)
            .withAppositionsBeforeConjoinedVerbs(names: names, commas: commas)
            .withTitlePlacesPassedToAppositions(people: people, names: names, titles: titles, commas: commas)
            .withCommentingParticiplesRaised(commas: commas, commenting: commenting, infinitiveMarks: tos)
            .withHedgedObjectsPassedOn(whats: whats, namingVerbs: hedging)
            .withTrailingParticiplesAsAdverbials(commas: commas, gerunds: gerunds, verbs: verbs)
            .withCaselessAgentsAsObjects(byWords: literals[.by])
            .withRecipientsOfConjoinedObjectsOnTheirVerbs(
                transferVerbs: tos.contains(true) ? folded.tokensOf.map { view.lower($0.lowerBound, isIn: DependencyTree.transferForms) } : [],
                toWords: tos
            )
            .withAgentsOfPassivesRaisedFromAdverbials(byWords: literals[.by], names: names)
            .withPossessorsOfFollowingPhrases(possessiveMarks: literals[.possessive])
            .withPeopleJoinedAsConjuncts(people: people, coordinators: ands)
            .withListedNamesAsConjuncts(names: names, commas: commas, coordinators: ands)
            .withSubjectsBeforeOfGerundsAsObjects(ofWords: ofWords, gerunds: gerunds)
            .withPastFormsConjoinedPastGerunds(gerunds: gerunds, pastForms: tags.map { $0.upos == .VERB && ($0.xpos == .VBD || $0.xpos == .VBN) }, finiteVerbs: finiteVerbs)
            .withVerbsAfterAttributionsConjoined(speechVerbs: said, commas: commas)
            .withAppealsAfterReportsConjoined(speechVerbs: said, appealForms: appealForms, denials: denials)
            .withRelativeObjects(relativePronouns: folded.tokensOf.map { view.lower($0.lowerBound, isIn: TreeActionExtractor.relativePronouns) })
            .withRelativeClausesOnTheirNouns(
                relativePronouns: relativeWords, commas: commas,
                nominals: tags.map { $0.upos == .NOUN || $0.upos == .PROPN }
            )
            .withSummingNounClauses(
                summingNouns: folded.tokensOf.map { TreeActionExtractor.isSummingNoun(view, $0.lowerBound) },
                names: names
            )
            .withRelativeClausesClosed(
                relativePronouns: relativeWords, commas: commas, names: names,
                finiteVerbs: finiteVerbs, adverbs: tags.map { $0.upos == .ADV }
            )
            .withWhoseClausesClosed(
                whose: literals[.whose], commas: commas, names: names, finiteVerbs: finiteVerbs,
                pastParticiples: tags.map { $0.upos == .VERB && $0.xpos == .VBN })
        self.tree = tree
        self.tokensOf = folded.tokensOf
        self.tags = tags
        children = tree.childLists()
        self.words = words
        self.wordHashes = wordHashes
        self.mentionOf = mentionOf
    }

    /// `DateWord.weekdays`' names, looked up by the hashes the tokens keep.
    private static let weekdays = WordSet(DateWord.weekdays.keys)

    /// Whether word `w` is one of `set`, from the hash its token keeps.
    @inline(__always)
    func word(_ w: Int, isIn set: WordSet) -> Bool { set.contains(words[w], hash: wordHashes[w]) }

    /// Whether word `w` is a key of `table`, from the hash its token keeps.
    @inline(__always)
    func word<Value>(_ w: Int, isIn table: WordTable<Value>) -> Bool { table.containsKey(words[w], hash: wordHashes[w]) }

    /// `table[words[w]]`, from the hash word `w`'s token keeps.
    @inline(__always)
    func word<Value>(_ w: Int, in table: WordTable<Value>) -> Value? { table[words[w], hash: wordHashes[w]] }

    var count: Int { words.count }

    func label(_ w: Int) -> DependencyLabel { tree.labels[w] }

    func head(_ w: Int) -> Int? { tree.heads[w] }

    /// The dependents of `w` with exactly this label.
    func dependents(_ w: Int, _ label: DependencyLabel) -> [Int] { children[w].filter { tree.labels[$0] == label } }

    /// The dependents of `w` whose label's universal part is `base` (`obl` finds `obl:tmod` too).
    func dependents(_ w: Int, base: String) -> [Int] { children[w].filter { tree.labels[$0].base == base } }

    /// The preposition (`case`) of a nominal: "on" for "sanctions on Iran"'s Iran.
    func preposition(_ w: Int) -> String? {
        children[w].first { tree.labels[$0].base == "case" }.map { words[$0] }
    }

    /// `w` and the words conjoined with it: "Chile, Peru and Bolivia" from "Chile".
    func conjuncts(_ w: Int) -> [Int] {
        var out = [w]
        var k = 0
        while k < out.count, out.count < 12 {
            for c in dependents(out[k], .conj) where !out.contains(c) { out.append(c) }
            k += 1
        }
        return out
    }

    /// The mention index of word `w`, unless it only modifies a compound (`pro-Russian`).
    func usableMention(_ w: Int) -> Int? {
        guard let m = mentionOf[w], !view.mentions[m].modifierOnly else { return nil }
        return m
    }
}
