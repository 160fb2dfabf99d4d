import KGModel

/// A company's or a medium's country stated by a demonym or a possessive before the class noun that
/// introduces its name: "French mining group Eramet", "Russia's state rail monopoly, Russian
/// Railways", "Dutch broadcaster NOS", "the Qatari newspaper Al-Watan".
///
/// ```swift
/// // "Kenyan telecoms giant Safaricom raised its prices." -> Fact(Safaricom, "giant", Kenya, cameo .role)
/// ```
extension RoleExtractor {
    /// Class nouns of a business that may stand right before its name: "oil company", "energy giant".
    static let companyNouns: WordSet = [
        "company", "firm", "conglomerate", "giant", "maker", "manufacturer", "monopoly", "producer", "operator", "carrier",
        "airline", "bank", "lender", "miner", "insurer", "exporter", "contractor", "utility", "retailer", "shipper",
    ]

    /// Class nouns of a news medium or a public agency that may stand right before its name:
    /// "broadcaster", "news agency", "daily", "space research agency". (`NameCues.mediaNouns`, the nouns
    /// that type an unknown name after it a medium, is a different list: it has "tv", no "agency".)
    static let mediumClassNouns: WordSet = ["broadcaster", "television", "radio", "newspaper", "daily", "tabloid", "weekly", "agency"]

    /// Industries whose "group" is a company ("mining group", "oil group"), not an armed or rights group.
    static let companyGroupIndustries: WordSet = [
        "mining", "oil", "energy", "steel", "engineering", "construction", "industrial", "chemicals", "shipping", "telecoms",
        "telecommunications", "retail", "food", "investment", "banking", "insurance", "logistics", "media", "defence", "defense",
        "aerospace", "car", "motor", "pharmaceutical", "pharmaceuticals", "technology", "tech",
    ]

    /// Words between the country and the class noun, at most ("Russia's state-owned oil and gas company").
    static let companyPhraseWords = 4

    /// The company nationality facts of `s`: "DEMONYM [words] NOUN BODY", "COUNTRY's [words] NOUN, BODY".
    func companyNationalities(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let companyNouns = Self.companyNouns, mediumClassNouns = Self.mediumClassNouns
        for n in s.range where s.mentionAt[n] == nil {
            guard s.lower(n, isIn: companyNouns) || s.lower(n, isIn: mediumClassNouns) || s.lower(n, is: "group") && s.lower(n - 1, isIn: Self.companyGroupIndustries)
            else { continue }
            // the noun's text copied for a company's noun only, not for every word
            let noun = s.lower(n)
            // the company's name right after the noun, or after a comma: "monopoly, Russian Railways"
            let start = s.lower(n + 1, is: ",") ? n + 2 : n + 1
            guard let body = s.mention(startingAt: start), s.mentions[body].type == .organization, !s.mentions[body].modifierOnly else { continue }
            // the lower-case words before the noun, then the country (its possessive or demonym)
            var k = n - 1
            while k >= n - Self.companyPhraseWords, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord || s.lower(k, is: "-"),
                !s.tokens[k].isCapitalized, !s.lower(k, isIn: Self.notTitleModifiers)
            {
                k -= 1
            }
            if s.lower(k, is: "'s") { k -= 1 }
            guard s.range.contains(k), let country = s.mentionAt[k], s.mentions[country].type == .country,
                s.mentions[country].range.upperBound - 1 == k,
                !s.lower(k + 1, is: "-")  // "a Russian-backed company" is backed by Russia, not Russian
            else { continue }
            Self.addRole(mention: body, noun, mention: country, in: s, confidence: FactConfidence.Role.titleBesideName, into: &facts)
        }
    }
}
