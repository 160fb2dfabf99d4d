import KGModel

/// Roles a sentence states through what came before it: the title of a person named earlier
/// ("Ivica Dacic and his Kosovo counterpart, Hashim Thaci"), or the country a bare title is held in
/// ("Jane Doe resigned as prime minister" in an article about her country).
///
/// ```swift
/// // "Serbian Prime Minister Ivica Dacic and his Kosovo counterpart, Hashim Thaci, met."
/// // -> Fact(Hashim Thaci, "prime minister", Kosovo, cameo .role)
/// ```
extension RoleExtractor {
    /// What the role rules remember across the sentences of one document.
    struct Context {
        /// The title each person was last named with: Ivica Dacic -> "prime minister".
        var titleOf: [Int: String] = [:]
        /// The last titled person named, for a sentence that opens with "His counterpart".
        var lastTitled: Int?
        /// The people the previous sentence named, with the last word of the name, for a sentence
        /// that opens with "His wife".
        var previousPersons: [(entity: Int, surname: String)] = []
        /// The person each surname (a name's last word) named first in the document, for "his son
        /// Eduardo Bolsonaro" to find the Bolsonaro named sentences before.
        var personBySurname: [String: Int] = [:]
        /// Titles of national office stated with no body ("resigned as prime minister"), for the
        /// document's country to fill in.
        var bareTitles: [BareTitle] = []
        /// The body each titled person holds office in, by a stated role: Abhisit -> Thailand.
        var bodyOf: [Int: Int] = [:]
        /// The countries and bodies the previous sentence named, in order, for "its foreign minister"
        /// with no body named before it in its own sentence.
        var previousBodies: [Int] = []
        /// The first country or body the previous sentence's clause named after its dateline (its
        /// subject, mostly), for a sentence that opens with "Its foreign minister" or "Their chief
        /// negotiator" ("The Arab League, of which Mauritania is a member, sent an envoy. Its
        /// secretary-general, X, said ..." is the League's).
        var previousSubjectBody: Int?
        /// The body named last whose name ends in each institution head: "council" -> the
        /// Presidential Leadership Council, for "Council chairman X" further on.
        var bodyByHead: [String: Int] = [:]
        /// The gender each person's first name tells, for "his" or "her" to skip a person of the other.
        var genderOf: [Int: Gender] = [:]
    }

    /// The roles of sentence `s` that need `context`, and `context` brought up to date with the
    /// titles `sentenceFacts` (the sentence's other role facts) and the sentence's bare titles give.
    func contextual(_ s: SentenceView, _ context: inout Context, sentenceFacts: [Fact], bare: [BareTitle]) -> [Fact] {
        // titles named in this sentence, in order, before its counterparts are read
        var titledHere: [(position: Int, person: Int, title: String)] = []
        for fact in sentenceFacts where Self.isOffice(fact) {
            if let m = s.mentions.firstIndex(where: { $0.entity == fact.subject }) {
                titledHere.append((s.mentions[m].range.lowerBound, fact.subject, fact.action))
            }
        }
        for b in bare {
            if let m = s.mentions.firstIndex(where: { $0.entity == b.person }) { titledHere.append((s.mentions[m].range.lowerBound, b.person, b.role)) }
        }
        for t in titledHere { context.titleOf[t.person] = context.titleOf[t.person] ?? t.title }
        for fact in sentenceFacts where Self.isOffice(fact) && fact.action != "counterpart" {
            context.bodyOf[fact.subject] = context.bodyOf[fact.subject] ?? fact.object
        }
        var facts: [Fact] = []
        possessiveTitles(s, context, &facts)
        titledCounterparts(s, context, titledHere, &facts)
        asTitle(s, &context, &facts)
        givenTitles(s, &context, &facts)
        possessivePartyLeaders(s, context, &facts)
        partiesOfTheirLeaders(s, &facts)
        listedHolders(s, &facts)
        respectiveHolders(s, &facts)
        kinship(s, previousPersons: context.previousPersons, personBySurname: context.personBySurname, &facts)
        nameNounName(s, &facts)
        bodyStandings(s, sentenceFacts: sentenceFacts, &facts)
        foundingMembers(s, &facts)
        headTitles(s, &context, &facts)
        let persons = s.mentions.filter { $0.type == .person }
        for m in persons where context.titleOf[m.entity] != nil { context.lastTitled = m.entity }
        if !persons.isEmpty { context.previousPersons = persons.map { ($0.entity, s.tokens[$0.range.upperBound - 1].lower) } }
        for m in persons where m.range.count >= 2 {
            let surname = s.tokens[m.range.upperBound - 1].lower
            if context.personBySurname[surname] == nil { context.personBySurname[surname] = m.entity }
        }
        context.previousBodies = s.mentions.filter { $0.type == .country || $0.type == .organization }.map(\.entity)
        let opening = DatelinePrefix.end(s.tokens, s.range)
        context.previousSubjectBody =
            s.mentions.first { ($0.type == .country || $0.type == .organization) && !$0.modifierOnly && $0.range.lowerBound >= opening }?.entity
        return facts
    }

