import KGModel

/// Finds actions: a CAMEO verb (or the noun that carries it) between entity mentions.
///
/// Which words are verbs, and how they are used, comes from the part-of-speech tagger: each
/// sentence naming two entities is tagged once (`SentenceView.partsOfSpeech`), so "the attack"
/// is a noun and "attacked" a verb, "was condemned by" (be + VBN) is passive, "accusing" after a
/// comma is a participle, "to recognize" an infinitive. Which verbs are actions, and their CAMEO
/// root codes, comes from the CAMEO lexicon (`verbs.tsv`), with the lemmatizer for forms it lacks.
///
/// Handles active and passive voice (`by` agent, `X, backed by Y,`), coordinated subjects and
/// objects, relative clauses (`X, who ..., accused Y`), control (`X ordered Y to enter Z`, `X's
/// decision to recognise Z`), possessive and nominal actions (`Turkey's recognition of Northern
/// Cyprus`, `held talks with X`), compounds (`Iranian-backed Houthis`), and skips negated, denied,
/// forecast, hypothetical and questioned verbs.
///
/// ```swift
/// // "Syria was condemned by the Arab League." -> Fact(Arab League, "condemn", Syria, cameo .root(.disapprove))
/// ```
struct ActionExtractor {
    let lexicons: Lexicons
    /// Finds the CAMEO lemma of verb forms the inflection table lacks; nil keeps to the table.
    /// (Memoized: an extractor reads one document, asking the same words again and again.)
    let lemmatizer: MemoizedLemmatizer?

    init(lexicons: Lexicons, lemmatizer: Lemmatizer? = nil) {
        self.lexicons = lexicons
        self.lemmatizer = lemmatizer.map(MemoizedLemmatizer.init)
    }

    /// ", who|which ...": the words that open a relative clause after a comma. Word sets, not array
    /// literals: a literal's array was made and destroyed at every word of every sentence.
    static let commaRelativePronouns: WordSet = ["who", "which", "whose"]
    /// The marks that close a relative, participle or apposition clause.
    static let clauseClosers: WordSet = [",", ".", ";"]

