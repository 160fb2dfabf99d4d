import KGModel

/// A place an apposition calls a region or territory of a country by its demonym: "Greenland, a Danish
/// territory", "Transnistria, a separatist Moldovan region" -> the place's standing toward the country.
///
/// ```swift
/// // "Greenland, a Danish territory, lies west." -> Fact(Greenland, "territory", Denmark, cameo .role)
/// // "He flew to the French city of Metz." -> Fact(Metz, "city", France, cameo .role)
/// ```
extension RoleExtractor {
    /// Nouns of a country's part a place may be called in apposition.
    static let territoryNouns: WordSet = ["region", "territory", "province", "enclave", "exclave", "dependency"]

    /// Lower-case words between the article and the demonym, at most ("a separatist", "an autonomous").
    static let territoryModifierWords = 2

    /// The territory facts of `s`: "PLACE, a [words] DEMONYM [word] NOUN".
    func territories(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let territoryNouns = Self.territoryNouns
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: territoryNouns) {
            guard let country = demonymBefore(s, noun: n) else { continue }
            // back over a few lower-case words to the article and the comma after the place
            var a = s.mentions[country].range.lowerBound - 1
            while a > s.mentions[country].range.lowerBound - 1 - Self.territoryModifierWords, s.range.contains(a), s.mentionAt[a] == nil,
                s.tokens[a].isWord, !s.tokens[a].isCapitalized, !s.lower(a, isIn: WordSet.articles)
            {
                a -= 1
            }
            guard s.lower(a, isIn: WordSet.articles), s.lower(a - 1, is: ","), let place = s.mention(endingBefore: a - 1),
                s.mentions[place].type == .location
            else { continue }
            Self.addRole(
                s.mentions[place].entity, s.lower(n), s.mentions[country].entity, in: s, from: s.mentions[place].range.lowerBound, to: n + 1,
                confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }

    /// The demonym mention right before the noun at `n`, or one lower-case word before it ("Moldovan
    /// breakaway region", "North Korean border city"); nil when no country's demonym stands there.
    func demonymBefore(_ s: SentenceView, noun n: Int) -> Int? {
        var k = n - 1
        if s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord, !s.tokens[k].isCapitalized { k -= 1 }
        guard s.range.contains(k), let country = s.mentionAt[k], s.mentions[country].type == .country, s.mentions[country].isDemonym,
            s.mentions[country].range.upperBound - 1 == k
        else { return nil }
        return country
    }

    /// Nouns of a country's part a place is called before "of": "the Iraqi city of Arbil".
    static let namedPlaceNouns: WordSet = [
        "city", "town", "port", "village", "island", "district", "region", "province", "territory", "enclave", "exclave", "state",
    ]

    /// The named-place facts of `s`: "the DEMONYM [word] NOUN of PLACE" ("the Uzbek city of Termez",
    /// "the North Korean border city of Kaesong") -> the place's standing toward the country.
    func namedPlaces(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let namedPlaceNouns = Self.namedPlaceNouns
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: namedPlaceNouns) && s.lower(n + 1, is: "of") {
            guard let place = s.mention(startingAt: n + 2), s.mentions[place].type == .location, let country = demonymBefore(s, noun: n),
                s.lower(s.mentions[country].range.lowerBound - 1, isIn: WordSet.articles)
            else { continue }
            Self.addRole(
                s.mentions[place].entity, s.lower(n), s.mentions[country].entity, in: s, from: s.mentions[country].range.lowerBound,
                to: s.mentions[place].range.upperBound, confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }
}
