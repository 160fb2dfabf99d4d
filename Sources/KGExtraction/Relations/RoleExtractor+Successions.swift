import KGModel

/// Succession stated by a verb: "X succeeded his father, Y" -> X successor Y.
///
/// ```swift
/// // "Ali Bongo succeeded his father, Omar Bongo, in 2009." -> Fact(Ali Bongo, "successor", Omar Bongo, cameo .role)
/// ```
extension RoleExtractor {
    /// Finite forms of "succeed" that state a succession that happened or holds (not "to succeed him").
    static let successionVerbs: WordSet = ["succeeded", "succeeds"]

    /// "X succeeded Y", "X, who succeeded his father Y", "X succeeded her husband, Y": the successor
    /// is the person before the verb (or before ", who"), the predecessor the person after it, over a
    /// possessive and a noun of family.
    func successions(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let successionVerbs = Self.successionVerbs
        for i in s.range where s.lower(i, isIn: successionVerbs) {
            var successor = s.mention(endingBefore: i)
            if s.lower(i - 1, is: "who") { successor = relativeClausePerson(s, who: i - 1) }
            guard let successor, s.mentions[successor].type == .person else { continue }
            var j = i + 1
            // "his father, Omar Bongo", "her husband Y"
            if s.lower(j, isIn: WordSet.personPossessives), s.lower(j + 1, in: Self.kinshipNouns) != nil {
                j += 2
                if s.lower(j, is: ",") { j += 1 }
            }
            guard let predecessor = s.mention(startingAt: j), s.mentions[predecessor].type == .person else { continue }
            Self.addRole(mention: successor, "successor", mention: predecessor, in: s, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }
}
