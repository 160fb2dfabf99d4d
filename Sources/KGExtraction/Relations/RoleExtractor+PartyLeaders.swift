import KGModel

/// "His Socialist Party has joined protests", "X said his Labour Party would ...", "her National League
/// for Democracy": a body a person's possessive opens is the body that person leads. "his" stands for
/// the person named last before it in the sentence, else the one named last in the sentence before,
/// skipping those whose first name tells the other gender.
///
/// ```swift
/// // "Igor Dodon is under house arrest. His Socialist Party joined the protests." -> Fact(Igor Dodon, "leader", Socialist Party)
/// ```
extension RoleExtractor {
    /// Last words of a party's name, or class nouns right after it: "Socialist Party", "Our Ukraine bloc".
    static let partyNouns: WordSet = ["party", "movement", "bloc", "front", "alliance", "coalition"]

    func possessivePartyLeaders(_ s: SentenceView, _ context: Context, _ facts: inout [Fact]) {
        for (index, party) in s.mentions.enumerated() where s.lower(party.range.lowerBound - 1, isIn: WordSet.personPossessives) {
            let start = party.range.lowerBound
            guard isLedBody(s, index) else { continue }
            // "her" skips back past a man, "his" past a woman
            let gender = Gender(possessive: s.lower(start - 1))
            func fits(_ person: Int) -> Bool { gender == nil || context.genderOf[person].map { $0 == gender } ?? true }
            let before = s.mentions[..<index].last { $0.type == .person && !$0.modifierOnly && $0.range.upperBound < start && fits($0.entity) }
            guard let leader = before?.entity ?? context.previousPersons.last(where: { fits($0.entity) })?.entity, leader != party.entity else { continue }
            Self.addRole(leader, "leader", party.entity, in: s, from: start - 1, to: party.range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }
}
