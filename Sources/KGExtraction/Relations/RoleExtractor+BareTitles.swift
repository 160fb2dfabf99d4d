import KGModel

/// Titles of national office with no body beside the name: "Prime Minister Jane Doe" in an article
/// about her country. The body is the country the lexicon of office holders dates her in an office
/// of, when the document names it, else the country her own words speak for ("Prime Minister Jane Doe
/// said Kenya would ..."), else the country of the dateline, else the country the document is
/// about, when one clearly dominates. A country the sentence names near the title, as no one else's
/// body and no destination, comes before the dateline's.
extension RoleExtractor {
    /// A person named after a title with no body stated in the sentence.
    struct BareTitle {
        var person: Int
        var role: String
        var sentence: Int
        var span: TextSpan
        /// The country that is the subject of what the person is reported saying, if any: "Prime
        /// Minister Jane Doe said on Monday that Kenya would ..." -> Kenya.
        var spokenCountry: Int? = nil
        /// A title that may no longer be held ("resigned as prime minister", "Former President X"):
        /// another holder of it named bare does not rule the country out.
        var mayBeFormer = false
        /// The country the sentence itself suggests: the one named nearest the title that is no other
        /// person's body and no destination ("President X, after talks with Turkish President Y,
        /// ordered U.S. troops ..." -> the United States).
        var sentenceCountry: Int? = nil
        /// A state's standing toward the story's country, not a person's title: "France, the former
        /// colonial power" is placed by the dateline or the story alone, acts on that country or not.
        var isStanding = false
        /// A title in apposition ("X, a former intelligence chief,"): the country the story is about
        /// places it before the dateline's, which is as often where the story was filed from.
        var prefersStoryCountry = false
        /// One of several holders after a plural title ("Presidents X and Y"): each holds it in a
        /// country of their own, so only the lexicon of office holders places them.
        var sharesPluralTitle = false
    }

    /// Words of a title that name an office of a country's government.
    static let nationalOffices: WordSet = WordLists.wordSet("RoleExtractor.nationalOffices")

    /// Whole titles that name a national office though none of their words does: "army chief".
    static let nationalTitles: WordSet = WordLists.wordSet("RoleExtractor.nationalTitles")

    /// A legislature's presiding titles, placed like a national office only right before the name
    /// ("Parliament Speaker X"): in apposition ("its speaker, X, as interim president") they
    /// contend with the office the sentence gives.
    static let legislativeTitles: WordSet = WordLists.wordSet("RoleExtractor.legislativeTitles")

    /// Ranks written between a title and the name: "Army chief General Jane Doe".
    static let militaryRanks: WordSet = WordLists.wordSet("RoleExtractor.militaryRanks")

    /// Honorifics that may stand between a title and its holder's name: "Prime Minister Sheikh Hasina",
    /// "President Dr. X".
    static let honorificsBeforeNames: WordSet = WordLists.wordSet("RoleExtractor.honorificsBeforeNames")

    /// Whether a title names a national office: "foreign minister", "vice president", "army chief".
    static func isNationalOffice(_ title: String) -> Bool {
        // "president-elect", "prime minister-elect": the office one is elected to
        if title.hasSuffix("-elect") { return isNationalOffice(String(title.dropLast("-elect".count))) }
        return nationalTitles.contains(title) || singleCountryTitles[title] != nil
            // ("vice-president": a hyphen joins the office's words too)
            || holdsNationalOfficeWord(title)
    }

    /// Whether a word of `title`, split at spaces and hyphens, is a national office's.
    private static func holdsNationalOfficeWord(_ title: String) -> Bool {
        // split at the bytes, not by walking the characters (about 5,000 instructions a title, asked of
        // every role of every sentence): no byte of a multi-byte scalar is an ASCII space or hyphen, so
        // the pieces are the same for any title
        let space = UInt8(ascii: " "), hyphen = UInt8(ascii: "-")
        return title.utf8.split(whereSeparator: { $0 == space || $0 == hyphen }).contains { nationalOffices.contains(String(Substring($0))) }
    }

