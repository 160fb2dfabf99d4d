import KGModel

/// A verb's clause on the tree: who acts (subject, passive agent, controller, antecedent) and on
/// whom (object, passive subject, target obliques), with coordination on both sides.
extension TreeActionExtractor {
    /// Subordinating conjunctions that the parser may read as prepositions of the next noun (a closed class).
    static let subordinators: WordSet = ["after", "before", "since", "until", "till", "because", "when", "while", "once", "as"]
    /// The words that may open a participle clause sharing its main clause's subject: a means
    /// ("by expelling") or a time ("after meeting", "while visiting").
    static let participleTimeMarkers: WordSet = ["by", "after", "before", "while", "when", "since", "upon", "on"]
    /// Reflexive pronouns (a closed class): an object the subject itself.
    static let reflexivePronouns: Set<String> = ["himself", "herself", "itself", "themselves", "oneself"]
    /// Relative pronouns (a closed class): they stand for the noun their clause hangs on.
    static let relativePronouns: WordSet = ["who", "which", "that", "whom"]
    /// Nouns for the standing relations between two sides, which breaking or cutting reduces.
    static let relationsNouns: WordSet = ["relations", "ties"]
    /// Words that open a relative clause (a closed class).
    static let relativeWords: WordSet = ["who", "which", "that", "whom", "whose", "where"]
    /// Verbs of threat whose target is the target of the act threatened.
    static let threatLemmas: WordSet = ["threaten"]
    /// Verbs of refusing to act, whose target is the target of the act refused: "refused to obey X".
    static let refusalLemmas: WordSet = ["refuse", "decline"]
    /// Verbs of offering an act (PETRARCH2's `OFFER` block: offer, volunteer): the offer is made to
    /// whom the act would be done, and the act itself is not done ("offered to mediate between X and Y"
    /// offers X and Y, and mediates nothing yet).
    static let offeringLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.offeringLemmas")
    /// Verbs that report speech: their complement's acts are the speaker's words, not the speaker's.
    static let speechLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.speechLemmas")
    /// Acts done with each other when their doers are coordinated: "X and Y met", "X and Y spoke by phone".
    /// ("reach" and "strike" only with a joint act for object: "X and Y reached a deal", "struck a deal")
    static let reciprocalLemmas: WordSet = ActionExtractor.reciprocalLemmas.union(["speak", "reach", "strike"])
    /// Verbs of trading acts, whose object names what each side does to the other: "traded blame",
    /// "exchanged fire".
    static let exchangeLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.exchangeLemmas")
    /// Objects that two sides make together: "fought a war", "signed a deal", not "fought rebels".
    static let sharedActNouns: WordSet = ActionExtractor.agreementNouns.union([
        "war", "wars", "battle", "battles", "talks", "treaty", "treaties", "memorandum", "declaration", "conflict",
        "skirmish", "skirmishes", "ties", "relations",
    ])
    /// CAMEO roots of acts addressed to someone (appeal, demand, threaten): their that-clause's subject
    /// is whom they address.
    static let addressingCodes: Set<CAMEORootCode> = [.appeal, .demand, .threaten]

