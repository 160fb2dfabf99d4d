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

    /// "The People's Party of former prime minister Andris Skele", "the Democratic Labour Party (DLP)
    /// of Freundel Stuart": a party (or any body but a state's office) named as a person's with "of"
    /// is the body the person leads (a title between them or not; "the Democratic Party of Serbia"
    /// names a state, not a leader).
    ///
    /// ```swift
    /// // "The Forces for National Liberation (FNL) of Agathon Rwasa rejected the vote."
    /// //   -> Fact(Agathon Rwasa, "leader", Forces for National Liberation)
    /// ```
    func partiesOfTheirLeaders(_ s: SentenceView, _ facts: inout [Fact]) {
        for (index, party) in s.mentions.enumerated() where s.lower(party.range.lowerBound - 1, is: "the") && isLedBody(s, index) {
            var j = party.range.upperBound
            // "(DLP)": the party's acronym between the name and "of"
            if s.lower(j, is: "("), s.lower(j + 2, is: ")") { j += 3 }
            guard s.lower(j, is: "of") else { continue }
            var k = j + 1
            if let r = s.role(startingAt: k) { k = s.roles[r].range.upperBound }
            if s.lower(k, is: "former") || s.lower(k, is: "ex") { k += s.lower(k + 1, is: "-") ? 2 : 1 }
            if let r = s.role(startingAt: k) { k = s.roles[r].range.upperBound }
            guard let leader = s.mention(startingAt: k), s.mentions[leader].type == .person, !s.mentions[leader].modifierOnly else { continue }
            Self.addRole(
                s.mentions[leader].entity, "leader", party.entity, in: s, from: party.range.lowerBound, to: s.mentions[leader].range.upperBound,
                confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }
}