    /// "President Jane Doe", "Foreign Minister Ali Khan", "Army chief General Ali Khan": a national
    /// title right before a person (a rank may stand between), with no body before the title and
    /// no "of BODY" after the name.
    ///
    /// ```swift
    /// // "Prime Minister Jane Doe resigned." -> BareTitle(person: Jane Doe, role: "prime minister")
    /// ```
    /// `openingPlace` is the country the sentence's opening place phrase names and where the words
    /// after it start ("In Tehran, Supreme Leader X"): a title there is that country's office.
    func bareTitles(_ s: SentenceView, roleFacts: [Fact] = [], openingPlace: (country: Int, after: Int)? = nil) -> [BareTitle] {
        var out: [BareTitle] = []
        // (another person's: "Burundi's ruling party, the CNDD-FDD, sent Foreign Minister X" leaves Burundi his)
        let people = Set(s.mentions.filter { $0.type == .person }.map(\.entity))
        let bodies = Set(roleFacts.filter { people.contains($0.subject) }.map(\.object))
        for role in s.roles {
            let r = role.range
            guard Self.isNationalOffice(role.name) || Self.legislativeTitles.contains(role.name) else { continue }
            var start = r.upperBound
            while start < r.upperBound + 2, s.mentionAt[start] == nil, s.tokens.indices.contains(start), s.tokens[start].isCapitalized,
                s.lower(start, isIn: Self.militaryRanks) || s.lower(start, isIn: Self.honorificsBeforeNames)
            {
                start += 1
            }
            guard let p = s.mention(startingAt: start), s.mentions[p].type == .person else { continue }
            var before = r.lowerBound - 1
            if s.lower(before, is: "'s") { before -= 1 }
            // a body before the title, "former", or a possessive pronoun ("his foreign minister") decides otherwise
            // ("Former President X" held the office all the same)
            // ("outgoing President X", "the late President X": a holder another may succeed or have succeeded;
            // "served under President X": a holder of the past)
            var former = ["former", "ex", "then", "outgoing", "late"].contains(s.lower(before))
            if former { before -= 1 }
            if s.lower(before, is: "under") { former = true }
            if s.mentionAt[before] != nil || ["his", "her", "their", "its"].contains(s.lower(before)) { continue }
            // "his migration minister X": the title's own lower-case words may stand after the possessive
            var owner = before
            while owner > before - Self.possessiveTitleModifiers, s.range.contains(owner), s.mentionAt[owner] == nil, s.tokens[owner].isWord,
                !s.tokens[owner].isCapitalized, !s.lower(owner, isIn: Self.possessivePronouns)
            {
                owner -= 1
            }
            if owner < before, s.lower(owner, isIn: Self.possessivePronouns) { continue }
            let after = s.mentions[p].range.upperBound
            // "President X of Kenya" names the body; "accused President X of trying to ..." is the verb's "of"
            let ofBody = s.lower(after, is: "of") && !s.isGerund(after + 1) && !s.lower(after + 1, is: "not")
            if ofBody || s.lower(after, is: ",") && s.mention(startingAt: after + 1).map({ s.mentions[$0].type != .person }) == true {
                continue
            }
            var title = BareTitle(
                person: s.mentions[p].entity, role: role.name, sentence: s.index, span: s.span(r.lowerBound, after),
                spokenCountry: spokenCountry(s, after: after) ?? spokenCountryBefore(s, titleStart: r.lowerBound, after: after),
                mayBeFormer: former)
            // "..., after which the Americans would leave, parliament speaker X said": the words before a
            // closing attribution are what is said, and a country they name (not their subject, which
            // `spokenCountryBefore` reads) is what the speaker speaks of, not whom
            let closesSpeech = isClosingAttribution(s, titleStart: r.lowerBound, after: after)
            title.sentenceCountry =
                openingPlace.flatMap { $0.after == r.lowerBound ? $0.country : nil }
                ?? (closesSpeech ? nil : nearestCountry(s, from: r.lowerBound, to: after, bodies: bodies, person: title.person))
            out.append(title)
        }
        return out + appositionBareTitles(s, bodies: bodies) + copulaBareTitles(s, bodies: bodies) + colonialPowersOfTheStory(s) + pluralBareTitles(s)
            + stateMediaOfTheStory(s)
    }

    /// Words (a closed class) between a copula and the title it states: "is now prime minister",
    /// "was then president".
    static let copulaTitleAdverbs: WordSet = ["now", "then", "also", "still"]

    /// "X, who had been president since 1994,", "X had been head of state since independence", "whose
    /// leader X is industry minister": a national office stated by "is", "was", "has been" or "had
    /// been" with no body after it ("of BODY", a possessive) or before it is a bare title of the
    /// copula's subject, placed in the story's country. A past tense may state a title no longer
    /// held: it is read as one that may be former.
    func copulaBareTitles(_ s: SentenceView, bodies: Set<Int>) -> [BareTitle] {
        var out: [BareTitle] = []
        for role in s.roles where Self.isNationalOffice(role.name) {
            let r = role.range
            var copula = r.lowerBound - 1
            if s.lower(copula, isIn: Self.copulaTitleAdverbs) { copula -= 1 }
            var subjectEnd = copula
            let perfect = s.lower(copula, is: "been") && (s.lower(copula - 1, is: "had") || s.lower(copula - 1, is: "has"))
            if perfect { subjectEnd = copula - 1 } else if !s.lower(copula, isIn: Self.copulaForms) { continue }
            // the title names no body after it and is no name's: "is president of X", "was President X"
            let after = r.upperBound
            if s.range.contains(after), s.lower(after, is: "of") || s.lower(after, is: "'s") || s.tokens[after].isCapitalized || s.mentionAt[after] != nil {
                continue
            }
            guard let p = copulaSubject(s, copula: subjectEnd) else { continue }
            let from = s.mentions[p].range.lowerBound
            var title = BareTitle(
                person: s.mentions[p].entity, role: role.name, sentence: s.index, span: s.span(from, after),
                mayBeFormer: perfect || s.lower(copula, is: "was"), prefersStoryCountry: true)
            title.sentenceCountry = nearestCountry(s, from: from, to: after, bodies: bodies, person: title.person)
            out.append(title)
        }
        return out
    }

    /// Words that make a medium a state's: "the state broadcaster", "the official news agency".
    static let stateMediaWords: WordSet = ["state", "state-run", "state-owned", "official", "public", "government", "government-run"]

