import KGModel

/// "His Socialist Party has joined protests", "X said his Labour Party would ...": a party a person's
/// possessive opens is the party that person leads. "his" stands for the person named last before it
/// in the sentence, else the one named last in the sentence before.
///
/// ```swift
/// // "Igor Dodon is under house arrest. His Socialist Party joined the protests." -> Fact(Igor Dodon, "leader", Socialist Party)
/// ```
extension RoleExtractor {
    /// Last words of a party's name, or class nouns right after it: "Socialist Party", "Our Ukraine bloc".
    static let partyNouns: WordSet = ["party", "movement", "bloc", "front", "alliance", "coalition"]

    func possessivePartyLeaders(_ s: SentenceView, _ context: Context, _ facts: inout [Fact]) {
        for (index, party) in s.mentions.enumerated() where party.type == .organization && !party.modifierOnly {
            let start = party.range.lowerBound
            guard s.lower(start - 1, isIn: WordSet.personPossessives),
                s.lower(party.range.upperBound - 1, isIn: Self.partyNouns) || s.lower(party.range.upperBound, isIn: Self.partyNouns)
            else { continue }
            let before = s.mentions[..<index].last { $0.type == .person && !$0.modifierOnly && $0.range.upperBound < start }
            guard let leader = before?.entity ?? context.previousPersons.last?.entity, leader != party.entity else { continue }
            Self.addRole(leader, "leader", party.entity, in: s, from: start - 1, to: party.range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }
}
