import KGModel

/// Standings of countries and bodies in a body that side clauses state: who chairs it ("the
/// African Union, which South Africa chairs"), who holds its presidency ("Germany, which holds the
/// EU's rotating presidency"), who leads it ("the Moscow-led CSTO"), who are its members ("NATO, of
/// which Greece and Turkey are both members", "Kyrgyzstan and Tajikistan, former Soviet republics
/// that are members of the CSTO").
///
/// ```swift
/// // "Talks are held by the African Union, which South Africa chairs this year."
/// // -> Fact(South Africa, "chair", African Union, cameo .role)
/// ```
extension RoleExtractor {
    /// Nouns for the office of a body's rotating head: "the EU's rotating presidency".
    static let presidencyNouns: WordTable<String> = ["presidency": "president", "chairmanship": "chair", "chair": "chair"]

    /// Words between "which" and the body's presidency, at most ("which has been in charge of the
    /// Security Council's rotating presidency").
    static let whichToPresidencyWords = 8

    /// The words `bodyStandings`' rules start at: "which", "whose", "who", "of (which)", "that",
    /// "(Moscow-)led".
    static let bodyStandingOpeners: WordSet = ["which", "whose", "who", "of", "that", "led"]

    /// The facts of the body side clauses of `s`; `sentenceFacts` give the country of a titled
    /// person ("Indonesian Foreign Minister X, whose country chairs ASEAN").
    func bodyStandings(_ s: SentenceView, sentenceFacts: [Fact], _ facts: inout [Fact]) {
        func add(_ member: Int, _ role: String, _ body: Int, _ from: Int, _ to: Int) {
            Self.addRole(member, role, body, in: s, from: from, to: to, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
        for i in s.range {
            // every rule below starts at one of these words: one look-up, not seven comparisons, for
            // every other word
            guard s.lower(i, isIn: Self.bodyStandingOpeners) else { continue }
            // "the African Union, which South Africa chairs"
            // "the Panama Defence Forces (PDF), which Noriega commanded": the body's acronym may stand before the comma
            let bodyEnd = s.beforeParenthesizedAcronym(i - 1)
            if s.lower(i, is: "which"), s.lower(i - 1, is: ","), let body = s.mention(endingBefore: bodyEnd), s.mentions[body].type == .organization,
                let x = s.mention(startingAt: i + 1), s.mentions[x].type != .location,
                let role = s.lower(s.mentions[x].range.upperBound, in: Self.leadershipVerbs)
            {
                add(s.mentions[x].entity, role, s.mentions[body].entity, s.mentions[body].range.lowerBound, s.mentions[x].range.upperBound + 1)
            }
            // "Germany, which holds the EU's rotating presidency", "which has been in charge of the Security Council's rotating presidency"
            if s.lower(i, is: "which"), s.lower(i - 1, is: ","), let holder = s.mention(endingBefore: i - 1), s.mentions[holder].type == .country {
                var j = i + 1
                while j <= i + Self.whichToPresidencyWords, s.range.contains(j), ![",", "."].contains(s.lower(j)) {
                    if let body = s.mention(startingAt: j), s.mentions[body].type == .organization {
                        var k = s.mentions[body].range.upperBound
                        if s.lower(k, is: "'s") {
                            k += 1
                            if s.lower(k, is: "rotating") { k += 1 }
                            if let role = s.lower(k, in: Self.presidencyNouns) {
                                add(s.mentions[holder].entity, role, s.mentions[body].entity, s.mentions[holder].range.lowerBound, k + 1)
                            }
                        }
                        break
                    }
                    j += 1
                }
            }
            // "X, whose country chairs ASEAN": the country the person holds a title in
            if s.lower(i, is: "whose"), ["country", "nation", "government"].contains(s.lower(i + 1)), let role = s.lower(i + 2, in: Self.leadershipVerbs),
                let body = s.mention(startingAt: s.lower(i + 3, is: "the") ? i + 4 : i + 3), s.mentions[body].type == .organization,
                let person = s.mention(endingBefore: i - 1), s.mentions[person].type == .person,
                let country = sentenceFacts.first(where: { Self.isOffice($0) && $0.subject == s.mentions[person].entity })?.object,
                s.mentions.contains(where: { $0.entity == country && $0.type == .country })
            {
                add(country, role, s.mentions[body].entity, s.mentions[person].range.lowerBound, s.mentions[body].range.upperBound)
            }
            // "X, whose country holds the EU's rotating presidency"
            if s.lower(i, is: "whose"), ["country", "nation", "government"].contains(s.lower(i + 1)), let (role, body) = heldPresidency(s, verb: i + 2),
                let person = s.mention(endingBefore: i - 1), s.mentions[person].type == .person,
                let country = sentenceFacts.first(where: { Self.isOffice($0) && $0.subject == s.mentions[person].entity })?.object,
                s.mentions.contains(where: { $0.entity == country && $0.type == .country })
            {
                add(country, role, s.mentions[body].entity, s.mentions[person].range.lowerBound, s.mentions[body].range.upperBound)
            }
            // "X, who holds the rotating presidency of the Union of South American Nations"
            if s.lower(i, is: "who"), let (role, body) = heldPresidency(s, verb: i + 1), let person = relativeClausePerson(s, who: i) {
                add(s.mentions[person].entity, role, s.mentions[body].entity, s.mentions[person].range.lowerBound, s.mentions[body].range.upperBound)
            }
            // "NATO, of which Greece and Turkey are both members" ("the Southern African Development
            // Community (SADC), of which": over the acronym the body is given)
            if s.lower(i, is: "of"), s.lower(i + 1, is: "which"), s.lower(i - 1, is: ","), let body = bodyBeforeRelativeClause(s, comma: i - 1),
                s.mentions[body].type == .organization
            {
                var j = i + 2
                var members: [Int] = []
                while let m = s.mention(startingAt: j), [.country, .organization].contains(s.mentions[m].type) {
                    members.append(m)
                    j = s.mentions[m].range.upperBound
                    if s.lower(j, is: ",") { j += 1 }
                    if s.lower(j, is: "and") { j += 1 }
                }
                if ["are", "were", "is", "was"].contains(s.lower(j)) { j += 1 }
                if ["both", "all", "also", "among", "the", "a"].contains(s.lower(j)) { j += 1 }
                if ["members", "member", "founders"].contains(s.lower(j)) {
                    for m in members { add(s.mentions[m].entity, "member", s.mentions[body].entity, s.mentions[body].range.lowerBound, j + 1) }
                }
            }
            // "Kyrgyzstan and Tajikistan, former Soviet republics that are members of the CSTO"
            // (two comparisons, not an array literal's `contains`: that made and freed an array for every word)
            if s.lower(i, is: "that") || s.lower(i, is: "which"), ["are", "were"].contains(s.lower(i + 1)), s.lower(i + 2, is: "members") || s.lower(i + 3, is: "members") {
                let of = s.lower(i + 2, is: "members") ? i + 3 : i + 4
                // ("the Moscow-led CSTO": over the leader joined to "-led")
                guard s.lower(of, is: "of"), let body = bodyAfterLedBy(s, from: s.lower(of + 1, is: "the") ? of + 2 : of + 1),
                    s.mentions[body].type == .organization,
                    let comma = (max(s.range.lowerBound, i - 5)..<i).last(where: { s.lower($0, is: ",") }),
                    !(comma + 1..<i).contains(where: { s.mentionAt[$0].map { s.mentions[$0].type == .person } ?? false })
                else { continue }
                var j = comma
                while let m = s.mention(endingBefore: j), [.country, .organization].contains(s.mentions[m].type) {
                    add(s.mentions[m].entity, "member", s.mentions[body].entity, s.mentions[m].range.lowerBound, s.mentions[body].range.upperBound)
                    j = s.mentions[m].range.lowerBound
                    if ["and", ","].contains(s.lower(j - 1)) { j -= 1 }
                }
            }
            // "the Moscow-led Collective Security Treaty Organisation"
            if s.lower(i, is: "led"), s.lower(i - 1, is: "-"), let leader = s.mention(endingBefore: i - 1), s.mentions[leader].type == .country,
                let body = s.mention(startingAt: i + 1), s.mentions[body].type == .organization
            {
                add(s.mentions[leader].entity, "leader", s.mentions[body].entity, s.mentions[leader].range.lowerBound, s.mentions[body].range.upperBound)
            }
        }
    }
}

extension RoleExtractor {
    /// "Myanmar's army chief, Senior General Min Aung Hlaing" where the document names "Myanmar's
    /// army": a title made of a body noun and an office ("army chief", "police chief") is held in that
    /// body of the country, when the document names the body as an organization; otherwise in the
    /// country, as before.
    ///
    /// ```swift
    /// // entities: Myanmar (country), Burmese Army [Myanmar's army] (organization)
    /// RoleExtractor.heldInNamedBody(armyChiefOfMyanmar, entities: doc.entities).object  // the army's id
    /// ```
    static func heldInNamedBody(_ fact: Fact, entities: [ExtractedEntity]) -> Fact {
        guard fact.kind == .role, fact.action.containsASCII(" "), entities.indices.contains(fact.object), entities[fact.object].type == .country
        else { return fact }
        // only titles that open with an institution's head noun ("army chief"; not "prime minister")
        let bodyNouns = fact.action.split(separator: " ").dropLast().filter { NameCues.organizationHeads.contains(String($0)) }
        guard !bodyNouns.isEmpty else { return fact }
        let country = entities[fact.object]
        // "myanmar army" for "Myanmar's army", "Myanmar Army"
        var wanted = Set<String>()
        for name in [country.name] + country.aliases {
            for noun in bodyNouns { wanted.insert(name.lowercased() + " " + noun) }
        }
        guard
            let body = entities.first(where: { e in
                e.type == .organization
                    && ([e.name] + e.aliases).contains { wanted.contains(withoutPossessives($0)) }
            })
        else { return fact }
        var held = fact
        held.object = body.id
        return held
    }

    /// A name lower-cased without its possessive endings: "Myanmar's army" -> "myanmar army".
    static func withoutPossessives(_ name: String) -> String {
        name.lowercased().split(separator: " ").map { word in
            word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") ? String(word.dropLast(2)) : String(word)
        }.joined(separator: " ")
    }
}

extension RoleExtractor {
    /// Forms of "hold" that state a presidency held now or then ("holds", "held"), not one to come.
    static let holdingForms: WordSet = ["holds", "held", "holding"]

    /// The office and body of a presidency held by the verb at `verb`: "holds the EU's rotating
    /// presidency", "held the rotating presidency of the Union of South American Nations".
    func heldPresidency(_ s: SentenceView, verb: Int) -> (role: String, body: Int)? {
        guard s.lower(verb, isIn: Self.holdingForms), s.lower(verb + 1, is: "the") else { return nil }
        var k = verb + 2
        // "the EU's rotating presidency"
        if let body = s.mention(startingAt: k), s.mentions[body].type == .organization, s.lower(s.mentions[body].range.upperBound, is: "'s") {
            k = s.mentions[body].range.upperBound + 1
            if s.lower(k, is: "rotating") { k += 1 }
            guard let role = s.lower(k, in: Self.presidencyNouns) else { return nil }
            return (role, body)
        }
        // "the rotating presidency of the Union of South American Nations"
        if s.lower(k, is: "rotating") { k += 1 }
        guard let role = s.lower(k, in: Self.presidencyNouns), s.lower(k + 1, is: "of"),
            let body = s.mention(startingAt: s.lower(k + 2, is: "the") ? k + 3 : k + 2), s.mentions[body].type == .organization
        else { return nil }
        return (role, body)
    }
}
