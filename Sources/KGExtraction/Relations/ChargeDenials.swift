import KGModel

/// Denials of a charge the article reported before: "Iran, which Saudi Arabia accuses of arming the
/// Houthis, ... . Tehran denies the charge." The denial names no one, but is made toward whoever
/// made the charge, so it becomes a fact against each earlier accuser of the one denying. A refusal
/// of "the demand" or "the request" is read the same way, toward whoever asked it of the one refusing
/// ("Ethiopia demanded that Eritrea withdraw. Isaias rejected the demand.").
///
/// ```swift
/// var denials = ChargeDenials(lexicons: lexicons)
/// denials.record(factsOfSentence)          // "Saudi Arabia -accuse-> Iran"
/// denials.facts(nextSentenceView)          // "Tehran denies the charge." -> Iran -deny-> Saudi Arabia
/// ```
struct ChargeDenials {
    let lexicons: Lexicons
    /// Entity -> the entities that accused it so far, in the order the text did.
    private(set) var accusersOf: [Int: [Int]] = [:]
    /// Entity -> the entities that accused it in the last sentence that made an accusation, and
    /// that sentence's index: what "it" or "that" in a denial can point back to.
    private(set) var lastAccusation: (sentence: Int, accusersOf: [Int: [Int]])?
    /// Entity -> the entities that demanded or asked something of it so far, in the order the text
    /// did: whom "X rejected the demand" answers.
    private(set) var demandersOf: [Int: [Int]] = [:]
    /// Person -> the states and bodies the article gave a post in so far: whom a minister or a
    /// leader denies a charge for ("Eritrea's information minister, X, rejected the accusation").
    private(set) var postsOf: [Int: [Int]] = [:]

    /// Acts that make a charge against their object.
    static let accusingLemmas: WordSet = WordLists.wordSet("ChargeDenials.accusingLemmas")
    /// Acts that deny or reject what they are aimed at.
    static let denyingLemmas: WordSet = WordLists.wordSet("ChargeDenials.denyingLemmas")
    /// Nouns for a charge: "the charge", "those allegations", "the accusations".
    static let chargeNouns: WordSet = WordLists.wordSet("ChargeDenials.chargeNouns")
    /// Words that may stand between the denier and its verb: "has", "also", "strongly".
    static let verbOpeners: WordSet = WordLists.wordSet("ChargeDenials.verbOpeners")
    /// Nouns that name what a charge says of the one denying it (a closed class): "denied the report",
    /// "denied any involvement", "denied any wrongdoing", "rejected the findings".
    static let deniedNouns: WordSet = ["report", "reports", "involvement", "wrongdoing", "findings"]
    /// CAMEO roots of acts a charge says were done (force, assault, fighting, coercion): their noun after
    /// a denial names the charge ("denied any invasion", "denied the attack").
    static let accusedActCodes: Set<CAMEORootCode> = [.coerce, .assault, .fight, .useUnconventionalMassViolence]

    /// Acts that ask or demand something of their object (a closed class).
    static let demandingLemmas: WordSet = ["demand", "ask", "request", "urge", "press"]
    /// Nouns for what one side asks of another (a closed class): "rejected the demand", "refused the request".
    static let demandNouns: WordSet = ["demand", "demands", "request", "requests", "call", "calls", "ultimatum"]
    /// Verbs that turn down what they are aimed at (a closed class), besides `denyingLemmas`: a demand is refused.
    static let refusingLemmas: WordSet = ["refuse"]

    /// Pronouns that stand for the statement just made (a closed class): "Paris denied it".
    static let statementPronouns: WordSet = ["it", "that", "this"]
    /// Words that may close a pronoun object: the sentence's end, a comma, a clause joined after it.
    static let objectClosers: WordSet = [".", ",", ";", "and", "but"]

    init(lexicons: Lexicons) {
        self.lexicons = lexicons
    }