    func clause(_ facts: inout [Fact], _ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) {
        guard !isUnreal(p, w) else { return }
        // "broke diplomatic relations with X": breaking a tie reduces relations, it is no fight
        var entry = entry
        // (not "fought a border war", whatever the parser took for the object's head)
        // ("broke diplomatic relations with X": relations are a tie, whatever else two sides share)
        if entry.cameo.isViolent, p.dependents(w, .obj).contains(where: { isTie(p, $0) && (!isSharedAct(p, $0) || p.word($0, isIn: Self.relationsNouns)) }) {
            entry = VerbEntry(lemma: entry.lemma, cameo: .reduceRelations)
        }
        // "struck a deal with X": striking an agreement is making it, no attack
        if entry.cameo.isViolent, p.dependents(w, .obj).contains(where: { p.word($0, isIn: ActionExtractor.agreementNouns) }) {
            entry = VerbEntry(lemma: entry.lemma, cameo: .engageInDiplomaticCooperation)
        }
        // "sent its foreign minister to Tripoli", "will send a delegation to La Paz": sending an envoy is a
        // visit by proxy (CAMEO 04), not a show of force as sending troops is
        if Self.sendingLemmas.contains(entry.lemma), p.dependents(w, .obj).contains(where: { isEnvoy(p, $0) }) { entry.cameo = .consult }
        // "sent Kagame a message of congratulations", "sent a congratulatory telegram to X": the message's
        // content is the act done to its addressee (read in the words: the parse may stop before it)
        var sentMessage = false
        if Self.sendingLemmas.contains(entry.lemma), let act = ActionExtractor.sentMessageAct(p.view, p.tokensOf[w].lowerBound) {
            entry = act
            sentMessage = true
        }
        // "called Serbia's move 'an act of aggression'": a naming, not an appeal
        if Self.namingLemmas.contains(entry.lemma), isNamingCall(p, w) { entry.cameo = .disapprove }
        // "eased some of its sanctions on Belarus": lifting a penalty yields to whom it hits
        if Self.easingLemmas.contains(entry.lemma), entry.cameo != .yield, !penaltiesLifted(p, w).isEmpty {
            entry = VerbEntry(lemma: entry.lemma, cameo: .yield)
        }
        // "held talks with X", "paid a visit to X": the noun carries the act, not "hold" (detain)
        if ActionExtractor.supportLemmas.contains(entry.lemma), p.dependents(w, .obj).contains(where: { nounEntry(p, $0) != nil }) { return }
        // "declared their support for X", "announced its recognition of X": a statement whose object names
        // an act states that act (the noun's own fact), and is aimed at no one itself
        if entry.cameo == .makePublicStatement, p.dependents(w, .obj).contains(where: { nounEntry(p, $0) != nil }) { return }
        // "declared X the winner", "declared independence from X": a declaration that does something
        var declared: [Argument]?
        if entry.lemma == "declare", let declaration = declaration(p, w, entry) { (entry, declared) = declaration }
        let passive = isPassive(p, w)
        let actors = self.actors(p, w, passive: passive, depth: 0)
        var targets = declared ?? self.targets(p, w, entry, passive: passive)
        // (the envoy sent is no one the act is aimed at: where he is sent is)
        // ("sent its foreign minister, X, to Tripoli": the parser may hang the place on the envoy)
        if Self.sendingLemmas.contains(entry.lemma), entry.cameo == .consult, !passive {
            targets.removeAll { p.view.mentions[$0.mention].type == .person }
            if targets.isEmpty {
                let envoys = p.dependents(w, .obj).flatMap { [$0] + p.dependents($0, .appos) }
                targets = envoys.flatMap { p.dependents($0, .nmod).filter { p.preposition($0) == "to" } }.flatMap {
                    arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
                }.filter { p.view.mentions[$0.mention].type != .person }
            }
        }
        // "sent a message of congratulations to X": the parser may hang the addressee on the message
        // or on its content rather than on the verb
        if sentMessage, !passive, targets.isEmpty {
            let messages = p.dependents(w, .obj).flatMap { [$0] + p.dependents($0, .nmod) }
            targets = messages.flatMap { p.dependents($0, .nmod).filter { p.preposition($0) == "to" } }.flatMap {
                arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            }
        }
        if !passive { targets = postsOfOwnEnvoys(p, w, entry, targets) }
        // "telephoned Paisley and McGuinness and invited them": "them" stands for the list of names
        if !passive, let listed = listedThem(p, w, lemma: entry.lemma) {
            targets = listed + targets.filter { t in !listed.contains { $0.mention == t.mention } }
        }
        // "threatened to sanction Hungary" threatens Hungary; "offered to mediate between X and Y" offers X and Y
        // (the act's clause read as a purpose clause all the same: "offered on Monday to mediate")
        if targets.isEmpty, Self.threatLemmas.contains(entry.lemma) || Self.offeringLemmas.contains(entry.lemma),
            let act = p.dependents(w, .xcomp).first ?? p.dependents(w, .advcl).first(where: { a in p.children[a].contains { p.word($0, is: "to") && p.label($0).base == "mark" } }),
            let actEntry = verbEntry(p, act)
        {
            let passiveAct = isPassive(p, act)
            let actTargets = self.targets(p, act, actEntry, passive: passiveAct)
            targets = (passiveAct ? actTargets : postsOfOwnEnvoys(p, act, actEntry, actTargets)).inherited
        }
        // "refused to recognise X" rejects X: the act refused is not done, but the refusal is aimed at
        // whom it would be done to (its object; not "refused to return to Peru", a place to go)
        if targets.isEmpty, Self.refusalLemmas.contains(entry.lemma), let act = p.dependents(w, .xcomp).first, !isPassive(p, act) {
            targets = p.dependents(act, .obj).flatMap { namedArguments(p, $0, confidence: FactConfidence.Tree.attachedArgument) }
        }
        // "Mexico granted him asylum", "accusing it of ...": a pronoun object stands for a name before it
        // (not what is said: "the US said it ...", "called it a violation"; a person told is whom
        // a statement is made to: "summoned the ambassador and told her that ...")
        // ("granted him asylum" is no such small clause: no article, no adjective)
        if targets.isEmpty,
            !p.dependents(w, .xcomp).contains(where: { !isVerbal(p, $0) && (p.tags[$0].upos == .ADJ || p.children[$0].contains { p.label($0).base == "det" }) }),
            let pronoun = (p.dependents(w, .obj) + p.dependents(w, .iobj)).first(where: { o in
                Self.objectPronouns[p.words[o]] != nil && (entry.cameo != .makePublicStatement || Self.personPronouns.contains(p.words[o]))
            }),
            let m = antecedent(p, pronoun, actors: actors)
        {
            targets = [Argument(mention: m, confidence: FactConfidence.Tree.pronounSpeaker - 0.05)]
        }
        // "rejected accusations by Zimbabwe that ...": a refusal of a claim is aimed at who made it, named
        // after "by" or "from" (hung on the claim or, in an active clause, on the verb)
        if targets.isEmpty, !passive, Self.refutingCodes.contains(entry.cameo) {
            let claims = p.dependents(w, .obj).filter { p.word($0, isIn: Self.claimNouns) || p.word($0, isIn: Self.pleaNouns) }
            let phrases = (claims.isEmpty ? [] : p.dependents(w, base: "obl")) + claims.flatMap { p.dependents($0, base: "nmod") }
            targets = phrases.filter { p.preposition($0).map(Self.claimantPrepositions.contains) == true }.flatMap {
                namedArguments(p, $0, confidence: FactConfidence.Tree.attachedArgument)
            }
        }
        // "Sofia refused its demand to pay in roubles", "Howard turned down his request": a refusal of a
        // plea a possessive pronoun gives an owner is aimed at the name the pronoun stands for
        if targets.isEmpty, !passive, Self.refutingCodes.contains(entry.cameo),
            let plea = p.dependents(w, .obj).first(where: { p.word($0, isIn: Self.claimNouns) || p.word($0, isIn: Self.pleaNouns) || p.word($0, isIn: Self.bidNouns) }),
            let owner = p.dependents(plea, .nmodPoss).first(where: { p.mentionOf[$0] == nil }),
            let kinds = Self.possessivePronounKinds[p.words[owner]],
            let m = antecedent(p, owner, actors: actors, kinds: kinds, preferringSubjects: true)
        {
            targets = [Argument(mention: m, confidence: FactConfidence.Tree.pronounSpeaker - 0.05)]
        }
        // "Peru says Ecuadorean troops built outposts there, a claim Quito rejects": a denial of a noun
        // that sums up the sentence's clause is aimed at whoever made the claim
        if targets.isEmpty, !passive, Self.refutingCodes.contains(entry.cameo) || Self.overrulingLemmas.contains(entry.lemma), let claim = summingNoun(p, w) {
            targets = claimants(p, claim, refusers: actors).filter { c in !actors.contains { $0.mention == c.mention } }
        }
        // "Bahrain accuses Iran of stirring up unrest, which Tehran denies": the accused denies the accuser
        if targets.isEmpty, !passive, Self.refutingCodes.contains(entry.cameo) {
            targets = accusersOfTheClauseAbove(p, w, refusers: actors)
        }
        // "Russia wanted a closed session, but the US objected", "X offered to send soldiers but Tonga
        // declined", "..., but the council overturned the result": a refusal joined by "but" to the
        // clause it answers, naming no one it refuses, is aimed at that clause's doer
        if targets.isEmpty, !passive, Self.refutingCodes.contains(entry.cameo) || Self.overrulingLemmas.contains(entry.lemma),
            let answered = answeredClause(p, w)
        {
            targets = self.actors(p, answered, passive: isPassive(p, answered), depth: 1).inherited.filter { c in !actors.contains { $0.mention == c.mention } }
        }
        // "warned that Qatar would face ...", "demanded that the KRG hand over ...": an appeal, demand or
        // threat is addressed to whom its that-clause is about
        // (not "insists that X was removed": that says something of X, and addresses no one)
        if targets.isEmpty, Self.addressingCodes.contains(entry.cameo), !ActionExtractor.clauseOnlyLemmas.contains(entry.lemma),
            let content = p.dependents(w, .ccomp).first
        {
            targets = p.dependents(content, base: "nsubj").flatMap { arguments(p, $0, confidence: 0.75, asObject: true, lemma: entry.lemma) }
            // a threat is of what will be done: "warned that Croatia would not give up ..." by Croatia's
            // president, or "warned that Kiir's government had broken agreements", threaten no one
            if entry.cameo == .threaten {
                let future = p.children[content].contains { p.label($0).base == "aux" && p.word($0, isIn: Self.futureAuxiliaries) }
                let own = Set(actors.compactMap { ownCountry(p, $0.mention) })
                targets = future ? targets.filter { !own.contains(p.view.mentions[$0.mention].entity) } : []
            }
        }
        // "Ankara and Athens traded blame", "Turkey exchanged accusations with Greece": each side does the
        // act the traded noun names to the other
        if Self.exchangeLemmas.contains(entry.lemma), !passive,
            let act = p.dependents(w, .obj).lazy.compactMap({ o in self.nounEntry(p, o).map { (noun: o, entry: $0) } }).first
        {
            let sides = actors + targets.filter { t in !actors.contains { $0.mention == t.mention } }
            if sides.count >= 2 { addBothWays(&facts, p, sides, act.entry, at: act.noun, confidence: FactConfidence.Tree.reciprocalClause) }
            return
        }
        // "Greek and Turkish warships shadowed each other", "X and Y blamed one another": any act can be mutual
        if targets.isEmpty, actors.count >= 2, !passive, p.children[w].contains(where: { isEachOther(p, $0) }) {
            addBothWays(&facts, p, actors, entry, at: w, confidence: 0.75)
            return
        }
        // "Morocco and Algeria restored diplomatic relations", "Seoul and Tokyo severed ties": coordinated
        // sides of their own ties, no third side named, act on each other
        if targets.isEmpty, actors.count >= 2, !passive, p.dependents(w, .obj).contains(where: { isOwnTies(p, $0) }) {
            addBothWays(&facts, p, actors, entry, at: w, confidence: FactConfidence.Tree.reciprocalClause)
            return
        }
        // "Armenia and Azerbaijan met", "agreed to a truce", "fought a war": a reciprocal act between
        // coordinated subjects, each side acting on the other ("Chad and Niger fought rebels" fought a
        // third party)
        // ("Japarov and Rahmon agreed to reopen border crossings": an agreement on an act that names no
        // one else is made with each other; "agreed to respond to Somalia's decision" is not)
        if targets.isEmpty, actors.count >= 2, !passive, Self.reciprocalLemmas.contains(entry.lemma),
            p.dependents(w, .xcomp).allSatisfy({ x in !clauseContains(p, x) { p.mentionOf[$0] != nil } }), p.dependents(w, .ccomp).isEmpty,
            p.dependents(w, .obj).allSatisfy({ isSharedAct(p, $0) })
        {
            addBothWays(&facts, p, actors, entry, at: w, confidence: FactConfidence.Tree.reciprocalClause)
            return
        }
        // "the treaty was negotiated by X and Y": names coordinated as the agents of a reciprocal act on a
        // thing (no named patient) did it with each other (not "by the guarantors, X and Y", who
        // brokered it between others)
        if targets.isEmpty, actors.count >= 2, passive, Self.reciprocalLemmas.contains(entry.lemma),
            p.dependents(w, base: "nsubj").allSatisfy({ p.mentionOf[$0] == nil }),
            p.dependents(w, .oblAgent).allSatisfy({ p.mentionOf[$0] != nil })
        {
            addBothWays(&facts, p, actors, entry, at: w, confidence: FactConfidence.Tree.reciprocalClause)
            return
        }
        add(&facts, p, actors, entry, targets, at: w, confidence: passive ? FactConfidence.Tree.passiveClause : FactConfidence.Tree.activeClause)
    }

    /// Whether a word of the clause headed by `w` (its dependents, their dependents, ... a few levels
    /// down) is one `test` accepts: "to respond to Russia's recognition" names Russia.
    func clauseContains(_ p: ParsedSentence, _ w: Int, _ test: (Int) -> Bool) -> Bool {
        var level = [w]
        for _ in 0..<4 {
            var next: [Int] = []
            for u in level {
                for c in p.children[u] {
                    if test(c) { return true }
                    next.append(c)
                }
            }
            level = next
        }
        return false
    }

