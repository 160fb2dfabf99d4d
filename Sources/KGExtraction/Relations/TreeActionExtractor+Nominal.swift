import KGModel

/// Acts carried by nouns: `Turkey's recognition of Northern Cyprus`, `US sanctions on Iran`,
/// `the tribunal's warrant for the general`, `held talks with X`, `acted as mediator between X and Y`.
extension TreeActionExtractor {
    /// Prepositions that introduce whom a noun's act is done to.
    static let nominalTargetPrepositions: WordSet = [
        "of", "on", "against", "for", "with", "between", "to", "toward",
        "towards", "into", "upon",
    ]

    /// Acts (a closed class of lemmas) whose noun names what is left after "from": "withdrawal from ECOWAS".
    static let separationLemmas: WordSet = ["withdraw"]

    /// Verbs whose subject performs the act their object names: "imposed sanctions", "held talks",
    /// "launched an attack", "issued a warrant".
    static let performingLemmas: WordSet = ActionExtractor.lightLemmas.union(ActionExtractor.supportLemmas)
        .union(WordLists.wordSet("TreeActionExtractor.performingLemmas"))

    func nominal(_ facts: inout [Fact], _ p: ParsedSentence, _ n: Int, _ entry: VerbEntry) {
        // "a travel ban on X": a noun modifying another noun names a kind of thing, not an act
        guard !isUnrealAct(p, n), p.label(n) != .compound else { return }
        // "ordered the deployment of Russian forces": the verb states the act (an order, 15), its object
        // names no second act of the same kind (a host's talks are the sides' act, not the host's)
        if p.label(n) == .obj, let h = p.head(n), isVerbal(p, h), verbEntry(p, h)?.cameo == entry.cameo, !isConvened(p, n) { return }
        if bidding(&facts, p, n, entry) { return }
        if sufferedMeasure(&facts, p, n, entry) { return }
        let actors = nounActors(p, n, depth: 0)
        if actors.isEmpty, mediatedClause(&facts, p, n, entry) { return }
        if actors.isEmpty, sourcedAct(&facts, p, n, entry) { return }
        var targets: [Argument] = []
        var between: [Argument] = []
        for c in p.dependents(n, base: "nmod") where p.label(c) != .nmodPoss {
            // ("its withdrawal from ECOWAS": what one withdraws from is the act's target; elsewhere "from"
            // names a source: "aid from the EU")
            guard let preposition = p.preposition(c),
                Self.nominalTargetPrepositions.contains(preposition) || preposition == "from" && Self.separationLemmas.contains(entry.lemma)
            else { continue }
            // "of" names the target only when the actor is named apart: "Russia's recognition of Donetsk"
            if preposition == "of", actors.isEmpty { continue }
            let found = arguments(p, c, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            if preposition == "between" { between += found } else { targets += found }
        }
        // "mediation by the Commonwealth between him and Lungu", parsed with the sides on the mediator
        for agent in p.dependents(n, base: "nmod") where p.preposition(agent) == "by" {
            for c in p.dependents(agent, base: "nmod") where p.preposition(c) == "between" {
                between += arguments(p, c, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            }
        }
        // "Kenya hosted talks between Ethiopia and Eritrea": the host's act is hosting, which the verb's
        // rule states; the talks are the sides' own, as when no one hosts them
        if !between.isEmpty, !actors.isEmpty, isConvened(p, n) {
            if between.count >= 2, !ActionExtractor.goBetweenLemmas.contains(entry.lemma) {
                addBothWays(&facts, p, between, entry, at: n, confidence: FactConfidence.Tree.reciprocalNoun)
            }
            return
        }
        // "imposed sanctions on Belarus": the target may hang on the verb that performs the act
        // (also over a count of the act: "held two hours of talks with Kim")
        if targets.isEmpty, between.isEmpty, !actors.isEmpty, let h = p.label(n) == .obj ? p.head(n) : performingVerb(p, of: n) {
            // ("took the dispute to the ICJ": the body a dispute is taken to judges it, it is no side; see `referral`)
            let referred = Self.referralLemmas.contains(lemma(p, h))
            for c in p.dependents(h, .obl) {
                guard let preposition = p.preposition(c), preposition != "of", Self.nominalTargetPrepositions.contains(preposition),
                    !(referred && preposition == "to")
                else { continue }
                targets += arguments(p, c, confidence: FactConfidence.Tree.performingVerbTarget, asObject: true, lemma: entry.lemma)
            }
        }
        // "Twitter declined Canberra's request", "rejected Russia's demands": an appeal, offer or demand that
        // a verb answers was addressed to whoever answers it
        if targets.isEmpty, between.isEmpty, !actors.isEmpty, Self.addressedCodes.contains(entry.cameo), p.label(n) == .obj, let h = p.head(n),
            isVerbal(p, h), !isPassive(p, h), Self.answeringLemmas.contains(phrasalEntry(p, h)?.lemma ?? lemma(p, h))
        {
            targets = self.actors(p, h, passive: false, depth: 1).inherited
        }
        // "talks between Armenia and Azerbaijan": a reciprocal act of the two sides (not a go-between's:
        // in "a channel between Riyadh and the Houthis" neither side mediates)
        if actors.isEmpty, between.count >= 2 {
            if ActionExtractor.goBetweenLemmas.contains(entry.lemma) { return }
            addBothWays(&facts, p, between, entry, at: n, confidence: FactConfidence.Tree.reciprocalNoun)
            return
        }
        // "Beijing and Washington will hold talks", "X and Y have held 24 rounds of talks": coordinated
        // doers of a meeting noun that names no other side meet each other
        // (the doers the performing verb's own subject: "invited Albania and Croatia to begin talks" are
        // talks with the inviter)
        if targets.isEmpty, between.isEmpty, actors.count >= 2, p.word(n, isIn: Self.meetingNouns), ActionExtractor.reciprocalLemmas.contains(entry.lemma),
            !p.dependents(n, base: "nmod").contains(where: { p.preposition($0) == "with" }), let verb = performingVerb(p, of: n),
            p.dependents(verb, base: "nsubj").contains(where: { p.mentionOf[$0] != nil })
        {
            addBothWays(&facts, p, actors, entry, at: n, confidence: FactConfidence.Tree.reciprocalNoun)
            return
        }
        // "mediators between Colombia and the rebels": a go-between acts on both sides
        add(&facts, p, actors, entry, targets + between, at: n, confidence: FactConfidence.Tree.actionNoun)
    }

    /// The verb whose object is the act noun `n` or the count of it: "held talks", "held 24 rounds
    /// of talks" -> "held".
    func performingVerb(_ p: ParsedSentence, of n: Int) -> Int? {
        var object = n
        if p.label(object) == .nmod, p.preposition(object) == "of", let h = p.head(object), countsOutAnAct(p.words[h]) { object = h }
        guard p.label(object) == .obj, let verb = p.head(object), isVerbal(p, verb) else { return nil }
        return verb
    }

    /// Prepositions that put a clause under a go-between's act: "under the mediation of X".
    static let mediatedPrepositions: WordSet = ["under", "with", "through"]

    /// "Greece would keep negotiating with Skopje under the mediation of U.N. envoy X", "the LRA had
    /// negotiated with Kampala under the mediation of Riek Machar": the go-between named after "of"
    /// acts on the clause's sides, its doers and the partner after "with". True when it did.
    func mediatedClause(_ facts: inout [Fact], _ p: ParsedSentence, _ n: Int, _ entry: VerbEntry) -> Bool {
        guard ActionExtractor.goBetweenLemmas.contains(entry.lemma), p.label(n).base == "obl", p.preposition(n).map(Self.mediatedPrepositions.contains) == true,
            let h = p.head(n), isVerbal(p, h), !isPassive(p, h),
            let of = p.dependents(n, base: "nmod").first(where: { p.preposition($0) == "of" })
        else { return false }
        let goBetweens = arguments(p, of, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
        // the partner may hang on the verb or on the one it governs or is governed by ("would keep
        // negotiating with Skopje under the mediation of X")
        let verbs = [h] + p.dependents(h, .xcomp) + (p.label(h) == .xcomp ? p.head(h).map { [$0] } ?? [] : [])
        let partners = verbs.flatMap { v in
            p.dependents(v, base: "obl").filter { p.preposition($0) == "with" && $0 != n }.flatMap {
                arguments(p, $0, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            }
        }
        let sides = actors(p, h, passive: false, depth: 1) + partners
        guard !goBetweens.isEmpty, !sides.isEmpty else { return false }
        add(&facts, p, goBetweens, entry, sides, at: n, confidence: FactConfidence.Tree.actionNoun)
        return true
    }

    /// Verbs whose doer receives two sides that meet: "host", "convene".
    static let hostingLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.hostingLemmas")

    /// Verbs whose doer brings two sides together, acting on each: the go-betweens ("mediate",
    /// "broker") and the hosts.
    static let conveningLemmas: WordSet = ActionExtractor.goBetweenLemmas.union(hostingLemmas)

    /// Nouns for a stretch of time that count out an act: "four hours of talks", "years of talks".
    static let durationNouns: WordSet = WordLists.wordSet("TreeActionExtractor.durationNouns")

    /// The `between` phrases naming the sides of a brokered or hosted act `object`: its own ("a deal
    /// between X and Y") or, after a count or a stretch of time, its act's ("four hours of talks
    /// between X and Y", "a round of talks between X and Y").
    func sidesPhrases(_ p: ParsedSentence, _ object: Int) -> [Int] {
        var act = object
        if countsOutAnAct(p.words[object]), let inner = p.dependents(object, base: "nmod").first(where: { p.preposition($0) == "of" }) {
            act = inner
        }
        func betweens(_ noun: Int) -> [Int] { p.dependents(noun, base: "nmod").filter { p.preposition($0) == "between" } }
        let sides = betweens(act)
        // ("four hours of talks between X and Y" with "between" hung on "hours")
        return sides.isEmpty && act != object ? betweens(object) : sides
    }

    /// Whether a noun counts out the act named after its "of": "rounds of talks", "years of talks".
    func countsOutAnAct(_ word: String) -> Bool {
        Self.durationNouns.contains(word) || ActionExtractor.quantityNouns.contains(word)
            || word.hasSuffix("s") && ActionExtractor.quantityNouns.contains(String(word.dropLast()))
    }

    /// Whether noun `n` is what a convening verb brings about ("hosted talks", "hosted four hours of
    /// talks"), so the verb, not the noun, states the act on the sides.
    func isConvened(_ p: ParsedSentence, _ n: Int) -> Bool {
        guard let verb = performingVerb(p, of: n) else { return false }
        return Self.conveningLemmas.contains(lemma(p, verb)) && verbEntry(p, verb) != nil
    }

    /// Roots of acts addressed to someone who may answer them: appeals, offers, demands, threats.
    static let addressedCodes: Set<CAMEORootCode> = [.appeal, .expressIntentToCooperate, .demand, .threaten]

    /// Verbs that answer an appeal, offer or demand: accept, decline, reject, heed, ignore, turn down.
    static let answeringLemmas: WordSet = WordLists.wordSet("TreeActionExtractor.answeringLemmas")

    /// Prepositions of an act on whose bidding a clause's act is done: "at the request of X",
    /// "on X's orders", "with the backing of X".
    static let biddingPrepositions: WordSet = ["at", "on", "upon", "with"]

    /// "Rwanda deployed troops at the request of President Nyusi", "came to power with the backing of
    /// Hezbollah": the noun's own actor (its "of" phrase or possessor) acts toward whoever does the verb.
    /// Returns whether the noun was read so.
    func bidding(_ facts: inout [Fact], _ p: ParsedSentence, _ n: Int, _ entry: VerbEntry) -> Bool {
        guard p.label(n).base == "obl", let preposition = p.preposition(n), Self.biddingPrepositions.contains(preposition),
            let h = p.head(n), isVerbal(p, h) || p.tags[h].upos == .AUX, !isUnreal(p, h)
        else { return false }
        var agents: [Argument] = []
        for c in p.children[n] {
            let label = p.label(c)
            guard label == .nmodPoss || label.base == "nmod" && p.preposition(c) == "of" else { continue }
            agents += arguments(p, c, confidence: 0.75, asObject: false, lemma: nil)
        }
        guard !agents.isEmpty else { return false }
        let doers = actors(p, h, passive: isPassive(p, h), depth: 1)
        add(&facts, p, agents, entry, doers, at: n, confidence: 0.7)
        return true
    }

    /// "Iran, a country under U.S. sanctions", "Timchenko, who is under U.S. sanctions", "Belarus has
    /// been under EU sanctions": the measure's named imposers (its modifiers) act on whoever is under
    /// it. Only measures that reduce relations (sanctions, an embargo). Returns whether it was read so.
    func sufferedMeasure(_ facts: inout [Fact], _ p: ParsedSentence, _ n: Int, _ entry: VerbEntry) -> Bool {
        guard entry.cameo == .reduceRelations, p.preposition(n) == "under" else { return false }
        let imposers = nounActors(p, n, depth: 0)
        guard !imposers.isEmpty else { return false }
        var sufferers: [Argument] = []
        if !p.dependents(n, base: "cop").isEmpty {
            // "X is under sanctions", "X, who is under sanctions": the copula's subject (not "is not under")
            guard !isUnreal(p, n) else { return false }
            for subject in p.dependents(n, base: "nsubj") {
                var named = subject
                if p.word(subject, isIn: Self.relativePronouns) {
                    // the name the clause hangs on, or the one right before its pronoun whatever the parser hung it on
                    named = relativeAntecedent(p, of: n).flatMap { p.mentionOf[$0] != nil ? $0 : nil } ?? nameBeforeComma(p, subject) ?? subject
                }
                sufferers += arguments(p, named, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
            }
        } else if p.label(n).base == "nmod", var h = p.head(n) {
            // "Iran, a country under sanctions": the name the noun is in apposition to
            if p.mentionOf[h] == nil, p.label(h) == .appos {
                let start = p.dependents(h, .det).min().map { min($0, h) } ?? h
                guard let named = nameBeforeComma(p, start) else { return false }
                h = named
            }
            sufferers += arguments(p, h, confidence: FactConfidence.Tree.attachedArgument, asObject: true, lemma: entry.lemma)
        } else if p.label(n).base == "obl", let h = p.head(n), !isUnreal(p, h) {
            // "has remained under sanctions since 2020": the clause's subject
            sufferers += actors(p, h, passive: false, depth: 1).inherited
        }
        guard !sufferers.isEmpty else { return false }
        add(&facts, p, imposers, entry, sufferers, at: n, confidence: FactConfidence.Tree.actionNoun)
        return true
    }

    /// The name right before the comma before word `w` ("Timchenko , who", "Iran , a country"), if any.
    func nameBeforeComma(_ p: ParsedSentence, _ w: Int) -> Int? {
        let before = w - 1
        guard before >= 1, p.word(before, is: ","), p.mentionOf[before - 1] != nil else { return nil }
        return before - 1
    }

    /// Who performs the act a noun names: its possessor (`Russia's`), its national or named modifier
    /// (`US sanctions`), its `by` phrase, or the subject of the verb that performs it (`Norway
    /// imposed sanctions`, `a new round of sanctions`, `acted as mediator`).
    /// Possessive pronouns (a closed class) that may stand for the subject of the verb an act noun is the object of.
    static let possessivePronouns: WordSet = ["its", "their", "his", "her", "our"]

    /// The word a relative clause containing word `w` hangs on ("X, whose visit ..., thanked Y": X),
    /// within a few steps up; nil when `w` is in no relative clause.
    func relativeAntecedent(_ p: ParsedSentence, of w: Int) -> Int? {
        var node = w
        for _ in 0..<4 {
            guard let h = p.head(node) else { return nil }
            if p.label(node) == .aclRelcl { return h }
            node = h
        }
        return nil
    }

    func nounActors(_ p: ParsedSentence, _ n: Int, depth: Int) -> [Argument] {
        var found: [Argument] = []
        for c in p.children[n] {
            let label = p.label(c)
            if label == .nmodPoss || label.base == "amod" || label.base == "compound" {
                // a place is no actor: "the Donetsk attacks" are not Donetsk's
                if let m = p.usableMention(c), p.view.mentions[m].type != .location {
                    let confidence = label == .nmodPoss ? FactConfidence.Tree.attachedArgument : FactConfidence.Tree.modifierActor
                    // "Saudi mediation between Doha and Manama": a demonym modifying a go-between's act is
                    // its state (one heading a phrase would be a language, which `arguments` passes over);
                    // elsewhere the window rules read it ("Russian recognition of X"), and the tree would
                    // hand it acts told around the noun ("rejected an Israeli offer")
                    if label.base == "amod", p.view.mentions[m].isDemonym, p.view.mentions[m].type == .country,
                        p.dependents(n, base: "nmod").contains(where: { p.preposition($0) == "between" })
                    {
                        found.append(Argument(mention: m, confidence: confidence))
                    } else {
                        found += arguments(p, c, confidence: confidence, asObject: false, lemma: nil)
                    }
                }
            } else if label.base == "nmod", p.preposition(c) == "by" {
                found += arguments(p, c, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
            }
        }
        // "his country's recognition": a possessor the sentence does not name is still the actor
        if !found.isEmpty || depth > 3 { return found }
        let possessors = p.dependents(n, .nmodPoss)
        // "Mirziyoyev, whose visit to Tajikistan ...": the relative possessor is the name the clause hangs on
        if possessors.count == 1, let whose = possessors.first, p.word(whose, is: "whose"), let named = relativeAntecedent(p, of: n) {
            return arguments(p, named, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
        }
        // "mocked Modi following his visit to Lakshadweep", "criticised Russia over its invasion of Ukraine":
        // a possessive pronoun on an act noun in a verb's phrase (no verb's object; not a phrase of another
        // noun: "the suspension of its aid to X" is no aid) stands for the nearest name before it of a
        // kind it fits
        if possessors.count == 1, let owner = possessors.first, p.mentionOf[owner] == nil, let kinds = Self.possessivePronounKinds[p.words[owner]],
            p.label(n).base == "obl", p.preposition(n) != nil,
            let m = antecedent(p, owner, actors: [], kinds: kinds)
        {
            return [Argument(mention: m, confidence: FactConfidence.Tree.pronounSpeaker - 0.05)]
        }
        if !possessors.isEmpty {
            // "Washington maintains its own sanctions on Libya": a possessive pronoun on the object of a
            // performing verb stands for that verb's subject
            guard possessors.allSatisfy({ p.mentionOf[$0] == nil && p.word($0, isIn: Self.possessivePronouns) }), p.label(n) == .obj, let h = p.head(n),
                isVerbal(p, h), !isPassive(p, h), !isUnreal(p, h), Self.performingLemmas.contains(lemma(p, h)) || keepsOwnAct(p, h, noun: n)
            else { return found }
            return actors(p, h, passive: false, depth: depth + 1).inherited
        }
        // "Muttaqi was on a visit to India": a journey its subject is on is that subject's
        if p.word(n, isIn: Self.journeyNouns), p.preposition(n) == "on", !p.dependents(n, base: "cop").isEmpty {
            return p.dependents(n, base: "nsubj").flatMap { subject in
                // ("Bush, who was on a visit to Tanzania,": the name "who" stands for)
                let named = p.word(subject, is: "who") ? relativeAntecedent(p, of: n) ?? subject : subject
                return arguments(p, named, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil)
            }
        }
        guard var h = p.head(n) else { return [] }
        var noun = n
        // "a new round of sanctions", "four hours of talks": the counting noun stands in for the act
        if p.label(noun) == .nmod, p.preposition(noun) == "of", countsOutAnAct(p.words[h]), let up = p.head(h) {
            noun = h
            h = up
        }
        guard !isUnreal(p, h) else { return [] }
        let label = p.label(noun)
        // "cut short a visit", parsed with the visit as the object of "short"
        if p.word(noun, isIn: Self.journeyNouns), label == .obj, p.word(h, is: "short"), p.label(h) == .xcomp, let up = p.head(h) { h = up }
        // "warned after visits to Athens", "cut short a visit to Davos": a journey is the traveller's, who
        // does what the journey is a time or object of
        // (not "during the visit of the Chinese president": the visitor named after "of")
        if p.word(noun, isIn: Self.journeyNouns), isVerbal(p, h), !isPassive(p, h), !p.dependents(noun, base: "nmod").contains(where: { p.preposition($0) == "of" }),
            label.base == "obl" && p.preposition(noun).map(Self.journeyTimePrepositions.contains) == true
                || label == .obj && Self.journeyEndingLemmas.contains(lemma(p, h))
        {
            return actors(p, h, passive: false, depth: depth + 1).inherited
        }
        // "spoke to reporters after talks with Erdogan", "following a phone call with X": a meeting with a
        // named side before or during the clause's act is its doer's ("after weeks of negotiations with
        // X": the counted act's own "with")
        if p.word(n, isIn: Self.meetingNouns), p.dependents(n, base: "nmod").contains(where: { p.preposition($0) == "with" }) {
            let timed = p.preposition(noun).map(Self.journeyTimePrepositions.contains) == true
            if label.base == "obl", timed, isVerbal(p, h), !isPassive(p, h) { return actors(p, h, passive: false, depth: depth + 1).inherited }
            // "flew to Seoul for talks with X", "was in Seoul for talks with X": a journey's or a stay's
            // purpose is the traveller's (not "called for talks with X": an appeal)
            if p.preposition(noun) == "for",
                label.base == "obl" && isVerbal(p, h) && !isPassive(p, h) && Self.travelLemmas.contains(lemma(p, h))
                    || ["obl", "nmod"].contains(label.base) && !p.dependents(h, base: "cop").isEmpty
                        && p.usableMention(h).map { p.view.mentions[$0].type == .location } == true
            {
                return actors(p, h, passive: false, depth: depth + 1).inherited
            }
            // "ordered ... following a phone call with X", parsed with "following" a verb taking the call
            if label == .obj, p.word(h, is: "following"), p.label(h) == .advcl, let up = p.head(h), isVerbal(p, up), !isPassive(p, up) {
                return actors(p, up, passive: false, depth: depth + 1).inherited
            }
            // "backed the resolution after negotiations with X", parsed with the phrase on the object: a time
            // phrase modifies the clause, whose doer held the talks
            if label.base == "nmod", timed, p.usableMention(h) == nil, p.label(h) == .obj, let verb = p.head(h), isVerbal(p, verb), !isPassive(p, verb) {
                return actors(p, verb, passive: false, depth: depth + 1).inherited
            }
            // "Trump, following a phone call with X, ordered ...", parsed with the phrase on the subject's name
            if label.base == "nmod", timed, p.usableMention(h) != nil {
                return arguments(p, h, confidence: FactConfidence.Tree.attachedArgument, asObject: false, lemma: nil).inherited
            }
        }
        // "took part in naval exercises with Greece", "participated in the talks": whoever takes part does the act
        if label.base == "obl", p.preposition(noun) == "in", isVerbal(p, h), !isPassive(p, h), isParticipation(p, h) {
            return actors(p, h, passive: false, depth: depth + 1).inherited
        }
        let governed = label == .obj || (label.base == "obl" || label == .xcomp) && p.preposition(noun) == "as"
        guard governed, isVerbal(p, h) || p.tags[h].upos == .AUX, Self.performingLemmas.contains(lemma(p, h)) else { return [] }
        return actors(p, h, passive: isPassive(p, h), depth: depth + 1).inherited
    }

    /// Verbs (a closed class) by which a subject keeps up or stands by its own act: "kept its sanctions
    /// on Belarus", "defended its invasion of Ukraine", "repeated his criticism of Israel". (Not
    /// verbs that stop, resume or answer an act: "froze its aid to X", "overturned his suspension of
    /// X" are another's act or none.)
    static let sustainingLemmas: WordSet = [
        "keep", "continue", "defend", "justify", "extend", "intensify", "tighten", "expand", "widen", "escalate", "repeat", "renew",
        "reiterate",
    ]

    /// Whether verb `h` keeps up its subject's own act its object `noun` names (`sustainingLemmas`); a
    /// promise kept is done, no promise stated again ("kept its promise to X").
    func keepsOwnAct(_ p: ParsedSentence, _ h: Int, noun: Int) -> Bool {
        Self.sustainingLemmas.contains(lemma(p, h)) && nounEntry(p, noun)?.cameo != .expressIntentToCooperate
    }

    /// Whether verb `h` is one of taking part: "participate", or "take" with "part" for object.
    func isParticipation(_ p: ParsedSentence, _ h: Int) -> Bool {
        let verb = lemma(p, h)
        return verb == "participate" || verb == "take" && p.dependents(h, .obj).contains { p.word($0, is: "part") }
    }

    /// Nouns for a journey to a place or a side: "visit", "trip", "tour" (each a visit's act, CAMEO 04).
    static let journeyNouns: WordSet = WordLists.wordSet("TreeActionExtractor.journeyNouns")
    /// Nouns for a meeting or a call with another side: "talks", "meeting", "call", "conversation".
    static let meetingNouns: WordSet = WordLists.wordSet("TreeActionExtractor.meetingNouns")
    /// Prepositions that make a journey the time of a clause's act: "during a visit to X", "after visits to Y".
    static let journeyTimePrepositions: WordSet = ["during", "after", "before", "following", "on", "since", "throughout"]
    /// Verbs that end or break off a journey that was made: "cut short a visit to X", "wrapped up a tour of Y".
    static let journeyEndingLemmas: WordSet = ["cut", "end", "wrap", "interrupt", "conclude", "complete"]

    /// "a meeting between X and Y is unlikely", "did not impose sanctions": the clause the noun is
    /// an argument of states no fact.
    func isUnrealAct(_ p: ParsedSentence, _ n: Int) -> Bool {
        guard let h = p.head(n), [.nsubj, .nsubjPass, .obj].contains(p.label(n)) || p.label(n).base == "obl" else { return false }
        return p.word(h, isIn: Self.forecastWords) || p.word(h, isIn: Self.unlikelyWords) || isUnreal(p, h)
    }

    /// Adjectives that put the act a noun names in doubt: "a meeting ... is unlikely".
    static let unlikelyWords: WordSet = WordLists.wordSet("TreeActionExtractor.unlikelyWords")
}
