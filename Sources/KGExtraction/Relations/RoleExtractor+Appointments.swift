import KGModel

/// Appointments to a person's own staff: "Y, who chose X as his successor" -> X successor Y; "the
/// president named X as her deputy" -> X deputy of the president named.
///
/// ```swift
/// // "Omar Haddad chose Ali Kamara as his successor." -> Fact(Ali Kamara, "successor", Omar Haddad, cameo .role)
/// ```
extension RoleExtractor {
    /// Past and present forms of the verbs that give someone a post (a closed class).
    static let appointmentVerbs: WordSet = [
        "appointed", "appoints", "named", "names", "chose", "chooses", "picked", "picks", "nominated", "nominates", "designated",
        "designates", "selected", "selects",
    ]

    /// Words between the verb and the appointee's name, at most ("former Defence Minister X").
    static let appointeeOpenerWords = 5

    /// "Y chose X as his successor", "Y named X as her deputy": the appointee stands in the noun of
    /// staff toward the person the possessive stands for, the one named last before the verb other
    /// than the appointee. (A body's "as its special envoy" is `asTitle`'s.)
    func appointments(_ s: SentenceView, _ facts: inout [Fact]) {
        for i in s.range where Self.appointmentVerbs.contains(s.lower(i)) {
            // the appointee, over "former", a demonym and a title: "former Austrian Chancellor Franz Vranitzky"
            var j = i + 1
            while j < i + 1 + Self.appointeeOpenerWords, s.range.contains(j), s.mention(startingAt: j).map({ s.mentions[$0].type != .person }) ?? true {
                if let m = s.mentionAt[j] {
                    guard s.mentions[m].isDemonym || s.mentions[m].modifierOnly, s.mentions[m].range.upperBound > j else { break }
                    j = s.mentions[m].range.upperBound
                } else if s.roleAt[j] != nil || s.lower(j, isIn: WordSet.formerTitleWords) {
                    j += 1
                } else {
                    break
                }
            }
            guard let appointee = s.mention(startingAt: j), s.mentions[appointee].type == .person else { continue }
            let k = s.mentions[appointee].range.upperBound
            guard s.lower(k) == "as", s.lower(k + 1, isIn: WordSet.personPossessives), let staff = Self.staffNouns[s.lower(k + 2)], staff == s.lower(k + 2) else { continue }
            let appointeeEntity = s.mentions[appointee].entity
            guard let owner = s.mentions[..<appointee].last(where: { $0.type == .person && !$0.modifierOnly && $0.entity != appointeeEntity && $0.range.upperBound <= i })
            else { continue }
            Self.addRole(
                appointeeEntity, staff, owner.entity, in: s, from: owner.range.lowerBound, to: k + 3, confidence: FactConfidence.Role.sideClause,
                into: &facts)
        }
    }
}
