import KGModel

/// Finding a verb's arguments: the subject to the left, objects to the right, agents of passives,
/// and the lists coordinated with them.
extension ActionExtractor {
    /// The agent of a passive verb: the mention after `by`, preferring a person in that phrase.
    func agent(_ s: SentenceView, _ v: Int) -> [Int] {
        var i = v + 1
        while s.range.contains(i), i <= v + 6 {
            if s.lower(i, is: "by") {
                var found: [Int] = []
                var j = i + 1
                while s.range.contains(j), j <= i + 12, !s.lower(j, isIn: Self.clauseBreaks), !s.lower(j, is: ",") || found.isEmpty,
                    !s.lower(j, isIn: Self.timeConjunctions)
                {
                    if let m = s.mention(startingAt: j), !s.mentions[m].modifierOnly { found.append(m); j = s.mentions[m].range.upperBound; continue }
                    if s.lower(j, is: ",") { break }
                    // "by militants in Iraq": a place phrase inside the agent phrase is not the agent
                    if s.lower(j, isIn: Self.prepositions), !s.lower(j, is: "of"), j > i + 1 { break }
                    j += 1
                }
                if let person = found.first(where: { s.mentions[$0].type == .person }) { return [person] }
                // "by the European Union and the African Union": coordinated agents all act
                if let first = found.first, found.count > 1, Set(coordinatedRight(s, first)).isSuperset(of: found) { return found }
                // "by the official Kenyan news agency KNA": the head, not the demonym before it
                if let head = found.last(where: { !s.mentions[$0].isDemonym }) { return coordinatedRight(s, head) }
                return found.first.map { coordinatedRight(s, $0) } ?? []
            }
            if s.lower(i, isIn: Self.clauseBreaks) { break }
            i += 1
        }
        return []
    }

    /// "Otunbayeva said the demand would be delivered through the CIS and accused Lukashenko of ...":
    /// an act done in words after plain "and" is the speaker's second act, when the reported clause
    /// has no named subject of its own that acts ("X said Russia condemned Y and accused Z" is
    /// Russia's). Returns the speaker, or nil when the verb does not go on so.
    func speakerGoingOn(_ s: SentenceView, _ v: Int, subjectsOfVerb: [Int: [Int]]) -> Int? {
        guard s.lower(v - 1, is: "and"), let act = s.lower(v, in: lexicons.verbs), Self.speakersActs.contains(act.cameo) else { return nil }
        let speeches = subjectsOfVerb.filter { verb in
            verb.key < v - 1 && verb.key >= v - Self.speakerReach && !verb.value.isEmpty && !isInsertedAttribution(s, verb: verb.key, subjects: verb.value)
                && (s.lower(verb.key, in: lexicons.verbs).map { Self.reportsSpeech($0.lemma, telling: true) } ?? false)
        }
        guard let speech = speeches.max(by: { $0.key < $1.key }), let speaker = speech.value.first else { return nil }
        // the reported clause's own named subject
        if let reported = s.mention(startingAt: reportedClauseStart(s, after: speech.key)),
            subjectsOfVerb.contains(where: { $0.key > speech.key && $0.key < v && $0.value.contains(reported) })
        {
            return nil
        }
        return speaker
    }

    /// Whether mention `m` names a state's own executive body (a ministry, an army, a government),
    /// which a leader's request instructs.
    func isInstructedBody(_ s: SentenceView, _ m: Int) -> Bool {
        s.mentions[m].type == .organization && s.lower(s.mentions[m].range.upperBound - 1, isIn: Self.executiveBodyHeads)
    }

    /// Head words of a state's executive bodies (a closed class).
    static let executiveBodyHeads: WordSet = ["ministry", "department", "army", "forces", "military", "police", "navy", "cabinet", "government"]

    /// Whether `lemma` reports speech: "say" or one of `speechLemmas` ("announce", "state"), and with
    /// `telling`, "tell" too (whose object is the one told, not the reported clause's subject).
    static func reportsSpeech(_ lemma: String, telling: Bool = false) -> Bool {
        lemma == "say" || telling && lemma == "tell" || speechLemmas.contains(lemma)
    }

    /// Where the clause a verb of speech at `speech` reports begins: right after it, or after its "that".
    func reportedClauseStart(_ s: SentenceView, after speech: Int) -> Int {
        s.lower(speech + 1, is: "that") ? speech + 2 : speech + 1
    }

