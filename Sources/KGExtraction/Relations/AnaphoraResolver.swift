import KGModel

/// Resolves phrases that point back to entities named earlier, so facts stated through them
/// reach the entities: plural place phrases (`the two breakaway regions`, `the republics`,
/// `both`) to the last list of places, `he`/`she` as a subject to the last person of that gender
/// named, and a sentence-opening `It` to the country or body that opened the sentence before.
///
/// ```swift
/// // "Turkey recognized Abkhazia and South Ossetia. France condemned the recognition of the two regions."
/// // -> "the two regions" stands for Abkhazia and South Ossetia
/// ```
struct AnaphoraResolver {
    /// Plural nouns for places a phrase may stand in for: "the two regions".
    static let placeHeads: WordSet = WordLists.wordSet("AnaphoraResolver.placeHeads")
    /// Words that mark contested ground, so "rebel-held areas" stands for the places named before.
    static let contestedWords: WordSet = WordLists.wordSet("AnaphoraResolver.contestedWords")
    /// Determiners and numbers (a closed class) that open such a phrase: "the", "these", "both", "two".
    static let openers: WordSet = ["the", "these", "those", "both", "two", "three", "its", "their"]

    /// Words (a closed class) that join the items of a list of names: "Kivu, Ituri and Tanganyika".
    static let listJoiners: WordSet = [",", "and", "&"]

    /// The entities a list starting at the mention `first` names, each item one that `fits` ("Kivu
    /// and Ituri", "Mali, Burkina Faso and Niger"), in order, and where the list ends.
    static func namedList(
        _ tokens: [Token], first: SentenceView.Span, range: Range<Int>, mentionStarting: MentionStarts, where fits: (SentenceView.Span) -> Bool
    ) -> (entities: [Int], end: Int) {
        var list = [first.entity]
        var j = first.range.upperBound
        while j < range.upperBound, tokens.lower(j, isIn: listJoiners) {
            var k = j + 1
            if k < range.upperBound, tokens[k].lower == "and" { k += 1 }
            guard let next = mentionStarting[k], fits(next) else { break }
            if !list.contains(next.entity) { list.append(next.entity) }
            j = next.range.upperBound
        }
        return (list, j)
    }

    /// "the provinces of Kivu and Ituri" names its places; "the provinces of eastern Congo" does not.
    func namesFollow(_ tokens: [Token], after head: Int, range: Range<Int>, mentionStarting: MentionStarts) -> Bool {
        guard head + 1 < range.upperBound, tokens[head + 1].lower == "of" else { return false }
        var k = head + 2
        while k < range.upperBound, k <= head + 4, mentionStarting[k] == nil, tokens[k].isWord, !tokens[k].isCapitalized { k += 1 }
        guard let m = mentionStarting[k] else { return true }
        return m.type == .location
    }

    /// Words that follow an object pronoun but not a possessive one (a closed class of prepositions,
    /// conjunctions and particles): "told her that", "urged him to", "met her in".
    static let afterObjectPronoun: WordSet = [
        "that", "to", "at", "in", "on", "of", "for", "with", "by", "from", "as", "about", "after", "before", "during",
        "and", "but", "or", "if", "when", "while", "last", "this", "again", "back", "down", "up", "off", "out",
    ]

    /// The gender of a person entity when its first name tells it.
    var genderOf: [Int: Gender] = [:]
    /// The bodies whose names say they are alliances ("NATO"), for "the alliance".
    var alliances: Set<Int> = []
    /// The alliance named last so far in the document.
    var lastAlliance: Int?

    /// Nouns that describe a country or a body named just before: "the bloc", "the country".
    static let topicDescriptions: WordTable<EntityType> = [
        "bloc": .organization, "alliance": .organization, "organisation": .organization, "organization": .organization,
        "union": .organization, "agency": .organization, "council": .organization, "court": .organization,
        "group": .organization, "company": .organization, "ministry": .organization, "military": .organization,
        "country": .country, "nation": .country, "kingdom": .country, "government": .country,
    ]

