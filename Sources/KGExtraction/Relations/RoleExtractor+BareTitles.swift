import KGModel

/// Titles of national office with no body beside the name: "Prime Minister Jane Doe" in an article
/// about her country. The body is the country the document is about, when one clearly dominates.
extension RoleExtractor {
    /// A person named after a title with no body stated in the sentence.
    struct BareTitle {
        var person: Int
        var role: String
        var sentence: Int
        var span: TextSpan
        /// The country the sentence itself suggests: the one named nearest the title that is no other
        /// person's body and no destination ("President X, after talks with Turkish President Y,
        /// ordered U.S. troops ..." -> the United States).
        var sentenceCountry: Int? = nil
        /// Every country the sentence names: the document's country is no guess for a sentence that
        /// names it only as another's body or as a destination ("Vice President X will travel to Ankara").
        var countriesNamed: Set<Int> = []
    }

    /// Words of a title that name an office of a country's government.
    static let nationalOffices: Set<String> = WordLists.set("RoleExtractor.nationalOffices")

    /// "President Jane Doe", "Foreign Minister Ali Khan": a national title right before a person,
    /// with no body before the title and no "of BODY" after the name.
    ///
    /// ```swift
    /// // "Prime Minister Jane Doe resigned." -> BareTitle(person: Jane Doe, role: "prime minister")
    /// ```
    func bareTitles(_ s: SentenceView, roleFacts: [Fact] = []) -> [BareTitle] {
        var out: [BareTitle] = []
        let bodies = Set(roleFacts.map(\.object))
        for role in s.roles {
            let r = role.range
            guard role.name.split(separator: " ").contains(where: { Self.nationalOffices.contains(String($0)) }),
                let p = s.mention(startingAt: r.upperBound), s.mentions[p].type == .person
            else { continue }
            var before = r.lowerBound - 1
            if s.lower(before) == "'s" { before -= 1 }
            // a body before the title, "former", or a possessive pronoun ("his foreign minister") decides otherwise
            // ("Former President X" held the office all the same)
            if ["former", "ex", "then"].contains(s.lower(before)) { before -= 1 }
            if s.mentionAt[before] != nil || ["his", "her", "their", "its"].contains(s.lower(before)) { continue }
            let after = s.mentions[p].range.upperBound
            if s.lower(after) == "of" || s.lower(after) == "," && s.mention(startingAt: after + 1).map({ s.mentions[$0].type != .person }) == true {
                continue
            }
            var title = BareTitle(person: s.mentions[p].entity, role: role.name, sentence: s.index, span: s.span(r.lowerBound, after))
            locate(&title, s, from: r.lowerBound, to: after, bodies: bodies)
            out.append(title)
        }
        // "Ranil Wickremesinghe ... was sworn in as acting president", "resigned as finance minister": the
        // office a person takes, leaves or acts in, with no body after it
        for role in s.roles where role.name.split(separator: " ").contains(where: { Self.nationalOffices.contains(String($0)) }) {
            let r = role.range
            var a = r.lowerBound - 1
            if ["the", "a", "an", "interim", "acting"].contains(s.lower(a)) { a -= 1 }
            guard s.lower(a) == "as", !["of", "for", "to", "at"].contains(s.lower(r.upperBound)),
                let p = s.mentions.indices.last(where: { s.mentions[$0].type == .person && s.mentions[$0].range.upperBound <= a }),
                !facts(roleFacts, hold: s.mentions[p].entity)
            else { continue }
            var title = BareTitle(person: s.mentions[p].entity, role: role.name, sentence: s.index, span: s.span(s.mentions[p].range.lowerBound, r.upperBound))
            locate(&title, s, from: r.lowerBound, to: r.upperBound, bodies: bodies)
            out.append(title)
        }
        return out
    }

    /// The countries sentence `s` names for a title at `from ..< to`, and the nearest that is no other
    /// person's body ("Turkish President Y", "his Chinese counterpart") and no destination ("fled to the
    /// United Arab Emirates", "deploy troops to Qatar").
    private func locate(_ title: inout BareTitle, _ s: SentenceView, from: Int, to: Int, bodies: Set<Int>) {
        var nearest: (distance: Int, entity: Int)?
        for m in s.mentions where m.type == .country && !m.modifierOnly {
            title.countriesNamed.insert(m.entity)
            var k = m.range.lowerBound - 1
            if s.lower(k) == "the" { k -= 1 }
            guard !bodies.contains(m.entity), !Self.destinationPrepositions.contains(s.lower(k)), m.entity != title.person else { continue }
            let distance = m.range.lowerBound >= to ? m.range.lowerBound - to : from - m.range.upperBound
            if nearest.map({ distance < $0.distance }) ?? true { nearest = (distance, m.entity) }
        }
        title.sentenceCountry = nearest?.entity
    }

