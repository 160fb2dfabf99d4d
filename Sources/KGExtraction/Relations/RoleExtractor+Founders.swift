import KGModel

/// Bodies several states or bodies found together: "Mali, Burkina Faso and Niger ... have formed
/// their own confederation, the Alliance of Sahel States (AES)" makes each of them a member.
///
/// ```swift
/// // "Niger, Mali and Burkina Faso set up the Alliance of Sahel States in September."
/// // -> Fact(Niger, "member", Alliance of Sahel States, cameo .role), and Mali's, and Burkina Faso's
/// ```
extension RoleExtractor {
    /// Verb forms of founding a body together (a closed class); "set" counts only before "up".
    static let foundingVerbs: WordSet = ["formed", "founded", "created", "established", "set", "form", "found", "create", "establish"]

    /// Words between a founding verb and the body's name, at most: "have formed their own confederation, the".
    static let foundedBodyWords = 6

    /// The memberships of `s` stated by its opening list of two or more states or bodies founding a body.
    func foundingMembers(_ s: SentenceView, _ facts: inout [Fact]) {
        let opening = DatelinePrefix.end(s.tokens, s.range)
        let founders = s.mentionList(from: opening) { ($0.type == .country || $0.type == .organization) && !$0.modifierOnly }
        guard founders.members.count >= 2 else { return }
        for v in founders.end..<s.range.upperBound where s.lower(v, isIn: Self.foundingVerbs) {
            if s.lower(v, is: "set"), !s.lower(v + 1, is: "up") { continue }
            // the founders' own verb: no other state or body named between the list and it ("and have formed",
            // "left ECOWAS in January and have formed": a body left is no founder)
            var j = s.lower(v, is: "set") ? v + 2 : v + 1
            var body: Int?
            // (over the body's own words only: "formed a committee with the AU" founded no AU)
            while j < v + Self.foundedBodyWords + 2, s.range.contains(j), ![".", ";"].contains(s.lower(j)), !s.lower(j, isIn: ActionExtractor.prepositions) {
                if let m = s.mention(startingAt: j) {
                    if s.mentions[m].type == .organization, !s.mentions[m].modifierOnly { body = m }
                    break
                }
                j += 1
            }
            guard let body else { continue }
            for member in founders.members where s.mentions[member].entity != s.mentions[body].entity {
                Self.addRole(
                    s.mentions[member].entity, "member", s.mentions[body].entity, in: s, from: s.mentions[member].range.lowerBound,
                    to: s.mentions[body].range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
            }
            return
        }
    }
}