    /// "told the state broadcaster MBC", "the official news agency APS": a state's medium named with no
    /// state beside it is the story's country's (placed like a standing, by the dateline or the
    /// document's country).
    func stateMediaOfTheStory(_ s: SentenceView) -> [BareTitle] {
        var out: [BareTitle] = []
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let mediumClassNouns = Self.mediumClassNouns
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: mediumClassNouns) {
            if s.lower(n, is: "agency"), !s.lower(n - 1, is: "news") { continue }
            // the noun's own lower-case words, one of them a state's ("state news agency")
            var k = n - 1
            while k > n - 4, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord || s.lower(k, is: "-"), !s.tokens[k].isCapitalized,
                !WordSet.articles.contains(s.lower(k))
            {
                k -= 1
            }
            let words = (k + 1)..<(n + 1)
            // no state named before the words: "Russia's state broadcaster" is the company rule's
            guard words.contains(where: { s.lower($0, isIn: Self.stateMediaWords) }), s.mention(endingBefore: k + 1) == nil, !s.lower(k, is: "'s") else { continue }
            let start = s.lower(n + 1, is: ",") ? n + 2 : n + 1
            guard let body = s.mention(startingAt: start), s.mentions[body].type == .organization, !s.mentions[body].modifierOnly else { continue }
            let role = words.map { s.lower($0) }.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
            out.append(
                BareTitle(
                    person: s.mentions[body].entity, role: role, sentence: s.index, span: s.span(k + 1, s.mentions[body].range.upperBound),
                    isStanding: true))
        }
        return out
    }

    /// "Presidents Felix Tshisekedi and Paul Kagame": a capitalized plural title right before a list of
    /// people, each given the singular title (placed only where the lexicon of office holders knows them).
    func pluralBareTitles(_ s: SentenceView) -> [BareTitle] {
        var out: [BareTitle] = []
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let pluralRoles = ActionExtractor.pluralRoles
        for i in s.range where s.tokens[i].isCapitalized && s.mentionAt[i] == nil && s.lower(i, isIn: pluralRoles) {
            let role = String(s.lower(i).dropLast())
            guard Self.isNationalOffice(role) else { continue }
            let people = s.mentionList(from: i + 1) { $0.type == .person }.members
            guard people.count >= 2 else { continue }
            for p in people {
                var title = BareTitle(person: s.mentions[p].entity, role: role, sentence: s.index, span: s.span(i, s.mentions[p].range.upperBound))
                title.sharesPluralTitle = true
                out.append(title)
            }
        }
        return out
    }

    /// Possessive pronouns (a closed class): "his foreign minister X" is the possessor's, not a bare title.
    static let possessivePronouns: WordSet = ["his", "her", "their", "its"]

    /// Lower-case words of a title between a possessive pronoun and it, at most ("his migration minister").
    static let possessiveTitleModifiers = 2

    /// Words of a title's lower-case "of" phrase, at most, "of" included: "minister of public security".
    static let titleOfPhraseWords = 5

    /// Words that may close a bare title in apposition: the title names no body after it.
    /// ("X, a former interior minister and her defence adviser,": "and" opens a second apposition)
    static let appositionTitleEnds: WordSet = [",", ".", ";", "who", ")", "and"]

    /// A national title in apposition, with no body in the phrase: "Jane Doe, a former intelligence
    /// chief, fled" (after the name) and "the attorney general, Jane Doe," (before it). A possessive,
    /// a name or an "of" beside the title states the body and is the other rules' to read.
    ///
    /// ```swift
    /// // "The head of state, Jane Doe, suspended parliament." -> BareTitle(person: Jane Doe, role: "head of state")
    /// ```
    func appositionBareTitles(_ s: SentenceView, bodies: Set<Int>) -> [BareTitle] {
        var out: [BareTitle] = []
        for role in s.roles where Self.isNationalOffice(role.name) {
            let r = role.range
            var before = r.lowerBound - 1
            let former = s.lower(before, isIn: WordSet.formerTitleWords)
            if former { before -= 1 }
            let article = s.lower(before, isIn: WordSet.articles)
            if article { before -= 1 }
            // "X, the minister of public security,": an "of" phrase of lower-case words, naming no body, is the title's own
            var titleEnd = r.upperBound
            if s.lower(titleEnd, is: "of") {
                var k = titleEnd + 1
                while k < titleEnd + Self.titleOfPhraseWords, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord, !s.tokens[k].isCapitalized { k += 1 }
                if k > titleEnd + 1, s.lower(k, isIn: Self.appositionTitleEnds) { titleEnd = k }
            }
            let name = s.tokens[r.lowerBound..<titleEnd].map(\.lower).joined(separator: " ")
            // "X, a former intelligence chief, ..." / "X, former intelligence chief."
            if s.lower(before, is: ","), let p = s.mention(endingBefore: before), s.mentions[p].type == .person,
                s.range.contains(titleEnd) ? s.lower(titleEnd, isIn: Self.appositionTitleEnds) : true
            {
                let from = s.mentions[p].range.lowerBound
                var title = BareTitle(
                    person: s.mentions[p].entity, role: name, sentence: s.index, span: s.span(from, titleEnd),
                    spokenCountry: spokenCountry(s, after: titleEnd + 1), mayBeFormer: former, prefersStoryCountry: true)
                title.sentenceCountry = nearestCountry(s, from: from, to: titleEnd, bodies: bodies, person: title.person)
                out.append(title)
                continue
            }
            // "the attorney general, Jane Doe," / "The head of state, Jane Doe, said": the article opens
            // the phrase (no possessive or name before it), and no "of BODY" follows the name
            // "the army commander, Lieutenant General X,": a rank may stand before the name
            // "the army chief of staff, General X": over the title's own "of" phrase
            var named = titleEnd + 1
            while named < titleEnd + 4, s.range.contains(named), s.mention(startingAt: named) == nil, s.tokens[named].isCapitalized,
                s.lower(named, isIn: Self.militaryRanks)
            {
                named += 1
            }
            guard article, s.lower(before + 1, is: "the"), s.mentionAt[before] == nil, !s.lower(before, is: "'s"), s.lower(titleEnd, is: ","),
                let p = s.mention(startingAt: named), s.mentions[p].type == .person
            else { continue }
            let after = s.mentions[p].range.upperBound
            guard !s.lower(after, is: "of"), !(s.lower(after, is: ",") && s.mention(startingAt: after + 1).map { s.mentions[$0].type != .person } == true) else { continue }
            var title = BareTitle(
                person: s.mentions[p].entity, role: name, sentence: s.index, span: s.span(before + 1, after),
                spokenCountry: spokenCountry(s, after: after), mayBeFormer: former, prefersStoryCountry: true)
            title.sentenceCountry = nearestCountry(s, from: before + 1, to: after, bodies: bodies, person: title.person)
            out.append(title)
        }
        return out
    }

    /// Nouns of a colonial standing after "colonial": "the former colonial power", "ruler", "master".
    static let colonialStandingNouns: WordSet = ["power", "ruler", "master"]

    /// "He urged France, the former colonial power, to ...": a state in apposition with a colonial
    /// standing and no possessor stands so toward the country the story is from or about.
    func colonialPowersOfTheStory(_ s: SentenceView) -> [BareTitle] {
        var out: [BareTitle] = []
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let colonialStandingNouns = Self.colonialStandingNouns
        for n in s.range where s.lower(n, isIn: colonialStandingNouns) && s.lower(n - 1, is: "colonial") {
            var open = n - 2
            if s.lower(open, is: "former") { open -= 1 }
            guard ["the", "a"].contains(s.lower(open)), s.lower(open - 1, is: ","), let holder = s.mention(endingBefore: open - 1),
                s.mentions[holder].type == .country, !s.mentions[holder].modifierOnly
            else { continue }
            out.append(
                BareTitle(
                    person: s.mentions[holder].entity, role: "colonial " + s.lower(n), sentence: s.index,
                    span: s.span(s.mentions[holder].range.lowerBound, n + 1), isStanding: true))
        }
        return out
    }

    /// The country sentence `s` names nearest before a title at `from ..< to` that is no other person's
    /// body ("Turkish President Y", "his Chinese counterpart") and no destination ("fled to the United
    /// Arab Emirates", "deploy troops to Qatar"). A country after the title is more often what the
    /// holder acts on ("ordered troops to leave Syria") than the holder's own.
    private func nearestCountry(_ s: SentenceView, from: Int, to: Int, bodies: Set<Int>, person: Int) -> Int? {
        var nearest: (distance: Int, entity: Int)?
        let underTitle = s.lower(from - 1, is: "under")
        // "Saudi Arabia urged Islamabad to ..., and Prime Minister X thanked Y": a clause before the
        // title's own, joined by ", and" or ";", names another's country
        let clauseStart = (s.range.lowerBound..<from).last { k in
            s.lower(k, is: ";") || s.lower(k, is: ",") && s.lower(k + 1, isIn: Self.clauseJoiningConjunctions)
        }
        for m in s.mentions where m.type == .country && !m.modifierOnly && m.range.upperBound <= from && m.range.lowerBound > clauseStart ?? Int.min {
            var k = m.range.lowerBound - 1
            if s.lower(k, is: "the") { k -= 1 }
            // "officials from Uganda and Kenya": a conjunct shares the preposition of the first
            while [",", "and", "or"].contains(s.lower(k)), let before = s.mention(endingBefore: k) {
                k = s.mentions[before].range.lowerBound - 1
                if s.lower(k, is: "the") { k -= 1 }
            }
            // nor a place one goes to, leaves or strikes ("ordered troops to leave Syria")
            guard !bodies.contains(m.entity), !s.lower(k, isIn: Self.destinationPrepositions), !s.lower(k, isIn: NameCues.travelVerbs),
                m.entity != person
            else { continue }
            // nor one another country acts on ("Managua ... accused Washington of ..., in a statement read by
            // Vice President X": X speaks for the accuser)
            // (the roles' sentences are read untagged: a past tense by its ending)
            let actedOn = s.tag(k).map { $0.upos == .VERB } ?? (s.lower(k).count > 4 && s.lower(k).hasSuffix("ed"))
            if actedOn, s.mentions.contains(where: { $0.type == .country && $0.entity != m.entity && $0.range.upperBound <= k }) { continue }
            // "Mauritania established relations with Israel in 1999 under President X": a title after
            // "under" is the clause's own state's, never one a preposition governs
            if underTitle, s.lower(k, isIn: ActionExtractor.prepositions) { continue }
            let distance = m.range.lowerBound >= to ? m.range.lowerBound - to : from - m.range.upperBound
            if nearest.map({ distance < $0.distance }) ?? true { nearest = (distance, m.entity) }
        }
        // "Israel recalled its ambassador from Vienna, and Foreign Minister X said ...": a clause before
        // that names one country alone, its subject, names the title's (with two, "Saudi Arabia urged
        // Islamabad to ...", it is either's)
        if nearest == nil, let clauseStart, let subject = s.mentions.first(where: { $0.range.lowerBound >= s.range.lowerBound }),
            subject.type == .country, !subject.modifierOnly, subject.entity != person, !bodies.contains(subject.entity),
            s.mentions.allSatisfy({ $0.type != .country || $0.entity == subject.entity || $0.range.lowerBound >= clauseStart })
        {
            return subject.entity
        }
        return nearest?.entity
    }

    /// Conjunctions (a closed class) that, after a comma, open a clause of its own.
    static let clauseJoiningConjunctions: WordSet = ["and", "but", "while", "whereas"]

    /// Prepositions of a destination or a place: a country after them is where one goes or is, not whom one serves.
    static let destinationPrepositions: WordSet = ["to", "into", "in", "at", "from"]

    /// Words that open "his Chinese counterpart" (a closed class of determiners and possessives).
    static let counterpartOpeners: WordSet = ["his", "her", "their", "its", "the", "a"]

    /// A counterpart's role says less than a title toward the same body: it goes when the document has one.
    static func droppingCounterpartsOfTitled(_ facts: [Fact]) -> [Fact] {
        let titled = Set(facts.filter { $0.kind == .role && $0.action != "counterpart" }.map(RoleEnds.init))
        return facts.filter { $0.action != "counterpart" || !titled.contains(RoleEnds($0)) }
    }

    /// "his Chinese counterpart, Wang Yi", "Russia's counterpart Sergei Lavrov": the person holds the
    /// same kind of office in the country before "counterpart".
    ///
    /// ```swift
    /// // "Jaishankar told his Chinese counterpart, Wang Yi, ..." -> Wang Yi counterpart China
    /// ```
    func counterparts(_ s: SentenceView, _ facts: inout [Fact]) {
        for i in s.range where s.lower(i, is: "counterpart") || s.lower(i, is: "counterparts") {
            var b = i - 1
            if s.lower(b, is: "'s") { b -= 1 }
            // the country opens the phrase: not "his Turkish Cypriot counterpart", a community's
            guard s.range.contains(b), let c = s.mentionAt[b], s.mentions[c].type == .country,
                s.lower(s.mentions[c].range.lowerBound - 1, isIn: Self.counterpartOpeners) || s.lower(b + 1, is: "'s")
            else { continue }
            var j = i + 1
            if s.lower(j, is: ",") { j += 1 }
            guard let p = s.mention(startingAt: j), s.mentions[p].type == .person else { continue }
            Self.addRole(
                s.mentions[p].entity, "counterpart", s.mentions[c].entity, in: s, from: s.mentions[c].range.lowerBound, to: s.mentions[p].range.upperBound,
                confidence: FactConfidence.Role.apposition, into: &facts)
            // "Prime Minister X telephoned his Jordanian counterpart, Y": Y is X's counterpart, X the person
            // "his" or "her" stands for, named last before it
            let opener = s.mentions[c].range.lowerBound - 1
            if s.lower(opener, isIn: WordSet.personPossessives),
                let own = s.mentions[..<c].lastIndex(where: { $0.type == .person && !$0.modifierOnly && $0.range.upperBound <= opener }),
                s.mentions[own].entity != s.mentions[p].entity
            {
                Self.addRole(
                    s.mentions[p].entity, "counterpart", s.mentions[own].entity, in: s, from: s.mentions[own].range.lowerBound,
                    to: s.mentions[p].range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
            }
        }
    }

    /// Titles of office in an international body or an institution, not a country: "Secretary-General".
    static let bodyOffices: WordSet = WordLists.wordSet("RoleExtractor.bodyOffices")

    /// "NATO, of which ..., Secretary-General Jens Stoltenberg said", "a U.N. spokesman said Secretary-General
    /// Antonio Guterres ...": the office of a body, with no body beside the name, is held in the body the
    /// sentence named last before it.
    ///
    /// ```swift
    /// // "NATO said on Monday that Secretary-General Jens Stoltenberg would visit." -> Jens Stoltenberg secretary-general NATO
    /// ```
    func bodyOfficeTitles(_ s: SentenceView, _ facts: inout [Fact]) {
        // (not the agency of the dateline: "NAIROBI, May 8 (Reuters) - Chief Justice X")
        lazy var opening = DatelinePrefix.end(s.tokens, s.range)
        for role in s.roles where Self.bodyOffices.contains(role.name) {
            let r = role.range
            guard let p = s.mention(startingAt: r.upperBound), s.mentions[p].type == .person else { continue }
            let person = s.mentions[p].entity
            // a body beside the title or after the name decides otherwise
            var before = r.lowerBound - 1
            if s.lower(before, is: "'s") { before -= 1 }
            if s.mentionAt[before] != nil || s.lower(s.mentions[p].range.upperBound, is: "of") { continue }
            if facts.contains(where: { $0.subject == person && $0.kind == .role }) { continue }
            guard
                let body = (0..<p).last(where: {
                    s.mentions[$0].type == .organization && !s.mentions[$0].modifierOnly && s.mentions[$0].range.lowerBound >= opening
                })
            else { continue }
            Self.addRole(
                person, role.name, s.mentions[body].entity, in: s, from: s.mentions[body].range.lowerBound, to: s.mentions[p].range.upperBound,
                confidence: FactConfidence.Role.documentCountry, into: &facts)
        }
    }

    /// Auxiliaries and modals (a closed class): the words that most often follow a clause's subject.
    static let auxiliaries: WordSet = [
        "would", "will", "is", "was", "are", "were", "has", "had", "have", "could", "should", "must", "can", "may", "might",
        "did", "does", "do", "shall",
    ]

    /// Whether the lower-case word at `i`, right after a name, is a noun the name modifies ("China
    /// policy"), not the verb of a clause the name is the subject of ("China would", "China wants").
    func isNounAfterName(_ s: SentenceView, _ i: Int) -> Bool {
        if let tag = s.tag(i) { return tag.upos == .NOUN }
        let word = s.lower(i)
        return !Self.auxiliaries.contains(word) && !word.hasSuffix("ed") && !word.hasSuffix("s")
    }

    /// Whether mention `m` modifies the lower-case noun right after it ("the country's China policy",
    /// "Israeli advisers"): a demonym before a plural noun too, which the untagged reading would take
    /// for a verb; not a demonym before an armed force, which acts for its state ("the Ugandan
    /// peacekeeping force").
    func modifiesTheNounAfter(_ s: SentenceView, _ m: Int) -> Bool {
        let next = s.mentions[m].range.upperBound
        guard s.range.contains(next), s.tokens[next].isWord, !s.tokens[next].isCapitalized else { return false }
        guard s.mentions[m].isDemonym else { return isNounAfterName(s, next) }
        return !namesAForce(s, from: next) && (isNounAfterName(s, next) || s.tag(next) == nil && isPluralNounAfterDemonym(s, next))
    }

    /// Whether the lower-case words from `i` (two at most) name an armed force: "peacekeeping force".
    func namesAForce(_ s: SentenceView, from i: Int) -> Bool {
        (i..<(i + 2)).contains { s.range.contains($0) && s.tokens[$0].isWord && !s.tokens[$0].isCapitalized && s.lower($0, isIn: TreeActionExtractor.forceNouns) }
    }

    /// Whether the untagged word at `i`, after a demonym, is a plural noun it modifies ("Cuban
    /// officials") rather than a verb of the demonym's ("the Cubans say"): a demonym is no subject.
    func isPluralNounAfterDemonym(_ s: SentenceView, _ i: Int) -> Bool {
        let word = s.lower(i)
        return word.hasSuffix("s") && !word.hasSuffix("ss") && !Self.auxiliaries.contains(word) && !s.lower(i, isIn: QuoteSpeakerResolver.speechForms)
    }

    /// Words between a speaker's name and the speech verb, at most ("Jane Doe, whose ministry
    /// sent the letter, said").
    static let speakerToVerbWords = 12
    /// Words between the speech verb and the first name of what is said, at most.
    static let verbToSubjectWords = 8

    /// Participles of speech (a closed class) that, after a comma, report what the clause's subject said.
    static let speechParticiples: WordSet = ["saying", "adding", "insisting", "warning"]

    /// The country first named in what the person at `after` says, when no other name comes first:
    /// "Jane Doe said on Monday that Kenya would reopen its border" -> Kenya. A leader speaking of a
    /// country in the third person is usually speaking for it.
    func spokenCountry(_ s: SentenceView, after: Int) -> Int? {
        var i = after
        // "President X rejected their appeals, saying Indonesia faced ...": a participle of speech after a
        // comma is the subject's too
        func speaks(_ i: Int) -> Bool {
            s.lower(i, isIn: QuoteSpeakerResolver.speechForms) || s.lower(i, isIn: Self.speechParticiples) && s.lower(i - 1, is: ",")
        }
        while i < after + Self.speakerToVerbWords, s.range.contains(i), s.mentionAt[i] == nil, !speaks(i) {
            if ["\"", "\u{201C}", ";"].contains(s.lower(i)) { return nil }
            i += 1
        }
        guard s.range.contains(i), speaks(i) else { return nil }
        let verb = i
        i += 1
        while i <= verb + Self.verbToSubjectWords, s.range.contains(i) {
            if let m = s.mentionAt[i] {
                // "said the country's China policy would ...", "said Israeli advisers had helped": a name
                // modifying the noun after it is no subject of what is said
                if modifiesTheNounAfter(s, m) {
                    i = s.mentions[m].range.upperBound
                    continue
                }
                return s.mentions[m].type == .country ? s.mentions[m].entity : nil
            }
            if ["\"", "\u{201C}", ";", ","].contains(s.lower(i)) && i > verb + 1 { return nil }
            // "said 15 of the detained men were Colombians": past the reported clause's own verb, a
            // name is what the clause says of its subject, not its subject
            // (the roles' sentences may be read untagged: then an auxiliary or a copula marks the verb)
            if s.tag(i).map({ $0.upos == .VERB || $0.upos == .AUX }) ?? s.lower(i, isIn: Self.auxiliaries) { return nil }
            i += 1
        }
        return nil
    }

    /// Whether the title at `titleStart` and the name ending before `after` close a sentence's report of
    /// what was said: ", Foreign Minister X said" or ", Foreign Minister X told reporters".
    func isClosingAttribution(_ s: SentenceView, titleStart: Int, after: Int) -> Bool {
        // ", parliament speaker X said": a lower-case word of the title's own may open it
        var open = titleStart - 1
        if s.range.contains(open), s.mentionAt[open] == nil, s.tokens[open].isWord, !s.tokens[open].isCapitalized { open -= 1 }
        return s.lower(open, is: ",")
            && (s.lower(after, isIn: QuoteSpeakerResolver.speechForms)
                || s.lower(after + 1, isIn: QuoteSpeakerResolver.speechForms) && !s.lower(after, is: ","))
    }

    /// The country that opens what the person at `after` is reported to have said before their title:
    /// "Iceland will suspend its embassy in Moscow, the first to do so since Russia invaded Ukraine,
    /// Foreign Minister X said" -> Iceland (the sentence's first name, its subject, not the nearest one).
    func spokenCountryBefore(_ s: SentenceView, titleStart: Int, after: Int) -> Int? {
        guard isClosingAttribution(s, titleStart: titleStart, after: after) else { return nil }
        // a quotation opens what is said: its own words name no speaker's country
        guard !s.range.prefix(while: { $0 < titleStart }).contains(where: { ["\"", "\u{201C}", ";"].contains(s.lower($0)) }) else { return nil }
        guard let first = s.mentions.first(where: { !$0.modifierOnly }), first.range.upperBound <= titleStart, first.type == .country,
            !first.isDemonym
        else { return nil }
        // the name opens the sentence (after a dateline, if any) and a verb follows it: it is the subject
        let opening = s.range.lowerBound..<first.range.lowerBound
        guard opening.allSatisfy({ s.mentionAt[$0].map { s.mentions[$0].modifierOnly } ?? !s.tokens[$0].isWord }) else { return nil }
        return first.entity
    }

    /// A person and a title they hold: what `place` asks of the titles stated in a body.
    struct RoleTitle: Hashable {
        var person: Int
        var title: String
    }

    /// The country each bare title is held in, for the titles whose holder has no national office stated
    /// with its body (`stated`), one per person: the country the lexicon of office holders places them in, else the one they speak for, else the one their
    /// sentence names nearest, else the dateline's, else the document's. A country is never chosen when another person holds the same title there by a
    /// stated fact (not one they have left: "Former Philippine President X", marked "former" by the caller), nor when the person acts on it (one does not
    /// "visit" or "urge" one's own country in a news report of it), nor when it acts on the person and is not the story's ("Namibia sent troops to
    /// defend President X"); the country the lexicon of office holders gives is ruled out by neither act. Two people placed in the same office of the same country by the
    /// dateline or the document's country, not by their sentence ("President Joe Biden", "President Ashraf Ghani" in a
    /// story from Kabul) are both left out, unless one of them may have left it ("resigned as").
    /// With no dominant country, a story's `leading` one (`leadingCountry`) stands for the document's
    /// for the titles named in or beside a sentence that names it (`sentences`).
    ///
    /// ```swift
    /// RoleExtractor.place(bare, dateline: mali, dominant: mali, stated: facts)  // [(Assimi Goita's title, mali)]
    /// ```
    static func place(
        _ bare: [BareTitle], dateline: Int?, dominant: Int?, leading: (country: Int, sentences: Set<Int>)? = nil, stated: [Fact],
        entities: [ExtractedEntity] = []
    ) -> [(BareTitle, Int)] {
        // a stated office of another kind does not place the person ("its speaker, X, as interim president")
        // (a national title held in a body places only that title: "Supreme Court Chief Justice X was sworn in
        // as interim president" leaves "interim president" to be placed, "Council President X" her "president")
        let bodies = Set(entities.filter { $0.type == .organization }.map(\.id))
        let statedOffices = stated.filter { isOffice($0) && isNationalOffice($0.action) }
        let titledInAState = Set(statedOffices.filter { !bodies.contains($0.object) }.map(\.subject))
        let titledInABody = Set(statedOffices.filter { bodies.contains($0.object) }.map { RoleTitle(person: $0.subject, title: $0.action) })
        func isTitled(_ b: BareTitle) -> Bool {
            titledInAState.contains(b.person) || titledInABody.contains(RoleTitle(person: b.person, title: b.role))
        }
        var placed: [(bare: BareTitle, country: Int, spoken: Bool)] = []
        var guessed = Set<Int>()  // one guess per person: the first sentence that titles them
        // the lexicon of office holders' country of each titled person, looked up once
        var knownCountries: [Int: Int] = [:]
        for b in bare where knownCountries[b.person] == nil {
            if let country = knownCountry(of: b.person, entities: entities) { knownCountries[b.person] = country }
        }
        func actsOn(_ country: Int, _ person: Int) -> Bool {
            stated.contains { $0.kind == .action && $0.subject == country && $0.object == person }
        }
        func stateAllowed(_ b: BareTitle, _ country: Int) -> Bool {
            // the lexicon of office holders outweighs the holder's own acts, read from the words around him
            // ("Foreign Minister X said the envoy ... accused Malaysia" read as X's act)
            let known = knownCountries[b.person]
            return country != b.person
                && (b.isStanding
                    || !stated.contains {
                        $0.object == country
                            && ($0.kind == .role && $0.subject != b.person && $0.action == b.role && !$0.action.hasPrefix("former ")
                                || $0.kind == .action && $0.subject == b.person && !leadershipActs.contains($0.action) && country != known)
                    }
                        // "The United States imposed sanctions on X, the minister of public security", "Namibia sent
                        // troops to defend President X": a title is not held in a country acting on its holder, unless
                        // the story is that country's ("Gabonese officers put President X under house arrest")
                        && (country == known || !actsOn(country, b.person) || !b.prefersStoryCountry && isStorys(country, b)))
        }
        // the document's country for title `b`: the dominant one, else the leading one near `b`
        func documentCountry(_ b: BareTitle) -> Int? {
            dominant ?? leading.flatMap { l in (b.sentence - 1...b.sentence + 1).contains { l.sentences.contains($0) } ? l.country : nil }
        }
        func isStorys(_ country: Int, _ b: BareTitle) -> Bool { country == dateline || country == documentCountry(b) }
        // the offices their own sentences place ("President X said Kenya would ...", "as President Y fled
        // Kabul"): a country one of them holds an office in is no dateline or document guess for another
        // holder of that office ("President Joe Biden" in a story from Kabul that names President Ghani)
        let placedBySentence = bare.filter { !isTitled($0) && !$0.mayBeFormer && !$0.isStanding }.compactMap { b in
            [knownCountries[b.person], b.spokenCountry, b.sentenceCountry].lazy.compactMap { $0 }.first { stateAllowed(b, $0) }.map { (person: b.person, role: b.role, country: $0) }
        }
        for b in bare where !isTitled(b) && !guessed.contains(b.person) {
            let known = knownCountries[b.person]
            func allowed(_ country: Int) -> Bool {
                stateAllowed(b, country)
                    && (country == known || country == b.spokenCountry || country == b.sentenceCountry
                        || !placedBySentence.contains { $0.person != b.person && $0.role == b.role && $0.country == country })
            }
            // a title only one country has is held there or nowhere the document names; a holder the lexicon
            // knows holds it in his own country or in none ("Prime Minister John Howard" in a story about Fiji)
            let only = onlyCountry(ofTitle: b.role, entities: entities)
            // a sentence whose nearest country acts on a holder titled before his name ("Namibia sent troops to
            // defend President X") is about him from abroad: the story's country is no better a guess (a title
            // in apposition is the story's: "The United States imposed sanctions on X, the minister of ...")
            let fromAbroad = !b.prefersStoryCountry && b.sentenceCountry.map { actsOn($0, b.person) && !isStorys($0, b) } == true
            let document = documentCountry(b)
            let story: [Int?] = fromAbroad ? [] : b.prefersStoryCountry ? [document, dateline] : [dateline, document]
            let candidates =
                b.sharesPluralTitle
                ? [known]
                : b.isStanding
                    ? [dateline, document]
                    : singleCountryTitles[b.role] != nil
                        ? [only]
                        : known != nil || knownCountryName(of: b.person, entities: entities) != nil
                            ? [known] : [b.spokenCountry, b.sentenceCountry] + story
            guard let country = candidates.lazy.compactMap({ $0 }).first(where: allowed) else { continue }
            guessed.insert(b.person)
            placed.append((b, country, country == only || country == known || country == b.spokenCountry || country == b.sentenceCountry))
        }
        return placed.filter { p in
            p.spoken || p.bare.mayBeFormer
                || !placed.contains {
                    $0.bare.person != p.bare.person && $0.country == p.country && $0.bare.role == p.bare.role && !$0.bare.mayBeFormer
                }
        }.map { ($0.bare, $0.country) }
    }

    /// Acts a holder of office does to their own country ("has led Montenegro towards NATO", "ordered
    /// U.S. troops out"): unlike a visit or a plea, they do not rule the country out as the title's.
    static let leadershipActs: WordSet = ["lead", "order", "rule", "govern", "command"]

    /// Acts of a journey to a place (a closed class of lemmas): one does not travel to or visit one's own
    /// country's capital in a news report of it ("Vice President X will travel to Ankara").
    static let journeyActs: WordSet = ["travel", "visit", "fly", "tour"]

    /// Titles that, unqualified, name the office of one country's government, as `Country: title`
    /// ("United States: secretary of state"; Britain's are "Secretary of State for ...", with a body).
    static let singleCountryTitles: [String: String] = Dictionary(
        WordLists.list("RoleExtractor.singleCountryTitles").compactMap { entry -> (String, String)? in
            let parts = entry.split(separator: ":", maxSplits: 1).map { String($0.drop { $0 == " " }) }
            return parts.count == 2 ? (parts[1], parts[0]) : nil
        }, uniquingKeysWith: { first, _ in first })

    /// The country a title is held in wherever it is written bare, when the document names that
    /// country: "Secretary of State Mike Pompeo" -> the United States.
    ///
    /// ```swift
    /// RoleExtractor.onlyCountry(ofTitle: "secretary of state", entities: doc.entities)  // the United States' id
    /// ```
    static func onlyCountry(ofTitle title: String, entities: [ExtractedEntity]) -> Int? {
        guard let name = singleCountryTitles[title] else { return nil }
        return entities.first { $0.type == .country && $0.name == name }?.id
    }

    /// The country the document names that the lexicon of office holders (`OfficeHolders`) places
    /// `person` in: "President Bill Clinton" in a story from Sarajevo that names the United States.
    /// ("Ali Khamenei", whom the lexicon writes with a middle name: by his given and family name, when
    /// the document names that country)
    static func knownCountry(of person: Int, entities: [ExtractedEntity]) -> Int? {
        guard let name = entities.first(where: { $0.id == person }).flatMap({ OfficeHolders.country(ofShortName: $0.name) }) else { return nil }
        return entities.first { $0.type == .country && $0.name == name }?.id
    }

    /// The name of the country the lexicon of office holders places `person` in, named in the document
    /// or not (by the full name only: a given and family name two people share places no one away).
    static func knownCountryName(of person: Int, entities: [ExtractedEntity]) -> String? {
        entities.first { $0.id == person }.flatMap { OfficeHolders.country(of: $0.name) }
    }

    /// Content sentences before the dateline, at most (a web page's headline, byline, date).
    static let datelineSentences = 6

    /// The country the dateline names by its capital (or by its own name, a city-state's: "DJIBOUTI,
    /// June 12", or by a city the state holds: "ALMATY, Jan 5" -> Kazakhstan, see `CityCountries`):
    /// "BAMAKO, Feb 17 (Reuters) -" -> Mali, when the document names Mali as an entity.
    static func datelineCountry(_ tokens: [Token], sentences: [Range<Int>], recognizer: EntityRecognizer, entities: [ExtractedEntity]) -> Int? {
        let mask = [Bool](repeating: true, count: tokens.count)
        // the dateline opens the article's first paragraph, after a headline, a byline, a date line
        for range in sentences.prefix(Self.datelineSentences) where !range.isEmpty && tokens[range.lowerBound].startsLine {
            // "ERBIL, Iraq, Sept 27 (Reuters) -": a city in capitals, then the country it lies in
            if let country = datelineCityCountry(tokens, range: range, recognizer: recognizer, mask: mask) {
                return entities.first { $0.type == .country && $0.name == country }?.id
            }
            guard let (end, entry) = recognizer.gazetteerMatch(tokens, mask: mask, at: range.lowerBound, end: range.upperBound),
                recognizer.isDateline(tokens, range: range.lowerBound..<end, end: range.upperBound)
            else { continue }
            // "DJIBOUTI, June 12": a capital named like its state names it; "ALMATY, Jan 5": another city, the state it lies in
            let country: String?
            switch (entry.type, entry.kind) {
            case (.country, .capital), (.country, .name): country = entry.canonical
            case (.location, _): country = CityCountries.country(of: entry.canonical)
            default: country = nil
            }
            guard let country else { continue }
            return entities.first { $0.type == .country && $0.name == country }?.id
        }
        return nil
    }

    /// Words of a dateline's city, at most ("COX'S BAZAR", "NEW YORK", "PORT-AU-PRINCE", "SAN CRISTOBAL DE LAS CASAS").
    static let datelineCityWords = 6

    /// The country a dateline names after its city: "ERBIL, Iraq, Sept 27 (Reuters) -" -> "Iraq",
    /// "PORT-AU-PRINCE, Haiti, July 9 (AP) -" -> "Haiti" (not "DAYTON, Ohio, Nov 21": no country).
    static func datelineCityCountry(_ tokens: [Token], range: Range<Int>, recognizer: EntityRecognizer, mask: [Bool]) -> String? {
        var i = range.lowerBound
        var words = 0
        // the city's words in capitals, an apostrophe or a hyphen between two of them
        while i < range.upperBound, words < datelineCityWords {
            let joinsWords =
                ["'", "\u{2019}"].contains(tokens[i].text)
                || tokens[i].text == "-" && i > range.lowerBound && tokens[i - 1].isAllCaps && i + 1 < range.upperBound && tokens[i + 1].isAllCaps
            guard tokens[i].isAllCaps || joinsWords else { break }
            if tokens[i].isAllCaps { words += 1 }
            i += 1
        }
        guard i > range.lowerBound, tokens[range.lowerBound].isWord, i + 1 < range.upperBound, tokens[i].text == ",",
            let (end, entry) = recognizer.gazetteerMatch(tokens, mask: mask, at: i + 1, end: range.upperBound),
            entry.type == .country, entry.kind == .name, end < range.upperBound, tokens[end].text == ",",
            recognizer.isDateline(tokens, range: (i + 1)..<end, end: range.upperBound)
        else { return nil }
        return entry.canonical
    }

    /// The country a document is about: the most mentioned one, if it has at least three mentions
    /// and twice as many as any other country.
    static func dominantCountry(_ mentions: [Mention], entities: [ExtractedEntity]) -> Int? {
        let ranked = rankedCountries(mentions, entities: entities)
        guard let first = ranked.first, first.value >= 3 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > first.value { return nil }
        return first.key
    }

    /// The country a story leads with when none dominates: the first country the document names
    /// (the headline's: "Djibouti accuses Eritrea of ..."), when it has at least three mentions, more
    /// than any other, and no dateline names another. Weaker than a dominant country, so `place`
    /// places only titles named near a mention of it there.
    static func leadingCountry(_ mentions: [Mention], entities: [ExtractedEntity], dateline: Int?) -> Int? {
        let ranked = rankedCountries(mentions, entities: entities)
        let firstNamed = mentions.first { entities.indices.contains($0.entity) && entities[$0.entity].type == .country }?.entity
        guard let first = ranked.first, first.value >= 3, first.key == firstNamed, dateline == nil || dateline == first.key,
            ranked.count < 2 || ranked[1].value < first.value
        else { return nil }
        return first.key
    }

    /// The countries a document names, by their number of mentions, most first.
    private static func rankedCountries(_ mentions: [Mention], entities: [ExtractedEntity]) -> [(key: Int, value: Int)] {
        var counts: [Int: Int] = [:]
        for m in mentions where entities.indices.contains(m.entity) && entities[m.entity].type == .country { counts[m.entity, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }
}