    /// Whether the facts give `person` a role already.
    private func facts(_ roleFacts: [Fact], hold person: Int) -> Bool {
        roleFacts.contains { $0.subject == person && $0.kind == .role }
    }

    /// Prepositions of a destination or a place: a country after them is where one goes or is, not whom one serves.
    static let destinationPrepositions: Set<String> = ["to", "into", "in", "at", "from"]

    /// Words that open "his Chinese counterpart" (a closed class of determiners and possessives).
    static let counterpartOpeners: Set<String> = ["his", "her", "their", "its", "the", "a"]

    /// A counterpart's role says less than a title toward the same body: it goes when the document has one.
    static func droppingCounterpartsOfTitled(_ facts: [Fact]) -> [Fact] {
        let titled = Set(facts.filter { $0.kind == .role && $0.action != "counterpart" }.map { "\($0.subject)|\($0.object)" })
        return facts.filter { $0.action != "counterpart" || !titled.contains("\($0.subject)|\($0.object)") }
    }

    /// "his Chinese counterpart, Wang Yi", "Russia's counterpart Sergei Lavrov": the person holds the
    /// same kind of office in the country before "counterpart".
    ///
    /// ```swift
    /// // "Jaishankar told his Chinese counterpart, Wang Yi, ..." -> Wang Yi counterpart China
    /// ```
    func counterparts(_ s: SentenceView, _ facts: inout [Fact]) {
        for i in s.range where s.lower(i) == "counterpart" || s.lower(i) == "counterparts" {
            var b = i - 1
            if s.lower(b) == "'s" { b -= 1 }
            // the country opens the phrase: not "his Turkish Cypriot counterpart", a community's
            guard s.range.contains(b), let c = s.mentionAt[b], s.mentions[c].type == .country,
                Self.counterpartOpeners.contains(s.lower(s.mentions[c].range.lowerBound - 1)) || s.lower(b + 1) == "'s"
            else { continue }
            var j = i + 1
            if s.lower(j) == "," { j += 1 }
            guard let p = s.mention(startingAt: j), s.mentions[p].type == .person else { continue }
            facts.append(
                Fact(
                    subject: s.mentions[p].entity, object: s.mentions[c].entity, action: "counterpart", cameo: .role, kind: .role,
                    sentence: s.index, span: s.span(s.mentions[c].range.lowerBound, s.mentions[p].range.upperBound),
                    confidence: FactConfidence.Role.apposition))
        }
    }

    /// Titles of office in an international body or an institution, not a country: "Secretary-General".
    static let bodyOffices: Set<String> = WordLists.set("RoleExtractor.bodyOffices")

    /// "NATO, of which ..., Secretary-General Jens Stoltenberg said", "a U.N. spokesman said Secretary-General
    /// Antonio Guterres ...": the office of a body, with no body beside the name, is held in the body the
    /// sentence named last before it.
    ///
    /// ```swift
    /// // "NATO said on Monday that Secretary-General Jens Stoltenberg would visit." -> Jens Stoltenberg secretary-general NATO
    /// ```
    func bodyOfficeTitles(_ s: SentenceView, _ facts: inout [Fact]) {
        for role in s.roles where Self.bodyOffices.contains(role.name) {
            let r = role.range
            guard let p = s.mention(startingAt: r.upperBound), s.mentions[p].type == .person else { continue }
            let person = s.mentions[p].entity
            // a body beside the title or after the name decides otherwise
            var before = r.lowerBound - 1
            if s.lower(before) == "'s" { before -= 1 }
            if s.mentionAt[before] != nil || s.lower(s.mentions[p].range.upperBound) == "of" { continue }
            if facts.contains(where: { $0.subject == person && $0.kind == .role }) { continue }
            guard let body = (0..<p).last(where: { s.mentions[$0].type == .organization && !s.mentions[$0].modifierOnly }) else { continue }
            facts.append(
                Fact(
                    subject: person, object: s.mentions[body].entity, action: role.name, cameo: .role, kind: .role,
                    sentence: s.index, span: s.span(s.mentions[body].range.lowerBound, s.mentions[p].range.upperBound),
                    confidence: FactConfidence.Role.documentCountry))
        }
    }

    /// The country a document is about: the most mentioned one, if it has at least three mentions
    /// and twice as many as any other country.
    static func dominantCountry(_ mentions: [Mention], entities: [ExtractedEntity]) -> Int? {
        var counts: [Int: Int] = [:]
        for m in mentions where entities.indices.contains(m.entity) && entities[m.entity].type == .country { counts[m.entity, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let first = ranked.first, first.value >= 3 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > first.value { return nil }
        return first.key
    }
}
