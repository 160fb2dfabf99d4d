import KGModel

/// A company's, a medium's or a group's country, stated by a demonym before its class noun:
/// "the Wagner Group, a Russian private military company". (Not before the name: "Russian news
/// agency TASS" says where the agency is from in passing, and annotators leave it out.)
///
/// ```swift
/// // "The Global Times, a state-run Chinese tabloid, said ..." -> Fact(Global Times, "tabloid", China, cameo .role)
/// ```
extension RoleExtractor {
    /// Words between the article and the class noun, at most ("a Russian private military company").
    static let nationalityPhraseWords = 5

    /// The nationality facts of `s`: "BODY, a [words] DEMONYM [words] CLASS".
    func bodyNationalities(_ s: SentenceView, _ facts: inout [Fact]) {
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: NameCues.organizationClassNouns) {
            // the phrase before the noun: one country named by a demonym or a name, among lower-case words
            var country: Int?
            var k = n - 1
            while k >= n - Self.nationalityPhraseWords, s.range.contains(k) {
                if let m = s.mentionAt[k] {
                    // "a Russian-backed militia" is backed by Russia, not Russian; one country only
                    guard country == nil, s.mentions[m].type == .country, s.lower(s.mentions[m].range.upperBound) != "-" else {
                        country = nil
                        break
                    }
                    country = m
                    k = s.mentions[m].range.lowerBound - 1
                    continue
                }
                guard s.tokens[k].isWord || s.lower(k) == "-", !s.tokens[k].isCapitalized || k == s.range.lowerBound,
                    !s.lower(k, isIn: Self.notTitleModifiers) || s.lower(k) == "-"
                else { break }
                k -= 1
            }
            guard let country else { continue }
            // "the Wagner Group, a Russian private military company"
            if s.lower(k, isIn: WordSet.articles), s.lower(k - 1) == ",", let body = s.mention(endingBefore: k - 1),
                s.mentions[body].type == .organization, !s.mentions[body].modifierOnly
            {
                Self.addRole(mention: body, s.lower(n), mention: country, in: s, through: n + 1, confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }
}
