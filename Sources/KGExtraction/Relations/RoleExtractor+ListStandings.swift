import KGModel

/// Standings that a verb of naming or an apposition gives a list of states or bodies: "calling
/// Saudi Arabia and Canada \"close allies\" of the United States", "Japan and South Korea, both
/// allies of the United States, ...". One state alone ("Russia, a close ally of Serbia") and a
/// copula ("X and Y are allies of Z") are the tree's to read.
///
/// ```swift
/// // "Officials called Peru and Chile close allies of Bolivia."
/// // -> Fact(Peru, "ally", Bolivia, cameo .role), Fact(Chile, "ally", Bolivia, cameo .role)
/// ```
extension RoleExtractor {
    /// Verbs whose object a noun after it names: "called X allies", "considers X a partner".
    static let namingVerbs: WordSet = [
        "call", "calls", "called", "calling", "consider", "considers", "considered", "considering",
        "regard", "regards", "regarded", "regarding", "describe", "describes", "described", "describing",
    ]
    /// Lower-case words between the list and the standing noun, at most ("as its closest", "both close").
    static let listStandingModifierWords = 4
    /// Quotation marks a standing noun may be written inside: "\"close allies\" of".
    static let quotationMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]

    /// The standings of `s` a naming verb or an apposition gives each state or body of a list.
    func listStandings(_ s: SentenceView, _ facts: inout [Fact]) {
        for n in s.range where s.mentionAt[n] == nil && !s.tokens[n].isCapitalized {
            guard let role = s.lower(n, in: Self.standingNouns), let target = standingTargetAfter(s, noun: n) else { continue }
            // back over the noun's modifiers to the list's last name
            var d = n - 1
            var modifiers = 0
            while s.range.contains(d), s.mentionAt[d] == nil, modifiers < Self.listStandingModifierWords,
                Self.quotationMarks.contains(s.tokens[d].text) || s.tokens[d].isWord && !s.tokens[d].isCapitalized && !s.lower(d, isIn: Self.namingVerbs)
            {
                d -= 1
                modifiers += 1
            }
            let apposition = s.lower(d, is: ",")
            if apposition { d -= 1 }
            guard s.range.contains(d), let last = s.mention(endingBefore: d + 1), isStateOrBody(s, last) else { continue }
            var holders = [last]
            var start = s.mentions[last].range.lowerBound
            while s.range.contains(start - 2), ["and", ","].contains(s.lower(start - 1)), let h = s.mention(endingBefore: start - 1), isStateOrBody(s, h) {
                holders.insert(h, at: 0)
                start = s.mentions[h].range.lowerBound
            }
            // a naming verb right before the list; an apposition names two or more ("X and Y, both allies of Z")
            guard apposition ? holders.count >= 2 : s.lower(start - 1, isIn: Self.namingVerbs) else { continue }
            for holder in holders where s.mentions[holder].entity != s.mentions[target].entity {
                Self.addRole(
                    s.mentions[holder].entity, role, s.mentions[target].entity, in: s, from: s.mentions[holder].range.lowerBound,
                    to: s.mentions[target].range.upperBound, confidence: FactConfidence.Role.apposition, into: &facts)
            }
        }
    }

    /// The state, body or person a standing noun at `n` is toward when "of" follows it, a closing
    /// quotation mark between: "allies of the United States", "\"close allies\" of Riyadh".
    func standingTargetAfter(_ s: SentenceView, noun n: Int) -> Int? {
        var k = n + 1
        if s.range.contains(k), Self.quotationMarks.contains(s.tokens[k].text) { k += 1 }
        guard s.lower(k, is: "of") else { return nil }
        k += 1
        if s.lower(k, is: "the"), s.mention(startingAt: k) == nil { k += 1 }
        guard let m = s.mention(startingAt: k), !s.mentions[m].modifierOnly, s.mentions[m].type != .location else { return nil }
        return m
    }
}
