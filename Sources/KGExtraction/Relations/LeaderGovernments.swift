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

    /// The acts of `facts` whose subject or object is such a possessor in its sentence, given to the
    /// country the person leads by a role among `facts`; people who lead no country keep theirs.
    static func givenToCountries(_ facts: [Fact], possessors: [Int: Set<Int>], entities: [ExtractedEntity]) -> [Fact] {
        guard !possessors.isEmpty else { return facts }
        let countries = Set(entities.filter { $0.type == .country }.map(\.id))
        var countryOf: [Int: Int] = [:]
        for fact in facts where fact.kind == .role && leadingTitles.contains(fact.action) && countries.contains(fact.object) && countryOf[fact.subject] == nil {
            countryOf[fact.subject] = fact.object
        }
        var seen = Set<String>()
        var out: [Fact] = []
        for var fact in facts {
            if fact.kind == .action, let people = possessors[fact.sentence] {
                if people.contains(fact.subject), let country = countryOf[fact.subject] { fact.subject = country }
                if people.contains(fact.object), let country = countryOf[fact.object] { fact.object = country }
                guard fact.subject != fact.object else { continue }
            }
            if seen.insert("\(fact.subject)|\(fact.action)|\(fact.object)|\(fact.kind)").inserted { out.append(fact) }
        }
        return out
    }
}
