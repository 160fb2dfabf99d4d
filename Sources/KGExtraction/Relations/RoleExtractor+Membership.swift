import KGModel

/// Membership stated outright: "X, which includes Y and Z", "The Three Brotherhood Alliance, made up
/// of A, B and C", "A, B and C, which make up X", "A and B, both NATO members", "X, of which Y is a
/// member", "Y is a member of X", "Y, a member of X", "NATO members, including Poland".
///
/// ```swift
/// // "The SCO, which groups Russia, China and Uzbekistan, met." -> Fact(Russia, "member", SCO, cameo .role), ...
/// ```
extension RoleExtractor {
    /// The verb forms that list a body's members after ", which" or "that" ("which includes X, Y and
    /// Z", "which groups", "which comprises"; a word set: an array literal was made and destroyed at
    /// every word).
    static let inclusionVerbs: WordSet = ["includes", "included", "include", "groups", "grouped", "comprises", "comprised"]

    /// Every word a pattern of `membership` reads at the token it stands on: an inclusion,
    /// grouping, "members are" or belonging verb, "made", "make", "both", "member" or "members".
    static let membershipCues: WordSet = inclusionVerbs.union(groupingVerbs).union(membersAreVerbs).union(belongingVerbs).union([
        "made", "make", "both", "member", "members",
    ])

    /// Forms of "belong" (a closed class): "the Colorado Party, to which Wasmosy and Oviedo both belong".
    static let belongingVerbs: WordSet = ["belong", "belongs", "belonged"]

