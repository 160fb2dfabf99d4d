import KGModel

/// Finds actions on a sentence's dependency tree: a CAMEO verb or action noun and the mentions
/// the tree makes its arguments.
///
/// Where the word-window rules of `ActionExtractor` guess a verb's subject from the nearest
/// mention to its left, this reads it from the tree: `nsubj`, the `by` agent of a passive, the
/// controller of an infinitive (`agreed to meet`, `urged X to recognize`), the noun a relative or
/// participle clause hangs on, the subject of a verb it is coordinated with. Objects are `obj`,
/// `iobj` and the obliques whose preposition makes them a target (`against`, `on`, `with` for
/// reciprocal acts, `to` for moves and help, `between` for go-betweens), each with the mentions
/// coordinated with it. Nouns carry acts (`Turkey's recognition of Cyprus`, `sanctions on Iran`,
/// `mediator between X and Y`). Negated, modal and conditional clauses give nothing.
///
/// ```swift
/// // "Sweden threatened to block the deal with Turkey ." ->
/// //   Sweden -threaten-> ... (no entity object), and the threatened block is not done: no fact
/// // "Armenia and Azerbaijan agreed to a truce ." -> Armenia -agree-> Azerbaijan
/// ```
struct TreeActionExtractor {
    let lexicons: Lexicons
    /// Memoized: an extractor reads one document, asking the same words again and again.
    let lemmatizer: MemoizedLemmatizer?

    init(lexicons: Lexicons, lemmatizer: Lemmatizer? = nil) {
        self.lexicons = lexicons
        self.lemmatizer = lemmatizer.map(MemoizedLemmatizer.init)
    }

    /// A mention found as an argument, and how sure the path that found it is.
    struct Argument {
        var mention: Int
        var confidence: Double
    }

    func extract(_ p: ParsedSentence) -> [Fact] {
        let s = p.view
        guard s.range.count > 0, s.tokens[s.range.upperBound - 1].text != "?" else { return [] }
        var facts: [Fact] = []
        standings(&facts, p)
        for w in 0..<p.count where p.mentionOf[w] == nil {
            let word = p.words[w], hash = p.wordHashes[w]
            guard !ActionExtractor.nonVerbForms.contains(word, hash: hash) else { continue }
            // a title is no verb, but may name an act: "mediator", "negotiators"
            let isRole = s.roleAt[p.tokensOf[w].lowerBound] != nil
            if isVerbal(p, w), !isRole {
                // the lemma is made once: CAMEO's verbs first, then stopping and going verbs
                var entry = phrasalEntry(p, w) ?? lexicons.verbs[word, hash: hash]
                if entry == nil, let lemmatizer {
                    let lemma = lemmatizer.lemma(word, pos: p.tags[w])
                    entry =
                        verbEntry(lemma: lemma) ?? stoppingEntry(p, w, lemma: lemma) ?? leavingEntry(p, w, lemma: lemma) ?? easingEntry(p, w, lemma: lemma)
                        ?? cooperationEntry(p, w, lemma: lemma)
                    if entry == nil, isDestinationVerb(p, w, lemma: lemma) { journey(&facts, p, w, lemma: lemma) }
                    if entry == nil, Self.airliftLemmas.contains(lemma) { airlift(&facts, p, w, lemma: lemma) }
                    if entry == nil, Self.postingLemmas.contains(lemma) { posting(&facts, p, w, lemma: lemma) }
                    if entry == nil, Self.takingLemmas.contains(lemma) { taking(&facts, p, w, lemma: lemma) }
                    if entry == nil, Self.signingLightLemmas.contains(lemma) { signing(&facts, p, w, lemma: lemma) }
                    if entry == nil, Self.referralLemmas.contains(lemma) { referral(&facts, p, w, lemma: lemma) }
                    if entry == nil { uncodedClause(&facts, p, w, lemma: lemma) }
                }
                guard let entry, !ActionExtractor.controlOnly.contains(entry.lemma) else { continue }
                // "the party, led by X", "the Moscow-led CSTO": a standing the role rules state, not an act
                // ("headed by retired army chief X" though the parser reads "retired" as the participle's head)
                if RoleExtractor.leadershipParticiples.containsKey(word, hash: hash),
                    isPassive(p, w) || w > 0 && p.word(w - 1, is: "-") || w + 1 < p.words.count && p.word(w + 1, is: "by")
                {
                    continue
                }
                clause(&facts, p, w, vowedForce(p, w, entry) ?? entry)
            } else if p.tags[w].upos == .NOUN, let entry = nounEntry(p, w) {
                nominal(&facts, p, w, entry)
            }
        }
        return facts
    }

