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
            guard let title = Self.pluralTitles[s.lower(i)], s.lower(i + 1) == "of" else { continue }
            var j = i + 2
            if s.lower(j) == "the" { j += 1 }
            guard let body = s.mention(startingAt: j), [.organization, .country].contains(s.mentions[body].type), !s.mentions[body].modifierOnly else {
                continue
            }
            var k = s.mentions[body].range.upperBound
            if s.lower(k) == "(", s.lower(k + 2) == ")" { k += 3 }
            guard s.lower(k) == "," else { continue }
            // the names: "X and Y", "X, Y and Z"
            var holders: [Int] = []
            var n = k + 1
            while let p = s.mention(startingAt: n), s.mentions[p].type == .person {
                holders.append(p)
                n = s.mentions[p].range.upperBound
                if s.lower(n) == ",", s.mention(startingAt: n + 1).map({ s.mentions[$0].type == .person }) == true {
                    n += 1
                } else if s.lower(n) == "and" {
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
}
