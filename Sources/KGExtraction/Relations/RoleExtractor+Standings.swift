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

    /// Adverbs (a closed class) between such a copula and the standing: "is already", "remains still".
    static let standingAdverbs: WordSet = ["already", "still", "now", "also", "long"]

    /// Lower-case words between the possessive and the standing noun, at most ("former colonial").
    static let standingModifierWords = 3
    /// Words from "and" back to the apposition's comma, at most ("X, Chad's former colonial ruler and its closest ally").
    static let standingConjunctWords = 8

    /// The standings of `s` stated in an apposition: the holder is the name before the apposition's
    /// comma; toward whom, the possessive's name, or what "his"/"her" (the person named last) or
    /// "its"/"their" (the state or body named last) stand for.
    func appositionStandings(_ s: SentenceView, _ facts: inout [Fact]) {
        formerColonies(s, &facts)
        // read once: a static table is asked for (a lazy initialization checked) at each use
        let standingNouns = Self.standingNouns
        for n in s.range where s.mentionAt[n] == nil {
            // "colonial power": a power is a standing only as a colonial one
            guard let role = s.lower(n, in: standingNouns) ?? (s.lower(n, is: "power") && s.lower(n - 1, is: "colonial") ? "colonial power" : nil) else { continue }
            // the word's text copied for a standing's noun only, not for every word
            let word = s.lower(n)
            var d = n - 1
            // ("second-largest trading partner": a hyphen and the word before it count as one modifier)
            var hyphens = 0
            while d >= n - Self.standingModifierWords - 2 * hyphens, s.range.contains(d), s.mentionAt[d] == nil,
                s.tokens[d].isWord && !s.tokens[d].isCapitalized || s.lower(d, is: "-") && s.tokens[d].attached,
                !s.lower(d, isIn: Self.possessiveTitleOpeners), !s.lower(d, isIn: ActionExtractor.determiners)
            {
                if s.lower(d, is: "-") { hyphens += 1 }
                d -= 1
            }
            // where the apposition opens: before the possessive name, or before the pronoun
            var open: Int
            var other: Int?
            if s.lower(d, is: "'s"), let m = s.mention(endingBefore: d), s.mentions[m].type != .location {
                other = m
                open = s.mentions[m].range.lowerBound - 1
            } else if s.lower(d, isIn: Self.possessiveTitleOpeners) {
                open = d - 1
            } else {
                continue
            }
            if s.lower(open, is: "the") { open -= 1 }
            // the holder: the name before the apposition's comma, or, after "and", the one before the comma of the first apposition
            var holder: Int?
            // "China is already the Dominican Republic's second-largest trading partner", "Russia remains
            // Kazakhstan's main security partner": the copula's subject, named right before it
            var copula = open
            if s.lower(copula, isIn: Self.standingAdverbs) { copula -= 1 }
            if s.lower(open, is: ","), let h = s.mention(endingBefore: open) {
                holder = h
            } else if s.lower(copula, isIn: Self.stateCopulas), let h = s.mention(endingBefore: copula) {
                holder = h
            } else if s.lower(open, is: "and") {
                let comma = (max(s.range.lowerBound, open - Self.standingConjunctWords)..<open).last { s.lower($0, is: ",") }
                if let comma { holder = s.mention(endingBefore: comma) }
            }
            guard let holder, s.mentions[holder].type == .country || s.mentions[holder].type == .organization,
                !s.mentions[holder].modifierOnly
            else { continue }
            if other == nil {
                let pronoun = s.lower(d)
                other = s.mentions.indices.last { m in
                    s.mentions[m].range.upperBound <= d && m != holder && !s.mentions[m].modifierOnly
                        && (WordSet.personPossessives.contains(pronoun)
                            ? s.mentions[m].type == .person
                            : s.mentions[m].type == .country || s.mentions[m].type == .organization)
                }
            }
            guard let other, s.mentions[other].type != .location, s.mentions[other].entity != s.mentions[holder].entity else { continue }
            // "Russia, China and Kazakhstan, Kyrgyzstan's main trading partners": a plural standing is
            // each listed name's
            let holders =
                word.hasSuffix("s") && !role.hasSuffix("s")
                ? AnaphoraResolver.coordinatedList(
                    endingWith: s.mentions[holder], among: s.mentions.filter { [.country, .organization].contains($0.type) && !$0.modifierOnly },
                    s.tokens, joiners: [",", "and"], after: s.range.lowerBound - 1)
                : [s.mentions[holder]]
            for h in holders where h.entity != s.mentions[other].entity {
                let from = min(h.range.lowerBound, s.mentions[other].range.lowerBound)
                Self.addRole(h.entity, role, s.mentions[other].entity, in: s, from: from, to: n + 1, confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// Words between the one a standing is toward and the standing noun, at most ("its NATO ally",
    /// "Russia's closest regional ally").
    static let standingLeadWords = 3

    /// Standings written before the name that holds them: "its NATO ally Lithuania", "Moscow's
    /// closest ally Belarus", "the U.S. ally Japan", "their allies Bahrain and Qatar". Toward whom:
    /// the possessive's name, what "its"/"their" stands for (the state or body named last before
    /// it), or a state named right before the noun.
    ///
    /// ```swift
    /// // "Washington backed its NATO ally Lithuania." -> Fact(Lithuania, "ally", United States, cameo .role)
    /// ```
    func standingsBeforeTheirHolders(_ s: SentenceView, _ facts: inout [Fact]) {
        for n in s.range where s.mentionAt[n] == nil && !s.tokens[n].isCapitalized {
            guard let role = s.lower(n, in: Self.standingNouns), s.lower(n, in: Self.kinshipNouns) == nil else { continue }
            // "Hezbollah and its ally, the Amal Movement,": after a possessive pronoun, the holder may
            // stand in apposition
            var start = n + 1
            if s.lower(start, is: ","), s.lower(n - 1, isIn: Self.possessiveTitleOpeners) {
                start += s.lower(start + 1, isIn: WordSet.articles) ? 2 : 1
            }
            guard let first = s.mention(startingAt: start), isStateOrBody(s, first) else { continue }
            var holders = [first]
            // "their allies Bahrain and Qatar"
            var next = s.mentions[first].range.upperBound
            while s.range.contains(next + 1), [",", "and"].contains(s.lower(next)), let h = s.mention(startingAt: next + 1), isStateOrBody(s, h) {
                holders.append(h)
                next = s.mentions[h].range.upperBound
            }
            guard let other = standingTarget(s, before: n) else { continue }
            for holder in holders where s.mentions[holder].entity != s.mentions[other].entity {
                let from = min(s.mentions[holder].range.lowerBound, s.mentions[other].range.lowerBound)
                let to = max(s.mentions[holder].range.upperBound, n + 1)
                Self.addRole(
                    s.mentions[holder].entity, role, s.mentions[other].entity, in: s, from: from, to: to,
                    confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// A country or a body that acts (no modifier, place, or nested name).
    func isStateOrBody(_ s: SentenceView, _ m: Int) -> Bool {
        (s.mentions[m].type == .country || s.mentions[m].type == .organization) && !s.mentions[m].modifierOnly
    }

    /// Toward whom a standing noun at `n` states its standing, read back over its modifiers: the
    /// possessive's name ("Moscow's"), what "its"/"their" stands for, or a state right before the
    /// noun ("the U.S. ally"). Nil when the words before say neither.
    func standingTarget(_ s: SentenceView, before n: Int) -> Int? {
        // "Belarus, whose ally Russia": the name before the relative clause's comma
        if s.lower(n - 1, is: "whose"), s.lower(n - 2, is: ","), let m = s.mention(endingBefore: n - 2), isStateOrBody(s, m) { return m }
        var d = n - 1
        var modifiers = 0
        while s.range.contains(d), modifiers < Self.standingLeadWords, !s.lower(d, is: "'s") {
            // "the U.S. ally", "its NATO ally": a name right before the noun
            if let m = s.mention(endingBefore: d + 1) {
                let start = s.mentions[m].range.lowerBound
                if s.range.contains(start - 1), s.lower(start - 1, isIn: Self.possessiveTitleOpeners) {
                    d = start - 1
                    break
                }
                if d == n - 1, s.mentions[m].type == .country, !s.lower(start - 1, is: "'s") { return m }
                d = start - 1
                modifiers += 1
                continue
            }
            guard s.tokens[d].isWord, !s.tokens[d].isCapitalized || s.mentionAt[d] == nil && s.tokens[d].isCapitalized && !s.tokens[d].isAllCaps,
                !s.lower(d, isIn: ActionExtractor.determiners) || s.lower(d, isIn: Self.possessiveTitleOpeners)
            else { return nil }
            if s.lower(d, isIn: Self.possessiveTitleOpeners) { break }
            d -= 1
            modifiers += 1
        }
        guard s.range.contains(d) else { return nil }
        if s.lower(d, is: "'s") {
            guard let m = s.mention(endingBefore: d), isStateOrBody(s, m) else { return nil }
            return m
        }
        guard ["its", "their"].contains(s.lower(d)) else { return nil }
        return s.mentions.indices.last { m in s.mentions[m].range.upperBound <= d && isStateOrBody(s, m) }
    }

    /// "a former French colony": the nouns of a colonial power's hold.
    static let colonyNouns: WordSet = ["colony", "protectorate"]

    /// "East Timor, a former Portuguese colony": the name before the apposition's comma stands as a
    /// (former) colony toward the demonym's country, as "Putin, the president of Russia" stands as
    /// president toward Russia (the apposition describes the name it follows).
    ///
    /// ```swift
    /// // "East Timor, a former Portuguese colony, voted." -> Fact(East Timor, "former colony", Portugal, cameo .role)
    /// ```
    func formerColonies(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let colonyNouns = Self.colonyNouns
        for n in s.range where s.lower(n, isIn: colonyNouns) {
            guard let power = s.mention(endingBefore: n), s.mentions[power].type == .country, s.mentions[power].isDemonym else { continue }
            var open = s.mentions[power].range.lowerBound - 1
            let former = s.lower(open, is: "former")
            if former { open -= 1 }
            guard ["a", "the"].contains(s.lower(open)), s.lower(open - 1, is: ","), let colony = s.mention(endingBefore: open - 1),
                s.mentions[colony].type == .country || s.mentions[colony].type == .location,
                s.mentions[colony].entity != s.mentions[power].entity
            else { continue }
            let standing = (former ? "former " : "") + s.lower(n)
            Self.addRole(
                s.mentions[colony].entity, standing, s.mentions[power].entity, in: s, from: s.mentions[colony].range.lowerBound, to: n + 1,
                confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }
}