    /// A lower-case word shaped like a verb in the past or present tense: "urged", "accuses".
    static func looksFinite(_ token: Token) -> Bool {
        let word = token.text
        guard token.isWord, !token.isCapitalized, word.count > 3 else { return false }
        return word.hasSuffix("ed") || word.hasSuffix("es") || word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// Extra spans for one sentence; `lastList` (of places), `lastCountries` (the last list of
    /// countries, for "All three"), `lastPerson` and `lastOpener` (the person the last sentence naming
    /// one was about) carry the discourse state forward.
    mutating func resolve(
        _ tokens: [Token], range: Range<Int>, mentions: [SentenceView.Span], roles: [RoleSpan] = [], lastList: inout [Int],
        lastCountries: inout [Int], lastPerson: inout [Int], lastTopic: inout SentenceView.Span?, lastOpener: inout Int?
    ) -> [SentenceView.Span] {
        var extra: [SentenceView.Span] = []
        let sorted = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // "Glas, who served under Rafael Correa, was convicted. Mexico granted him asylum": a pronoun
        // stands for the person a sentence is about (its opening subject) before the one named last
        let previousOpener = lastOpener
        let opener = Self.openingPerson(tokens, range: range, spans: sorted, roles: roles)
        func fits(_ person: Int, _ gender: Gender) -> Bool { genderOf[person] == nil || genderOf[person] == gender }
        // inside a quotation the sentence's subject is the speaker, who says "I": no pronoun there stands for
        // who the sentence or the one before is about ("Rathbun wrote, \"... unless he returned\"")
        var quoteMarksBefore = [Int](repeating: 0, count: range.count + 1)
        for t in range { quoteMarksBefore[t - range.lowerBound + 1] = quoteMarksBefore[t - range.lowerBound] + (tokens[t].kind == .punctuation && QuoteSpeakerResolver.quoteMarks.contains(tokens[t].text) ? 1 : 0) }
        // (a mark on each side: a sentence may start inside a quotation its splitter cut, "... surrender,\" he told X")
        func quoted(_ t: Int) -> Bool {
            let before = quoteMarksBefore[t - range.lowerBound]
            return before % 2 == 1 && (quoteMarksBefore[range.count] - before) % 2 == 1
        }
        let openingBody = Self.opening(tokens, range: range, spans: sorted, roles: roles) { $0.type == .country || $0.type == .organization }
        // "Moscow continues to ... . It is also trying to ...": "It" opening a sentence is the
        // country or body that opened the previous one
        let previousTopic = lastTopic
        lastTopic = sorted.first.flatMap { first in
            first.range.lowerBound - range.lowerBound <= 2 && (first.type == .country || first.type == .organization) && !first.modifierOnly
                ? first : nil
        }
        // ("It urged Dhaka to ...": any verb in the past or present tense after it)
        if let topic = previousTopic, tokens[range.lowerBound].text == "It", range.count > 1,
            ["is", "was", "has", "had", "will", "would", "also", "then", "said", "says", "continues", "remains"].contains(tokens[range.lowerBound + 1].lower)
                || Self.looksFinite(tokens[range.lowerBound + 1])
        {
            extra.append(
                SentenceView.Span(
                    range: range.lowerBound..<(range.lowerBound + 1), entity: topic.entity, type: topic.type,
                    modifierOnly: false, isDemonym: false, isPronoun: true))
        }
        // "The European Union said ... . The bloc also condemned X": a description of the last topic
        if let topic = previousTopic, range.count > 2, tokens[range.lowerBound].lower == "the",
            tokens.lower(range.lowerBound + 1, in: Self.topicDescriptions) == topic.type,
            !sorted.contains(where: { $0.range.contains(range.lowerBound + 1) })
        {
            extra.append(
                SentenceView.Span(
                    range: range.lowerBound..<(range.lowerBound + 2), entity: topic.entity, type: topic.type,
                    modifierOnly: false, isDemonym: false, isPronoun: true))
            lastTopic = topic
        }
        let mentionStarting = MentionStarts(sorted, range: range)
        // which of the sentence's tokens a mention covers, read as an array (asked of most tokens)
        var coveredSlots = [Bool](repeating: false, count: range.count)
        for m in sorted { for t in m.range where range.contains(t) { coveredSlots[t - range.lowerBound] = true } }
        func covered(_ t: Int) -> Bool { range.contains(t) && coveredSlots[t - range.lowerBound] }

        var i = range.lowerBound
        var listedUpTo = range.lowerBound
        while i < range.upperBound {
            let lower = tokens[i].lower
            // a list of places: "Kivu and Ituri", "Abkhazia, South Ossetia and Transnistria"
            let startsMention = mentionStarting.hasStart(at: i)
            if startsMention, let m = mentionStarting[i], m.type == .location {
                let list = Self.namedList(tokens, first: m, range: range, mentionStarting: mentionStarting) { $0.type == .location }
                if list.entities.count >= 2 { lastList = list.entities }
                i = max(list.end, i + 1)
                continue
            }
            // "All three have expelled French troops": the countries listed last
            if !covered(i), let end = Self.countedCountriesEnd(tokens, at: i, range: range, list: lastCountries), !(i..<end).contains(where: covered) {
                extra.append(
                    SentenceView.Span(
                        range: i..<end, entity: lastCountries[0], type: .country, modifierOnly: false, isDemonym: false, group: lastCountries))
                i = end
                continue
            }
            // a list of countries: "Mali, Burkina Faso and Niger" (its later items open no list of their own)
            if startsMention, i >= listedUpTo, let m = mentionStarting[i], Self.isListedCountry(m) {
                let list = Self.namedList(tokens, first: m, range: range, mentionStarting: mentionStarting, where: Self.isListedCountry)
                if list.entities.count >= 2 { lastCountries = list.entities }
                listedUpTo = list.end
            }
            if startsMention, let m = mentionStarting[i] {
                if m.type == .person {
                    lastPerson.removeAll { $0 == m.entity }
                    lastPerson.append(m.entity)
                }
                i = m.range.upperBound
                continue
            }
            // "he said", "she added": the person the sentence is about when named before the pronoun
            // (not in a side clause: "sent X to Y, where he was received"), else, with no person named
            // before it, the one the sentence before was about, else the last person named
            // ("Goldberg, whom he accused": not the person the "whom" clause hangs on)
            if let pronounGender = Gender(subjectPronoun: lower), i + 1 < range.upperBound, tokens[i + 1].isWord, !covered(i),
                let person = opener.flatMap({ o in
                    o.start < i && (fits(o.entity, pronounGender) || Self.saysOfSelf(tokens, pronoun: i, speaker: o.entity, spans: sorted))
                        && !tokens.lower(i - 1, isIn: Self.sideClauseOpeners) && !quoted(i) ? o.entity : nil
                })
                    ?? previousOpener.flatMap({ p in
                        fits(p, pronounGender) && !sorted.contains { $0.type == .person && $0.range.upperBound <= i } && !quoted(i) ? p : nil
                    })
                    ?? { () -> Int? in
                        let whom = Self.whomAntecedent(tokens, i, range: range, spans: sorted)
                        return lastPerson.last { fits($0, pronounGender) && $0 != whom }
                    }()
            {
                extra.append(SentenceView.Span(range: i..<(i + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true))
                i += 1
                continue
            }
            // "Suu Kyi spoke ... . Pence told her that ...": an object pronoun with no person of its gender named
            // before it in the sentence is the person the sentence before was about, else the last person of that
            // gender named ("her" before a noun is a possessive; "him" never is: "granted him asylum")
            if let pronounGender = Gender(objectPronoun: lower), !covered(i),
                lower == "him" || i + 1 >= range.upperBound || !tokens[i + 1].isWord || tokens.lower(i + 1, isIn: Self.afterObjectPronoun),
                !sorted.contains(where: { m in
                    m.type == .person && m.range.upperBound <= i && genderOf[m.entity].map { $0 == pronounGender } ?? true
                }),
                let person = previousOpener.flatMap({ fits($0, pronounGender) && !quoted(i) ? $0 : nil }) ?? lastPerson.last(where: { fits($0, pronounGender) })
            {
                extra.append(SentenceView.Span(range: i..<(i + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true))
                i += 1
                continue
            }
            // "Uganda demanded his release", "..., and Merkel and Kouchner called for his release": a possessive
            // before a noun whose possessor undergoes the act stands for the last person of its gender named
            // before the subject of the verb before it
            if Gender(possessive: lower) != nil, !covered(i), !quoted(i), i > range.lowerBound, i + 1 < range.upperBound,
                tokens.lower(i + 1, isIn: Self.undergoneActNouns)
            {
                let gender: Gender = lower == "his" ? .masculine : .feminine
                let verb = tokens[i - 1].lower == "for" ? i - 2 : i - 1
                let subjectStart = Self.subjectPhraseStart(tokens, verb: verb, range: range)
                let inSubject = Set(sorted.filter { $0.type == .person && $0.range.lowerBound >= subjectStart && $0.range.upperBound <= i }.map(\.entity))
                if verb >= range.lowerBound, let person = lastPerson.last(where: { !inSubject.contains($0) && fits($0, gender) }) {
                    extra.append(SentenceView.Span(range: i..<(i + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true))
                    i += 1
                    continue
                }
            }
            // "Judge X ordered him held", "confirmed that Puigdemont had hired him", "X held talks with him": an
            // object pronoun is never the subject of its own clause, so when the person named last before it is
            // that subject, it stands for the last other person of its gender named, in this sentence or before
            // ("her" only where no noun can follow: "expressed her \u{AB}regret\u{BB}" is a possessive)
            if let pronounGender = Gender(objectPronoun: lower), !covered(i), !quoted(i),
                lower == "him" || i + 1 < range.upperBound && (tokens.lower(i + 1, isIn: Self.afterObjectPronoun) || [".", ",", ";"].contains(tokens[i + 1].text)),
                let subject = Self.clauseSubject(tokens, before: i, range: range, spans: sorted)
            {
                // "George Bush and Helmut Kohl telephoned him": none of a coordinated subject's people
                let subjectStart = Self.subjectPhraseStart(tokens, verb: subject.range.upperBound, range: range)
                let inSubject = Set(
                    sorted.filter { $0.type == .person && $0.range.lowerBound >= subjectStart && $0.range.upperBound <= subject.range.upperBound }.map(\.entity))
                if let person = lastPerson.last(where: { $0 != subject.entity && !inSubject.contains($0) && fits($0, pronounGender) }) {
                    extra.append(SentenceView.Span(range: i..<(i + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true))
                    i += 1
                    continue
                }
            }
            // "Turkish President Tayyip Erdogan, whose government hosted the talks": the leader's government
            // is the country the title before the name places him in
            if let country = Self.whoseGovernment(tokens, i, range: range, spans: sorted, roles: roles), !covered(i), !covered(i + 1), !quoted(i) {
                extra.append(country)
                i += 2
                continue
            }
            // "Mali left ECOWAS, accusing it of ...", "revoked the licences of Oxfam and CARE, accusing them
            // of ...", "expelled the envoy, X, accusing him of ...": the object of a participle set off after
            // the main clause is what that clause acted on
            if let acted = Self.participleObjectPronoun(tokens, i, range: range, spans: sorted)
                ?? Self.participleObjectPerson(tokens, i, range: range, spans: sorted, fits: fits)
                ?? Self.appealedList(tokens, i, range: range, spans: sorted), !covered(i), !quoted(i)
            {
                extra.append(acted)
                i += 1
                continue
            }
            // "until it withdraws its troops from Kuwait, which it invaded", "saying it was hitting X":
            // "it" as a subject, and "its" before those acting for a body, stand for a country or body
            if !quoted(i), let body = bodyPronoun(tokens, i, range: range, spans: sorted + extra, opener: openingBody, previous: previousTopic) {
                extra.append(SentenceView.Span(range: i..<(i + 1), entity: body.entity, type: body.type, modifierOnly: false, isDemonym: false, isPronoun: true))
                i += 1
                continue
            }
            // "Both accused Rwanda": the last list of places, as a subject
            if lower == "both", tokens[i].isCapitalized, lastList.count == 2, i + 1 < range.upperBound, !tokens[i + 1].isCapitalized,
                tokens[i + 1].lower != "of"
            {
                extra.append(
                    SentenceView.Span(
                        range: i..<(i + 1), entity: lastList[0], type: .location, modifierOnly: false,
                        isDemonym: false, group: lastList))
                i += 1
                continue
            }
            // "the two breakaway regions" (but not "the regions of X and Y", which names them);
            // without a determiner only with a word that marks contested ground ("rebel-held areas")
            // (with no list to refer to, nothing is looked up)
            let opens = !lastList.isEmpty && tokens.lower(i, isIn: Self.openers)
            let bare =
                !lastList.isEmpty && !opens && tokens[i].isWord && !tokens[i].isCapitalized && i > range.lowerBound
                && tokens.lower(i, isIn: Self.contestedWords)
                && (["into", "in", "to", "of", "from", "across", "over"].contains(tokens[i - 1].lower)
                    || i + 1 < range.upperBound && tokens[i + 1].lower == "territory")
            if opens || bare, !lastList.isEmpty {
                var j = i + 1
                var words = 0
                while j < range.upperBound, words < 4, tokens[j].isWord || tokens[j].text == "-", !covered(j),
                    !tokens.lower(j, isIn: Self.placeHeads), tokens[j].lower != "territory" || !bare,
                    tokens[j].kind != .punctuation || tokens[j].text == "-"
                {
                    j += 1
                    words += 1
                }
                // a bare contested "territory" stands for the contested places as a whole
                if bare, j < range.upperBound, tokens[j].lower == "territory", !covered(j) {
                    extra.append(
                        SentenceView.Span(
                            range: i..<(j + 1), entity: lastList[0], type: .location, modifierOnly: false,
                            isDemonym: false, group: lastList))
                    i = j + 1
                    continue
                }
                if j < range.upperBound, tokens.lower(j, isIn: Self.placeHeads), !covered(j),
                    !namesFollow(tokens, after: j, range: range, mentionStarting: mentionStarting)
                {
                    extra.append(
                        SentenceView.Span(
                            range: i..<(j + 1), entity: lastList[0], type: .location, modifierOnly: false,
                            isDemonym: false, group: lastList))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        extra += allianceDescriptions(tokens, range: range, mentions: sorted)
        // the person this sentence is about, a pronoun that opens it included ("He told CTV"); a
        // sentence that names people but opens with none of them is about no one in particular
        let all = (sorted + extra.filter { $0.type == .person }).sorted { $0.range.lowerBound < $1.range.lowerBound }
        if let now = Self.openingPerson(tokens, range: range, spans: all, roles: roles) {
            lastOpener = now.entity
        } else if all.contains(where: { $0.type == .person }) {
            lastOpener = nil
        }
        return extra
    }

    /// The person a "whom" right before token `i` hangs on ("Goldberg, whom he accused"), who is not
    /// the subject pronoun at `i`.
    static func whomAntecedent(_ tokens: [Token], _ i: Int, range: Range<Int>, spans: [SentenceView.Span]) -> Int? {
        guard i - 1 > range.lowerBound, tokens[i - 1].lower == "whom" else { return nil }
        let end = tokens[i - 2].text == "," ? i - 2 : i - 1
        return spans.first { $0.type == .person && $0.range.upperBound == end }?.entity
    }

    /// Words (a closed class) that may stand between a clause's subject and an object pronoun of its
    /// verb: auxiliaries, adverbs and the particles of a few verb phrases ("had hired him", "held
    /// talks with him").
    static let betweenSubjectAndObject: WordSet = [
        "had", "has", "have", "was", "is", "would", "will", "could", "can", "may", "might", "should", "must", "did", "does",
        "also", "then", "later", "not", "never", "already", "again", "personally", "to", "with",
    ]

    /// The nouns of "whose country": a person's state, whatever post the person holds in it.
    static let countryNouns: WordSet = ["country", "nation"]

    /// Determiners and prepositions (a closed class) that cannot be the verb after a subject.
    static let notVerbs: WordSet = ["a", "an", "the", "of", "in", "on", "at", "for", "from", "by", "as", "who", "whose", "'s", "-"]

    /// Nouns of acts whose possessor undergoes them (a closed class): "his release", "her extradition".
    static let undergoneActNouns: WordSet = [
        "release", "freedom", "extradition", "arrest", "detention", "execution", "pardon", "deportation", "repatriation",
    ]

    /// Where the subject of the verb at `verb` opens: back over capitalized words, names' commas and "and"
    /// (not past a comma and "and", which open a new clause: "arrested X in London, and Y called ...").
    static func subjectPhraseStart(_ tokens: [Token], verb: Int, range: Range<Int>) -> Int {
        var k = verb
        while k > range.lowerBound {
            let previous = tokens[k - 1]
            if previous.lower == "and", k - 2 >= range.lowerBound, tokens[k - 2].text == "," { break }
            guard previous.isCapitalized || previous.lower == "and" || previous.lower == "." && previous.attached else { break }
            k -= 1
        }
        return k
    }

    /// "whose government" (or administration, regime, cabinet) right after ", " and a person whose
    /// title of a state's leader a country's name or demonym opens ("Cuban President Raul Castro,
    /// whose government ..."), or "whose country" (or nation) after a person with any such title
    /// ("Turkish Foreign Minister X, whose country ...", "Kuwait's foreign minister, Sheikh X, whose
    /// country ..."): that country, as a span over the two words.
    /// Nil when no country stands before the title.
    ///
    /// ```swift
    /// // "Turkish President Tayyip Erdogan, whose government hosted the talks" -> "whose government": Turkey
    /// ```
    static func whoseGovernment(_ tokens: [Token], _ i: Int, range: Range<Int>, spans: [SentenceView.Span], roles: [RoleSpan]) -> SentenceView.Span? {
        guard let isGovernment = LeaderGovernments.whoseState(tokens, i, range: range) else { return nil }
        func fits(_ title: RoleSpan) -> Bool { !isGovernment || LeaderGovernments.leadingTitles.contains(title.name) }
        guard let person = spans.last(where: { $0.range.upperBound == i - 1 }), person.type == .person,
            let country = SentenceView.countryOpeningTitle(of: person, mentions: spans, roles: roles, where: fits)
                // "Kuwait's foreign minister, Sheikh X, whose country"
                ?? SentenceView.countryOfApposedTitle(of: person, tokens: tokens, mentions: spans, roles: roles, where: fits)
        else { return nil }
        return SentenceView.Span(
            range: i..<(i + 2), entity: country.entity, type: .country, modifierOnly: false, isDemonym: false, isPronoun: true)
    }

    /// "it" or "them" right after a participle that follows a comma (", accusing it of", ", urging
    /// them to"): the body, or the list of bodies, named last before the comma, not at the sentence's
    /// start (the subject that acts in the participle too). A person is "him" or "her", not "it".
    ///
    /// ```swift
    /// // "Sudan revoked the licences of Oxfam and CARE, accusing them of lying." -> "them": Oxfam, CARE
    /// ```
    static func participleObjectPronoun(_ tokens: [Token], _ i: Int, range: Range<Int>, spans: [SentenceView.Span]) -> SentenceView.Span? {
        let lower = tokens[i].lower
        guard lower == "it" || lower == "them", isObjectOfSetOffParticiple(tokens, i, range: range) else { return nil }
        let named = spans.filter { $0.range.upperBound <= i - 2 && range.contains($0.range.lowerBound) && !$0.modifierOnly && !$0.isDemonym && $0.type != .person }
        // the clause's subject, named first, does the participle's act
        guard let last = named.last, let first = spans.first(where: { range.contains($0.range.lowerBound) && !$0.modifierOnly }),
            last.range.lowerBound > first.range.lowerBound
        else { return nil }
        var members = [last]
        if lower == "them" {
            // the names joined to the last by commas and "and"
            members = coordinatedList(endingWith: last, among: named, tokens, joiners: [",", "and", "or"], after: first.range.lowerBound)
            guard members.count >= 2 else { return nil }
        }
        return SentenceView.Span(
            range: i..<(i + 1), entity: members[0].entity, type: last.type, modifierOnly: false, isDemonym: false,
            group: members.count >= 2 ? members.map(\.entity) : [], isPronoun: true)
    }

    /// Whether `token` is a lower-case "-ing" word: "accusing", "urging".
    static func isParticiple(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && token.lower.hasSuffix("ing")
    }

    /// Whether the pronoun at `i` is the object of a participle right after a comma (", accusing it
    /// of", ", urging them to"), a preposition or a particle after it.
    static func isObjectOfSetOffParticiple(_ tokens: [Token], _ i: Int, range: Range<Int>) -> Bool {
        i - 2 >= range.lowerBound && i + 1 < range.upperBound && tokens[i - 2].text == "," && isParticiple(tokens[i - 1])
            && tokens.lower(i + 1, isIn: afterObjectPronoun)
    }

    /// "him" or "her" right after a participle that follows a comma (", accusing him of"): the person
    /// named last before the comma, of the pronoun's gender, not the sentence's first name (the subject
    /// that acts in the participle too, and whom the pronoun cannot be).
    ///
    /// ```swift
    /// // "Sogavare expelled the envoy, Patrick Cole, accusing him of meddling." -> "him": Patrick Cole
    /// ```
    static func participleObjectPerson(
        _ tokens: [Token], _ i: Int, range: Range<Int>, spans: [SentenceView.Span], fits: (Int, Gender) -> Bool
    ) -> SentenceView.Span? {
        guard let gender = Gender(objectPronoun: tokens[i].lower), isObjectOfSetOffParticiple(tokens, i, range: range) else { return nil }
        guard let first = spans.first(where: { range.contains($0.range.lowerBound) && !$0.modifierOnly }),
            let last = spans.last(where: {
                $0.range.upperBound <= i - 2 && range.contains($0.range.lowerBound) && !$0.modifierOnly && $0.type == .person
            }),
            last.range.lowerBound > first.range.lowerBound, last.entity != first.entity, fits(last.entity, gender)
        else { return nil }
        return SentenceView.Span(range: i..<(i + 1), entity: last.entity, type: .person, modifierOnly: false, isDemonym: false, isPronoun: true)
    }

    /// The person mention that is the subject of the clause whose object pronoun is token `i`: the
    /// person named last before it, followed (after an optional comma closing an apposition, "General
    /// X, urged him") only by a verb and the words of `betweenSubjectAndObject`, or a verb and its
    /// direct object noun phrase before "with" ("held last-ditch talks with him").
    static func clauseSubject(_ tokens: [Token], before i: Int, range: Range<Int>, spans: [SentenceView.Span]) -> SentenceView.Span? {
        guard let subject = spans.last(where: { $0.range.upperBound <= i && range.contains($0.range.lowerBound) }), subject.type == .person,
            !subject.modifierOnly, subject.range.upperBound < i
        else { return nil }
        var k = subject.range.upperBound
        if tokens[k].text == ",", k + 1 < i {
            k += 1
            // "expelled the envoy, X, accusing him of": a participle after the comma is the main clause's
            // act, not one of the name before it (`participleObjectPerson` reads the pronoun)
            if isParticiple(tokens[k]), k + 1 == i { return nil }
        }
        // ("telephoned Fujimori to congratulate him": a name before an infinitive is its verb's object, the
        // infinitive's subject is another's)
        guard k < i, tokens[k].lower != "'s", tokens[k].lower != "to" else { return nil }
        let words = (k..<i).map { tokens[$0] }
        guard words.count <= 6, words.allSatisfy({ $0.isWord && !$0.isCapitalized || $0.text == "-" }),
            !words.contains(where: { sideClauseOpeners.contains($0.lower) || ["and", "but", "that", "or"].contains($0.lower) })
        else { return nil }
        // the verb is the first word that is no auxiliary nor adverb; past it only "with" and its object's words
        guard let verb = words.firstIndex(where: { !betweenSubjectAndObject.contains($0.lower) }), !notVerbs.contains(words[verb].lower) else { return nil }
        let rest = words[(verb + 1)...]
        guard rest.isEmpty || rest.last?.lower == "with" || rest.last?.lower == "to" else { return nil }
        return subject
    }

    /// Subordinators and relative words (a closed class) after which a pronoun is the subject of a
    /// side clause, whose subject is rather the person named last: "because he defied the court".
    static let sideClauseOpeners: WordSet = [
        "where", "when", "because", "after", "before", "since", "while", "until", "if", "although", "though", "as", "once",
        "who", "whom", "which", "whose", "whether",
    ]

    /// Lower-case words that may stand between a sentence's start and its subject's name: "the
    /// former ...", "X's acting ..." (a token's lower-case form has its curly apostrophes straightened).
    static let openingFillers: WordSet = ["the", "former", "acting", "then", "'s", ",", "-", "\"", "\u{201C}"]

    /// The person sentence `range` opens with as its subject, and where: the first person named, with
    /// nothing before it but other names, titles, capitalized words and a few fillers ("Russia's
    /// foreign minister, Sergei Lavrov,"), after the dateline and an opening phrase set off by a comma
    /// ("On Thursday, ...").
    static func openingPerson(_ tokens: [Token], range: Range<Int>, spans: [SentenceView.Span], roles: [RoleSpan]) -> (entity: Int, start: Int)? {
        opening(tokens, range: range, spans: spans, roles: roles) { $0.type == .person }.map { ($0.entity, $0.range.lowerBound) }
    }

    /// The first name `kind` accepts that sentence `range` opens with as its subject (see `openingPerson`).
    static func opening(
        _ tokens: [Token], range: Range<Int>, spans: [SentenceView.Span], roles: [RoleSpan], kind: (SentenceView.Span) -> Bool
    ) -> SentenceView.Span? {
        var start = DatelinePrefix.end(tokens, range)
        // (a dateline's place opens no clause, and a possessor is not what the clause is about: "Yemen's council")
        guard
            let person = spans.first(where: { m in
                kind(m) && !m.modifierOnly && !m.isDemonym && m.range.lowerBound >= start
                    && !(m.range.upperBound < range.upperBound && tokens[m.range.upperBound].lower == "'s")
            })
        else { return nil }
        // "On Thursday, X said", "In June, X flew": an opening phrase that names no one
        if let comma = (start..<min(start + 6, person.range.lowerBound)).first(where: { tokens[$0].text == "," }),
            !spans.contains(where: { $0.range.lowerBound < comma }), !tokens[start].isAllCaps
        {
            start = comma + 1
        }
        guard person.range.lowerBound >= start, person.range.lowerBound - start <= 8 else { return nil }
        for t in start..<person.range.lowerBound {
            let token = tokens[t]
            let named = spans.contains { $0.range.contains(t) } || roles.contains { $0.range.contains(t) }
            guard named || token.isWord && token.isCapitalized || openingFillers.contains(token.lower) else { return nil }
        }
        return person
    }

    /// Whether the pronoun at `pronoun` opens what `speaker`, named right before the speech verb before
    /// it, says: "Polish President Karol Nawrocki said he had spoken ...". There the pronoun is the
    /// speaker whatever gender a list of first names gives the name ("Karol" is a woman's name in the
    /// United States, a man's in Poland).
    static func saysOfSelf(_ tokens: [Token], pronoun i: Int, speaker: Int, spans: [SentenceView.Span]) -> Bool {
        var verb = i - 1
        if verb >= 0, tokens[verb].lower == "that" { verb -= 1 }
        guard verb > 0, tokens.lower(verb, isIn: QuoteSpeakerResolver.speechForms) else { return false }
        return spans.contains { $0.entity == speaker && $0.type == .person && $0.range.upperBound == verb }
    }

    /// Verbs and auxiliaries (a closed class) after which "it" is a clause's subject: "it has
    /// accused", "it would reopen", "it was hitting".
    static let afterSubjectIt: WordSet = [
        "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "also", "later", "then",
        "still", "did", "does",
    ]

    /// The country or body "it" (a subject) or "its" (before the people or forces acting for it) at
    /// token `i` stands for: after a subordinator or relative word the one named last in the
    /// sentence ("until it withdraws", "since it ordered"; not the name a ", which" clause hangs on),
    /// else the one the sentence opens with ("Iran fired missiles at Iraq, saying it ..."), else the
    /// one named last; with none named before it, the one that opened the sentence before.
    /// `spans` (the sentence's mentions and the pronouns resolved so far) are made only once the word
    /// is an "it" or "its" that may be one: the caller joins two arrays to make them, and it asks
    /// about most words of every sentence.
    func bodyPronoun(
        _ tokens: [Token], _ i: Int, range: Range<Int>, spans makeSpans: @autoclosure () -> [SentenceView.Span],
        opener: SentenceView.Span?, previous: SentenceView.Span?
    ) -> SentenceView.Span? {
        let lower = tokens[i].lower
        guard i > range.lowerBound, i + 1 < range.upperBound, tokens[i].isWord, !tokens[i].isCapitalized else { return nil }
        let next = tokens[i + 1]
        switch lower {
        case "it":
            // "it was hitting", "it is holding": a verb's form after a copula; "it is important" is no act's subject
            let copula = ["was", "is"].contains(next.lower) && i + 2 < range.upperBound && tokens[i + 2].lower.hasSuffix("ing")
            guard Self.afterSubjectIt.contains(next.lower, hash: next.lowerHash) || Self.looksFinite(next) || copula else { return nil }
        case "its":
            // as a subject only ("said its forces had entered"; "recalled its ambassador from X" is no act on
            // the actor itself), before the forces themselves ("its troops", not "its army chief")
            let after = i + 2 < range.upperBound ? tokens[i + 2] : nil
            guard next.isWord, TreeActionExtractor.actingNouns.contains(next.lower, hash: next.lowerHash),
                next.lower.hasSuffix("s") || (after.map { !$0.isWord || $0.isCapitalized } ?? true),
                i == DatelinePrefix.end(tokens, range) || tokens.lower(i - 1, isIn: Self.beforeSubjectIts)
            else { return nil }
        default:
            return nil
        }
        let spans = makeSpans()
        guard !spans.contains(where: { $0.range.contains(i) }) else { return nil }
        let opening = DatelinePrefix.end(tokens, range)
        var before = spans.filter { m in
            (m.type == .country || m.type == .organization) && !m.modifierOnly && !m.isDemonym && m.group.isEmpty && m.range.upperBound <= i
                && m.range.lowerBound >= opening
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // "Kuwait, which it invaded": the name a relative clause hangs on is its object, not "it"
        before.removeAll { m in
            let r = m.range.upperBound
            return r + 1 < i && (tokens[r].text == "," && tokens.lower(r + 1, isIn: Self.relativeWords) || tokens.lower(r, isIn: Self.relativeWords))
        }
        guard let last = before.last else { return previous }
        // "Indonesia and Vietnam sent diplomats, and Hanoi's foreign ministry said it had asked X": a clause
        // joined by ", and" or ", but" that opens with a name of its own is about that name, not the sentence's opener
        if let joined = before.last(where: { m in
            let start = m.range.lowerBound
            return start - 2 >= opening && tokens[start - 2].text == "," && ["and", "but"].contains(tokens[start - 1].lower)
                && opener.map { $0.range.upperBound < start } ?? true
        }) {
            return joined
        }
        if !tokens.lower(i - 1, isIn: Self.sideClauseOpeners), let opener, opener.range.upperBound <= i {
            return opener
        }
        return last
    }

    /// Words after which "its" opens a clause's subject (a closed class): "said its troops", ", and
    /// its forces", "after its warplanes".
    static let beforeSubjectIts: WordSet = sideClauseOpeners.union([",", "and", "but", "that", "said", "says"])

    /// Relative words (a closed class) that open a clause on the name before them.
    static let relativeWords: WordSet = ["which", "that", "who", "whom"]
}

/// A sentence's mentions by the token they start at (the last one given wins, as a dictionary
/// would), read as an array: the resolver asks about every token of the sentence.
struct MentionStarts {
    private let mentions: [SentenceView.Span]
    private var indexAt: TokenIndexMap

    init(_ mentions: [SentenceView.Span], range: Range<Int>) {
        self.mentions = mentions
        indexAt = TokenIndexMap(covering: range)
        for (n, m) in mentions.enumerated() { indexAt[m.range.lowerBound] = n }
    }

    subscript(token: Int) -> SentenceView.Span? { indexAt[token].map { mentions[$0] } }

    /// Whether a mention starts at `token`, without copying it out (and its group retained).
    func hasStart(at token: Int) -> Bool { indexAt[token] != nil }
}