    /// Verbs of sending someone or something somewhere (a closed class).
    static let sendingLemmas: WordSet = ["send", "dispatch"]

    /// Participles that comment on the act of the clause they follow (a closed class): ", accusing X of",
    /// ", saying", ", citing".
    static let commentingParticiples: WordSet = [
        "accusing", "saying", "citing", "calling", "blaming", "describing", "claiming", "arguing", "noting", "adding", "charging",
    ]

    /// `targets` of active verb `w` with a state's own envoy called home replaced by the state he
    /// was posted to: "recalled its ambassador to Jakarta, Paul Grigson" is aimed at Indonesia, not at
    /// its own man (with no post named the envoy stays: "recalled its ambassador, X").
    func postsOfOwnEnvoys(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry, _ targets: [Argument]) -> [Argument] {
        guard entry.cameo == .reduceRelations else { return targets }
        let ownEnvoys = p.dependents(w, .obj).filter { o in p.dependents(o, .nmodPoss).contains { p.word($0, isIn: Self.possessivePronouns) } }
        let posts = ownEnvoys.flatMap { p.dependents($0, .nmod).filter { p.preposition($0) == "to" } }.flatMap {
            arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
        }.filter { p.view.mentions[$0.mention].type != .person }
        guard !posts.isEmpty else { return targets }
        let envoys = Set(ownEnvoys.flatMap { p.dependents($0, .appos) }.compactMap { p.usableMention($0) })
        var kept = targets.filter { !envoys.contains($0.mention) }
        kept += posts.filter { post in !kept.contains { $0.mention == post.mention } }
        return kept
    }

    /// Nouns for people sent to speak for a state or a body: the envoys' nouns the recognizer knows
    /// ("its envoy", "diplomats") and a delegation's, a minister's or a negotiator's.
    static let delegateNouns: WordSet = NameCues.envoyNouns.union([
        "envoy", "delegation", "delegations", "emissary", "emissaries", "diplomat", "minister", "ministers", "negotiator", "negotiators",
        "mediator", "mediators", "representative", "representatives", "secretary",
    ])

    /// Whether word `o` names someone sent to speak for a state or a body: an envoy's noun or title,
    /// or a person ("sent Foreign Minister X", "sent its envoy").
    func isEnvoy(_ p: ParsedSentence, _ o: Int) -> Bool {
        if p.word(o, isIn: Self.delegateNouns) { return true }
        guard let m = p.usableMention(o) else { return false }
        return p.view.mentions[m].type == .person
    }

    /// An object two sides make together, wherever the parser puts the head of "a border war".
    func isSharedAct(_ p: ParsedSentence, _ o: Int) -> Bool {
        if p.word(o, isIn: Self.sharedActNouns) || o + 1 < p.count && p.head(o + 1) == o && p.word(o + 1, isIn: Self.sharedActNouns)
            || p.head(o).map({ $0 == o + 1 }) == true && o + 1 < p.count && p.word(o + 1, isIn: Self.sharedActNouns)
        {
            return true
        }
        // "fought a border [war]", "signed a joint [declaration]": the parsed stretch ends inside the object,
        // whose head is a word or two further on
        guard o == p.count - 1 else { return false }
        let s = p.view
        var t = p.tokensOf[o].upperBound
        while t < min(p.tokensOf[o].upperBound + 2, s.range.upperBound), s.tokens[t].isWord, s.mentionAt[t] == nil {
            if s.lower(t, isIn: Self.sharedActNouns) { return true }
            t += 1
        }
        return false
    }

    /// Nouns (a closed class) of the ties between two sides as a whole: "relations", "ties".
    static let mutualTieNouns: WordSet = ["relations", "ties"]

    /// Whether object `o` is the ties between the clause's own sides: "diplomatic relations", "their
    /// ties", not "ties with Israel" nor "Israel's ties".
    func isOwnTies(_ p: ParsedSentence, _ o: Int) -> Bool {
        p.word(o, isIn: Self.mutualTieNouns) && !p.dependents(o, base: "nmod").contains { p.preposition($0) != nil || p.label($0) == .nmodPoss }
            && p.dependents(o, .nmodPoss).allSatisfy { p.word($0, is: "their") }
    }

    /// "each other", "one another": the object of a mutual act.
    func isEachOther(_ p: ParsedSentence, _ w: Int) -> Bool {
        // whichever of the two words the parser makes the argument
        let at = p.tokensOf[w].lowerBound
        switch p.words[w] {
        case "other", "another": return ["each", "one"].contains(p.view.lower(at - 1))
        case "each", "one": return ["other", "another"].contains(p.view.lower(at + 1))
        default: return false
        }
    }