    /// Remembers the accusations among a sentence's facts, and the posts its roles give a person in
    /// a state or a body.
    mutating func record(_ facts: [Fact], entities: [ExtractedEntity]) {
        Self.addPosts(facts, entities: entities, to: &postsOf)
        var made: [Int: [Int]] = [:]
        var sentence: Int?
        for fact in facts where fact.kind == .action && Self.accusingLemmas.contains(fact.action) {
            if !(accusersOf[fact.object]?.contains(fact.subject) ?? false) { accusersOf[fact.object, default: []].append(fact.subject) }
            if !(made[fact.object]?.contains(fact.subject) ?? false) { made[fact.object, default: []].append(fact.subject) }
            sentence = fact.sentence
        }
        Self.addDemands(facts, to: &demandersOf)
        if let sentence { lastAccusation = (sentence, made) }
    }

    /// Adds to `table` the makers of `facts`' demands and requests, each once per entity asked.
    static func addDemands(_ facts: [Fact], to table: inout [Int: [Int]]) {
        for fact in facts where fact.kind == .action && demandingLemmas.contains(fact.action) && fact.subject != fact.object {
            if !(table[fact.object]?.contains(fact.subject) ?? false) { table[fact.object, default: []].append(fact.subject) }
        }
    }

    /// Adds to `table` the posts in a state or a body that `facts`' roles give a person, each once.
    static func addPosts(_ facts: [Fact], entities: [ExtractedEntity], to table: inout [Int: [Int]]) {
        for fact in facts where fact.kind == .role && entities.indices.contains(fact.subject) && entities[fact.subject].type == .person {
            guard entities.indices.contains(fact.object), entities[fact.object].type != .person,
                !(table[fact.subject]?.contains(fact.object) ?? false)
            else { continue }
            table[fact.subject, default: []].append(fact.object)
        }
    }