    func extract(_ s: SentenceView) -> [Fact] {
        var facts: [Fact] = []
        let isQuestion = s.tokens[s.range.upperBound - 1].text == "?"
        if isQuestion { return [] }
        // relative clauses ", who|which ..." : [start, end) and the antecedent mention
        var relative: [(range: Range<Int>, antecedent: Int?)] = []
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let commaRelativePronouns = Self.commaRelativePronouns
        for i in s.range where s.lower(i, isIn: commaRelativePronouns) && s.lower(i - 1, is: ",") {
            var j = i + 1
            while s.range.contains(j), !s.lower(j, isIn: Self.clauseClosers) { j += 1 }
            // "who pressed ahead despite objections from the United States, Turkey and Iran, called on X":
            // the commas of a list of names inside the clause do not close it
            while s.lower(j, is: ","), let before = s.mention(endingBefore: j), let last = coordinatedRight(s, before).last, last != before {
                j = s.mentions[last].range.upperBound
                while s.range.contains(j), !s.lower(j, isIn: Self.clauseClosers) { j += 1 }
            }
            // "whose chairman is Nigeria's military ruler, General Sani Abacha, backed X": a person set off
            // by commas after the clause's last noun is in apposition to it, inside the clause
            if s.lower(j, is: ",") {
                if let m = s.mention(startingAt: RoleExtractor.pastRanks(s, from: j + 1, atMost: 2)), s.mentions[m].type == .person, s.lower(s.mentions[m].range.upperBound, is: ",") {
                    j = s.mentions[m].range.upperBound
                }
            }
            relative.append((i - 1..<j, s.mention(endingBefore: i - 1)))
        }
        // participle clauses: "X, backed by Y, attacked Z", "X, speaking in Y, accused Z" (closed by a
        // second comma; a subject's, not an object's: "attacked Y, killing Z," is the attacker's)
        for i in s.range where s.lower(i, is: ",") && (s.xpos(i + 1) == .VBN && s.lower(i + 2, is: "by") || s.xpos(i + 1) == .VBG) {
            // "its forces, led by Senegal with support from Nigeria, entered X": after a common noun too
            // the clause is set off, and the names in it are no subject of the verb after it
            if s.mention(endingBefore: i) == nil, s.xpos(i + 1) == .VBN, s.tag(i - 1)?.upos == .NOUN {
                var j = i + 3
                while s.range.contains(j), j < i + 16, !s.lower(j, isIn: Self.clauseClosers) { j += 1 }
                if s.lower(j, is: ",") { relative.append((i..<(j + 1), nil)) }
                continue
            }
            // (a subject, not a name inside a phrase: "overran the town of Palma, killing ...")
            guard let antecedent = s.mention(endingBefore: i),
                !(s.range.lowerBound..<s.mentions[antecedent].range.lowerBound).contains(where: { isVerbUse(s, $0) }),
                governingPreposition(s, titledStart(s, antecedent)) == nil
            else { continue }
            var j = i + 3
            while s.range.contains(j), j < i + 16, !s.lower(j, isIn: Self.clauseClosers) { j += 1 }
            if s.lower(j, is: ",") { relative.append((i..<(j + 1), antecedent)) }
        }
        // appositions: "X, a 40-year-old lawyer from Mombasa, Kenya, was ..." (closed by a second comma)
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let articles = WordSet.articles
        for i in s.range where s.lower(i, is: ",") && s.lower(i + 1, isIn: articles) || s.lower(i, is: ",") && s.roleAt[i + 1] != nil {
            guard let antecedent = s.mention(endingBefore: i) else { continue }
            var j = i + 1
            var commas = 0
            var end: Int?
            while s.range.contains(j), j < i + 16, ![".", ";"].contains(s.lower(j)) {
                if s.lower(j, is: ",") {
                    commas += 1
                    // "from Mombasa, Kenya," keeps going: a place after a comma continues the apposition
                    if let m = s.mention(startingAt: j + 1), s.mentions[m].type != .person, s.lower(s.mentions[m].range.upperBound, is: ",") {
                        j = s.mentions[m].range.upperBound
                        continue
                    }
                    end = j
                    break
                }
                if isVerbUse(s, j) { break }
                j += 1
            }
            if let end { relative.append((i..<(end + 1), antecedent)) }
        }
        var objectsOfVerb: [Int: [Int]] = [:]  // verb token -> object mentions (for control)
        var subjectsOfVerb: [Int: [Int]] = [:]
        var supported = Set<Int>()  // action nouns after a support verb: "held talks"

        for v in s.range {
            let t = s.tokens[v]
            guard t.isWord, s.mentionAt[v] == nil, s.roleAt[v] == nil else { continue }
            // "Iranian-backed Houthis": a compound verb after a mention
            if t.attached, s.lower(v - 1, is: "-"), let actor = s.mention(endingBefore: v - 1), let verb = lexicons.verbs[t.lower, hash: t.lowerHash],
                t.lower.hasSuffix("ed")
            {
                var j = v + 1
                // (not past a preposition: "U.S.-brokered peace deal in Washington" brokered no Washington;
                // nor past a verb: "Russian-backed separatists seized Donetsk" backed no Donetsk)
                while s.range.contains(j), j <= v + 3, s.mention(startingAt: j) == nil, s.tokens[j].isWord, s.tag(j)?.upos != .ADP,
                    !(s.tag(j).map { CoordinatedClauses.finiteVerbTags.contains($0.xpos) || $0.xpos == .VBN } ?? false)
                {
                    j += 1
                }
                if s.mention(startingAt: j) == nil, Self.mediationLemmas.contains(verb.lemma) {
                    // "Serbia and Kosovo strike EU-brokered deal": the deal's sides open the sentence
                    add(&facts, s, [actor], verb, openingSides(s, before: s.mentions[actor].range.lowerBound), v, FactConfidence.Window.fusedParticiple)
                    continue
                }
                if let object = s.mention(startingAt: j) ?? appositionNamed(s, participlePhrase: s.mentions[actor].range.lowerBound, nounEnd: j) {
                    // "the Moscow-led CSTO": leading a body is a standing in it, not an act toward it
                    if let role = RoleExtractor.leadershipParticiples[t.lower, hash: t.lowerHash] {
                        for subject in s.mentions[actor].entities where s.mentions[actor].type != .location {
                            for body in s.mentions[object].entities where body != subject && s.mentions[object].type == .organization {
                                facts.append(
                                    Fact(
                                        subject: subject, object: body, action: role, cameo: .role, kind: .role, sentence: s.index,
                                        span: s.span(s.mentions[actor].range.lowerBound, s.mentions[object].range.upperBound),
                                        confidence: FactConfidence.Role.sideClause))
                            }
                        }
                    } else {
                        add(&facts, s, [actor], verb, [object], v, FactConfidence.Window.fusedParticiple)
                    }
                }
                continue
            }
            // control verbs ("begin", "decide") are no actions, but their subject carries on to the infinitive
            if let verb = verb(s, v), Self.controlOnly.contains(verb.lemma), isVerbUse(s, v),
                let subj = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
            {
                subjectsOfVerb[v] = [subj]
                continue
            }
            // "X, who heads the Council": a role the RoleExtractor states, not a movement
            if RoleExtractor.leadershipVerbs.containsKey(t.lower, hash: t.lowerHash), s.lower(v - 1, is: "who"), s.lower(v - 2, is: ",") { continue }
            // "the party, led by X,": a role too
            if RoleExtractor.leadershipParticiples.containsKey(t.lower, hash: t.lowerHash), s.lower(v + 1, is: "by") { continue }
            if let verb = verb(s, v), !Self.nonVerbForms.contains(t.lower, hash: t.lowerHash), !Self.controlOnly.contains(verb.lemma) {
                // a noun after a determiner or a demonym: "the move", "Rwandan forces"
                if !isVerbUse(s, v) {
                    // "a travel ban": an act noun before another names the kind of the second, no act
                    let modifiesActNoun =
                        s.range.contains(v + 1) && s.tokens[v + 1].isWord && !s.tokens[v + 1].isCapitalized
                        && lexicons.actionNouns[s.tokens[v + 1].lower, hash: s.tokens[v + 1].lowerHash] != nil
                    if !modifiesActNoun, let noun = supported.contains(v) ? actionNoun(s, v) : lexicons.actionNouns[t.lower, hash: t.lowerHash] {
                        nominal(&facts, s, v, noun, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
                    }
                    continue
                }
                if isNegatedOrHypothetical(s, v) { continue }
                // "criticised what he called Saudi adventurism": a hedge naming what another verb acts on
                if Self.hedgingForms.contains(t.lower, hash: t.lowerHash), s.lower(v - 2, is: "what") { continue }
                if Self.reportsSpeech(verb.lemma, telling: true) {
                    if let subj = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) {
                        subjectsOfVerb[v] = [subj]
                    }
                    speech(&facts, s, v, verb, relative: relative)
                    continue
                }
                let passive = isPassive(s, v)
                var subjects: [Int] = []
                var objects: [Int] = []
                if passive {
                    subjects = agent(s, v)
                    if let o = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) { objects = coordinatedLeft(s, o) }
                } else {
                    if let subj = subject(s, v, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) {
                        subjects = coordinatedLeft(s, subj)
                    }
                    objects = Self.clauseOnlyLemmas.contains(verb.lemma) ? [] : object(s, v, lemma: verb.lemma, violent: verb.cameo.isViolent)
                }
                // "the two provinces that Morocco recognized": the antecedent is the object, unless the
                // verb has an object of its own ("told X that Egypt supported the army")
                let timePhrase =
                    ["last", "this", "next", "on", "in", "earlier", "later"].contains(s.lower(v + 1))
                    || s.lower(v + 1, isIn: NameCues.calendarWords)
                let ownObject = !timePhrase && (s.tag(v + 1).map { [.DET, .NOUN, .PROPN, .PRON, .NUM, .ADJ].contains($0.upos) } ?? false)
                if !passive, objects.isEmpty, !ownObject, let first = subjects.first,
                    ["that", "which"].contains(s.lower(s.mentions[first].range.lowerBound - 1))
                {
                    var k = s.mentions[first].range.lowerBound - 2
                    if s.lower(k, is: ",") { k -= 1 }  // "the two areas, which he recognized"
                    while s.range.contains(k), k >= s.mentions[first].range.lowerBound - 8, !isVerbUse(s, k),
                        !s.lower(k, isIn: NameCues.calendarWords), !s.lower(k, is: ",")
                    {
                        if let m = s.mentionAt[k] {
                            let span = s.mentions[m]
                            let partOf = span.type == .country && s.lower(span.range.lowerBound - 1, is: "of") || governingPreposition(s, span.range.lowerBound) == "of"
                            if !partOf { objects = [m]; break }
                            k = span.range.lowerBound - 1
                            continue
                        }
                        k -= 1
                    }
                }
                // "X and Y met": a reciprocal verb with two subjects links them, each side acting on the other
                // ("X and Y agreed to respond" is an agreement on an act, not with each other)
                if objects.isEmpty, subjects.count >= 2, Self.reciprocalLemmas.contains(verb.lemma), !passive,
                    !(s.lower(v + 1, is: "to") && isInfinitive(s, v + 2)), !["that", "to"].contains(s.lower(v + 1)),
                    !isAskedOrPurposed(s, v, subjects: subjects)
                {
                    for side in subjects {
                        add(&facts, s, [side], verb, subjects.filter { $0 != side }, v, FactConfidence.Window.reciprocalSubjects)
                    }
                }
                subjectsOfVerb[v] = subjects
                objectsOfVerb[v] = objects
                // "held talks with X", "gave a speech to X": the noun carries the action, not "hold" (detain)
                // "struck a deal with X": an agreement, not a blow; "held joint drills with X": exercises, no detention
                if Self.supportLemmas.contains(verb.lemma) || verb.lemma == "strike" || verb.lemma == "seal", !passive,
                    let noun = firstNoun(s, after: v),
                    s.lower(noun, isIn: Self.agreementNouns)
                        || Self.supportLemmas.contains(verb.lemma)
                            && (actionNoun(s, noun) != nil || s.lower(noun, isIn: Self.communicationNouns)
                                || s.lower(noun, isIn: TreeActionExtractor.exerciseNouns))
                {
                    supported.insert(noun)
                    continue
                }
                if !subjects.isEmpty && !objects.isEmpty {
                    add(
                        &facts, s, subjects, Self.objectCoded(verb, s, v), objects, v,
                        passive ? FactConfidence.Window.passiveClause : FactConfidence.Window.activeClause)
                }
                continue
            }
            if let noun = lexicons.actionNouns[t.lower, hash: t.lowerHash] { nominal(&facts, s, v, noun, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb) }
        }
        communication(&facts, s, subjectsOfVerb: subjectsOfVerb)
        received(&facts, s, relative: relative, subjectsOfVerb: subjectsOfVerb, objectsOfVerb: objectsOfVerb)
        return facts
    }

    /// The action a noun names: listed action nouns ("condemnation"), and CAMEO verb forms the tagger
    /// reads as nouns ("talks", "the attack").
    func actionNoun(_ s: SentenceView, _ i: Int) -> VerbEntry? {
        if let entry = s.lower(i, in: lexicons.actionNouns) { return entry }
        guard let tag = s.tag(i), tag.upos == .NOUN, let entry = s.lower(i, in: lexicons.verbs), !Self.controlOnly.contains(entry.lemma) else { return nil }
        return entry
    }

    /// `verb` as what it acts on codes it: a message of a kind sent is that act ("sent Kagame a message
    /// of congratulations": congratulate, CAMEO 05; `sentMessageAct`); breaking a tie is a cut in
    /// relations ("broke off diplomatic relations with X": CAMEO 16), no blow (as the tree reads it:
    /// `TreeActionExtractor.relationsNouns`).
    static func objectCoded(_ verb: VerbEntry, _ s: SentenceView, _ v: Int) -> VerbEntry {
        if TreeActionExtractor.sendingLemmas.contains(verb.lemma), let act = sentMessageAct(s, v) { return act }
        guard verb.cameo.isViolent else { return verb }
        var i = v + 1
        while s.range.contains(i), i <= v + 4, s.lower(i, is: "off") || s.lower(i, isIn: Self.determiners) || s.tag(i)?.upos == .ADJ { i += 1 }
        return s.lower(i, isIn: TreeActionExtractor.relationsNouns) ? VerbEntry(lemma: verb.lemma, cameo: .reduceRelations) : verb
    }

    /// Nouns of a written message sent to someone (a closed class).
    static let sentMessageNouns: WordSet = ["message", "messages", "letter", "letters", "telegram", "telegrams", "cable", "cables", "note", "notes"]

    /// What a message of a kind does to its addressee: "a message of congratulations" congratulates,
    /// "of support" or "of solidarity" supports, "of thanks" thanks (all CAMEO 05).
    static let messageContentActs: WordTable<String> = [
        "congratulations": "congratulate", "congratulation": "congratulate", "congratulatory": "congratulate", "support": "support",
        "solidarity": "support", "thanks": "thank",
    ]

    /// The act of a message sent by verb `v` ("sent Kagame a message of congratulations", "sent a
    /// congratulatory telegram to X": congratulate, CAMEO 05), read in the words up to "to" or the
    /// clause's end; nil when the verb sends no message of such a kind.
    static func sentMessageAct(_ s: SentenceView, _ v: Int) -> VerbEntry? {
        var k = v + 1
        while s.range.contains(k), k <= v + 8, !s.lower(k, isIn: Self.clauseClosers), !s.lower(k, is: "to") {
            if s.lower(k, isIn: Self.sentMessageNouns) {
                let act = s.lower(k - 1, in: Self.messageContentActs) ?? (s.lower(k + 1, is: "of") ? s.lower(k + 2, in: Self.messageContentActs) : nil)
                return act.map { VerbEntry(lemma: $0, cameo: .engageInDiplomaticCooperation) }
            }
            k += 1
        }
        return nil
    }

    /// The first word after `v` that is neither a determiner nor an adjective: "held [fresh] talks".
    func firstNoun(_ s: SentenceView, after v: Int) -> Int? {
        var i = v + 1
        while s.range.contains(i), i <= v + 4, s.lower(i, isIn: Self.determiners) || s.tag(i)?.upos == .ADJ || s.tag(i)?.upos == .NUM { i += 1 }
        return s.range.contains(i) && s.tokens[i].isWord && s.mentionAt[i] == nil ? i : nil
    }

    /// Whether the infinitive at `v` is an act asked of its subjects or the purpose of their journey,
    /// not one done: "called on X and Y to sign it", "X and Y would come to Washington to sign a deal".
    func isAskedOrPurposed(_ s: SentenceView, _ v: Int, subjects: [Int]) -> Bool {
        guard s.lower(v - 1, is: "to"), let first = subjects.map({ s.mentions[$0].range.lowerBound }).min(),
            let last = subjects.map({ s.mentions[$0].range.upperBound }).max()
        else { return false }
        // the subjects are a verb's objects ("urged X and Y to", "called on X and Y to")
        let before = first - 1
        if s.lower(before, is: "on") || s.lower(before, is: "upon") || s.range.contains(before) && isVerbUse(s, before) { return true }
        // a journey between the subjects and the infinitive ("would come to Washington to sign")
        return (last..<(v - 1)).contains { k in s.lower(k, in: lexicons.verbs).map { Self.motionLemmas.contains($0.lemma) } ?? false }
    }

    /// Whether `verb` acting on a mention of `type` is no act: to hold as to detain is done to people
    /// only ("holds the rotating presidency of UNASUR", "the chairmanship of the OSCE").
    static func isDetentionOfNoPerson(action: String, cameo: CAMEOCode, objectType: EntityType) -> Bool {
        action == "hold" && cameo == .root(.coerce) && objectType != .person
    }

    func add(_ facts: inout [Fact], _ s: SentenceView, _ subjects: [Int], _ verb: VerbEntry, _ objects: [Int], _ at: Int, _ confidence: Double, file: StaticString = #fileID, line: UInt = #line) {
        for subjectMention in subjects {
            for objectMention in objects where !Self.isDetentionOfNoPerson(action: verb.lemma, cameo: .root(verb.cameo), objectType: s.mentions[objectMention].type) {
                for subject in s.mentions[subjectMention].entities {
                    for object in s.mentions[objectMention].entities where subject != object {
                        facts.append(fact(s, subject, subjectMention, verb, object, objectMention, at, confidence, file: file, line: line))
                    }
                }
            }
        }
    }

    func fact(
        _ s: SentenceView, _ subjectEntity: Int, _ subject: Int, _ verb: VerbEntry, _ objectEntity: Int, _ object: Int,
        _ at: Int, _ confidence: Double, file: StaticString = #fileID, line: UInt = #line
    ) -> Fact {
        do {
            do {
                let from = min(s.mentions[subject].range.lowerBound, at, s.mentions[object].range.lowerBound)
                let to = max(s.mentions[subject].range.upperBound, at + 1, s.mentions[object].range.upperBound)
                let distance = Double(to - from)
                let anaphoric = s.mentions[subject].group.count + s.mentions[object].group.count > 0
                return Fact(
                    subject: subjectEntity, object: objectEntity, action: verb.lemma, cameo: .root(verb.cameo), kind: .action,
                    sentence: s.index, span: s.span(from, to),
                    confidence: max(
                        FactConfidence.floor,
                        confidence - distance * FactConfidence.Window.perWordOfSpan - (anaphoric ? FactConfidence.standInPenalty : 0)
                            - (s.mentions[subject].isPronoun || s.mentions[object].isPronoun ? FactConfidence.pronounPenalty : 0)),
                    file: file, line: line)
            }
        }
    }

    /// "the CICIG, a United Nations-backed body,": the name a fused participle's noun phrase is in
    /// apposition to, when the phrase (from `participlePhrase`, its actor's first token, to `nounEnd`)
    /// follows that name's comma after an article and ends the clause with at most two nouns; nil otherwise.
    func appositionNamed(_ s: SentenceView, participlePhrase start: Int, nounEnd: Int) -> Int? {
        guard s.range.contains(nounEnd), [",", ".", ";"].contains(s.lower(nounEnd)) || nounEnd == s.range.upperBound - 1,
            nounEnd - start <= 8, s.lower(start - 1, isIn: WordSet.articles), s.lower(start - 2, is: ",")
        else { return nil }
        let comma = start - 2
        // "the International Commission against Impunity in Guatemala (CICIG), a ...": past the acronym's brackets
        if s.lower(comma - 1, is: ")"), let acronym = s.mention(endingBefore: comma - 1) { return acronym }
        return s.mention(endingBefore: comma)
    }
}
