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
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let appointmentVerbs = Self.appointmentVerbs
        for i in s.range where s.lower(i, isIn: appointmentVerbs) {
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
            guard s.lower(k, is: "as"), s.lower(k + 1, isIn: WordSet.personPossessives), let staff = Self.staffNouns[s.lower(k + 2)], staff == s.lower(k + 2) else { continue }
            let appointeeEntity = s.mentions[appointee].entity
            guard let owner = s.mentions[..<appointee].last(where: { $0.type == .person && !$0.modifierOnly && $0.entity != appointeeEntity && $0.range.upperBound <= i })
            else { continue }
            Self.addRole(
                appointeeEntity, staff, owner.entity, in: s, from: owner.range.lowerBound, to: k + 3, confidence: FactConfidence.Role.sideClause,
                into: &facts)
        }
    }

    /// Verbs that give a title named right after their object, or right after them in the passive, with
    /// no "as": "named X interim president", "a deal that makes X prime minister", "X was appointed
    /// mediator by the EAC" (a closed class).
    static let titleGivingVerbs: WordSet = [
        "appointed", "appoints", "named", "names", "elected", "elects", "designated", "designates", "nominated", "nominates", "made", "makes",
    ]
    /// Verbs whose subject takes the title named right after them: "X became acting president" (a closed class).
    static let titleTakingVerbs: WordSet = ["became", "becomes"]
    /// Auxiliaries of a passive before `titleGivingVerbs`: "was appointed mediator".
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "is", "are"]
    /// Words of a title's modifiers after the verb or its object: "named X interim president".
    static let givenTitleModifiers: WordSet = ["acting", "interim", "caretaker", "new", "deputy", "transitional"]

    /// "Tunisia's council named X, the speaker of parliament, interim president", "X, who was appointed
    /// mediator by the East African Community": the title the verb gives, with no "as". Its body is the one
    /// after "of/to" or, in the passive, after "by"; else, in the active, the body named last before the
    /// verb. A national title with no body is a bare title, left for the story's country.
    func givenTitles(_ s: SentenceView, _ context: inout Context, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let titleGivingVerbs = Self.titleGivingVerbs
        for i in s.range where s.lower(i, isIn: titleGivingVerbs) || s.lower(i, isIn: Self.titleTakingVerbs) {
            let passive = s.lower(i - 1, isIn: Self.passiveAuxiliaries)
            // "X became acting president": the subject takes the title, as in the passive
            let taken = s.lower(i, isIn: Self.titleTakingVerbs)
            var holder: Int?
            var t = i + 1
            if passive || taken {
                let aux = taken ? i : i - 1
                if s.lower(aux - 1, is: "who") {
                    holder = relativeClausePerson(s, who: aux - 1)
                } else if let p = s.mention(endingBefore: aux), s.mentions[p].type == .person {
                    holder = p
                } else {
                    holder = subjectBeforeApposition(s, verb: i)
                }
            } else {
                guard let p = s.mention(startingAt: i + 1), s.mentions[p].type == .person else { continue }
                holder = p
                t = s.mentions[p].range.upperBound
                // "named X, the speaker of parliament, interim president": over the object's apposition
                if s.lower(t, is: ",") {
                    // (a comma ending the sentence opens no apposition: the stretch after it would be inverted)
                    let appositionEnd = min(s.range.upperBound, t + Self.appositionWords)
                    guard t + 2 < appositionEnd, let close = (t + 2..<appositionEnd).first(where: { s.lower($0, is: ",") }) else { continue }
                    t = close + 1
                }
            }
            guard let h = holder else { continue }
            let open = t
            while t < open + 2, s.role(startingAt: t) == nil, s.lower(t, isIn: Self.givenTitleModifiers) { t += 1 }
            guard let r = s.role(startingAt: t), s.roles[r].range.lowerBound == t else { continue }
            let end = s.roles[r].range.upperBound
            let name = s.tokens[open..<end].map(\.lower).joined(separator: " ")
            let title = s.roles[r].name
            let person = s.mentions[h].entity
            let from = min(s.mentions[h].range.lowerBound, i)
            var body: Int?
            if ["of", "to"].contains(s.lower(end)) {
                body = s.mention(startingAt: end + (s.lower(end + 1, is: "the") ? 2 : 1))
            } else if passive, s.lower(end, is: "by") {
                body = s.mention(startingAt: end + (s.lower(end + 1, is: "the") ? 2 : 1))
            } else if !Self.isNationalOffice(title), !passive, !taken {
                body = s.mentions.lastIndex { ($0.type == .organization || $0.type == .country) && !$0.modifierOnly && $0.range.upperBound <= i }
            }
            if let body, [.organization, .country].contains(s.mentions[body].type), s.mentions[body].entity != person {
                Self.addRole(
                    person, name, s.mentions[body].entity, in: s, from: min(from, s.mentions[body].range.lowerBound), to: max(end, s.mentions[body].range.upperBound),
                    confidence: FactConfidence.Role.sideClause, into: &facts)
                continue
            }
            guard body == nil, Self.isNationalOffice(title), !["of", "to", "by"].contains(s.lower(end)) else { continue }
            context.bareTitles.append(BareTitle(person: person, role: name, sentence: s.index, span: s.span(from, end), mayBeFormer: true))
            context.titleOf[person] = context.titleOf[person] ?? name
        }
    }
}