    /// "X denies the charge(s)": X denies each of its earlier accusers. So does "X denied the report",
    /// "denied any involvement" or "deny supporting the group" (a denied act), and "X denied it" when
    /// the sentence before accused X; deniers may be coordinated ("Stockholm and Helsinki deny ...").
    /// A person no one accused denies for the states and bodies they hold a post in (`sentenceRoles`
    /// and the roles of earlier sentences): "Eritrea's information minister, X, rejected the
    /// accusation" answers whoever accused Eritrea.
    /// The sentence's own accusations (`sentenceActs`) count as earlier ones for a denial after them
    /// ("Washington accused the RSF of genocide and sanctioned Hemedti, who denies the charge").
    /// A title with no body stated (`bareTitles`, the sentence's) holds its post, for the denial, in the
    /// country its holder speaks for or the sentence names beside it: "Foreign Minister X rejected the
    /// accusations and said Qatar would remain ..." answers whoever accused Qatar.
    func facts(
        _ s: SentenceView, sentenceRoles: [Fact] = [], sentenceActs: [Fact] = [], entities: [ExtractedEntity] = [], bareTitles: [RoleExtractor.BareTitle] = []
    ) -> [Fact] {
        var accusersOf = self.accusersOf
        for fact in sentenceActs where fact.kind == .action && Self.accusingLemmas.contains(fact.action) {
            if !(accusersOf[fact.object]?.contains(fact.subject) ?? false) { accusersOf[fact.object, default: []].append(fact.subject) }
        }
        var demandersOf = self.demandersOf
        Self.addDemands(sentenceActs, to: &demandersOf)
        guard !accusersOf.isEmpty || !demandersOf.isEmpty else { return [] }
        var out: [Fact] = accusersOf.isEmpty ? [] : quantifiedDenials(s)
        var posts = postsOf
        Self.addPosts(sentenceRoles, entities: entities, to: &posts)
        for title in bareTitles where posts[title.person] == nil {
            if let country = title.spokenCountry ?? title.sentenceCountry, country != title.person { posts[title.person] = [country] }
        }
        // ("the Dutch government rejected the demand": a demonym before a word for a government is the state)
        for mention in s.mentions where !mention.modifierOnly && (!mention.isDemonym || s.lower(mention.range.upperBound, isIn: Self.governmentWords)) {
            // the denier opens its clause: at the sentence start or after a comma or a conjunction
            // ("The Kremlin denied": past the article)
            var start = mention.range.lowerBound
            if start - 1 >= s.range.lowerBound, s.lower(start - 1, is: "the") { start -= 1 }
            // "Foreign Minister X rejected", "Saudi Foreign Minister X denied": past the title the name
            // follows and the state or body the title is of
            if let title = s.roleAt[start - 1], s.roles[title].range.upperBound == start {
                start = s.roles[title].range.lowerBound
                if s.lower(start - 1, is: "'s") { start -= 1 }
                if let body = s.mention(endingBefore: start), s.mentions[body].type == .country || s.mentions[body].type == .organization {
                    start = s.mentions[body].range.lowerBound
                    if start - 1 >= s.range.lowerBound, s.lower(start - 1, is: "the") { start -= 1 }
                }
            }
            let before = start - 1
            // (or the name a relative clause of denial follows: "sanctioned Hemedti, who denies the charge")
            // (past the government word after a demonym)
            let after = mention.isDemonym ? mention.range.upperBound + 1 : mention.range.upperBound
            let deniesInRelativeClause = s.lower(after, is: ",") && s.lower(after + 1, isIn: Self.relativeWords) && denyingVerb(s, after: after + 2) != nil
            guard before < s.range.lowerBound || [",", "and", "but", ";"].contains(s.lower(before)) || deniesInRelativeClause else { continue }
            // "Stockholm and Helsinki deny": names coordinated before the verb deny together
            var deniers = [mention]
            var end = after
            while let next = s.mentions.first(where: { $0.range.lowerBound == end + 1 }), s.lower(end, isIn: Self.coordinators), !next.modifierOnly,
                !next.isDemonym
            {
                deniers.append(next)
                end = next.range.upperBound
            }
            // "Kagame, whose RPF rebels ended the genocide, rejected the accusation": over a relative
            // clause set off by commas
            let clauseEnd = min(end + Self.relativeClauseWords, s.range.upperBound)
            if deniesInRelativeClause, end == after {
                end = after + 2
            } else if s.lower(end, is: ","), s.lower(end + 1, isIn: Self.relativeWords), end + 2 < clauseEnd,
                let close = (end + 2..<clauseEnd).first(where: { s.lower($0, is: ",") })
            {
                end = close + 1
            } else if s.lower(end, is: ","), s.lower(end + 1, isIn: WordSet.articles) || s.lower(end + 2, is: "'s"), end + 2 < clauseEnd,
                let close = (end + 2..<clauseEnd).first(where: { s.lower($0, is: ",") }), denyingVerb(s, after: close + 1) != nil
            {
                // "Naftogaz, Ukraine's state energy company, denied the charge": over an apposition
                end = close + 1
            } else if s.lower(end, is: ","), before >= s.range.lowerBound, s.lower(before, is: ","), denyingVerb(s, after: end + 1) != nil {
                // "Eritrea's information minister, X, rejected the accusation": the name set off after its title
                end += 1
            }
            guard let (v, verb) = denyingVerb(s, after: end) else { continue }
            var n = v + 1
            while n < v + 4, s.lower(n, isIn: ActionExtractor.determiners) || s.tag(n)?.upos == .ADJ { n += 1 }
            // (who the refusal answers: the refuser's accusers, or for a demand its demanders)
            var accusers: (Int) -> [Int] = { accusersOf[$0] ?? [] }
            // ("denied any invasion": an act named by its noun, what the charge said was done)
            if s.lower(n, isIn: Self.demandNouns) {
                // "the Dutch government rejected the demand": whoever asked it of the one refusing
                guard s.mentionAt[n] == nil, !s.lower(n + 1, isIn: Self.demandClosers) else { continue }
                accusers = { demandersOf[$0] ?? [] }
            } else if Self.refusingLemmas.contains(verb.lemma) {
                continue
            } else if s.lower(n, isIn: Self.chargeNouns) || s.lower(n, isIn: Self.deniedNouns)
                || s.lower(n, in: lexicons.actionNouns).map({ Self.accusedActCodes.contains($0.cameo) }) == true
            {
                guard s.mentionAt[n] == nil else { continue }
            } else if n == v + 1, s.lower(n, isIn: Self.statementPronouns), n + 1 >= s.range.upperBound || s.lower(n + 1, isIn: Self.objectClosers) {
                // "Paris denied it": the statement denied is the sentence before's accusation
                guard let last = lastAccusation, last.sentence == s.index - 1 else { continue }
                accusers = { last.accusersOf[$0] ?? [] }
            } else if n == v + 1, n < s.range.upperBound, s.mentionAt[n] == nil, s.tag(n)?.xpos == .VBG {
                // "deny supporting the group": a denied act
            } else {
                continue
            }
            for denier in deniers {
                for entity in denier.entities {
                    // (no one accused the person: whoever accused a state or body they hold a post in)
                    var answered = accusers(entity)
                    // (with no post stated, the country the lexicon of office holders places them in:
                    // "President Daniel Ortega has denied any invasion")
                    if answered.isEmpty, let held = posts[entity] ?? RoleExtractor.knownCountry(of: entity, entities: entities).map({ [$0] }) {
                        answered = held.flatMap { body in accusers(body).filter { $0 != body } }
                    }
                    // (no one accused the state or body: whoever accused those who hold a post in it,
                    // "accused Correa's government of ties to FARC ... Quito rejected the charge")
                    if answered.isEmpty {
                        let holders = posts.filter { $0.value.contains(entity) }.map(\.key).sorted()
                        answered = holders.flatMap { holder in accusers(holder).filter { $0 != holder } }
                    }
                    for accuser in answered where accuser != entity {
                        out.append(
                            Fact(
                                subject: entity, object: accuser, action: verb.lemma, cameo: .root(verb.cameo), kind: .action,
                                sentence: s.index, span: s.span(mention.range.lowerBound, n + 1),
                                confidence: FactConfidence.Window.deniedCharge))
                    }
                }
            }
        }
        return out
    }

