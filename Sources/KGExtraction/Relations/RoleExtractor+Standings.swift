import KGModel

/// Standings of a state or body stated in an apposition with a possessive, read from the words
/// whatever the parse: "Britain, Zimbabwe's former colonial ruler", "Iran, Riyadh's regional
/// rival", "Cuba, his closest ally", "France, Chad's former colonial ruler and its closest ally".
///
/// ```swift
/// // "Britain, Zimbabwe's former colonial ruler, urged calm."
/// // -> Fact(United Kingdom, "ruler", Zimbabwe, cameo .role)
/// ```
extension RoleExtractor {
    /// Nouns of a standing toward a state or a body, and the role each states ("ally", "rival",
    /// "ruler"; a person's kin and staff are read by `kinship`).
    static let standingNouns: WordTable<String> = {
        var out: [String: String] = [:]
        for (word, role) in TreeActionExtractor.relationNouns.dictionary
        where kinshipNouns[word] == nil && !["member", "members"].contains(word) {
            out[word] = role
        }
        return WordTable(out)
    }()

    /// Lower-case words between the possessive and the standing noun, at most ("former colonial").
    static let standingModifierWords = 3
    /// Words from "and" back to the apposition's comma, at most ("X, Chad's former colonial ruler and its closest ally").
    static let standingConjunctWords = 8

    /// The standings of `s` stated in an apposition: the holder is the name before the apposition's
    /// comma; toward whom, the possessive's name, or what "his"/"her" (the person named last) or
    /// "its"/"their" (the state or body named last) stand for.
    func appositionStandings(_ s: SentenceView, _ facts: inout [Fact]) {
        formerColonies(s, &facts)
        for n in s.range where s.mentionAt[n] == nil {
            let word = s.lower(n)
            // "colonial power": a power is a standing only as a colonial one
            guard let role = Self.standingNouns[word] ?? (word == "power" && s.lower(n - 1) == "colonial" ? "colonial power" : nil) else { continue }
            var d = n - 1
            while d >= n - Self.standingModifierWords, s.range.contains(d), s.mentionAt[d] == nil, s.tokens[d].isWord, !s.tokens[d].isCapitalized,
                !Self.possessiveTitleOpeners.contains(s.lower(d)), !ActionExtractor.determiners.contains(s.lower(d))
            {
                d -= 1
            }
            // where the apposition opens: before the possessive name, or before the pronoun
            var open: Int
            var other: Int?
            if s.lower(d) == "'s", let m = s.mention(endingBefore: d), s.mentions[m].type != .location {
                other = m
                open = s.mentions[m].range.lowerBound - 1
            } else if Self.possessiveTitleOpeners.contains(s.lower(d)) {
                open = d - 1
            } else {
                continue
            }
            if s.lower(open) == "the" { open -= 1 }
            // the holder: the name before the apposition's comma, or, after "and", the one before the comma of the first apposition
            var holder: Int?
            if s.lower(open) == ",", let h = s.mention(endingBefore: open) {
                holder = h
            } else if s.lower(open) == "and" {
                let comma = (max(s.range.lowerBound, open - Self.standingConjunctWords)..<open).last { s.lower($0) == "," }
                if let comma { holder = s.mention(endingBefore: comma) }
            }
            guard let holder, s.mentions[holder].type == .country || s.mentions[holder].type == .organization,
                !s.mentions[holder].modifierOnly
            else { continue }
            if other == nil {
                let pronoun = s.lower(d)
                other = s.mentions.indices.last { m in
                    s.mentions[m].range.upperBound <= d && m != holder && !s.mentions[m].modifierOnly
                        && (["his", "her"].contains(pronoun)
                            ? s.mentions[m].type == .person
                            : s.mentions[m].type == .country || s.mentions[m].type == .organization)
                }
            }
            guard let other, s.mentions[other].type != .location, s.mentions[other].entity != s.mentions[holder].entity else { continue }
            let from = min(s.mentions[holder].range.lowerBound, s.mentions[other].range.lowerBound)
            Self.addRole(
                s.mentions[holder].entity, role, s.mentions[other].entity, in: s, from: from, to: n + 1, confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }

    /// "East Timor, a former Portuguese colony": the demonym's country was the colonial power of the
    /// name before the apposition's comma.
    ///
    /// ```swift
    /// // "East Timor, a former Portuguese colony, voted." -> Fact(Portugal, "colonial power", East Timor, cameo .role)
    /// ```
    func formerColonies(_ s: SentenceView, _ facts: inout [Fact]) {
        for n in s.range where ["colony", "protectorate"].contains(s.lower(n)) {
            guard let power = s.mention(endingBefore: n), s.mentions[power].type == .country, s.mentions[power].isDemonym else { continue }
            var open = s.mentions[power].range.lowerBound - 1
            if s.lower(open) == "former" { open -= 1 }
            guard ["a", "the"].contains(s.lower(open)), s.lower(open - 1) == ",", let colony = s.mention(endingBefore: open - 1),
                s.mentions[colony].type == .country || s.mentions[colony].type == .location,
                s.mentions[colony].entity != s.mentions[power].entity
            else { continue }
            Self.addRole(
                s.mentions[power].entity, "colonial power", s.mentions[colony].entity, in: s, from: s.mentions[colony].range.lowerBound, to: n + 1,
                confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }
}
