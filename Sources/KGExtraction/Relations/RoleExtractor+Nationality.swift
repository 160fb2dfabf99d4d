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
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let organizationClassNouns = NameCues.organizationClassNouns
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: organizationClassNouns) {
            // the phrase before the noun: one country named by a demonym or a name, among lower-case words
            var country: Int?
            var k = n - 1
            while k >= n - Self.nationalityPhraseWords, s.range.contains(k) {
                if let m = s.mentionAt[k] {
                    // "a Russian-backed militia" is backed by Russia, not Russian; one country only
                    guard country == nil, s.mentions[m].type == .country, !s.lower(s.mentions[m].range.upperBound, is: "-") else {
                        country = nil
                        break
                    }
                    country = m
                    k = s.mentions[m].range.lowerBound - 1
                    continue
                }
                guard s.tokens[k].isWord || s.lower(k, is: "-"), !s.tokens[k].isCapitalized || k == s.range.lowerBound,
                    !s.lower(k, isIn: Self.notTitleModifiers) || s.lower(k, is: "-")
                else { break }
                k -= 1
            }
            guard let country else { continue }
            // "the Wagner Group, a Russian private military company"
            if s.lower(k, isIn: WordSet.articles), s.lower(k - 1, is: ","), let body = s.mention(endingBefore: k - 1),
                s.mentions[body].type == .organization, !s.mentions[body].modifierOnly
            {
                Self.addRole(mention: body, s.lower(n), mention: country, in: s, through: n + 1, confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// Nouns of a country's institution that a possessive and an apposition tie to a body's name:
    /// "Belgium's highest court", "Britain's foreign intelligence service", "Ukraine's parliament".
    static let countryInstitutionNouns: WordSet = NameCues.organizationClassNouns.union([
        "court", "parliament", "legislature", "army", "navy", "service", "directorate", "ministry", "police",
    ])

    /// Words between the possessive and the institution's noun, at most ("Norway's state-controlled oil company").
    static let possessedInstitutionWords = 4

    /// A body set off by commas beside a country's possessive and an institution's noun, in either
    /// order: "the Court of Cassation, Belgium's highest court," and "Pakistan's spy agency, the
    /// Inter-Services Intelligence (ISI)," -> the body holds that standing in the country.
    ///
    /// ```swift
    /// // "MI6, Britain's foreign intelligence service, denied it." -> Fact(MI6, "foreign intelligence service", United Kingdom, cameo .role)
    /// ```
    func possessedInstitutions(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let countryInstitutionNouns = Self.countryInstitutionNouns
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: countryInstitutionNouns) && s.lower(n + 1, is: ",") {
            // back over lower-case modifiers to "COUNTRY 's"
            var k = n - 1
            while k > n - 1 - Self.possessedInstitutionWords, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord || s.lower(k, is: "-"),
                !s.tokens[k].isCapitalized, !s.lower(k, isIn: Self.notTitleModifiers), !s.lower(k, is: "'s")
            {
                k -= 1
            }
            guard s.lower(k, is: "'s"), let country = s.mention(endingBefore: k), s.mentions[country].type == .country, !s.mentions[country].modifierOnly
            else { continue }
            let role = s.tokens[(k + 1)...n].map(\.lower).joined(separator: " ")
            let start = s.mentions[country].range.lowerBound
            // "the Court of Cassation, Belgium's highest court,": the body before, its acronym may stand between
            var bodyEnd: Int?
            if s.lower(start - 1, is: ",") { bodyEnd = s.beforeParenthesizedAcronym(start - 1) }
            // (a company's trade noun may have placed it already: `companyNationalities`)
            func placed(_ body: Int) -> Bool {
                facts.contains { $0.kind == .role && $0.subject == s.mentions[body].entity && $0.object == s.mentions[country].entity }
            }
            if let bodyEnd, let body = s.mention(endingBefore: bodyEnd), isInstitution(s, body) {
                if placed(body) { continue }
                Self.addRole(mention: body, role, mention: country, in: s, through: n + 1, confidence: FactConfidence.Role.apposition, into: &facts)
                continue
            }
            // "Pakistan's spy agency, the Inter-Services Intelligence": the body after the comma
            let after = s.lower(n + 2, is: "the") ? n + 3 : n + 2
            if let body = s.mention(startingAt: after), isInstitution(s, body), !placed(body) {
                Self.addRole(mention: body, role, mention: country, in: s, through: s.mentions[body].range.upperBound, confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// Whether mention `m` names an organization in its own right (not a modifier).
    private func isInstitution(_ s: SentenceView, _ m: Int) -> Bool {
        s.mentions[m].type == .organization && !s.mentions[m].modifierOnly
    }
}
