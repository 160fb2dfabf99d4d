import KGModel

/// A title in the plural shared by the names after it: "Opposition leaders of the Democratic Front
/// (DF), X and Y, said" -> X leader of the Democratic Front, Y leader of it.
///
/// ```swift
/// // "The leaders of the Patriotic Front, Ali Kamara and Omar Haddad, said ..." -> Fact(Ali Kamara, "leader", Patriotic Front), Fact(Omar Haddad, ...)
/// ```
extension RoleExtractor {
    /// Titles of a body's heads in the plural (a closed class), and the role each states.
    static let pluralTitles: WordTable<String> = [
        "leaders": "leader", "heads": "head", "chiefs": "chief", "commanders": "commander", "founders": "founder", "co-founders": "co-founder",
    ]

    /// "leaders of (the) BODY (ACR), X and Y": each person of the list after the comma holds the title
    /// in the body; a list of two or more, or it is the singular apposition's.
    func sharedTitles(_ s: SentenceView, _ facts: inout [Fact]) {
        for i in s.range {
            guard let title = s.lower(i, in: Self.pluralTitles), s.lower(i + 1, is: "of") else { continue }
            var j = i + 2
            if s.lower(j, is: "the") { j += 1 }
            guard let body = s.mention(startingAt: j), [.organization, .country].contains(s.mentions[body].type), !s.mentions[body].modifierOnly else {
                continue
            }
            var k = s.mentions[body].range.upperBound
            if s.lower(k, is: "("), s.lower(k + 2, is: ")") { k += 3 }
            guard s.lower(k, is: ",") else { continue }
            // the names: "X and Y", "X, Y and Z"
            var holders: [Int] = []
            var n = k + 1
            while let p = s.mention(startingAt: n), s.mentions[p].type == .person {
                holders.append(p)
                n = s.mentions[p].range.upperBound
                if s.lower(n, is: ","), s.mention(startingAt: n + 1).map({ s.mentions[$0].type == .person }) == true {
                    n += 1
                } else if s.lower(n, is: "and") {
                    n += 1
                } else {
                    break
                }
            }
            guard holders.count >= 2 else { continue }
            for p in holders {
                Self.addRole(mention: p, title, mention: body, in: s, confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// Singular titles of a state's officials (a closed class) that, in the plural and capitalized after
    /// the state's name, title each name listed after them: "U.S. Senators X, Y and Z".
    static let listedOfficialTitles: WordSet = [
        "senator", "congressman", "congresswoman", "lawmaker", "legislator", "ambassador", "envoy", "governor", "general", "judge",
        "commissioner",
    ]

    /// "U.S. Senators John McCain, Chris Murphy and Ron Johnson", "Nigerian Foreign Ministers X and Y": a
    /// capitalized title in the plural right after a state's name (or its demonym) and right before a
    /// list of two or more people gives each of them the title in that state.
    ///
    /// ```swift
    /// // "He met U.S. Senators John McCain and Chris Murphy." -> Fact(John McCain, "senator", United States), Fact(Chris Murphy, ...)
    /// ```
    func listedTitlesOfAState(_ s: SentenceView, _ facts: inout [Fact]) {
        // (the plural's cheap test first: the loop reads every capitalized word of every sentence)
        for i in s.range where s.tokens[i].isCapitalized && s.mentionAt[i] == nil && s.lower(i).hasSuffix("s") && s.lower(i).count > 4 {
            // the title's own capitalized words before the plural: "Foreign Ministers"
            var start = i
            while start > i - 2, s.range.contains(start - 1), s.mentionAt[start - 1] == nil, s.tokens[start - 1].isWord, s.tokens[start - 1].isCapitalized {
                start -= 1
            }
            guard let state = s.mention(endingBefore: start), s.mentions[state].type == .country else { continue }
            let singular = String(s.lower(i).dropLast())
            let title = ((start..<i).map { s.lower($0) } + [singular]).joined(separator: " ")
            guard Self.isNationalOffice(title) || start == i && Self.listedOfficialTitles.contains(singular) else { continue }
            let people = s.mentionList(from: i + 1) { $0.type == .person }.members
            guard people.count >= 2 else { continue }
            for p in people {
                Self.addRole(
                    s.mentions[p].entity, title, s.mentions[state].entity, in: s, from: s.mentions[state].range.lowerBound,
                    to: s.mentions[p].range.upperBound, confidence: FactConfidence.Role.sideClause, into: &facts)
            }
        }
    }
}
