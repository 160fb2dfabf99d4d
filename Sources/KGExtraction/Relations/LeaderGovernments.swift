import KGModel

/// "Rajoy's government accused Puigdemont", "urged Yameen's government to respect the ruling": a
/// leader's government acts and is acted on for the country the leader leads, not for the leader.
///
/// The rules read "Rajoy's government" as Rajoy (a possessor acting through an acting body); once
/// the document's roles are known, an act of a person named in a sentence only as the possessor of
/// a government goes to the country whose leader the person is.
///
/// ```swift
/// // "Spanish Prime Minister Mariano Rajoy ... . Rajoy's government accused Puigdemont."
/// //   Mariano Rajoy -accuse-> Carles Puigdemont  becomes  Spain -accuse-> Carles Puigdemont
/// ```
enum LeaderGovernments {
    /// Nouns for a leader's government (a closed class).
    static let governmentNouns: WordSet = ["government", "administration", "regime", "cabinet"]

    /// Titles whose holder leads a country's government.
    static let leadingTitles: WordSet = ["president", "prime minister", "premier", "chancellor", "king", "emir", "leader", "interim president", "chief adviser"]

    /// The people a sentence names only as the possessor of a government: "Rajoy 's government".
    static func possessors(_ tokens: [Token], mentions: [SentenceView.Span]) -> Set<Int> {
        var possessing = Set<Int>(), elsewhere = Set<Int>()
        for m in mentions where m.type == .person && m.group.isEmpty {
            let end = m.range.upperBound
            if end + 1 < tokens.count, ["'s", "’s"].contains(tokens[end].lower), governmentNouns.contains(tokens[end + 1].lower) {
                possessing.insert(m.entity)
            } else {
                elsewhere.insert(m.entity)
            }
        }
        return possessing.subtracting(elsewhere)
    }

    /// A relative clause through which a person's state acts: "Mugabe, whose government has deployed
    /// soldiers in Congo, said ...", "Guelleh, whose country hosts U.S. bases, telephoned ...".
    struct WhoseClause: Equatable {
        /// The person the clause hangs on.
        var person: Int
        /// The clause's text, from "whose" to the comma that closes it (document offsets).
        var text: Range<Int>
        /// Whether the clause's noun is a government (only a leader's) rather than a country (anyone's).
        var isGovernment: Bool
    }

    /// Whether token `i` opens ", whose government" (true: a leader's state) or ", whose country" (false:
    /// the state of anyone holding a post in it); nil for any other word.
    static func whoseState(_ tokens: [Token], _ i: Int, range: Range<Int>) -> Bool? {
        guard tokens[i].lower == "whose", i + 1 < range.upperBound, i - 1 > range.lowerBound, tokens[i - 1].text == "," else { return nil }
        let owner = tokens[i + 1].lower
        if governmentNouns.contains(owner) { return true }
        return AnaphoraResolver.countryNouns.contains(owner) ? false : nil
    }

    /// The sentence's "PERSON, whose government|country ..." clauses that a comma before a lower-case
    /// word closes ("..., said"; the commas of a list of names stay inside); none when no such comma
    /// follows, so that an act after the clause is never taken for one inside it.
    ///
    /// ```swift
    /// // "Sogavare, whose government cut ties with Taiwan and recognised Beijing, said ..." -> Sogavare,
    /// //   "whose government cut ties with Taiwan and recognised Beijing"
    /// ```
    static func whoseClauses(_ tokens: [Token], range: Range<Int>, mentions: [SentenceView.Span]) -> [WhoseClause] {
        var clauses: [WhoseClause] = []
        for i in range where i + 2 < range.upperBound {
            guard let isGovernment = whoseState(tokens, i, range: range),
                let person = mentions.last(where: { $0.range.upperBound == i - 1 }), person.type == .person, person.group.isEmpty,
                let close = ((i + 2)..<(range.upperBound - 1)).first(where: { tokens[$0].text == "," && tokens[$0 + 1].isWord && !tokens[$0 + 1].isCapitalized })
            else { continue }
            clauses.append(WhoseClause(person: person.entity, text: tokens[i].span.start..<tokens[close].span.start, isGovernment: isGovernment))
        }
        return clauses
    }

    /// The acts of `facts` whose subject or object is such a possessor in its sentence, or whose
    /// subject a "whose government|country" clause of its sentence states them for, given to the
    /// country the person leads (or, for "whose country", holds any post of) by a role among `facts`;
    /// people who lead no country keep theirs.
    static func givenToCountries(_ facts: [Fact], possessors: [Int: Set<Int>], whoseClauses: [Int: [WhoseClause]] = [:], entities: [ExtractedEntity]) -> [Fact] {
        guard !possessors.isEmpty || !whoseClauses.isEmpty else { return facts }
        let countries = Set(entities.filter { $0.type == .country }.map(\.id))
        var countryOf: [Int: Int] = [:]
        var postCountryOf: [Int: Int] = [:]
        for fact in facts where fact.kind == .role && countries.contains(fact.object) {
            if leadingTitles.contains(fact.action), countryOf[fact.subject] == nil { countryOf[fact.subject] = fact.object }
            if postCountryOf[fact.subject] == nil { postCountryOf[fact.subject] = fact.object }
        }
        var seen = Set<String>()
        var out: [Fact] = []
        for var fact in facts {
            if fact.kind == .action, let people = possessors[fact.sentence] {
                if people.contains(fact.subject), let country = countryOf[fact.subject] { fact.subject = country }
                if people.contains(fact.object), let country = countryOf[fact.object] { fact.object = country }
                guard fact.subject != fact.object else { continue }
            }
            // (the act's evidence ends inside the clause: its object is named there)
            if fact.kind == .action, let clause = whoseClauses[fact.sentence]?.first(where: { $0.person == fact.subject && $0.text.contains(fact.span.end - 1) }),
                let country = clause.isGovernment ? countryOf[fact.subject] : countryOf[fact.subject] ?? postCountryOf[fact.subject]
            {
                fact.subject = country
                guard fact.subject != fact.object else { continue }
            }
            if seen.insert("\(fact.subject)|\(fact.action)|\(fact.object)|\(fact.kind)").inserted { out.append(fact) }
        }
        return out
    }
}