    /// "X accused A and B of plotting a coup. Both denied the charge ...": a sentence that opens with
    /// "both" (or "both men", "the two") and denies a charge is each accused's denial of the sentence
    /// before's accusation, toward each of their accusers there.
    func quantifiedDenials(_ s: SentenceView) -> [Fact] {
        guard let last = lastAccusation, last.sentence == s.index - 1, last.accusersOf.count >= 2 else { return [] }
        var k = s.range.lowerBound
        if s.lower(k, is: "the"), s.lower(k + 1, is: "two") { k += 2 } else if s.lower(k, is: "both") { k += 1 } else { return [] }
        guard let (v, verb) = denyingVerb(s, after: pastQuantifiersNoun(s, at: k)) else { return [] }
        var n = v + 1
        while n < v + 4, s.lower(n, isIn: ActionExtractor.determiners) { n += 1 }
        guard s.lower(n, isIn: Self.chargeNouns) || s.lower(n, isIn: Self.statementPronouns) else { return [] }
        var out: [Fact] = []
        for (accused, accusers) in last.accusersOf.sorted(by: { $0.key < $1.key }) {
            for accuser in accusers where accuser != accused {
                out.append(
                    Fact(
                        subject: accused, object: accuser, action: verb.lemma, cameo: .root(verb.cameo), kind: .action,
                        sentence: s.index, span: s.span(s.range.lowerBound, n + 1), confidence: FactConfidence.Window.deniedCharge))
            }
        }
        return out
    }

    /// Where the words after a quantifier go on: past its noun ("both men", "the two countries"), a
    /// lower-case word that is no verb, when `k` holds one; else `k`.
    private func pastQuantifiersNoun(_ s: SentenceView, at k: Int) -> Int {
        s.range.contains(k) && s.mentionAt[k] == nil && s.tokens[k].isWord && !s.tokens[k].isCapitalized && s.lower(k, in: lexicons.verbs) == nil ? k + 1 : k
    }

    /// The denying verb right after the deniers that end at `end`, over up to two of `verbOpeners`
    /// ("has also denied"): its position and entry, or nil.
    private func denyingVerb(_ s: SentenceView, after end: Int) -> (Int, VerbEntry)? {
        var v = end
        while v < end + 2, s.lower(v, isIn: Self.verbOpeners) { v += 1 }
        guard let verb = s.lower(v, in: lexicons.verbs), Self.denyingLemmas.contains(verb.lemma) || Self.refusingLemmas.contains(verb.lemma) else { return nil }
        return (v, verb)
    }