    func membership(_ s: SentenceView, _ facts: inout [Fact]) {
        // each pattern needs one of the cue words at `i`: any other word is passed after one look-up
        // instead of the patterns' dozen comparisons and set look-ups
        let cues = Self.membershipCues
        for i in s.range where s.lower(i, isIn: cues) {
            if s.lower(i, isIn: Self.belongingVerbs) { belongingMembers(s, verb: i, &facts) }
            if s.lower(i, isIn: Self.inclusionVerbs), s.lower(i - 1, is: "which") || s.lower(i - 1, is: "that"), let body = bodyBeforeRelativeClause(s, comma: i - 2) {
                groupedWith(s, of: body, list: listedMembers(s, of: body, from: i + 1, &facts), &facts)
            }
            // "The alliance now groups Russia, Armenia and Belarus", "The SCO comprises China, Russia and ...":
            // a body (or the word standing for it) as the subject of a grouping verb
            if s.lower(i, isIn: Self.groupingVerbs) {
                let subjectEnd = s.lower(i - 1, isIn: Self.groupingAdverbs) ? i - 1 : i
                if let body = bodyName(s, endingBefore: subjectEnd) {
                    groupedWith(s, of: body, list: listedMembers(s, of: body, from: i + 1, &facts), &facts)
                }
            }
            // "The Three Brotherhood Alliance, made up of the MNDAA, the TNLA and the Arakan Army"
            if s.lower(i, is: "made"), s.lower(i + 1, is: "up"), s.lower(i + 2, is: "of"), s.lower(i - 1, is: ","), let body = bodyName(s, endingBefore: i - 1) {
                listedMembers(s, of: body, from: i + 3, &facts)
            }
            // "Angola, Tanzania and Swaziland, which make up the SADC's security organ"
            if s.lower(i, is: "make") || s.lower(i, is: "made"), s.lower(i + 1, is: "up"), s.lower(i - 1, is: "which"), s.lower(i - 2, is: ","),
                let body = s.mention(startingAt: s.lower(i + 2, is: "the") ? i + 3 : i + 2), s.mentions[body].type == .organization
            {
                listedMembers(s, of: body, endingBefore: i - 2, &facts)
            }
            if s.lower(i, is: "both"), s.lower(i - 1, is: ",") {
                // "Turkey and the Netherlands, both NATO members"
                if let body = s.mention(startingAt: i + 1), s.mentions[body].type == .organization, s.lower(s.mentions[body].range.upperBound, is: "members") {
                    listedMembers(s, of: body, endingBefore: i - 1, opening: false, &facts)
                }
                // "Denmark and Canada, both founding members of NATO"
                let membersWord = s.lower(i + 1, isIn: Self.listedMemberKinds) ? i + 2 : i + 1
                if s.lower(membersWord, is: "members"), s.lower(membersWord + 1, is: "of"),
                    let body = s.mention(startingAt: s.lower(membersWord + 2, is: "the") ? membersWord + 3 : membersWord + 2), s.mentions[body].type == .organization
                {
                    listedMembers(s, of: body, endingBefore: i - 1, opening: false, &facts)
                }
            }
            // "the G5 Sahel force, whose other members are Mali, Niger and Mauritania"
            if s.lower(i, isIn: Self.membersAreVerbs), s.lower(i - 1, is: "members"), let body = bodyBeforeWhose(s, at: s.lower(i - 2, is: "other") ? i - 3 : i - 2) {
                listedMembers(s, of: body, from: i + 1, &facts)
            }
            guard s.lower(i, is: "member") || s.lower(i, is: "members") else { continue }
            // "The Caribbean Community (CARICOM), of which Haiti is a member": the body before ", of which"
            if s.lower(i - 1, is: "a"), s.lower(i - 2, isIn: Self.beingVerbs), let member = s.mention(endingBefore: i - 2),
                [.country, .organization].contains(s.mentions[member].type), !s.mentions[member].modifierOnly
            {
                let start = s.mentions[member].range.lowerBound
                if s.lower(start - 1, is: "which"), s.lower(start - 2, is: "of"), let body = bodyBeforeRelativeClause(s, comma: start - 3),
                    s.mentions[body].entity != s.mentions[member].entity
                {
                    Self.addRole(
                        s.mentions[member].entity, "member", s.mentions[body].entity, in: s, from: s.mentions[body].range.lowerBound, to: i + 1,
                        confidence: FactConfidence.Role.sideClause, into: &facts)
                }
            }
            // "NATO members, including Poland", "NATO member states such as Poland": the body's name before the noun, the states after
            if let body = s.mention(endingBefore: i), s.mentions[body].type == .organization, !s.mentions[body].modifierOnly {
                var j = i + 1
                if s.lower(j, isIn: Self.memberStateNouns) { j += 1 }
                if s.lower(j, is: ",") { j += 1 }
                if s.lower(j, is: "including") { j += 1 } else if s.lower(j, is: "such"), s.lower(j + 1, is: "as") { j += 2 }
                if j > i + 1, let first = s.mention(startingAt: j), s.mentions[first].type == .country {
                    listedMembers(s, of: body, from: j, &facts)
                }
            }
            // "Y, a DUP member of the European Parliament": a party's name may stand between "a" and "member"
            let partyBetween = s.mention(endingBefore: i).flatMap { s.mentions[$0].type == .organization ? s.mentions[$0].range.lowerBound : nil }
            var article = partyBetween.map { $0 - 1 } ?? i - 1
            // ("would remain a loyal member of the GCC": a lower-case word or two may stand after "a")
            if partyBetween == nil {
                while article > i - 1 - Self.memberModifierWords, s.range.contains(article), !s.lower(article, is: "a"), s.mentionAt[article] == nil,
                    s.tokens[article].isWord, !s.tokens[article].isCapitalized
                {
                    article -= 1
                }
            }
            if s.lower(i + 1, is: "of"), s.lower(article, is: "a") || s.lower(i - 1, is: "members"),
                let body = s.mention(startingAt: s.lower(i + 2, is: "the") ? i + 3 : i + 2), s.mentions[body].type == .organization
            {
                var k = article - 1
                if s.lower(k, isIn: Self.stateCopulas) || s.lower(k, is: ",") { k -= 1 }
                // ("would remain", "will be": the modal before the copula)
                if s.lower(k, isIn: RoleExtractor.auxiliaries) { k -= 1 }
                if let member = s.mention(endingBefore: k + 1), s.mentions[member].type != .location, member != body {
                    Self.addRole(
                        s.mentions[member].entity, "member", s.mentions[body].entity, in: s, from: s.mentions[member].range.lowerBound,
                        to: s.mentions[body].range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
                }
            }
        }
    }

    /// Verb forms whose subject is a body and whose object lists its members: "The alliance groups A and B".
    static let groupingVerbs: WordSet = ["groups", "grouped", "comprises", "comprised"]

    /// Adverbs between a grouping verb and its subject: "The alliance now groups".
    static let groupingAdverbs: WordSet = ["now", "currently", "still", "also"]

    /// "which groups Bahrain with Saudi Arabia, Kuwait and Qatar": the list after "with" that follows the
    /// members first listed (`list`) are members of `body` too.
    func groupedWith(_ s: SentenceView, of body: Int, list: [Int], _ facts: inout [Fact]) {
        guard let last = list.last, s.lower(s.mentions[last].range.upperBound, is: "with") else { return }
        listedMembers(s, of: body, from: s.mentions[last].range.upperBound + 1, &facts)
    }

    /// Lower-case words between "a" and "member", at most: "a loyal member of", "a founding member of".
    static let memberModifierWords = 2

    /// Words that say which kind of members a list is: "both founding members of NATO".
    static let listedMemberKinds: WordSet = ["founding", "full", "permanent"]

    /// Verbs before "a member" in "of which Haiti is a member".
    static let beingVerbs: WordSet = ["is", "was", "remains", "became"]

    /// Nouns of a body's members written after "member(s)": "NATO member states such as Poland".
    static let memberStateNouns: WordSet = ["state", "states", "country", "countries", "nation", "nations"]

    /// Verbs after "whose members" that list them: "whose other members are Mali and Niger".
    static let membersAreVerbs: WordSet = ["are", "were", "include", "included"]

    /// Lower-case class nouns between a body's name and the comma before "whose", at most ("the G5 Sahel force, whose").
    static let whoseClassNounWords = 2

    /// The organization a ", whose" at `whose` hangs on, over a few class nouns after its name.
    func bodyBeforeWhose(_ s: SentenceView, at whose: Int) -> Int? {
        guard s.lower(whose, is: "whose"), s.lower(whose - 1, is: ",") else { return nil }
        var end = whose - 1
        while end > whose - 1 - Self.whoseClassNounWords, s.range.contains(end - 1), s.mentionAt[end - 1] == nil, s.tokens[end - 1].isWord,
            !s.tokens[end - 1].isCapitalized
        {
            end -= 1
        }
        return bodyName(s, endingBefore: end)
    }

    /// The organization named right before token `end` (not one only modifying a noun), if any.
    func bodyName(_ s: SentenceView, endingBefore end: Int) -> Int? {
        s.mention(endingBefore: end).flatMap { s.mentions[$0].type == .organization && !s.mentions[$0].modifierOnly ? $0 : nil }
    }

    /// Each country or organization of the list starting at `from` is a member of `body`: "A, B and C",
    /// "the Myanmar National Democratic Alliance Army (MNDAA), the TNLA and the Arakan Army".
    @discardableResult
    func listedMembers(_ s: SentenceView, of body: Int, from: Int, _ facts: inout [Fact]) -> [Int] {
        let list = s.bodyList(from: from)
        for m in list where s.mentions[m].entity != s.mentions[body].entity {
            Self.addRole(
                s.mentions[m].entity, "member", s.mentions[body].entity, in: s, from: s.mentions[body].range.lowerBound, to: s.mentions[m].range.upperBound,
                confidence: FactConfidence.Role.sideClause, into: &facts)
        }
        return list
    }

    /// Each country or organization of the list "A, B and C" that ends right before token `end` is a
    /// member of `body`: "Angola, Tanzania and Swaziland, which make up the SADC's security organ".
    /// Only a list of two or more and, with `opening`, one that opens its clause (the sentence's start,
    /// or a comma or conjunction before it): a list before a comma is as likely the object of
    /// something else ("urged Turkey and the Netherlands, both NATO members" says which it is).
    func listedMembers(_ s: SentenceView, of body: Int, endingBefore end: Int, opening: Bool = true, _ facts: inout [Fact]) {
        var members: [Int] = []
        // where the list starts (its first name, or the article before it), and the token before that
        var listStart = end, j = end
        while let m = s.mention(endingBefore: j), [.country, .organization].contains(s.mentions[m].type), !s.mentions[m].modifierOnly {
            members.insert(m, at: 0)
            listStart = s.mentions[m].range.lowerBound
            if s.lower(listStart - 1, is: "the") { listStart -= 1 }
            j = listStart - 1
            guard s.range.contains(j), s.lower(j, is: ",") || s.lower(j, is: "and") else { break }
            if s.lower(j, is: "and"), s.lower(j - 1, is: ",") { j -= 1 }
        }
        let opensClause = listStart == s.range.lowerBound || [",", "and", ";"].contains(s.lower(listStart - 1))
        guard members.count >= 2, opensClause || !opening else { return }
        for m in members where s.mentions[m].entity != s.mentions[body].entity {
            Self.addRole(
                s.mentions[m].entity, "member", s.mentions[body].entity, in: s, from: s.mentions[m].range.lowerBound, to: s.mentions[body].range.upperBound,
                confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }

    /// "The ruling Colorado Party, to which Wasmosy and Oviedo both belong, was split", "the Muslim
    /// Brotherhood, to which ousted President Mohamed Mursi belongs": the people or states listed
    /// between ", to which" and the verb at `verb` are members of the body before the comma.
    func belongingMembers(_ s: SentenceView, verb: Int, _ facts: inout [Fact]) {
        // from "which" on: titles before a name ("ousted Egyptian President X") may stand before the list
        guard let which = (max(s.range.lowerBound, verb - Self.nameDescriptionWords - 4)..<verb).last(where: { s.lower($0, is: "which") }),
            s.lower(which - 1, is: "to"), let body = bodyBeforeRelativeClause(s, comma: which - 2)
        else { return }
        func fits(_ m: SentenceView.Span) -> Bool { (m.type == .person || m.type == .country) && !m.isDemonym && !m.modifierOnly }
        guard let first = ((which + 1)..<verb).first(where: { k in s.mention(startingAt: k).map { fits(s.mentions[$0]) } ?? false }) else { return }
        let list = s.mentionList(from: first, where: fits)
        // the list runs up to the verb, past "both" or "also"
        var end = list.end
        while end < verb, s.lower(end, is: "both") || s.lower(end, is: "also") { end += 1 }
        guard end == verb else { return }
        for member in list.members where s.mentions[member].entity != s.mentions[body].entity {
            Self.addRole(
                s.mentions[member].entity, "member", s.mentions[body].entity, in: s, from: s.mentions[body].range.lowerBound, to: verb + 1,
                confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }

    /// The body a relative clause after `comma` describes: the name right before the comma (or its
    /// acronym in brackets there: "the Shanghai Cooperation Organisation (SCO), which groups"), or the
    /// name before an apposition that a description of it fills ("Mercosur, the South American bloc
    /// that includes Brazil"): an article, then words that are no name but a demonym.
    func bodyBeforeRelativeClause(_ s: SentenceView, comma: Int) -> Int? {
        // (the acronym in brackets before the comma names the body too)
        func body(endingBefore end: Int) -> Int? {
            bodyName(s, endingBefore: s.lower(end - 1, is: ")") && !s.lower(end - 2, is: "(") ? end - 1 : end)
        }
        if s.lower(comma, is: ",") { return body(endingBefore: comma) }
        // back over the description to its article and the comma before it
        var k = comma
        while k > comma - Self.nameDescriptionWords, s.range.contains(k), s.tokens[k].isWord, s.mentionAt[k].map({ s.mentions[$0].isDemonym }) ?? true,
            !s.lower(k, isIn: WordSet.articles)
        {
            k -= 1
        }
        guard s.lower(k, isIn: WordSet.articles), k < comma, s.lower(k - 1, is: ",") else { return nil }
        return body(endingBefore: k - 1)
    }
}
