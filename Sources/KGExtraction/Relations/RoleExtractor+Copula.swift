import KGModel

/// Titles stated by the copula: "X is Sinn Fein's chief negotiator", "X, a former rebel commander,
/// is the leader of Y", "the Forum, whose secretary-general, X, is a former prime minister of Z".
///
/// ```swift
/// // "Ali Kamara is the president of Sierra Leone." -> Fact(Ali Kamara, "president", Sierra Leone, cameo .role)
/// ```
extension RoleExtractor {
    /// Forms of "be" that state what a person is or was.
    static let copulaForms: WordSet = ["is", "was"]
    /// Forms of "be", "remain" and "become" (a closed class) after which a state's standing or
    /// membership is its subject's: "China is Vietnam's largest trading partner", "Qatar would remain
    /// a loyal member of the GCC".
    static let stateCopulas: WordSet = ["is", "was", "became", "becomes", "remain", "remains", "remained", "be"]

    /// Lower-case words between the copula's body and its title, at most ("Sinn Fein's chief ... negotiator").
    static let copulaModifierWords = 2

    /// Words between "whose TITLE is" and the holder's name, at most ("whose chairman is Nigeria's
    /// military ruler, General Sani Abacha").
    static let whoseTitleToNameWords = 10

    /// "The Norwegian Nobel Committee, whose chairman is former prime minister X, ...", "ECOWAS, whose
    /// chairman is Nigeria's military ruler, General X, ...": the first person named after "whose
    /// TITLE is" (past other titles, their bodies and ranks, and one comma) holds the title in the
    /// body before ", whose".
    func whoseTitleIsTitles(_ s: SentenceView, _ facts: inout [Fact]) {
        for i in s.range where s.lower(i, is: "whose") && s.lower(i - 1, is: ",") {
            // ("The Economic Community of West African States (ECOWAS), whose": past the acronym)
            var nameEnd = i - 1
            if s.lower(nameEnd - 1, is: ")"), let open = (max(s.range.lowerBound, nameEnd - 5)..<(nameEnd - 1)).last(where: { s.lower($0, is: "(") }) {
                nameEnd = open
            }
            guard let body = s.mention(endingBefore: nameEnd), [.country, .organization].contains(s.mentions[body].type),
                let r = s.role(startingAt: i + 1), s.lower(s.roles[r].range.upperBound, isIn: Self.copulaForms)
            else { continue }
            var k = s.roles[r].range.upperBound + 1
            var commas = 0
            while k < s.roles[r].range.upperBound + 1 + Self.whoseTitleToNameWords, s.range.contains(k) {
                if let m = s.mention(startingAt: k) {
                    if s.mentions[m].type == .person {
                        Self.addRole(mention: m, s.roles[r].name, mention: body, in: s, confidence: FactConfidence.Role.sideClause, into: &facts)
                        break
                    }
                    k = s.mentions[m].range.upperBound
                    continue
                }
                if s.lower(k, is: ",") { commas += 1 }
                // the holder is named before the clause ends: past one comma, no verb, no second comma
                guard commas <= 1,
                    s.lower(k, is: ",") || s.lower(k, is: "'s") || s.roleAt[k] != nil || s.tokens[k].isWord && !s.tokens[k].isCapitalized
                        || s.lower(k, isIn: Self.militaryRanks)
                else { break }
                k += 1
            }
        }
    }

    /// The titles of `s` stated by a copula: the person before it (or before an apposition, or named
    /// between commas right before it) holds the title after it in the body of its possessive or "of".
    func copulaTitles(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let copulaForms = Self.copulaForms
        for i in s.range where s.lower(i, isIn: copulaForms) {
            guard let person = copulaSubject(s, copula: i) else { continue }
            var j = i + 1
            if s.lower(j, isIn: Self.appositionAdverbs) { j += 1 }
            if s.lower(j, isIn: WordSet.articles) { j += 1 }
            // "BODY's TITLE": the possessive names the body
            var body: Int?
            if let m = s.mention(startingAt: j), s.lower(s.mentions[m].range.upperBound, is: "'s"), [.country, .organization].contains(s.mentions[m].type),
                !s.mentions[m].modifierOnly
            {
                body = m
                j = s.mentions[m].range.upperBound + 1
            }
            // the title's own modifiers: "former", "chief", "veteran"
            var t = j
            while t < j + Self.copulaModifierWords, s.range.contains(t), s.role(startingAt: t) == nil, s.mentionAt[t] == nil, s.tokens[t].isWord,
                !s.tokens[t].isCapitalized, !s.lower(t, isIn: Self.notTitleModifiers)
            {
                t += 1
            }
            guard let r = s.role(startingAt: t) else { continue }
            let title = s.roles[r]
            var end = title.range.upperBound
            if body == nil {
                // "TITLE of (the) BODY"
                guard s.lower(end, is: "of") else { continue }
                let start = s.lower(end + 1, is: "the") ? end + 2 : end + 1
                guard let m = s.mention(startingAt: start), s.mentions[m].type != .person, !s.mentions[m].modifierOnly,
                    !s.lower(s.mentions[m].range.upperBound, is: "'s")
                else { continue }
                body = m
                end = s.mentions[m].range.upperBound
            } else if s.lower(end, is: "of") || s.lower(end, is: "'s") {
                continue
            }
            guard let body else { continue }
            Self.addRole(
                s.mentions[person].entity, title.name, s.mentions[body].entity, in: s, from: s.mentions[person].range.lowerBound, to: end,
                confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }

    /// The person a copula at `copula` speaks of: named right before it, before ", who", between
    /// commas right before it ("whose secretary-general, X, is"), or before an apposition ("X, a
    /// former commander, is").
    func copulaSubject(_ s: SentenceView, copula: Int) -> Int? {
        func person(_ m: Int?) -> Int? { m.flatMap { s.mentions[$0].type == .person ? $0 : nil } }
        if let p = person(s.mention(endingBefore: copula)) { return p }
        if s.lower(copula - 1, is: "who") { return relativeClausePerson(s, who: copula - 1) }
        guard s.lower(copula - 1, is: ",") else { return nil }
        if let p = person(s.mention(endingBefore: copula - 1)), s.lower(s.mentions[p].range.lowerBound - 1, is: ",") { return p }
        return person(subjectBeforeApposition(s, verb: copula))
    }
}