    /// Whether `verb` with `subjects` is an attribution set off by commas inside another clause:
    /// "X telephoned Y, the State Department said, and urged him": the verb after "and" goes on with X.
    func isInsertedAttribution(_ s: SentenceView, verb: Int, subjects: [Int]) -> Bool {
        guard s.lower(verb + 1, is: ","), let first = subjects.first, let speech = s.lower(verb, in: lexicons.verbs), Self.reportsSpeech(speech.lemma)
        else { return false }
        var start = s.mentions[first].range.lowerBound
        if s.lower(start - 1, is: "the") { start -= 1 }
        return s.lower(start - 1, is: ",") && s.mentions[first].range.upperBound == verb
    }

    /// Words between a verb of speech and the act after "and" that the speaker still does, at most.
    static let speakerReach = 30

    /// Acts done in words, which a speaker goes on to do after "said ... and": statements, appeals,
    /// demands, disapproval, rejections, threats and protests.
    static let speakersActs: Set<CAMEORootCode> = [.makePublicStatement, .appeal, .demand, .disapprove, .reject, .threaten, .protest]

    /// Modals that carry a reported clause on past "and": "said China would keep ... and would demand".
    static let reportedModals: WordSet = ["would", "will", "could", "can", "might", "may", "should", "must"]

    /// The subject: the nearest mention to the left in the same clause that is not inside a
    /// prepositional phrase, skipping relative clauses and passing through control verbs.
    func subject(
        _ s: SentenceView, _ v: Int, relative: [(range: Range<Int>, antecedent: Int?)],
        subjectsOfVerb: [Int: [Int]], objectsOfVerb: [Int: [Int]]
    ) -> Int? {
        // inside ", who ..." the antecedent is the subject
        // (a "whose" clause has a subject of its own: "Brazil, whose President X has criticized Y")
        if let rel = relative.first(where: { $0.range.contains(v) && !s.lower($0.range.lowerBound + 1, is: "whose") }) { return rel.antecedent }
        if let speaker = speakerGoingOn(s, v, subjectsOfVerb: subjectsOfVerb) { return speaker }
        // "X recognised Y and ordered Z": a coordinated verb shares the first verb's subject
        // ("entered the town of X and were heading towards Y": through an auxiliary too)
        if s.lower(v - 1, is: "and") || s.lower(v - 1, is: ",") && s.lower(v - 2, is: "and")
            || s.lower(v - 2, is: "and") && (s.isAdverb(v - 1) || s.tag(v - 1)?.upos == .AUX),
            let previous = subjectsOfVerb.filter({
                $0.key < v && $0.key >= v - 15 && !$0.value.isEmpty && !isInsertedAttribution(s, verb: $0.key, subjects: $0.value)
            }).max(by: { $0.key < $1.key })
        {
            // "X said China would keep the plane and would demand ...": a modal repeated after "and" goes
            // on with the reported clause, whose own subject (right after the verb of speech, or after
            // "that") acts ("X said Y had no links and accused France" is the speaker's second act)
            if s.lower(v - 2, is: "and"), s.lower(v - 1, isIn: Self.reportedModals),
                let speech = s.lower(previous.key, in: lexicons.verbs), Self.reportsSpeech(speech.lemma)
            {
                if let reported = s.mention(startingAt: reportedClauseStart(s, after: previous.key)), s.mentions[reported].range.upperBound < v,
                    !s.mentions[reported].modifierOnly
                {
                    return reported
                }
            }
            return previous.value.first
        }
        // ", accusing Sudan of ...": a participle after a comma shares the main verb's subject
        if s.isGerund(v), s.lower(v - 1, is: ","),
            let previous = subjectsOfVerb.filter({ $0.key < v && !$0.value.isEmpty }).max(by: { $0.key < $1.key })
        {
            return previous.value.first
        }
        var i = v - 1
        var steps = 0
        var sawTo = false
        while s.range.contains(i), steps < 18 {
            if let rel = relative.first(where: { $0.range.upperBound == i + 1 || $0.range.contains(i) && !$0.range.contains(v) }) {
                i = rel.range.lowerBound - 1
                steps += 1
                continue
            }
            let w = s.lower(i)
            // "X said (that) it would ...": "it" is X when X is a country or a body
            if w == "it" || w == "they", s.mentionAt[i] == nil {
                var k = i - 1
                if s.lower(k, is: "that") { k -= 1 }
                if let speakers = subjectsOfVerb[k], let first = speakers.first, s.mentions[first].type != .person,
                    s.mentions[first].type != .location
                {
                    return first
                }
            }
            if let m = s.mentionAt[i] {
                let span = s.mentions[m]
                let start = span.range.lowerBound
                let before = s.lower(start - 1)
                let possessive = s.lower(span.range.upperBound, is: "'s")
                // "with Chinese President Xi Wen": the phrase starts before the title
                let governing = governingPreposition(s, titledStart(s, m))
                // "the leaders of X": a role's holder acts for X
                let roleBeforeOf = before == "of" && (s.roleAt[start - 2] != nil || s.lower(start - 2, isIn: Self.pluralRoles))
                var inPhrase = (Self.prepositions.contains(before) || governing != nil) && !roleBeforeOf
                // "after Lula recognised ...": a conjunction opening a clause whose subject this is
                // "videos of Ethiopian forces crossing into X": a participle right after its noun phrase
                // (not a new clause's: "entered the town of X and were heading towards Y")
                if inPhrase, s.isGerund(v), v - span.range.upperBound <= 2,
                    (span.range.upperBound..<v).allSatisfy({
                        s.tokens[$0].isWord && !s.tokens[$0].isCapitalized && !isVerbUse(s, $0) && s.tag($0)?.upos != .AUX
                            && s.tag($0)?.upos != .CCONJ
                    })
                {
                    inPhrase = false
                }
                if inPhrase,
                    Self.timeConjunctions.contains(governing ?? before)
                        || (governing ?? before) == "with" && s.isGerund(v),
                    (span.range.upperBound..<v).allSatisfy({ s.isAdverb($0) || s.lower($0, isIn: Self.transparent) })
                {
                    inPhrase = false
                }
                if !span.modifierOnly && !inPhrase && (!possessive || sawTo) {
                    // "Turkish tourists visiting Greek islands": private people of a country act for no
                    // state (the people are the subject, not the demonym before them)
                    if span.isDemonym, s.lower(span.range.upperBound, isIn: Self.privatePeopleNouns) { return nil }
                    // "urged Sudan to recognize X": Sudan is only asked to act
                    return sawTo && isAppealedTo(s, m) ? nil : m
                }
                i = start - 1
                steps += 1
                continue
            }
            if w == "to" {
                sawTo = true
                // "Hungary's request to sanction Poland", "Uganda's offer to mediate": asked for or offered, not done
                if s.tag(i - 1)?.upos == .NOUN, s.lower(i - 1, isIn: Self.requestNouns) { return nil }
                // "asked X for aircraft to reach Y": the infinitive's subject is the noun after "for"
                if hasForSubject(s, infinitiveMarker: i) { return nil }
            }
            // "not going to ... fight X": the negation reaches through the infinitives
            if sawTo, Self.negations.contains(w) || Self.hypotheticals.contains(w) && !(w == "would" && reportedIntent(s, before: i)) {
                return nil
            }
            if let objects = objectsOfVerb[i], sawTo, let first = objects.first,
                let controller = lexicons.verbs[w], Self.objectControl.contains(controller.lemma)
            {
                // "urged Sudan to recognize Eritrea": the urged act is asked for, not done
                return appeals(controller.lemma, to: first, in: s) ? nil : first
            }
            // "Kenya urged its neighbours to condemn X", "pressed his partners to recognise X": an act urged
            // on an object that names no one is asked for, not done, and not the urger's ("ordered its
            // troops to attack X" is the subject's act through its forces)
            if sawTo, !s.lower(i + 1, is: "to"), let controller = lexicons.verbs[w], Self.appealControl.contains(controller.lemma), isVerbUse(s, i) {
                return nil
            }
            if let subjects = subjectsOfVerb[i], let first = subjects.first,
                sawTo || ["and", ","].contains(s.lower(i + 1)) || s.isGerund(v)
            {
                return first
            }
            if Self.clauseBreaks.contains(w) && !(w == "that" && sawTo) { return nil }
            if w == "," && !sawTo {
                // a comma ends the clause unless it closes an apposition or an opening phrase
                if steps > 6 { return nil }
            }
            if isVerbUse(s, i) && !Self.transparent.contains(w) && !sawTo {
                // another verb in between: only "and V" coordination passes (handled above)
                return nil
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// Whether mention `m` is whom an appeal verb addresses: "urged [Sudan]", "called on [the Sudanese army]".
    func isAppealedTo(_ s: SentenceView, _ m: Int) -> Bool {
        var k = titledStart(s, m) - 1
        if s.lower(k, isIn: Self.determiners) { k -= 1 }
        if ["on", "upon"].contains(s.lower(k)) { k -= 1 }
        guard let verb = s.lower(k, in: lexicons.verbs) else { return false }
        return appeals(verb.lemma, to: m, in: s)
    }

    /// Whether a verb of `lemma` with mention `m` for its object appeals to `m` (the act it asks for
    /// is not done): "urged Sudan", "asked India", but not "asked the Defense Ministry", a leader's
    /// instruction to a body of its own state.
    func appeals(_ lemma: String, to m: Int, in s: SentenceView) -> Bool {
        Self.appealControl.contains(lemma) && !(lemma == "ask" && isInstructedBody(s, m))
    }

    /// The objects: the first mention to the right within the clause, and those coordinated with it.
    func object(_ s: SentenceView, _ v: Int, lemma: String, violent: Bool = false) -> [Int] {
        var i = v + 1
        var steps = 0
        // where troops move, or where blows land ("struck targets in Gaza"), is the target
        let motion = Self.motionLemmas.contains(lemma) || violent
        var sawPart = false
        var sawOf = false
        while s.range.contains(i), steps < 15 {
            let w = s.lower(i)
            // adverbial "in this context", "in particular", "in turn" do not end the search
            if w == "in", let skip = Self.adverbialIn(s, i) { i += skip; steps += 1; continue }
            if let m = s.mention(startingAt: i) {
                if s.mentions[m].modifierOnly { i = s.mentions[m].range.upperBound; steps += 1; continue }
                let before = governingPreposition(s, i) ?? ""
                // "wrote on Twitter": the medium of the act, not its target
                if Self.mediumPrepositions.contains(before), s.lower(i, isIn: Self.mediumNames) { return [] }
                // "attended the ceremony along with X": a companion in the act, not its target
                if before == "with", let with = (max(v + 1, i - 4)..<i).last(where: { s.lower($0, is: "with") }),
                    s.lower(with - 1, isIn: Self.companionAdverbs)
                {
                    return []
                }
                // "deployed troops to X, with Chad and Niger sending the most": an absolute clause, whose names do
                // their own act
                if before == "with", let last = coordinatedRight(s, m).last, s.range.contains(s.mentions[last].range.upperBound),
                    s.isGerund(s.mentions[last].range.upperBound), s.mentionAt[s.mentions[last].range.upperBound] == nil
                {
                    return []
                }
                // "entered the school of Dr. X": where something moves is a place, not a person
                if motion, before == "of" || sawOf, s.mentions[m].type == .person { return [] }
                if Self.placePrepositions.contains(before) && !motion { return [] }
                if before == "of", let of = (max(v + 1, i - 3)..<i).last(where: { s.lower($0, is: "of") }), s.lower(of - 1, is: "out") { return [] }
                // "deploy Rwandan troops to X": the demonym names what moves, not where
                if Self.themeLemmas.contains(lemma), s.mentions[m].isDemonym { i = s.mentions[m].range.upperBound; steps += 1; continue }
                // "the Sudan crisis": a country name modifying a noun is not the object
                if !Self.judgingLemmas.contains(lemma), s.mentions[m].type == .country, !s.mentions[m].isDemonym,
                    s.lower(i - 1, isIn: WordSet.articles), s.mentions[m].range.count == 1, !s.tokens[i].isAllCaps,
                    s.range.contains(s.mentions[m].range.upperBound), s.tokens[s.mentions[m].range.upperBound].isWord,
                    !s.tokens[s.mentions[m].range.upperBound].isCapitalized,
                    s.lower(s.mentions[m].range.upperBound, isIn: lexicons.commonWords),
                    !s.lower(s.mentions[m].range.upperBound, isIn: Self.prepositions),
                    !["and", "or", "to", "as", "that", "which", "who", "on", "in", "over", "is", "was", "has", "had", "will"].contains(s.lower(s.mentions[m].range.upperBound)),
                    !isVerbUse(s, s.mentions[m].range.upperBound)
                {
                    return []
                }
                // "mediated between X and Y": both sides are the objects of a go-between
                if before == "between", Self.goBetweenLemmas.contains(lemma) { return coordinatedRight(s, m) }
                if ["from", "by", "during", "after", "before", "like", "between", "among", "over", "about"].contains(before) { return [] }
                // "regions of eastern Congo": a part of the country, not the country
                if sawPart && s.mentions[m].type == .country { return [] }
                // "the Chad Accord": the name goes on, the country is a modifier
                let after = s.mentions[m].range.upperBound
                if s.range.contains(after), s.tokens[after].isWord, s.tokens[after].isCapitalized, s.mentionAt[after] == nil,
                    s.roleAt[after] == nil, !s.tokens[after].startsLine
                {
                    return []
                }
                // "discuss Iran's decision": only verbs that judge an act judge its actor
                if s.lower(after, is: "'s") {
                    // "Serbia's two provinces": the places themselves
                    var k = after + 1
                    while s.range.contains(k), k < after + 4, s.mention(startingAt: k) == nil, s.tokens[k].isWord, !isVerbUse(s, k),
                        !s.lower(k, isIn: Self.prepositions)
                    { k += 1 }
                    if let inner = s.mention(startingAt: k), s.mentions[inner].type == .location { return coordinatedRight(s, inner) }
                    // "congratulated Nigeria's Amina Bello": the person named after the possessive
                    if let person = s.mention(startingAt: after + 1), s.mentions[person].type == .person { return coordinatedRight(s, person) }
                    // "warned Niger's junta", "summoned Chile's ambassador": the body acting for the country
                    var h = after + 1
                    while s.range.contains(h), h < after + 3, s.tag(h)?.upos == .ADJ, s.mentionAt[h] == nil { h += 1 }
                    let actingBody =
                        s.lower(h, isIn: Self.actingBodyNouns)
                        || s.roleAt[h].map { s.mention(startingAt: s.roles[$0].range.upperBound) == nil } ?? false
                    if !actingBody && !Self.judgingLemmas.contains(lemma) && !["on", "to", "into", "near", "along", "toward", "towards"].contains(before) {
                        return []
                    }
                }
                // "urging Malian President Amadou Traore": the person, not the title's country
                return coordinatedRight(s, personBehindTitle(s, m) ?? m)
            }
            if Self.quoteMarks.contains(w), steps > 0 { i += 1; steps += 1; continue }  // "the « Republics of X »"
            if w == ",", s.lower(i + 1, isIn: Self.inclusionWords) { i += 2; steps += 1; continue }
            // "the sovereignty, independence and integrity of X": a comma inside a list of nouns (not one
            // before a relative clause: "called on the rebels, whom the United States has backed")
            if w == ",", steps > 0, s.range.contains(i + 1), s.tokens[i + 1].isWord, !s.tokens[i + 1].isCapitalized,
                !s.lower(i + 1, isIn: Self.determiners), !s.lower(i + 1, isIn: Self.clauseBreaks), !s.lower(i + 1, is: "whom"), !isVerbUse(s, i + 1),
                !s.isGerund(i + 1), !s.isAdverb(i + 1), !["and", "or", "but"].contains(s.lower(i + 1))
            {
                i += 1
                steps += 1
                continue
            }
            // "demanded that X withdraw" addresses X; "warned that X would respond" does not warn X
            if Self.clauseBreaks.contains(w) && !(w == "that" && steps == 0 && lemma != "warn" && (Self.objectControl.contains(lemma) || lemma == "demand" || lemma == "request"))
                || w == ","
            {
                return []
            }
            if w == "and", steps > 0, s.lower(i + 1, isIn: Self.determiners) || isVerbUse(s, i + 1) { return [] }
            if steps > 0 && isVerbUse(s, i) && lexicons.actionNouns[w] == nil { return [] }
            // "denied arming X", "considered attacking X": the gerund's object, not the verb's
            if steps == 0, s.isGerund(i), s.tokens[i].isWord, s.mentionAt[i] == nil { return [] }
            // "to help fight Islamic State": the bare infinitive's object, not the verb's
            if steps == 0, s.tag(i)?.xpos == .VB, s.mentionAt[i] == nil, isVerbUse(s, i) { return [] }
            if w == "accordance" || w == "addition" || w == "response" { return [] }
            // "praised the attacks on Israel": the mention belongs to the action noun
            if steps > 0, lexicons.actionNouns.containsKey(w), !Self.motionLemmas.contains(lemma), s.lower(i - 1, isIn: Self.determiners) || s.tokens[i - 1].isWord,
                !["support", "independence"].contains(w),
                !(Self.appealLemmas.contains(lemma) && ["for", "on"].contains(s.lower(v + 1)))
            {
                return []
            }
            if Self.partNouns.contains(w), ["of", "in"].contains(s.lower(i + 1)) { sawPart = true }
            // "spoke by phone with X"
            if w == "by", ["phone", "telephone", "video", "videoconference", "videolink", "letter"].contains(s.lower(i + 1)) {
                i += 2
                steps += 1
                continue
            }
            if ["to", "by"].contains(w), s.isTaggedVerb(i + 1), s.mentionAt[i + 1] == nil { return [] }
            if w == "to", isInfinitive(s, i + 1) { return [] }
            // "appointed a woman to the party", "invited envoys to Paris": past whom it names, where to
            if w == "to", steps > 0, TreeActionExtractor.invitingLemmas.contains(lemma) { return [] }
            if w == "of" { sawOf = true }
            if w == "of", s.isGerund(i + 1), s.mentionAt[i + 1] == nil { return [] }  // "accused X of stealing"
            // a phrase of place, time or manner ends the search unless the verb moves things there
            if Self.blockingPrepositions.contains(w) && !(w == "between" && Self.goBetweenLemmas.contains(lemma))
                || (Self.placePrepositions.contains(w) && !motion)
            {
                return []
            }
            i += 1
            steps += 1
        }
        return []
    }

    /// The person a title phrase names when it starts with a body: `Kenyan President Amina Odhiambo`,
    /// `Ghana's Foreign Minister Kofi Mensah` -> the person's mention; nil for anything else.
    func personBehindTitle(_ s: SentenceView, _ m: Int) -> Int? {
        guard s.mentions[m].type != .person else { return nil }
        var head = s.mentions[m].range.upperBound
        if s.lower(head, is: "'s") { head += 1 }
        // "his Chinese counterpart Wang Yi", "the Kenyan envoy Joseph Kamau": a demonym, a noun, a name
        if s.mentions[m].isDemonym, s.roleAt[head] == nil, s.tag(head)?.upos == .NOUN, !s.tokens[head].isCapitalized,
            let p = personNamed(s, at: head + 1)
        {
            return p
        }
        guard let r = s.role(startingAt: head) else { return nil }
        return personNamed(s, at: s.roles[r].range.upperBound)
    }

    /// The person named at token `i`, or right after a comma there: the name in apposition to a title
    /// ("summoned South Korea's ambassador, Nam Gwan-pyo," is done to the ambassador, not the country).
    func personNamed(_ s: SentenceView, at i: Int) -> Int? {
        // "Myanmar's army chief, Senior General Min Aung Hlaing": a rank before the name is part of the title
        let start = s.lower(i, is: ",") ? i + 1 : i
        guard let p = s.mention(startingAt: RoleExtractor.pastRanks(s, from: start, atMost: i + 4 - start)), s.mentions[p].type == .person else { return nil }
        return p
    }

    /// `X, Y and Z`: commas join only in a list that an `and`/`or`/`&` closes.
    func coordinatedRight(_ s: SentenceView, _ first: Int) -> [Int] {
        var out = [first]
        var closed = [first]
        var end = s.mentions[first].range.upperBound
        while true {
            var j = end
            guard [",", "and", "&", "or"].contains(s.lower(j)) else { break }
            var conjunction = !s.lower(j, is: ",")
            j += 1
            if s.lower(j, is: "and") || s.lower(j, is: "or") { j += 1; conjunction = true }
            if s.lower(j, is: "the") { j += 1 }
            guard var m = s.mention(startingAt: j), !s.mentions[m].modifierOnly,
                !s.lower(s.mentions[m].range.upperBound, is: "'s")
            else { break }
            // "and Brazilian Foreign Minister Ana Ribeiro": the person behind the title
            if let p = personBehindTitle(s, m) { m = p }
            // "against Iran, and the United States pledged ...": the subject of a new clause
            let next = s.mentions[m].range.upperBound
            if s.lower(end, is: ","), conjunction, s.tag(next).map({ $0.upos == .AUX || $0.upos == .VERB && $0.xpos != .VBG && $0.xpos != .VBN }) ?? false { break }
            out.append(m)
            end = s.mentions[m].range.upperBound
            if conjunction { closed = out }
        }
        return closed
    }

    /// Where a person's mention starts once its title is counted: "Guyanese President Irfaan Ali".
    func titledStart(_ s: SentenceView, _ m: Int) -> Int {
        var start = s.mentions[m].range.lowerBound
        guard s.mentions[m].type == .person, let r = s.roleAt[start - 1] else { return start }
        start = s.roles[r].range.lowerBound
        if s.lower(start - 1, is: "'s") { start -= 1 }
        if let body = s.mention(endingBefore: start), s.mentions[body].type != .person { start = s.mentions[body].range.lowerBound }
        return start
    }

    /// The sides a sentence opens with, two or more names joined by commas and "and" ("Serbia and
    /// Kosovo strike ..."), ending before token `limit`; none for one name or a name inside a phrase.
    func openingSides(_ s: SentenceView, before limit: Int) -> [Int] {
        var start = s.range.lowerBound
        if s.lower(start, isIn: WordSet.articles) { start += 1 }
        let list = s.mentionList(from: start) { $0.type != .location }
        guard list.members.count >= 2, list.end < limit else { return [] }
        return list.members
    }

    func coordinatedLeft(_ s: SentenceView, _ last: Int) -> [Int] {
        var out = [last]
        var start = titledStart(s, last)
        // the "and" the list was joined by so far, and whether a comma stood before it
        var joinedAfterComma: Bool?
        while true {
            var j = start - 1
            guard [",", "and", "&"].contains(s.lower(j)) else { break }
            if out.count == 1 && s.lower(j, is: ",") && !s.lower(j - 1, is: "and") { break }  // a list ends in "and"
            let and = s.lower(j, is: "and") || s.lower(j, is: "&")
            let afterComma = s.lower(j - 1, is: ",")
            if s.lower(j, is: "and") && afterComma { j -= 1 }
            guard var m = s.mention(endingBefore: j), !s.mentions[m].modifierOnly else { break }
            // a list has one "and": before "X and Y accused" a ", and" ends an earlier clause; "summoned
            // X, and Y, and Z accused" lists X and Y, and Z accuses alone
            if and, let comma = joinedAfterComma { return comma ? [last] : out }
            if and { joinedAfterComma = afterComma }
            // "Jan Kowalski of Poland and Petra Novak": a person's conjunct is the person before "of",
            // not the country after it
            if s.mentions[out[0]].type == .person, s.mentions[m].type != .person, s.lower(s.mentions[m].range.lowerBound - 1, is: "of"),
                let holder = s.mention(endingBefore: s.mentions[m].range.lowerBound - 1), s.mentions[holder].type == .person
            {
                m = holder
            }
            out.insert(m, at: 0)
            start = titledStart(s, m)
        }
        return out
    }

    /// The mention in a `by` phrase starting at `by`, preferring an organization or person over a modifier.
    func agentAfter(_ s: SentenceView, _ by: Int) -> Int? {
        var j = by + 1
        var found: [Int] = []
        while s.range.contains(j), j <= by + 8, !s.lower(j, isIn: Self.clauseBreaks), !s.lower(j, is: ",") {
            if let m = s.mention(startingAt: j) { found.append(m); j = s.mentions[m].range.upperBound; continue }
            j += 1
        }
        return found.last(where: { s.mentions[$0].type != .country }) ?? found.last
    }
}

extension ActionExtractor {
    /// Whether "for" and a noun phrase that names no one stand right before the infinitive marker
    /// at `marker` ("asked X for aircraft to reach Y", "for the troops to leave"): that noun is the
    /// infinitive's own subject, so no name further back acts.
    func hasForSubject(_ s: SentenceView, infinitiveMarker marker: Int) -> Bool {
        var k = marker - 1
        var sawNoun = false
        while k >= s.range.lowerBound, marker - k <= 4, s.mentionAt[k] == nil, s.tokens[k].isWord, !s.tokens[k].isCapitalized {
            if s.lower(k) == "for" { return sawNoun }
            if s.tag(k)?.upos == .NOUN { sawNoun = true }
            k -= 1
        }
        return false
    }
}