    /// Words after a demand noun that say whose or what demand it is, named there (a closed class):
    /// "rejected the demand of the opposition", "calls for a ceasefire", "requests from Kenya".
    static let demandClosers: WordSet = ["of", "for", "from", "by", "to", "that"]

    /// Words for a state's government after its demonym (a closed class): "the Dutch government".
    static let governmentWords: WordSet = ["government", "authorities", "cabinet", "administration"]

    /// Words that join names coordinated before a verb (a closed class).
    static let coordinators: WordSet = ["and", ","]

    /// Words that open a relative clause between a denier and its verb (a closed class).
    static let relativeWords: WordSet = ["who", "whose", "which"]

    /// The most tokens of a relative clause between a denier and its verb, its commas included.
    static let relativeClauseWords = 16

    /// Words that stand for the accused of the sentence as deniers (a closed class): "a charge both deny".
    static let accusedQuantifiers: WordSet = ["both", "all"]

    /// ", a charge Iran denies", ", a charge both countries deny", ", a claim that X and Y have
    /// rejected": a charge noun set off after the sentence's own accusation, with a denial of it.
    /// Each denier denies each accuser of the sentence (`sentenceFacts`' accusations, less those made
    /// by someone the sentence accuses) but itself; "both" or "all" (and a plural noun) stand for
    /// the accused.
    ///
    /// ```swift
    /// // "Saudi Arabia accused Iran of arming the Houthis, a charge Iran denies." -> Iran -deny-> Saudi Arabia
    /// let denials = chargeDenials.inlineFacts(view, sentenceFacts: facts)
    /// ```
    func inlineFacts(_ s: SentenceView, sentenceFacts: [Fact]) -> [Fact] {
        let charges = sentenceFacts.filter { $0.kind == .action && Self.accusingLemmas.contains($0.action) }
        // not the accused's own alleged act ("accused Panama of charging U.S. ships high fees")
        let accusations = charges.filter { charge in !charges.contains { $0.object == charge.subject } }
        guard !accusations.isEmpty else { return [] }
        var out: [Fact] = []
        for comma in s.range where s.lower(comma, is: ",") {
            var n = comma + 1
            if s.lower(n, isIn: WordSet.articles) { n += 1 }
            guard s.range.contains(n), s.lower(n, isIn: Self.chargeNouns), s.mentionAt[n] == nil else { continue }
            var d = n + 1
            if ["that", "which"].contains(s.lower(d)) { d += 1 }
            var deniers: [Int] = []
            var end = d
            if s.lower(d, isIn: Self.accusedQuantifiers) {
                // "both countries", "both": the accused of the sentence
                deniers = accusations.map(\.object)
                end = pastQuantifiersNoun(s, at: d + 1)
            } else {
                // "a charge commission chairman Chifundo Kachale rejected": a title (a body's lower-case
                // word before it or not) before the name
                let titled = s.role(startingAt: end) ?? (s.range.contains(end) && s.tokens[end].isWord && !s.tokens[end].isCapitalized ? s.role(startingAt: end + 1) : nil)
                if let titled, s.mentions.contains(where: { $0.range.lowerBound == s.roles[titled].range.upperBound && $0.type == .person }) {
                    end = s.roles[titled].range.upperBound
                }
                while let next = s.mentions.first(where: { $0.range.lowerBound == end + (s.lower(end, isIn: WordSet.articles) ? 1 : 0) }),
                    !next.modifierOnly, !next.isDemonym
                {
                    deniers += next.entities
                    end = next.range.upperBound
                    guard s.lower(end, isIn: Self.coordinators) else { break }
                    end += 1
                }
            }
            guard !deniers.isEmpty, let (v, verb) = denyingVerb(s, after: end) else { continue }
            var seen = Set<[Int]>()  // (denier, accuser) pairs stated already
            for denier in deniers {
                for accuser in accusations.map(\.subject) where accuser != denier && seen.insert([denier, accuser]).inserted {
                    out.append(
                        Fact(
                            subject: denier, object: accuser, action: verb.lemma, cameo: .root(verb.cameo), kind: .action,
                            sentence: s.index, span: s.span(n, v + 1), confidence: FactConfidence.Window.deniedCharge))
                }
            }
        }
        return out
    }
}