    /// Verbs of a solemn promise whose complement, an act of force, is a threat: "vowed to retaliate
    /// against North Korea", "swore to retake Heglig".
    static let vowLemmas: WordSet = ["vow", "swear"]
    /// Roots of force a vow of which is a threat (17 coerce to 20 mass violence).
    static let forceRoots: Set<CAMEORootCode> = [.coerce, .assault, .fight, .useUnconventionalMassViolence]

    /// The threat (13, under the vow's lemma) that a force verb `w` states as the complement of
    /// "vow" or "swear": nil elsewhere. The act itself is still to come; the vow is the fact.
    func vowedForce(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> VerbEntry? {
        guard Self.forceRoots.contains(entry.cameo), p.label(w) == .xcomp, let h = p.head(w) else { return nil }
        let vow = lemma(p, h)
        return Self.vowLemmas.contains(vow) ? VerbEntry(lemma: vow, cameo: .threaten) : nil
    }

    /// Whether any word of `stretch` outside the mentions is a CAMEO verb form, an action noun or an
    /// agent noun: a sentence without one states no act, and is not worth parsing.
    func mayNameAnAct(_ tokens: [Token], _ stretch: Range<Int>, view: SentenceView) -> Bool {
        stretch.contains { i in
            guard view.mentionAt[i] == nil, tokens[i].isWord else { return false }
            let word = tokens[i].lower, hash = tokens[i].lowerHash
            // speech alone ("X said ...") is the window rules' and the quote resolver's
            // (a declaration that does something is more: "declared X the winner", see `declaration`)
            if let entry = lexicons.verbs[word, hash: hash] {
                return !Self.speechLemmas.contains(entry.lemma) || entry.lemma == "declare" && mayDeclareAnAct(tokens, after: i, view: view)
            }
            // "turned down", "played down": a verb listed only with its particle (not any word before
            // "in" or "up", which would have nearly every sentence parsed)
            if i + 1 < stretch.upperBound, tokens.lower(i + 1, isIn: PhrasalVerbs.particles), let tag = view.tag(i),
                tag.upos == .VERB || tag.upos == .ADJ, let lemmatizer,
                lexicons.verbs.containsKey("\(lemmatizer.lemma(word, pos: tag)) \(tokens[i + 1].lower)")
            {
                return true
            }
            if lexicons.actionNouns.containsKey(word, hash: hash) || agentNounEntry(word) != nil || Self.goBetweenNouns.containsKey(word, hash: hash) {
                return true
            }
            if Self.goBetweenWayNouns.contains(word, hash: hash) || Self.exerciseNouns.contains(word, hash: hash) { return true }
            if Self.journeyNouns.contains(word, hash: hash) { return true }
            if Self.signatureNouns.containsKey(word, hash: hash) { return true }
            if Self.relationNouns.containsKey(word, hash: hash) { return true }
            // an inflection the table lacks ("sanctioning"): the tagger's reading decides later
            guard let tag = view.tag(i), tag.upos == .VERB, let lemmatizer else { return false }
            let lemma = lemmatizer.lemma(word, pos: tag)
            if Self.cooperationLemmas.contains(lemma) { return mayCooperate(tokens, after: i, view: view) }
            if Self.takingLemmas.contains(lemma) { return mayTake(tokens, after: i, view: view) }
            return lexicons.verbs.containsKey(lemma) || Self.destinationLemmas.contains(lemma) || Self.stoppingLemmas.contains(lemma)
                || Self.leavingLemmas.contains(lemma) || Self.referralLemmas.contains(lemma)
                || mayNameAnUncodedAct(lemma)
        }
    }

    /// A verb where it stands: tagged VERB, or a participle the tagger calls an adjective but the
    /// tree gives a clause's arguments.
    func isVerbal(_ p: ParsedSentence, _ w: Int) -> Bool {
        let tag = p.tags[w]
        if tag.upos == .VERB { return true }
        if tag.upos == .ADJ, tag.xpos == .VBN || tag.xpos == .JJ && p.words[w].hasSuffix("ed") {
            return !p.dependents(w, base: "nsubj").isEmpty || !p.dependents(w, .obj).isEmpty || !p.dependents(w, .oblAgent).isEmpty
        }
        return false
    }

    /// The CAMEO verb a word names, by its form or by its lemma.
    func verbEntry(_ p: ParsedSentence, _ w: Int) -> VerbEntry? {
        let word = p.words[w]
        if let entry = p.word(w, in: lexicons.verbs) { return entry }
        guard let lemmatizer else { return nil }
        return verbEntry(lemma: lemmatizer.lemma(word, pos: p.tags[w]))
    }

    /// The CAMEO entry of a lemma the lexicon lists as one ("condemn"), not as another's form.
    func verbEntry(lemma: String) -> VerbEntry? {
        guard let entry = lexicons.verbs[lemma], entry.lemma == lemma else { return nil }
        return entry
    }

    /// The lemma of any word, CAMEO verb or not ("held" -> "hold").
    func lemma(_ p: ParsedSentence, _ w: Int) -> String {
        if let entry = p.word(w, in: lexicons.verbs) { return entry.lemma }
        return lemmatizer?.lemma(p.words[w], pos: p.tags[w]) ?? p.words[w]
    }

    /// The act a noun names: a listed action noun ("recognition", "sanctions", "talks"), or an agent
    /// noun of a CAMEO verb ("mediator", "invaders"). A verb form is no act by itself: "the Indian
    /// state of X", "a $70 billion deal", "American forces".
    func nounEntry(_ p: ParsedSentence, _ w: Int) -> VerbEntry? {
        let word = p.words[w]
        // "a phone call with Erdogan": a call with a named side is a consultation, not an appeal
        if word == "call" || word == "calls", p.dependents(w, base: "nmod").contains(where: { p.preposition($0) == "with" }) {
            return VerbEntry(lemma: "call", cameo: .consult)
        }
        // "opened fire on Tajik positions": fire opened on a side is fighting it (not "a fire destroyed the market")
        if word == "fire", p.label(w) == .obj, let h = p.head(w), isVerbal(p, h), lemma(p, h) == "open" {
            return VerbEntry(lemma: "fire", cameo: .fight)
        }
        let hash = p.wordHashes[w]
        if let entry = lexicons.actionNouns[word, hash: hash] { return entry }
        if let entry = Self.goBetweenNouns[word, hash: hash] { return entry }
        // "visits to Athens", "a trip to Beijing": a journey noun the lexicon lists in no form is a visit
        if Self.journeyNouns.contains(word, hash: hash) { return VerbEntry(lemma: "visit", cameo: .consult) }
        // "acted as a channel between Riyadh and the Houthis": a way between two sides is a go-between
        if Self.goBetweenWayNouns.contains(word, hash: hash), p.dependents(w, base: "nmod").contains(where: { p.preposition($0) == "between" }) {
            return VerbEntry(lemma: "mediate", cameo: .consult)
        }
        // "held naval exercises with Greece": joint drills with a named side are material cooperation
        if Self.exerciseNouns.contains(word, hash: hash), p.dependents(w, base: "nmod").contains(where: { p.preposition($0) == "with" }) {
            return VerbEntry(lemma: "exercise", cameo: .engageInMaterialCooperation)
        }
        // a gerund read as a noun names its verb's act: "the backing of Hezbollah", "the shelling of X"
        if word.hasSuffix("ing"), let entry = lexicons.verbs[word, hash: hash], entry.lemma != word { return entry }
        // "scorn from Canada", "pressure from London": a verb's own form as a noun names its act when a
        // named side does it
        if let entry = verbEntry(lemma: word), hasNamedSource(p, w) { return entry }
        return agentNounEntry(word)
    }

    /// Nouns for a go-between that no mediation verb derives: "acted as an intermediary for X and Y".
    /// (Word tables, this and `signatureNouns`: `mayNameAnAct` asks them of every word it reads.)
    static let goBetweenNouns = WordTable<VerbEntry>(
        Dictionary(
            uniqueKeysWithValues: ["intermediary", "intermediaries", "interlocutor", "interlocutors", "broker", "brokers"].map {
                ($0, VerbEntry(lemma: "mediate", cameo: .consult))
            }))

    /// Nouns for military exercises, which are held with another side: "exercises", "drills", "manoeuvres".
    static let exerciseNouns: WordSet = WordLists.wordSet("TreeActionExtractor.exerciseNouns")

    /// Nouns for a way between places that stand for a go-between when they link two sides: "a channel
    /// between X and Y" (not "a TV channel").
    static let goBetweenWayNouns: WordSet = WordLists.wordSet("TreeActionExtractor.goBetweenWayNouns")

    /// "mediator" -> mediate, "negotiators" -> negotiate, "attackers" -> attack, "invader" -> invade; an
    /// office's title is no act ("adviser", "commander").
    func agentNounEntry(_ word: String) -> VerbEntry? {
        var stem = word
        if stem.hasSuffix("s") { stem.removeLast() }
        // "leaders of the CSTO", "the head of X": an office, not an act of leading
        guard stem.count > 5, !RoleExtractor.leadershipOffices.contains(stem) else { return nil }
        var candidates: [String] = []
        if stem.hasSuffix("or") { candidates.append(String(stem.dropLast(2)) + "e"); candidates.append(String(stem.dropLast(2))) }
        if stem.hasSuffix("er") { candidates.append(String(stem.dropLast(2))); candidates.append(String(stem.dropLast(1))) }
        for candidate in candidates {
            guard let entry = lexicons.verbs[candidate], entry.lemma == candidate else { continue }
            // "Guterres's special adviser on Cyprus", "the army commander, General X": an office its holder
            // fills, not an act on what it is of (a go-between's office is: "mediator between X and Y")
            if lexicons.roles.contains(stem), !ActionExtractor.goBetweenLemmas.contains(entry.lemma) { return nil }
            return entry
        }
        return nil
    }

    /// A reciprocal act of several sides: each acts on each other ("Ethiopia and Eritrea fought a war").
    func addBothWays(
        _ facts: inout [Fact], _ p: ParsedSentence, _ sides: [Argument], _ verb: VerbEntry, at w: Int, confidence: Double, file: StaticString = #fileID, line: UInt = #line
    ) {
        addBothWays(&facts, p, sides, action: verb.lemma, cameo: .root(verb.cameo), at: w, confidence: confidence, file: file, line: line)
    }

    /// Each side's act `action` (coded `cameo`) on every other side: a reciprocal act.
    func addBothWays(
        _ facts: inout [Fact], _ p: ParsedSentence, _ sides: [Argument], action: String, cameo: CAMEOCode, at w: Int, confidence: Double, file: StaticString = #fileID, line: UInt = #line
    ) {
        for side in sides {
            add(
                &facts, p, [side], action: action, cameo: cameo, sides.filter { $0.mention != side.mention }, at: w, confidence: confidence,
                file: file, line: line)
        }
    }

    func add(
        _ facts: inout [Fact], _ p: ParsedSentence, _ actors: [Argument], _ verb: VerbEntry, _ targets: [Argument], at w: Int,
        confidence: Double, file: StaticString = #fileID, line: UInt = #line
    ) {
        add(&facts, p, actors, action: verb.lemma, cameo: .root(verb.cameo), targets, at: w, confidence: confidence, file: file, line: line)
    }

    /// Each actor's act `action` (coded `cameo`) on each target, stated by the words from the first of
    /// them and word `w` to the last.
    func add(
        _ facts: inout [Fact], _ p: ParsedSentence, _ actors: [Argument], action: String, cameo: CAMEOCode, _ targets: [Argument], at w: Int,
        confidence: Double, file: StaticString = #fileID, line: UInt = #line
    ) {
        let s = p.view
        for actor in actors {
            // ("holds the rotating presidency of UNASUR": to hold as to detain is done to people only)
            for target in targets
            where actor.mention != target.mention
                && !ActionExtractor.isDetentionOfNoPerson(action: action, cameo: cameo, objectType: s.mentions[target.mention].type)
            {
                let a = s.mentions[actor.mention], t = s.mentions[target.mention]
                let at = p.tokensOf[w]
                let from = min(a.range.lowerBound, at.lowerBound, t.range.lowerBound)
                let to = max(a.range.upperBound, at.upperBound, t.range.upperBound)
                let anaphoric = a.group.count + t.group.count > 0
                let sure =
                    min(confidence, actor.confidence, target.confidence) - Double(to - from) * FactConfidence.Tree.perWordOfSpan
                    - (anaphoric ? FactConfidence.standInPenalty : 0) - (a.isPronoun || t.isPronoun ? FactConfidence.pronounPenalty : 0)
                for subject in a.entities {
                    for object in t.entities where subject != object {
                        facts.append(
                            Fact(
                                subject: subject, object: object, action: action, cameo: cameo, kind: .action,
                                sentence: s.index, span: s.span(from, to), confidence: max(FactConfidence.floor, sure), file: file, line: line))
                    }
                }
            }
        }
    }
}

extension [TreeActionExtractor.Argument] {
    /// The same arguments, a step less sure: found through another word's (a controller's subject, the
    /// verb an answered demand is the object of).
    var inherited: [TreeActionExtractor.Argument] {
        map { TreeActionExtractor.Argument(mention: $0.mention, confidence: $0.confidence - FactConfidence.Tree.inheritedPenalty) }
    }
}