    /// "Council chairman Rashad al-Alimi", "ministry spokesman Dina Mufti": a title after the head
    /// noun of an institution's name, with no body of its own, is held in the body named last (in an
    /// earlier sentence or before it in this one) whose name ends in that head ("Yemen's Presidential
    /// Leadership Council", "Ethiopia's foreign ministry"); `context` then learns this sentence's bodies.
    ///
    /// ```swift
    /// // "Yemen's Presidential Leadership Council met. Council chairman Rashad al-Alimi spoke."
    /// // -> Fact(Rashad al-Alimi, "chairman", Presidential Leadership Council, cameo .role)
    /// ```
    func headTitles(_ s: SentenceView, _ context: inout Context, _ facts: inout [Fact]) {
        var next = 0
        func learn(upTo end: Int) {
            while next < s.mentions.count, s.mentions[next].range.upperBound <= end {
                let m = s.mentions[next]
                if m.type == .organization, m.group.isEmpty {
                    let head = s.lower(m.range.upperBound - 1)
                    if NameCues.organizationHeads.contains(head) { context.bodyByHead[head] = m.entity }
                }
                next += 1
            }
        }
        for role in s.roles {
            let r = role.range
            let h = r.lowerBound - 1
            learn(upTo: h)
            guard s.range.contains(h), s.mentionAt[h] == nil, s.roleAt[h] == nil, s.tokens[h].isWord,
                let body = context.bodyByHead[s.lower(h)],
                // no body or possessive of its own: "Yemen's council chairman" is Yemen's
                s.mentionAt[h - 1] == nil, !s.lower(h - 1, is: "'s"), !s.lower(h - 1, isIn: Self.possessiveTitleOpeners)
            else { continue }
            // "Another foreign ministry spokeswoman, X": the name may follow a comma
            let nameStart = s.lower(r.upperBound, is: ",") ? r.upperBound + 1 : r.upperBound
            guard let person = s.mention(startingAt: Self.pastRanks(s, from: nameStart, atMost: 2)), s.mentions[person].type == .person else { continue }
            for subject in s.mentions[person].entities where subject != body {
                Self.addRole(subject, role.name, body, in: s, from: h, to: s.mentions[person].range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
            }
        }
        learn(upTo: s.range.upperBound)
    }

    /// Where the holder's name starts when a title of their own, with its body, stands before it:
    /// "its chairman, Barbados Prime Minister Erskine Sandiford", "whose chairman, Belgian Foreign
    /// Minister Karel De Gucht" -> the name's first token; `i` itself when no such title stands there.
    static func pastOwnTitle(_ s: SentenceView, at i: Int) -> Int {
        var start = i
        if let m = s.mention(startingAt: i), s.mentions[m].type == .country || s.mentions[m].type == .organization {
            start = s.mentions[m].range.upperBound
        }
        guard let r = s.role(startingAt: start), let p = s.mention(startingAt: s.roles[r].range.upperBound), s.mentions[p].type == .person else {
            return i
        }
        return s.roles[r].range.upperBound
    }

    /// Possessive pronouns that open a title in apposition: "His foreign minister, X", "its envoy, X".
    static let possessiveTitleOpeners: WordSet = ["his", "her", "its", "their"]

    /// "His foreign minister, Kasit Piromya, ...", "Their chief negotiator, Mohammed Abdulsalam, ...":
    /// a title after a possessive pronoun, with the person in apposition, is held in the body the
    /// pronoun stands for. "its" and "their" stand for the country or body named last before them (in
    /// the sentence, else in the one before); "his" and "her" for the person named last before them,
    /// and the title then is held in the country that person holds a stated national office in.
    ///
    /// ```swift
    /// // "Thai Prime Minister Abhisit Vejjajiva spoke. His foreign minister, Kasit Piromya, flew to New York."
    /// // -> Fact(Kasit Piromya, "foreign minister", Thailand, cameo .role)
    /// ```
    func possessiveTitles(_ s: SentenceView, _ context: Context, _ facts: inout [Fact]) {
        for role in s.roles {
            let r = role.range
            // "its deputy leader, X": a word that ranks the title may stand between
            let ranked = s.range.contains(r.lowerBound - 1) && s.lower(r.lowerBound - 1, isIn: Self.titleRankWords)
            let opener = ranked ? r.lowerBound - 2 : r.lowerBound - 1
            guard s.range.contains(opener), s.lower(opener, isIn: Self.possessiveTitleOpeners), let comma = postPlaceEnd(s, titleEnd: r.upperBound) else { continue }
            // "His foreign minister, General X": a rank may stand before the name
            var named = comma + 1
            while named < r.upperBound + 3, s.range.contains(named), s.mention(startingAt: named) == nil,
                s.lower(named, isIn: Self.militaryRanks)
            {
                named += 1
            }
            named = Self.pastOwnTitle(s, at: named)
            guard let p = s.mention(startingAt: named), s.mentions[p].type == .person else { continue }
            let person = s.mentions[p].entity
            let body: Int?
            if s.lower(opener, isIn: WordSet.personPossessives) {
                guard Self.isNationalOffice(role.name) else { continue }
                let holder = s.mentions.last { $0.type == .person && $0.range.upperBound <= opener }?.entity ?? context.previousPersons.last?.entity
                body = holder.flatMap { context.bodyOf[$0] }
            } else if Self.bodyOffices.contains(role.name),
                let organization = lastBody(s, before: opener, where: { $0.type == .organization && !$0.modifierOnly })
            {
                // "SADC, which Madagascar was to chair, ... and its executive secretary, X": a body's office is no country's
                body = organization.entity
            } else {
                let start = DatelinePrefix.end(s.tokens, s.range)
                let opensSentence = opener == start
                body =
                    sentenceSubjectBody(s, start: start, before: opener)?.entity
                    ?? coordinatedClauseSubjectBody(s, start: start, opener: opener)?.entity
                    ?? lastBody(s, before: opener, where: { $0.type == .country || $0.type == .organization })?.entity
                    ?? (opensSentence ? context.previousSubjectBody : nil) ?? context.previousBodies.last
            }
            guard let body, body != person else { continue }
            Self.addRole(person, role.name, body, in: s, from: opener, to: s.mentions[p].range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }

    /// Words (a closed class) that rank a title after a possessive: "its deputy leader", "its acting chairman".
    static let titleRankWords: WordSet = ["deputy", "acting", "interim"]

    /// The comma after a title and the place of its post, if any: right after the title ("its envoy,
    /// X"), or after "to"/"in"/"at"/"for" and a name ("its ambassador to Ethiopia, X"). Nil when neither.
    func postPlaceEnd(_ s: SentenceView, titleEnd: Int) -> Int? {
        if s.lower(titleEnd, is: ",") { return titleEnd }
        guard s.lower(titleEnd, isIn: Self.postPlacePrepositions) else { return nil }
        let j = s.lower(titleEnd + 1, is: "the") ? titleEnd + 2 : titleEnd + 1
        guard let place = s.mention(startingAt: j), s.mentions[place].type != .person, s.lower(s.mentions[place].range.upperBound, is: ",") else {
            return nil
        }
        return s.mentions[place].range.upperBound
    }

    /// Prepositions before the place where a title's holder serves or the brief of the post:
    /// "ambassador to Kenya", "envoy in Berlin", "special envoy for the Balkans".
    static let postPlacePrepositions: WordSet = ["to", "in", "at", "for"]

    /// The state or body that opens the sentence as its subject, set off by a comma ("China, the
    /// biggest buyer of its oil, urged X and Y ..., and its envoy"; "Russia, which opposes ..., said
    /// its envoy"), when another state or body stands between it and `end`: "its" after a later name
    /// still stands for the subject. Nil when the sentence opens otherwise.
    func sentenceSubjectBody(_ s: SentenceView, start: Int, before end: Int) -> SentenceView.Span? {
        guard let m = openingBody(s, start: start), s.mentions[m].range.upperBound < end, s.lower(s.mentions[m].range.upperBound, is: ","),
            s.mentions.contains(where: { $0.range.lowerBound > s.mentions[m].range.upperBound && $0.range.upperBound <= end && ($0.type == .country || $0.type == .organization) })
        else { return nil }
        return s.mentions[m]
    }

    /// The state or body named at `start` (after "the", if any), the mention's index.
    func openingBody(_ s: SentenceView, start: Int) -> Int? {
        guard let m = s.mention(startingAt: start) ?? (s.lower(start, isIn: WordSet.articles) ? s.mention(startingAt: start + 1) : nil),
            s.mentions[m].type == .country || s.mentions[m].type == .organization, !s.mentions[m].modifierOnly
        else { return nil }
        return m
    }

    /// The state or body that opens the sentence as its subject when "its" opens a clause coordinated
    /// with the first (", and its foreign minister, X,"): the pronoun takes up the first clause's
    /// subject, not a place its verb names ("The Palestinian Authority recalled its ambassador from
    /// Manama, and its foreign minister, X, called ..." -> the Palestinian Authority).
    func coordinatedClauseSubjectBody(_ s: SentenceView, start: Int, opener: Int) -> SentenceView.Span? {
        guard opener >= start + 2, s.lower(opener - 1, is: "and"), s.lower(opener - 2, is: ","), let m = openingBody(s, start: start),
            s.mentions[m].range.upperBound < opener - 2
        else { return nil }
        // its verb right after it: a lower-case word
        let next = s.mentions[m].range.upperBound
        guard s.tokens[next].isWord, !s.tokens[next].isCapitalized, !s.lower(next, isIn: WordSet.articles) else { return nil }
        // the last body before the pronoun a place after a preposition ("from Manama"), not the verb's
        // object ("Kenya met Uganda, and its foreign minister": Uganda's)
        guard let last = s.mentions.last(where: { $0.range.upperBound <= opener && ($0.type == .country || $0.type == .organization) && !$0.modifierOnly }),
            last.range.lowerBound > next, s.lower(last.range.lowerBound - 1, isIn: Self.placeOfActPrepositions)
        else { return nil }
        return s.mentions[m]
    }

    /// Prepositions (a closed class) before a place an act starts from, goes to or happens in.
    static let placeOfActPrepositions: WordSet = ["from", "to", "in", "into", "at"]

    /// The last mention before `end` that `fits`, passing over a possessor ("The OAS condemned the
    /// Assembly's vote, and its secretary-general": "its" is the OAS, not the vote's owner) while an
    /// earlier one fits.
    func lastBody(_ s: SentenceView, before end: Int, where fits: (SentenceView.Span) -> Bool) -> SentenceView.Span? {
        let candidates = s.mentions.filter { fits($0) && $0.range.upperBound <= end }
        return candidates.last { !s.lower($0.range.upperBound, is: "'s") } ?? candidates.last
    }

    /// Words for one who holds the same office elsewhere.
    static let counterpartNouns: WordSet = ["counterpart", "counterparts", "opposite number"]

    /// "X and his Kosovo counterpart, Hashim Thaci", "told his Chinese counterpart, Wang Yi": the
    /// person after the noun holds X's title in the country before it.
    func titledCounterparts(_ s: SentenceView, _ context: Context, _ titledHere: [(position: Int, person: Int, title: String)], _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let counterpartNouns = Self.counterpartNouns
        for i in s.range where s.lower(i, isIn: counterpartNouns) {
            guard let country = s.mention(endingBefore: i), s.mentions[country].type == .country,
                ["his", "her", "their"].contains(s.lower(s.mentions[country].range.lowerBound - 1))
            else { continue }
            // "his Turkish Cypriot counterpart": two demonyms name no one country
            if s.mention(endingBefore: s.mentions[country].range.lowerBound) != nil { continue }
            var j = i + 1
            if s.lower(j, is: ",") { j += 1 }
            guard let p = s.mention(startingAt: j), s.mentions[p].type == .person else { continue }
            // whose counterpart: the nearest titled person before, in this sentence or the last one named
            let pronoun = s.mentions[country].range.lowerBound - 1
            let holder =
                titledHere.filter { $0.position < pronoun }.max { $0.position < $1.position }?.person
                ?? (s.mentions[..<country].contains { $0.type == .person } ? s.mentions[..<country].last { $0.type == .person }?.entity : context.lastTitled)
            guard let holder, holder != s.mentions[p].entity, let title = context.titleOf[holder] ?? titledHere.first(where: { $0.person == holder })?.title
            else { continue }
            Self.addRole(
                s.mentions[p].entity, title, s.mentions[country].entity, in: s, from: s.mentions[country].range.lowerBound, to: s.mentions[p].range.upperBound,
                confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }

    /// Verbs after which "as TITLE" states the title held: "resigned as prime minister", "was sworn
    /// in as acting president", "appointed X as envoy to Y".
    static let asTitleVerbs: WordSet = WordLists.wordSet("RoleExtractor.asTitleVerbs")

    /// Verbs with which one takes a title by one's own word: "declared himself interim president".
    static let selfDeclaringVerbs: WordSet = WordLists.wordSet("RoleExtractor.selfDeclaringVerbs")

    /// Words between "as" and the title: "as acting president".
    static let asTitleModifiers: WordSet = WordLists.wordSet("RoleExtractor.asTitleModifiers")

    /// Lower-case words between "as TITLE of the" and the body, at most: "as head of the powerful Security Council".
    static let asBodyModifierWords = 2

    /// Words between the verb and "as", at most ("stepped down as", "swore in its speaker, X, as").
    static let verbToAsWords = 8
    /// Words between the title holder and the verb, at most.
    static let holderToVerbWords = 10

    /// "Jane Doe resigned as prime minister", "X was sworn in as acting president", "swore in its
    /// speaker, X, as interim president", "X, speaking as chairman of the SADC": the role of the
    /// verb's object, or else its subject. A national title with no "of BODY" is a bare title, left
    /// for the document's country.
    /// "declared himself president": the pronouns that stand where "as" would.
    static let reflexivePronouns: WordSet = ["himself", "herself"]

    func asTitle(_ s: SentenceView, _ context: inout Context, _ facts: inout [Fact]) {
        for i in s.range {
            // "declared himself interim president": the reflexive stands where "as" would
            let reflexive = s.lower(i, isIn: Self.reflexivePronouns) && s.lower(i - 1, isIn: Self.selfDeclaringVerbs)
            guard s.lower(i, is: "as") || reflexive else { continue }
            var t = i + 1
            while t < i + 3, s.role(startingAt: t) == nil, s.lower(t, isIn: Self.asTitleModifiers) { t += 1 }
            // "sworn in as Gambia's president", "as Gambian president": the country written before the title
            var country: Int?
            // where the title's own modifiers start: after "as", or after the country ("Kenya's third president")
            var modifiersStart = i + 1
            if let c = s.mention(startingAt: t), s.mentions[c].type == .country {
                let after = s.mentions[c].range.upperBound
                country = s.mentions[c].entity
                t = s.lower(after, is: "'s") ? after + 1 : after
                modifiersStart = t
                while t < after + 3, s.role(startingAt: t) == nil, s.lower(t, isIn: Self.asTitleModifiers) { t += 1 }
            } else if let owner = Self.storyCountryPossessiveEnd(s, at: i + 1) {
                // "as the country's president", "as the Baltic state's first woman president": the story's
                // country, a bare title
                t = owner
                modifiersStart = t
                while t < owner + 3, s.role(startingAt: t) == nil, s.lower(t, isIn: Self.asTitleModifiers) { t += 1 }
            }
            guard let r = s.role(startingAt: t), s.roles[r].range.lowerBound == t else { continue }
            let role = s.roles[r]
            guard
                let verb = reflexive
                    ? i - 1
                    : (max(s.range.lowerBound, i - Self.verbToAsWords)..<i).last(where: { s.lower($0, isIn: Self.asTitleVerbs) })
                        ?? verbBeforeObjectApposition(s, as: i)
            else { continue }
            // the object between the verb and "as", else the subject before the verb
            var holder = s.mentions.lastIndex { $0.type == .person && $0.range.lowerBound > verb && $0.range.upperBound <= i }
            if holder == nil {
                holder = s.mentions.lastIndex {
                    $0.type == .person && $0.range.upperBound <= verb && verb - $0.range.upperBound <= Self.holderToVerbWords
                }
                // another name between them is the verb's subject
                if let h = holder, s.mentions.contains(where: { $0.range.lowerBound >= s.mentions[h].range.upperBound && $0.range.upperBound <= verb && !$0.modifierOnly && $0.type != .location }) { holder = nil }
                // "Adly Mansour, the head of Egypt's Supreme Constitutional Court, was sworn in as": the
                // subject before an apposition set off by commas
                if holder == nil { holder = subjectBeforeApposition(s, verb: verb) }
            }
            guard let h = holder else { continue }
            let person = s.mentions[h].entity
            let title = s.tokens[t..<role.range.upperBound].map(\.lower).joined(separator: " ")
            // "acting president" keeps its modifier, "its speaker" drops the determiner
            let name = (s.tokens[modifiersStart..<t].map(\.lower).filter { !ActionExtractor.determiners.contains($0) && $0 != "'s" } + [title]).joined(separator: " ")
            if let country {
                guard Self.isNationalOffice(title) else { continue }
                // "sworn in as Nepal's first woman prime minister": the modifiers stay, so that the title
                // is not taken for the one the predecessor held
                Self.addRole(
                    person, name, country, in: s, from: min(s.mentions[h].range.lowerBound, i), to: role.range.upperBound, confidence: FactConfidence.Role.sideClause,
                    into: &facts)
                context.titleOf[person] = context.titleOf[person] ?? title
                continue
            }
            var j = role.range.upperBound
            // "appointed X as its special envoy to Albania": "its" names the post's owner, "to" where it serves
            let ownedByTheSubject = ["its", "their"].contains(s.lower(i + 1)) && s.lower(j, is: "to")
            if ["of", "to", "at"].contains(s.lower(j)), !ownedByTheSubject {
                let preposition = s.lower(j)
                j += s.lower(j + 1, is: "the") ? 2 : 1
                // "as head of the powerful Security Council": a lower-case word or two may stand before the body
                j = Self.pastClassWords(s, from: j, atMost: Self.asBodyModifierWords)
                if let body = s.mention(startingAt: j), s.mentions[body].type != .person, s.mentions[body].type != .location {
                    Self.addRole(
                        person, name, s.mentions[body].entity, in: s, from: min(s.mentions[h].range.lowerBound, i), to: s.mentions[body].range.upperBound,
                        confidence: FactConfidence.Role.sideClause, into: &facts)
                    continue
                }
                // "sworn in as interim president at the home of X": with no body after it, "at" says where
                // the act took place, and the title is a bare one
                guard preposition == "at" else { continue }
            }
            // "ZANU-PF sacked Mugabe as its leader": "its" stands for the body named before the verb
            if ["its", "their"].contains(s.lower(i + 1)), !reflexive,
                let body = s.mentions.last(where: { ($0.type == .organization || $0.type == .country) && !$0.modifierOnly && $0.range.upperBound <= verb }),
                body.entity != person
            {
                Self.addRole(
                    person, title, body.entity, in: s, from: min(body.range.lowerBound, s.mentions[h].range.lowerBound), to: role.range.upperBound,
                    confidence: FactConfidence.Role.sideClause, into: &facts)
                continue
            }
            guard Self.isNationalOffice(title) else { continue }
            context.bareTitles.append(
                BareTitle(
                    person: person, role: name, sentence: s.index, span: s.span(min(s.mentions[h].range.lowerBound, i), role.range.upperBound),
                    mayBeFormer: true))
            context.titleOf[person] = context.titleOf[person] ?? name
        }
    }

    /// Nouns that describe the story's country in a possessive (a closed class): "the country's".
    static let countryDescriptionNouns: WordSet = ["country", "nation", "state", "island", "islands", "kingdom", "republic", "archipelago"]

    /// The word after "the country's", "the Baltic state's" (at most two lower-case or capitalized
    /// adjectives between "the" and the noun) opening at `i`: where a title may follow; nil elsewhere.
    static func storyCountryPossessiveEnd(_ s: SentenceView, at i: Int) -> Int? {
        guard s.lower(i, is: "the") else { return nil }
        var k = i + 1
        while k < i + 3, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord, !s.lower(k, isIn: countryDescriptionNouns) { k += 1 }
        guard s.lower(k, isIn: countryDescriptionNouns), s.lower(k + 1, is: "'s") else { return nil }
        return k + 2
    }

    /// "named Santia Bradshaw, a BLP member of parliament, as deputy prime minister": the verb right
    /// before a person whose apposition between commas ends right before "as" at `asAt` (the words
    /// may run past `verbToAsWords`); nil when no such verb stands there.
    func verbBeforeObjectApposition(_ s: SentenceView, as asAt: Int) -> Int? {
        guard s.lower(asAt - 1, is: ",") else { return nil }
        for open in stride(from: asAt - 3, through: max(s.range.lowerBound, asAt - 1 - Self.appositionWords), by: -1) where s.lower(open, is: ",") {
            guard let p = s.mention(endingBefore: open), s.mentions[p].type == .person else { return nil }
            let verb = s.mentions[p].range.lowerBound - 1
            return s.lower(verb, isIn: Self.asTitleVerbs) ? verb : nil
        }
        return nil
    }

    /// The person whose name, followed by an apposition between commas, opens the clause of `verb`
    /// ("X, the head of Y's court, was sworn in"): the closing comma stands right before the verb or
    /// its auxiliaries.
    func subjectBeforeApposition(_ s: SentenceView, verb: Int) -> Int? {
        var k = verb - 1
        while k > s.range.lowerBound, s.lower(k, isIn: Self.auxiliaries) || s.lower(k, is: "been") { k -= 1 }
        guard s.lower(k, is: ",") else { return nil }
        // the opening comma, a few words back, right after a person's name
        for open in stride(from: k - 2, through: max(s.range.lowerBound, k - Self.appositionWords), by: -1) where s.lower(open, is: ",") {
            guard let p = s.mention(endingBefore: open), s.mentions[p].type == .person else { return nil }
            return p
        }
        return nil
    }

    /// Words of an apposition between commas, at most.
    static let appositionWords = 14

    /// Of two roles with the same ends, the one whose title the other's ends with goes: "acting
    /// president" stays beside "president", "foreign minister" beside "minister".
    ///
    /// ```swift
    /// RoleExtractor.keepingMostSpecificTitles([president, actingPresident])  // [actingPresident]
    /// ```
    static func keepingMostSpecificTitles(_ facts: [Fact]) -> [Fact] {
        var titles: [RoleEnds: [String]] = [:]
        for f in facts where f.kind == .role { titles[RoleEnds(f), default: []].append(f.action) }
        return facts.filter { f in
            guard f.kind == .role, let others = titles[RoleEnds(f)], others.count > 1 else { return true }
            return !others.contains { $0 != f.action && $0.hasSuffix(" " + f.action) }
        }
    }
}

extension RoleExtractor {
    /// One title per person and body: of several titles with the same ends ("Ecuador's Noboa" as its
    /// leader in a headline, "Ecuadoran President Daniel Noboa" below), the surest stays, the first
    /// stated among equals. The guidelines give a person and a body one role; a second is a synonym,
    /// not a fact. (A state's standings toward another may be several: "its former colonial ruler
    /// and main trading partner".)
    ///
    /// ```swift
    /// RoleExtractor.keepingOneRolePerPair([leader080, president090], entities: entities).map(\.action)  // ["president"]
    /// ```
    static func keepingOneRolePerPair(_ facts: [Fact], entities: [ExtractedEntity]) -> [Fact] {
        func isPerson(_ id: Int) -> Bool { entities.indices.contains(id) && entities[id].type == .person }
        var best: [RoleEnds: Int] = [:]
        for (i, f) in facts.enumerated() where f.kind == .role && isPerson(f.subject) {
            let ends = RoleEnds(f)
            if let kept = best[ends], facts[kept].confidence >= f.confidence { continue }
            best[ends] = i
        }
        return facts.enumerated().filter { i, f in f.kind != .role || !isPerson(f.subject) || best[RoleEnds(f)] == i }.map(\.element)
    }
}

/// The two ends of a role fact, as a key: two roles with the same ends say who holds what where.
struct RoleEnds: Hashable {
    let subject: Int
    let object: Int

    init(_ fact: Fact) {
        subject = fact.subject
        object = fact.object
    }
}
