import KGModel

/// A country's possessive right before a person's bare name names the person by the country they
/// lead or speak for: "Venezuela's Nicolas Maduro", "Zimbabwe's Robert Mugabe". (With a title
/// between, "Niger's President X", the title rule gives the office.)
///
/// ```swift
/// // "Kenya's William Ruto met the delegation." -> Fact(William Ruto, "leader", Kenya, cameo .role)
/// ```
extension RoleExtractor {
    /// The leader facts of `s` stated by "COUNTRY's PERSON".
    func possessiveLeaders(_ s: SentenceView, _ facts: inout [Fact]) {
        for i in s.range where s.lower(i, is: "'s") {
            guard let country = s.mention(endingBefore: i), s.mentions[country].type == .country,
                let person = s.mention(startingAt: i + 1), s.mentions[person].type == .person
            else { continue }
            Self.addRole(mention: person, "leader", mention: country, in: s, confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }
}