    /// The names "them" or "both", the object of verb `w`, stands for when `w` is coordinated with a
    /// verb before it (or is a participle after it) whose object is a list of two or more names: "met
    /// Kibaki and Odinga and urged them", "telephoned X and Y, urging both to show restraint".
    func listedThem(_ p: ParsedSentence, _ w: Int, lemma: String) -> [Argument]? {
        // ("urging both to ...", parsed with "both" an adverb or the infinitive's "both ... and": it is
        // the object all the same)
        let bothNext =
            w + 1 < p.count && p.word(w + 1, is: "both") && p.dependents(w, .obj).isEmpty
            && (p.head(w + 1) == w || p.head(w + 1).map { p.head($0) == w && p.label($0) == .xcomp } == true)
        let pronoun = p.dependents(w, .obj).contains { p.word($0, isIn: Self.listPronouns) } || bothNext
        // (", urging both to show restraint": a participle after the list's verb goes on as a conjunct does)
        guard pronoun,
            p.label(w) == .conj || p.label(w) == .advcl && p.tags[w].xpos == .VBG, let first = p.head(w), first < w, isVerbal(p, first)
        else { return nil }
        let listed = p.dependents(first, .obj).flatMap {
            arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: lemma)
        }
        return listed.count >= 2 ? listed.inherited : nil
    }

    /// Object pronouns for the items of a list named before (a closed class): "them", "both".
    static let listPronouns: WordSet = ["them", "both"]

    /// Verbs of inviting and appointing, whose object is whom they invite or appoint and whose "to"
    /// phrase is where to ("appointed a woman to the party": no act on the party).
    static let invitingLemmas: WordSet = ["invite", "appoint", "name"]

    /// Object pronouns and the kinds of entity each can stand for.
    static let objectPronouns: [String: Set<EntityType>] = [
        "him": [.person], "her": [.person], "it": [.country, .organization], "them": [.country, .organization],
    ]

    /// Possessive pronouns and the kinds of entity each can stand for (a closed class).
    static let possessivePronounKinds: [String: Set<EntityType>] = [
        "his": [.person], "her": [.person], "its": [.country, .organization], "their": [.country, .organization, .person],
    ]

    /// Nouns of a bid or an offer one side makes another (a closed class): "rejected his bid for asylum".
    static let bidNouns: WordSet = ["bid", "bids", "offer", "offers", "plea", "pleas", "invitation", "invitations"]

    /// Object pronouns (a closed class) that stand for a person only.
    static let personPronouns: WordSet = ["him", "her"]

    /// The name a pronoun object stands for: the nearest one before it in the sentence of a kind the
    /// pronoun fits, that is not who acts ("after the general urged him to step down": not the general).
    /// A possessive pronoun is read with `kinds`, the kinds of entity it can stand for; with
    /// `preferringSubjects`, a name that is a clause's subject goes before a nearer one that is not
    /// ("Kosovo raised its tariff on goods from Serbia and Bosnia, a day after Interpol rejected its
    /// bid": Kosovo, not Bosnia).
    func antecedent(
        _ p: ParsedSentence, _ pronoun: Int, actors: [Argument], kinds possessive: Set<EntityType>? = nil, preferringSubjects: Bool = false
    ) -> Int? {
        guard let kinds = possessive ?? Self.objectPronouns[p.words[pronoun]] else { return nil }
        // "her" before a noun is a possessive, not an object
        if possessive == nil, p.word(pronoun, is: "her"), p.label(pronoun) == .nmodPoss { return nil }
        let at = p.tokensOf[pronoun].lowerBound
        let acting = Set(actors.flatMap { p.view.mentions[$0.mention].entities })
        // a dateline's names are no one's antecedent ("MANAGUA, July 5 (Reuters) - ... accusing them")
        let opening = DatelinePrefix.end(p.view.tokens, p.view.range)
        var best: Int?, bestSubject: Int?
        // the names before the pronoun that are a clause's subject
        let subjects = preferringSubjects ? Set((0..<pronoun).filter { DependencyTree.isNominalSubject(p.label($0)) }.compactMap { p.usableMention($0) }) : []
        // "U.S. President Joe Biden ... welcomed it": the country of the actor's own title is not what "it" is
        let actorStarts = actors.map { p.view.mentions[$0.mention].range.lowerBound }
        func titlesAnActor(_ range: Range<Int>) -> Bool {
            actorStarts.contains { start in
                start > range.upperBound && (range.upperBound..<start).allSatisfy { p.view.roleAt[$0] != nil }
            }
        }
        for (m, mention) in p.view.mentions.enumerated() where mention.range.upperBound <= at && mention.range.lowerBound >= opening && kinds.contains(mention.type) {
            // "sanctions on three Nicaraguan officials, ... accusing them": people acting for a country are "them"
            let actingForIt =
                p.word(pronoun, is: "them") && Self.actingNouns.contains(p.view.lower(mention.range.upperBound))
                && p.view.lower(mention.range.upperBound).hasSuffix("s")
            guard !mention.modifierOnly || actingForIt, !mention.isDemonym || actingForIt, mention.group.isEmpty, acting.isDisjoint(with: mention.entities),
                !titlesAnActor(mention.range)
            else { continue }
            if best.map({ p.view.mentions[$0].range.lowerBound < mention.range.lowerBound }) ?? true { best = m }
            if subjects.contains(m), bestSubject.map({ p.view.mentions[$0].range.lowerBound < mention.range.lowerBound }) ?? true { bestSubject = m }
        }
        return bestSubject ?? best
    }

    /// Passive voice on the tree: a passive subject or auxiliary, or a past participle hanging on a
    /// noun ("militias backed by Iran").
    func isPassive(_ p: ParsedSentence, _ w: Int) -> Bool {
        if p.children[w].contains(where: { p.label($0).rawValue == "nsubj:pass" || p.label($0).rawValue == "aux:pass" }) { return true }
        if p.label(w) == .acl, p.tags[w].xpos == .VBN { return !isHeadlineVerb(p, w) }
        return p.tags[w].xpos == .VBN && !p.dependents(w, .oblAgent).isEmpty
    }

    /// "Ethiopian troops crossed/VBN into Somalia": a participle on a noun that heads the whole
    /// sentence, with no agent, is the sentence's verb misread as a reduced relative.
    /// So is one right after a noun a subordinator opens: "two days after Colombian troops crossed/VBN
    /// into Ecuador" ("as" left out: "as forces loyal to X" is a phrase).
    func isHeadlineVerb(_ p: ParsedSentence, _ w: Int) -> Bool {
        guard p.label(w) == .acl, let h = p.head(w), p.tags[h].upos == .NOUN || p.tags[h].upos == .PROPN else { return false }
        let subordinated = h == w - 1 && p.preposition(h).map { Self.subordinators.contains($0) && $0 != "as" } == true
        guard p.head(h) == nil || subordinated else { return false }
        return p.dependents(w, .oblAgent).isEmpty && !p.dependents(w, base: "obl").contains { p.preposition($0) == "by" }
    }

    /// Who performs the act of verb `w`.
    func actors(_ p: ParsedSentence, _ w: Int, passive: Bool, depth: Int) -> [Argument] {
        if passive {
            let agents = p.dependents(w, .oblAgent) + p.dependents(w, base: "obl").filter { p.preposition($0) == "by" && p.label($0) != .oblAgent }
            return agents.flatMap { arguments(p, $0, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil) }
        }
        // "after Ecuadorean police forced their way in", read with "police" as a phrase of "after": the
        // noun phrase a subordinator opens, right before a finite verb, is that verb's subject
        if let noun = subordinatorPhrase(p, endingBefore: w) {
            return arguments(p, noun, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty, asObject: false, lemma: nil)
        }
        if let subject = p.dependents(w, .nsubj).first {
            // "X, who heads Y": the relative pronoun stands for the noun the clause hangs on
            if p.word(subject, isIn: Self.relativePronouns), p.label(w) == .aclRelcl, let head = p.head(w) {
                return arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
            }
            // "X said it would ...": the pronoun is the speaker when the speaker is a country or a body
            if ["it", "they"].contains(p.words[subject]), p.mentionOf[subject] == nil {
                return speakerBody(p, w)
            }
            // "Kyrgyz forces had opened fire", parsed with "Kyrgyz" and "forces" two subjects: a singular
            // demonym right before a noun acting for it, both subjects of the verb, is the country acting
            if let m = p.usableMention(subject), p.view.mentions[m].isDemonym, !p.words[subject].hasSuffix("s"),
                p.dependents(w, .nsubj).contains(subject + 1), p.mentionOf[subject + 1] == nil, p.word(subject + 1, isIn: Self.actingNouns)
            {
                return [Argument(mention: m, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.actingForPenalty)]
            }
            var found = arguments(p, subject, confidence: FactConfidence.Tree.coreArgument, asObject: false, lemma: nil)
            // "Guatemala, Panama and Nicaragua closed ...", "Neighbours Guatemala and Panama closed ...",
            // "Ghanaian President X, Togolese President Y and ... put their initials", "the governments
            // of Mali and Niger left ...", parsed as several subjects: the later items of the list, each
            // phrase after a comma, a coordinator or right after the subject before it, act too
            var previous = subject
            for more in p.dependents(w, .nsubj) where more > previous && more < w {
                let start = leftEdge(p, more)
                // (not a relative clause's noun: "Sudan, whose own Roseires Dam lies downstream, has accused")
                // (nor a subordinator's or preposition's phrase: ", as New Delhi and Beijing blamed")
                // (right after the subject before it only when that names no one: "Neighbours Guatemala", not
                // "Oregon District Court Judge Robert Jones", a body and its officer)
                let adjoins = start - 1 == previous && p.usableMention(previous) == nil
                // ("X and Ugandan envoy Y met Z": the "and" may hang inside the later item's phrase)
                // ("Afghan President X and Russian Prime Minister Y will fly", parsed with "Russian" a conjunct of
                // X and "Y" a second subject: the modifier the "and" stands before opens the later item)
                let modifierOpened = start > 1 && p.head(start - 1) == previous && p.label(start - 1) == .conj && p.word(start - 2, isIn: Self.listCoordinators)
                let coordinated = start > 0 && p.word(start - 1, isIn: Self.listCoordinators) || p.word(start, isIn: Self.listCoordinators) || modifierOpened
                guard start > 0, p.word(start - 1, is: ",") || coordinated || adjoins, !p.word(start, isIn: Self.relativeWords),
                    !["case", "mark"].contains(p.label(start).base),
                    // ("Elections Commissioner Mahinda Deshapriya declared", parsed with "Elections" and
                    // "Commissioner" two subjects: the title names the person under it)
                    p.usableMention(more) != nil || namedPerson(p, under: more) != nil
                else { break }
                let sure = FactConfidence.Tree.coreArgument - FactConfidence.Tree.laterConjunctPenalty
                found += arguments(p, more, confidence: sure, asObject: false, lemma: nil).filter { a in !found.contains { $0.mention == a.mention } }
                previous = more
            }
            return found.map { a in relativeClauseAntecedent(p, a.mention, before: w).map { Argument(mention: $0, confidence: a.confidence) } ?? a }
        }
        return inheritedActors(p, w, depth: depth)
    }

    /// "Duque said the group was sheltered by Maduro and accused Caracas of ...": an act done in words
    /// (`ActionExtractor.speakersActs`) coordinated with the verb of a reported clause that names no
    /// subject of its own, or only the one it is done to, is the speaker's second act ("X said Russia
    /// condemned Y and accused Z" is Russia's). Returns the speaker's arguments, or nil when `w` does
    /// not go on so.
    func speakerGoingOn(_ p: ParsedSentence, _ w: Int, reported h: Int, depth: Int) -> [Argument]? {
        guard p.label(h) == .ccomp, let speech = p.head(h), isVerbal(p, speech), !isPassive(p, w),
            let act = verbEntry(p, w), ActionExtractor.speakersActs.contains(act.cameo), ActionExtractor.reportsSpeech(lemma(p, speech), telling: true)
        else { return nil }
        // the reported clause names no acting subject of its own, or only one that `w` is done to ("Obama
        // said Turkey had a right to defend itself and urged Ankara and Moscow": Turkey urges no Ankara)
        let subjects = Set(p.dependents(h, base: "nsubj").compactMap { p.usableMention($0).map { p.view.mentions[$0].entity } })
        if !subjects.isEmpty {
            let objects = Set(p.dependents(w, .obj).flatMap { p.conjuncts($0) }.compactMap { p.usableMention($0).map { p.view.mentions[$0].entity } })
            guard subjects.isSubset(of: objects) else { return nil }
        }
        let speakers = actors(p, speech, passive: false, depth: depth + 1)
        return speakers.isEmpty ? nil : speakers.inherited
    }

    /// Nouns of what a side issues or sends that a participle's act is done through: "a statement
    /// backing X", "a letter urging Y" (a closed class).
    static let issuedNouns: WordSet = [
        "statement", "statements", "communique", "letter", "letters", "note", "message", "appeal", "resolution",
    ]

    /// Words that join the last item of a list: "Mali and Niger", "Mali or Niger".
    static let listCoordinators: WordSet = ["and", "or"]

    /// The first word of the phrase word `w` heads: "Togolese" of ", Togolese President Faure Gnassingbe".
    func leftEdge(_ p: ParsedSentence, _ w: Int) -> Int {
        var edge = w
        // (not the comma before it, which the parser may hang on the phrase)
        for c in p.children[w] where c < w && p.label(c).base != "punct" { edge = min(edge, leftEdge(p, c)) }
        return edge
    }

    /// Words from ", which" to a name inside its clause, at most.
    static let relativeClauseWords = 6

    /// "Oman, which borders Yemen, has hosted ...", read with Yemen as the subject of "hosted": a name
    /// inside a relative clause set off by commas, that closes before the verb, is no subject of that
    /// verb; the name the clause hangs on is.
    func relativeClauseAntecedent(_ p: ParsedSentence, _ m: Int, before w: Int) -> Int? {
        let s = p.view
        let name = s.mentions[m].range, verb = p.tokensOf[w].lowerBound
        guard name.upperBound < verb else { return nil }
        // the clause's opening ", which" before the name, with no comma between
        var k = name.lowerBound - 1
        while k > name.lowerBound - Self.relativeClauseWords, s.range.contains(k), !s.lower(k, is: ",") {
            if s.lower(k, isIn: Self.relativePronouns), s.lower(k - 1, is: ",") {
                // and its closing comma between the name and the verb
                guard (name.upperBound..<verb).contains(where: { s.lower($0, is: ",") }), let antecedent = s.mention(endingBefore: k - 1),
                    s.mentions[antecedent].type != .location
                else { return nil }
                return antecedent
            }
            k -= 1
        }
        return nil
    }

    /// Verbs of getting in touch, whose infinitive says what for: the caller acts ("called X to congratulate him").
    static let contactLemmas: WordSet = ["telephone", "phone", "call", "ring", "contact", "meet", "visit", "email", "write"]

    /// A subject the verb shares with another: the controller of an infinitive, the first of two
    /// coordinated verbs, the noun a relative or participle clause describes.
    func inheritedActors(_ p: ParsedSentence, _ w: Int, depth: Int) -> [Argument] {
        guard depth < 4, let h = p.head(w) else { return [] }
        var label = p.label(w)
        // "called on Uganda to recognize Somalia", "went to Cairo to meet X": a purpose clause is controlled too,
        // by the subject, not the object ("telephoned Yeltsin to urge him": the caller urges), unless the verb
        // is one whose object does the act ("invited Togo on Monday to sign", read as a purpose clause)
        var purpose = false
        if label == .advcl, p.children[w].contains(where: { p.word($0, is: "to") && p.label($0).base == "mark" }) {
            label = .xcomp
            purpose = !ActionExtractor.objectControl.contains(lemma(p, h))
        }
        // "telephoned Fujimori to congratulate him", read as an infinitive the object controls: one who
        // gets in touch does the act he gets in touch for
        if label == .xcomp, Self.contactLemmas.contains(lemma(p, h)) { purpose = true }
        switch label {
        case .xcomp:
            // "ordered Belarus to attack Ukraine": the controller's object acts; "agreed to meet": its subject
            // (an urged act is asked for, not done: see `isUnreal`)
            if !purpose, let object = p.dependents(h, .obj).first {
                return arguments(p, object, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil).inherited
            }
            // "called on Americans to donate": the one called on acts
            // (not a day: "agreed on Tuesday to lift its objections" is Turkey's act)
            if let addressee = p.dependents(h, .obl).first(where: { ["on", "upon"].contains(p.preposition($0) ?? "") }) {
                let found = arguments(p, addressee, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil).inherited
                if !found.isEmpty { return found }
            }
            if isPassive(p, h), let patient = p.dependents(h, .nsubjPass).first {
                return arguments(p, patient, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: false, lemma: nil).inherited
            }
            if p.tags[h].upos == .NOUN { return nounActors(p, h, depth: depth + 1).inherited }
            return actors(p, h, passive: false, depth: depth + 1).inherited
        case .conj:
            guard isVerbal(p, h) || p.tags[h].upos == .AUX else {
                // "two days after Colombian troops crossed into Ecuador and killed X", "killed" hung on "days":
                // the verb before it, misread as a participle, is the one it is coordinated with
                if let verb = ((h + 1)..<w).reversed().first(where: { isVerbal(p, $0) && isHeadlineVerb(p, $0) }) {
                    return actors(p, verb, passive: false, depth: depth + 1)
                }
                return []
            }
            if let noun = subordinatedSubject(p, w, head: h) {
                return arguments(p, noun, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty, asObject: false, lemma: nil)
            }
            if let m = interruptedSubject(p, w, head: h) {
                return [Argument(mention: m, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty)]
            }
            if let speaker = speakerGoingOn(p, w, reported: h, depth: depth) { return speaker }
            // "the group was sheltered by X and accused Y": an active verb coordinated with a passive one
            // shares its subject, not its agent
            // (a participle without a subject of its own, "forces, led by X, ... crossed", is left as it is)
            if isPassive(p, h), !isPassive(p, w), !p.dependents(h, .nsubjPass).isEmpty {
                return p.dependents(h, .nsubjPass).flatMap {
                    arguments(p, $0, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty, asObject: false, lemma: nil)
                }
            }
            return actors(p, h, passive: isPassive(p, h), depth: depth + 1)
        case .aclRelcl:
            return arguments(p, h, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
        case .acl:
            // "accused Iran of arming the Houthis", misparsed as "Iran" described by "arming": an alleged
            // act, not one done
            if p.children[w].contains(where: { p.word($0, is: "of") && p.label($0).base == "mark" }) { return [] }
            // "forces crossing into X": the noun acts; "Russia's decision to recognise X": the noun's actor
            if p.tags[w].xpos == .VBG || isHeadlineVerb(p, w) {
                let found = arguments(p, h, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
                // "France, Britain and the United States issued a joint statement backing X": a thing done
                // that names no one acts for whoever did it
                if found.isEmpty, p.label(h) == .obj, p.tags[h].upos == .NOUN, let verb = p.head(h), isVerbal(p, verb), !isPassive(p, verb),
                    p.word(h, isIn: Self.issuedNouns)
                {
                    return actors(p, verb, passive: false, depth: depth + 1).inherited
                }
                return found
            }
            if p.children[w].contains(where: { p.word($0, is: "to") }) {
                // "became the first Japanese leader to visit X": the subject, not the noun's demonym
                if let ranked = rankedPredicateActors(p, h, depth: depth) { return ranked }
                return nounActors(p, h, depth: depth + 1).inherited
            }
            return []
        case .advcl:
            if let noun = subordinatedSubject(p, w, head: h) {
                return arguments(p, noun, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty, asObject: false, lemma: nil)
            }
            // ", accusing Sudan of ...": a participle clause shares the main clause's subject, as does
            // a means ("responded by breaking relations with X", "retaliated by expelling") and a time
            // ("said after meeting X", "before leaving for Y"); not "without naming X", "instead of"
            guard p.tags[w].xpos == .VBG,
                !p.children[w].contains(where: { p.label($0).base == "mark" && !p.word($0, isIn: Self.participleTimeMarkers) })
            else { return [] }
            // "lift its objections to Sweden and Finland joining NATO": a name right before the participle,
            // in a phrase of the same verb, is who does it
            if let noun = gerundSubject(p, w, head: h) {
                return arguments(p, noun, confidence: FactConfidence.Tree.coreArgument - FactConfidence.Tree.inheritedPenalty, asObject: false, lemma: nil)
            }
            return actors(p, h, passive: isPassive(p, h), depth: depth + 1).inherited
        default:
            return []
        }
    }

    /// "arrived after Mexico granted him asylum", parsed as "arrived after Mexico" and "granted": a finite
    /// verb joined with no "and" right after a subordinator's noun has that noun for its subject.
    func subordinatedSubject(_ p: ParsedSentence, _ w: Int, head h: Int) -> Int? {
        guard p.tags[w].xpos != .VBG, p.tags[w].xpos != .VB, !p.children[w].contains(where: { ["cc", "mark"].contains(p.label($0).base) }),
            let noun = p.dependents(h, base: "obl").last(where: { $0 > h && $0 < w && Self.subordinators.contains(p.preposition($0) ?? "") }),
            !(noun + 1..<w).contains(where: { isVerbal(p, $0) })
        else { return nil }
        return noun
    }

    /// "Marty Natalegawa, whose country chairs ASEAN this year, flew to Phnom Penh", parsed with "flew"
    /// coordinated with the relative clause's verb: a verb joined with no "and", right after the comma
    /// that closes a relative clause set off by commas (no comma inside), has for subject the name the
    /// clause opens after (the mention's index).
    func interruptedSubject(_ p: ParsedSentence, _ w: Int, head h: Int) -> Int? {
        guard h < w, !p.children[w].contains(where: { ["cc", "mark"].contains(p.label($0).base) }), p.tags[w].xpos != .VBG, p.tags[w].xpos != .VB,
            p.dependents(w, base: "nsubj").isEmpty
        else { return nil }
        let edge = leftEdge(p, w), start = leftEdge(p, h)
        guard edge > 0, p.word(edge - 1, is: ","), start > 0, p.word(start, isIn: Self.relativeWords), p.word(start - 1, is: ","),
            !(start..<(edge - 1)).contains(where: { p.word($0, is: ",") })
        else { return nil }
        let s = p.view
        guard let m = s.mention(endingBefore: p.tokensOf[start - 1].lowerBound), s.mentions[m].type != .location, !s.mentions[m].modifierOnly else { return nil }
        return m
    }

    /// Labels inside a noun phrase, from a word up to the phrase's head: "Turkey, Sweden and Finland",
    /// "Ecuadorean police", "the election commission".
    static let phraseInnerLabels: Set<String> = ["conj", "compound", "flat", "amod", "det", "nmod:poss", "nummod"]

    /// "after Turkey, Sweden and Finland signed a memorandum", "since France first intervened": the head
    /// of a noun phrase after a subordinator that ends right before finite verb `w` (an adverb or an
    /// auxiliary between), when the parser hung it elsewhere as a prepositional phrase.
    func subordinatorPhrase(_ p: ParsedSentence, endingBefore w: Int) -> Int? {
        guard [.VBD, .VBZ, .VBP].contains(p.tags[w].xpos) || p.children[w].contains(where: { p.label($0).base == "aux" }) else { return nil }
        var k = w - 1
        while k >= 0, p.tags[k].upos == .ADV || p.tags[k].upos == .AUX, p.head(k) == w { k -= 1 }
        guard k >= 0, p.tags[k].upos == .NOUN || p.tags[k].upos == .PROPN else { return nil }
        // up from the phrase's last word to its head, staying before the verb
        var noun = k
        for _ in 0..<6 {
            guard Self.phraseInnerLabels.contains(p.label(noun).rawValue), let h = p.head(noun), h < w, p.tags[h].upos == .NOUN || p.tags[h].upos == .PROPN else { break }
            noun = h
        }
        guard p.head(noun) != w, let preposition = p.preposition(noun), Self.subordinators.contains(preposition) else { return nil }
        return noun
    }

    /// "objections to Sweden and Finland joining NATO": the head of the phrase of verb `h` that ends right
    /// before participle `w` (no comma between), when it names someone.
    func gerundSubject(_ p: ParsedSentence, _ w: Int, head h: Int) -> Int? {
        var noun = w - 1
        guard noun >= 0, p.mentionOf[noun] != nil else { return nil }
        for _ in 0..<6 {
            guard Self.phraseInnerLabels.contains(p.label(noun).rawValue), let up = p.head(noun), up < w else { break }
            noun = up
        }
        guard p.head(noun) == h, ["obl", "obj"].contains(p.label(noun).base), p.usableMention(noun) != nil else { return nil }
        return noun
    }

    /// "X said it would ...": the speaker, when it is a country or a body (a person is not "it").
    func speakerBody(_ p: ParsedSentence, _ w: Int) -> [Argument] {
        guard p.label(w) == .ccomp, let h = p.head(w), Self.speechLemmas.contains(lemma(p, h)),
            let speaker = p.dependents(h, .nsubj).first
        else { return [] }
        // "Germany and France said they would ...": every coordinated speaker; "the governments of
        // Mali and Niger said they were leaving ...": the bodies those acting for them stand for;
        // "Pashinyan and Aliyev said they would ...": people too, when several speak ("he" and "she"
        // are the anaphora rules')
        var out: [Argument] = []
        let speakers = p.conjuncts(speaker)
        let peopleToo = speakers.count >= 2 && p.dependents(w, .nsubj).contains { p.word($0, is: "they") }
        for conjunct in speakers {
            let found =
                p.usableMention(conjunct).map { [Argument(mention: $0, confidence: 0)] }
                ?? standsFor(p, conjunct, asObject: false, lemma: nil)
            for a in found where !out.contains(where: { $0.mention == a.mention }) {
                let type = p.view.mentions[a.mention].type
                guard type == .country || type == .organization || peopleToo && type == .person else { continue }
                out.append(Argument(mention: a.mention, confidence: FactConfidence.Tree.pronounSpeaker + a.confidence))
            }
        }
        return out
    }

    /// Whom the act of verb `w` is done to.
    /// Whom passive verb `w` is done to: its passive subject, or the noun it or its relative
    /// pronoun hangs on ("militias backed by Iran", "Nano, who was pardoned by Berisha").
    func patients(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> [Argument] {
        var out: [Argument] = []
        for patient in p.dependents(w, .nsubjPass) {
            if p.word(patient, isIn: Self.relativePronouns), p.label(w) == .aclRelcl, let head = p.head(w) {
                out += arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            } else {
                out += arguments(p, patient, confidence: FactConfidence.Tree.passiveOrControllingArgument, asObject: true, lemma: entry.lemma)
            }
        }
        if out.isEmpty, p.label(w) == .acl, let head = p.head(w) {
            let sides = convenedSides(p, w, entry)
            if !sides.isEmpty { return sides }
            out += arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
        }
        return out
    }

    /// Steps from a sentential "which" clause up to the accusation it stands for, at most.
    static let accusationReach = 6

    /// "Bahrain accuses Iran of stirring up the Shi'ite majority, which Tehran denies": a relative clause
    /// of verb `w` opened by "which" after a comma stands for the accusation the clause above states (the
    /// parser hangs it on that clause's last noun); when the refusers are among the accused, they refuse
    /// the accusers. Nothing for a third party's refusal, nor when no clause above accuses anyone.
    func accusersOfTheClauseAbove(_ p: ParsedSentence, _ w: Int, refusers: [Argument]) -> [Argument] {
        guard p.label(w) == .aclRelcl,
            let which = p.children[w].first(where: { $0 < w && p.word($0, is: "which") && p.label($0) == .obj }),
            which > 0, p.word(which - 1, is: ",")
        else { return [] }
        // the same entity, named again: "accuses Iran ..., which Tehran denies"
        func entity(_ a: Argument) -> Int { p.view.mentions[a.mention].entity }
        var node = w
        for _ in 0..<Self.accusationReach {
            guard let h = p.head(node) else { return [] }
            node = h
            // ("of arming the rebels": the charge's own verb, inside the accusation, is passed over)
            guard isVerbal(p, node), let accusation = verbEntry(p, node), accusation.cameo == .disapprove else { continue }
            let passive = isPassive(p, node)
            let accused = Set(targets(p, node, accusation, passive: passive).map(entity))
            guard refusers.contains(where: { accused.contains(entity($0)) }) else { return [] }
            let refusing = Set(refusers.map(entity))
            return actors(p, node, passive: passive, depth: 1).inherited.filter { !refusing.contains(entity($0)) }
        }
        return []
    }

    /// Steps from a convened act's noun up to the clause it hangs on, at most ("at talks", "in a deal").
    static let convenedActReach = 3

    /// "Kiir and Machar met in Addis Ababa, at talks hosted by Abiy", "A and B agreed to a ceasefire after
    /// talks mediated by Qatar": a host's or go-between's participle on an act's noun that names no sides of
    /// its own ("talks between X and Y" does) acts on the sides of the reciprocal clause the noun hangs on,
    /// its two or more subjects.
    func convenedSides(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> [Argument] {
        guard p.label(w) == .acl, Self.conveningLemmas.contains(entry.lemma), let noun = p.head(w), p.mentionOf[noun] == nil,
            sidesPhrases(p, noun).isEmpty
        else { return [] }
        var node = noun
        for _ in 0..<Self.convenedActReach {
            guard ["obl", "nmod", "obj"].contains(p.label(node).base), let h = p.head(node) else { return [] }
            node = h
            guard isVerbal(p, node) else { continue }
            // "A and B agreed to set aside the dispute after talks hosted by C": the act agreed on hangs
            // its talks on the agreement, whose subjects are the sides
            if !Self.reciprocalLemmas.contains(lemma(p, node)), p.label(node) == .xcomp || p.label(node) == .advcl, let agreed = p.head(node),
                isVerbal(p, agreed),
                Self.reciprocalLemmas.contains(lemma(p, agreed))
            {
                node = agreed
            }
            guard Self.reciprocalLemmas.contains(lemma(p, node)), !isPassive(p, node) else { return [] }
            let sides = actors(p, node, passive: false, depth: 1).inherited
            return Set(sides.map(\.mention)).count >= 2 ? sides : []
        }
        return []
    }

    /// Whom the act of verb `w` is done to.
    func targets(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry, passive: Bool) -> [Argument] {
        var out: [Argument] = []
        if passive {
            out = patients(p, w, entry)
            // "was freed from prison and pardoned by Berisha": a second participle with no subject of its
            // own shares the first one's patient
            if out.isEmpty, p.label(w) == .conj, p.dependents(w, base: "nsubj").isEmpty, let head = p.head(w), isVerbal(p, head),
                isPassive(p, head)
            {
                out = patients(p, head, entry).inherited
            }
        }
        // "sent Foreign Minister Osman Saleh to Addis Ababa": who is sent somewhere is no target of the sending
        let sendsSomewhere = ActionExtractor.motionLemmas.contains(entry.lemma) && p.dependents(w, base: "obl").contains { p.preposition($0) == "to" }
        // "X, whom Zelaya fired": "whom" is always an object, whatever the parser calls it
        let whom = p.label(w) == .aclRelcl ? p.children[w].filter { p.word($0, is: "whom") && p.preposition($0) == nil && p.label($0).base == "obl" } : []
        // "declared himself president of Sudan": after a reflexive, the object says what the subject is,
        // and aims at no one (whatever the parser hangs the reflexive on)
        let reflexive = w + 1 < p.count && Self.reflexivePronouns.contains(p.words[w + 1].lowercased())
        for object in p.dependents(w, .obj) + p.dependents(w, .iobj) + whom where !reflexive {
            if sendsSomewhere, p.usableMention(object).map({ p.view.mentions[$0].type == .person }) ?? (namedPerson(p, under: object) != nil) { continue }
            // "the provinces that Morocco recognized"
            if p.word(object, isIn: Self.relativePronouns), p.label(w) == .aclRelcl, let head = p.head(w) {
                out += arguments(p, head, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            } else {
                out += arguments(p, object, confidence: FactConfidence.Tree.coreArgument, asObject: true, lemma: entry.lemma)
            }
        }
        // "fought a brief war with Pakistan in Kargil": a shared act's "with" names the other side, and
        // the place it was fought in is no target then
        var warredWith: [Argument] = []
        for object in p.dependents(w, .obj) where !passive && entry.cameo.isViolent && isSharedAct(p, object) {
            for side in p.dependents(object, base: "nmod") where p.preposition(side) == "with" {
                warredWith += arguments(p, side, confidence: FactConfidence.Tree.performingVerbTarget, asObject: true, lemma: entry.lemma)
            }
        }
        out += warredWith.filter { side in !out.contains { $0.mention == side.mention } }
        var places: [Argument] = []
        // "cooperate with the United States on North Korea": beside a partner, "on" names the topic
        let hasPartner = p.dependents(w, base: "obl").contains { p.preposition($0) == "with" } && targetPreposition("with", entry) || !warredWith.isEmpty
        for oblique in p.dependents(w, base: "obl") where p.label(oblique) == .obl {
            // "swore in Sata", "turned down Kenya": a phrasal verb's particle the parser read as the
            // object's preposition leaves the object a direct one
            // (one case word only: "walked out of the prison" leaves the prison a place)
            let cases = p.children[oblique].filter { p.label($0).base == "case" }
            if cases.count == 1, let particle = cases.first, particle == w + 1,
                let preposition = p.preposition(oblique), entry.lemma.hasSuffix(" " + preposition)
            {
                out += arguments(p, oblique, confidence: FactConfidence.Tree.coreArgument, asObject: true, lemma: entry.lemma)
                continue
            }
            guard let preposition = p.preposition(oblique),
                targetPreposition(preposition, entry) || preposition == "for" && isGiving(p, w, entry)
            else { continue }
            if hasPartner, preposition == "on" { continue }
            // "invited them to the White House": beside whom it invites, an invitation's "to" is where to
            // (and an appointment's: "appointed a woman to the party")
            if preposition == "to", Self.invitingLemmas.contains(entry.lemma), !p.dependents(w, .obj).isEmpty { continue }
            // "congratulated X on Twitter", "wrote on Facebook": the medium of the act, not its target
            if ActionExtractor.mediumPrepositions.contains(preposition), ActionExtractor.mediumNames.contains(p.words[oblique].lowercased()) { continue }
            // "attended the ceremony along with X": a companion in the act, not its target
            if preposition == "with", let with = p.children[oblique].first(where: { p.label($0).base == "case" }), with > 0,
                ActionExtractor.companionAdverbs.contains(p.words[with - 1].lowercased())
            {
                continue
            }
            // "deployed a force, with South Africa and Botswana sending the largest contingents": an absolute
            // clause, whose names do their own act
            if preposition == "with", p.dependents(oblique, base: "acl").contains(where: { p.tags[$0].xpos == .VBG }) { continue }
            let found = arguments(p, oblique, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            if ActionExtractor.placePrepositions.contains(preposition) { places += found } else { out += found }
        }
        // "brokered a deal between Dhaka and Naypyitaw", "hosted four hours of talks between X and Y": a
        // go-between or a host acts on the sides of what it brokers or hosts
        if out.isEmpty, Self.conveningLemmas.contains(entry.lemma) {
            // ("the ceasefire between Israel and Hezbollah that the United States brokered": what a relative
            // clause's verb brokers is the noun the clause hangs on)
            var objects = p.dependents(w, .obj)
            // ("Talks between Peru and the MRTA had been mediated by X": a passive's subject is what is brokered;
            // "talks between X and Y, hosted by Z": so is the noun a participle describes)
            if passive { objects += p.dependents(w, .nsubjPass) }
            // ("talks between Maputo and Renamo that were mediated by X": the noun a passive relative clause hangs on)
            if passive, p.label(w) == .aclRelcl, let head = p.head(w), p.dependents(w, .nsubjPass).contains(where: { p.word($0, isIn: Self.relativePronouns) }) {
                objects.append(head)
            }
            // ("hosted by Z and mediated by V": a participle joined to another shares its noun)
            var participle = w
            if p.label(w) == .conj, let h = p.head(w), p.label(h) == .acl { participle = h }
            if p.label(participle) == .acl, let head = p.head(participle), p.mentionOf[head] == nil { objects.append(head) }
            if !passive, p.label(w) == .aclRelcl, let head = p.head(w), objects.allSatisfy({ p.word($0, isIn: Self.relativePronouns) }) {
                objects = [head]
            }
            for object in objects {
                for c in sidesPhrases(p, object) {
                    out += arguments(p, c, confidence: 0.75, asObject: true, lemma: entry.lemma)
                }
            }
        }
        // "lifted all sanctions on Syria": whom the lifted penalty hits
        if out.isEmpty, Self.easingLemmas.contains(entry.lemma) { out = penaltyTargets(p, w, entry) }
        // "recalled its envoy from Ottawa", "demanded an apology from China"
        if out.isEmpty { out = sourceTargets(p, w, entry) }
        // "halted arms exports to Turkey": a reduced tie's other side
        if out.isEmpty, entry.cameo == .reduceRelations || p.dependents(w, .obj).contains(where: { isTie(p, $0) }) { out = tieTargets(p, w, entry) }
        // "crossed into Donetsk in Ukraine": where the act happens is its target only when it has no other
        if out.isEmpty { out = places }
        // "deployed 500 troops in Mali", read with the place on the troops
        if out.isEmpty, ActionExtractor.motionLemmas.contains(entry.lemma) {
            out = forcePlaces(p, w).flatMap { arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma) }
        }
        // "said Qatar had funded terrorism", "insists Zelaya was removed": a name after a verb that takes a
        // clause is the subject of the clause, read as the object ("told X" names whom it is said to)
        if ActionExtractor.clauseOnlyLemmas.contains(entry.lemma) { return [] }
        // "Ukrainian officials say Russian troops ...": one speaks to an entity named outright, not to a country's troops
        if Self.speechLemmas.contains(entry.lemma) {
            out = out.filter { p.view.mentions[$0.mention].isDemonym == false && $0.confidence >= FactConfidence.Tree.speechArgumentMinimum }
        }
        return out
    }

    /// Roots of giving: promising (pledge, offer) and providing aid.
    static let givingRoots: Set<CAMEORootCode> = [.expressIntentToCooperate, .provideAid]

    /// "pledged $3 billion for Yemen's central bank": a promise or gift of a thing, whose `for` phrase
    /// names who receives it (not "offered support for the plan": no entity; not "called for X").
    func isGiving(_ p: ParsedSentence, _ w: Int, _ entry: VerbEntry) -> Bool {
        Self.givingRoots.contains(entry.cameo) && !p.dependents(w, .obj).isEmpty
    }

    /// Verbs of travel whose place phrase is the destination.
    static let travelLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.travelLemmas")

    /// Acts done together with someone, so `with` names the other side: consult, express intent
    /// to cooperate, diplomatic and material cooperation ("met with", "signed a deal with").
    static let partnerRoots: Set<CAMEORootCode> = [
        .consult, .expressIntentToCooperate, .engageInDiplomaticCooperation, .engageInMaterialCooperation,
    ]

    /// Acts addressed to someone, so `to` names whom: the cooperative roots from appeal to yield
    /// ("appealed to", "offered aid to", "conceded to").
    static let addresseeRoots: ClosedRange<CAMEORootCode> = .appeal ... .yield

    /// Whether a phrase with this preposition names whom the act is done to.
    func targetPreposition(_ preposition: String, _ entry: VerbEntry) -> Bool {
        let lemma = entry.lemma
        let motion = ActionExtractor.motionLemmas.contains(lemma)
        let violent = entry.cameo.isViolent
        switch preposition {
        case "against", "on", "upon", "toward", "towards": return true
        case "with": return ActionExtractor.reciprocalLemmas.contains(lemma) || Self.partnerRoots.contains(entry.cameo)
        case "to": return motion || Self.addresseeRoots.contains(entry.cameo)
        case "into": return motion || violent
        // "arrived in Asmara": travel with a named destination
        case "in", "at", "near", "inside", "within": return motion || violent || Self.travelLemmas.contains(lemma)
        case "between": return ActionExtractor.goBetweenLemmas.contains(lemma)
        default: return false
        }
    }

    /// Nouns for what someone says of another: the charges a denial answers ("a charge", "a claim",
    /// "an allegation") and a few more ("an assertion", "a demand", "a proposal").
    static let claimNouns: WordSet = ChargeDenials.chargeNouns.union(WordLists.wordSet("TreeActionExtractor.claimNouns"))

    /// Nouns for what one side asks of or holds against another, refused with "from" or "by" naming
    /// who asked (a closed class): "rejected calls from Washington", "a personal appeal from Abbott",
    /// "the criticism from Tokyo", "defying protests from Buenos Aires".
    static let pleaNouns: WordSet = [
        "call", "calls", "appeal", "appeals", "request", "requests", "criticism", "criticisms", "pressure", "protest", "protests",
        "objection", "objections", "warning", "warnings", "ultimatum",
    ]

    /// Prepositions of who made a claim (a closed class): "accusations by X", "criticism from X".
    static let claimantPrepositions: WordSet = ["by", "from"]

    /// Nouns that sum up a deed rather than words ("..., a move Pretoria had opposed"): what is
    /// refused is the act of the clause the noun follows, so its doer is the target.
    static let actSummaryNouns: WordSet = WordLists.wordSet("TreeActionExtractor.actSummaryNouns")

    /// Nouns that sum up a request or an offer (a closed class): "asked Guterres to replace him, a
    /// request Guterres rejected", "invited Mondlane to talks, an offer Mondlane rejected". What is
    /// refused is the asking, so the asker is the target, not the doer of the clause asked for.
    static let requestSummaryNouns: WordSet = [
        "request", "requests", "offer", "offers", "invitation", "invitations", "appeal", "appeals", "plea", "pleas", "call", "calls",
    ]

    /// Whether the word at `i` of `s` is a noun that may sum up the clause before it: a claim, a deed
    /// or a request.
    static func isSummingNoun(_ s: SentenceView, _ i: Int) -> Bool {
        s.lower(i, isIn: claimNouns) || s.lower(i, isIn: actSummaryNouns) || s.lower(i, isIn: requestSummaryNouns)
    }

    /// Roots of refusing what another says or does: disapprove (deny, dismiss), reject and protest.
    static let refutingCodes: Set<CAMEORootCode> = [.disapprove, .reject, .protest]

    /// Verbs of setting aside another's decision (a closed class), whatever their code: "..., a
    /// decision the court overturned".
    static let overrulingLemmas: WordSet = ["overturn", "annul", "quash", "overrule"]

    /// Words that join a clause answering the one before it (a closed class): "..., but X objected".
    static let contrastWords: WordSet = ["but", "yet"]

    /// "Russia wanted a closed session, but the US objected": the verb of the clause that verb `w`, joined
    /// to it by "but" with a subject of its own, answers, when `w` names no one it acts on (no object,
    /// or one that names no one: "turned down his request", "overturned the result") and says nothing
    /// (no clause of its own).
    func answeredClause(_ p: ParsedSentence, _ w: Int) -> Int? {
        guard p.label(w) == .conj, let h = p.head(w), h < w, isVerbal(p, h), !p.dependents(w, base: "nsubj").isEmpty,
            p.children[w].contains(where: { c in p.label(c).base == "cc" && c > h && p.word(c, isIn: Self.contrastWords) }),
            p.dependents(w, .ccomp).isEmpty, p.dependents(w, .xcomp).isEmpty,
            p.dependents(w, .obj).allSatisfy({ o in p.mentionOf[o] == nil && !p.children[o].contains { p.mentionOf[$0] != nil } })
        else { return nil }
        return h
    }

    /// "..., a charge Jakarta denies": the claim noun a relative clause of verb `w` hangs on, when the
    /// noun opens after a comma (or ", in": "in a move that X condemned") and is what the verb refuses (the verb has no object of
    /// its own but a relative pronoun).
    func summingNoun(_ p: ParsedSentence, _ w: Int) -> Int? {
        guard p.label(w) == .aclRelcl || p.label(w) == .acl, let h = p.head(w),
            p.word(h, isIn: Self.claimNouns) || p.word(h, isIn: Self.actSummaryNouns) || p.word(h, isIn: Self.requestSummaryNouns),
            p.mentionOf[h] == nil,
            p.dependents(w, .obj).allSatisfy({ p.word($0, isIn: Self.relativePronouns) }), p.dependents(w, .ccomp).isEmpty
        else { return nil }
        let opening = ([h] + p.children[h].filter { ["det", "amod"].contains(p.label($0).base) && $0 < h }).min() ?? h
        // ", a move Algeria opposed", ", in a move that was condemned by X"
        guard opening > 0, p.word(opening - 1, is: ",") || opening > 1 && p.word(opening - 1, is: "in") && p.word(opening - 2, is: ",") else { return nil }
        return h
    }

    /// Auxiliaries of a clause about what is to come (a closed class): "would", "will", "could".
    static let futureAuxiliaries: WordSet = ["will", "would", "could", "may", "might", "shall", "'ll"]

    /// The country a person's title opens with ("Croatian President X", "U.S. Secretary of State X"):
    /// the side the person speaks for; nil for anyone else.
    func ownCountry(_ p: ParsedSentence, _ mention: Int) -> Int? {
        let s = p.view
        guard s.mentions[mention].type == .person else { return nil }
        return SentenceView.countryOpeningTitle(of: s.mentions[mention], mentions: s.mentions, roles: s.roles, where: { _ in true })?.entity
    }

    /// Who made the claim a summing noun stands for: the subject of the sentence's main verb ("Peru
    /// says ..., a claim Quito rejects": Peru); for a deed ("a move"), the doer of the nearest clause
    /// above the noun that names one other than `refusers` ("Chad and Niger sent troops to Mali to
    /// fight rebels, a move Algeria opposed": Chad and Niger); for a request, the same past the clauses
    /// it asks for ("asked Guterres to replace Velasquez, a request Guterres rejected": the asker).
    func claimants(_ p: ParsedSentence, _ claim: Int, refusers: [Argument] = []) -> [Argument] {
        let request = p.word(claim, isIn: Self.requestSummaryNouns)
        if request || p.word(claim, isIn: Self.actSummaryNouns) {
            var node = claim
            for _ in 0..<12 {
                guard let h = p.head(node) else { break }
                node = h
                // "urged Honduras to hold a new election, a call that ...": the asking, not what it asks for
                guard isVerbal(p, node), !(request && p.label(node) == .xcomp) else { continue }
                let doers = actors(p, node, passive: isPassive(p, node), depth: 1).inherited.filter { d in
                    !refusers.contains { $0.mention == d.mention }
                }
                if !doers.isEmpty { return doers }
            }
            return []
        }
        var top = claim
        for _ in 0..<12 {
            guard let h = p.head(top) else { break }
            top = h
        }
        guard top != claim, p.head(top) == nil, isVerbal(p, top) else { return [] }
        return actors(p, top, passive: isPassive(p, top), depth: 1).inherited
    }
}
