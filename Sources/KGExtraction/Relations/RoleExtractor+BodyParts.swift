import KGModel

/// A body that is a part of another, stated in apposition: "Sinn Fein, the political wing of the
/// IRA", "the YPG militia, the main component of the SDF", "ISIS-K, Islamic State's regional affiliate".
///
/// ```swift
/// // "Hezbollah's Bloc, the political wing of Hezbollah, won." -> Fact(Bloc, "political wing", Hezbollah, cameo .role)
/// ```
extension RoleExtractor {
    /// Nouns of a body's standing as a part or branch of another body.
    static let bodyPartNouns: WordSet = ["wing", "affiliate", "component", "branch", "arm", "offshoot", "faction", "subsidiary"]

    /// Lower-case class nouns between the part's name and the apposition's comma, at most ("the YPG militia,").
    static let bodyPartClassNounWords = 2

    /// The part-of standings of `s`: the body before the apposition's comma is the noun's part of the
    /// body after "of" or before the possessive.
    func bodyParts(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let bodyPartNouns = Self.bodyPartNouns
        for n in s.range where s.mentionAt[n] == nil && s.lower(n, isIn: bodyPartNouns) {
            // the noun's modifiers, back to the article or the possessive
            var d = n - 1
            while d > n - 1 - Self.standingModifierWords, s.range.contains(d), s.mentionAt[d] == nil, s.tokens[d].isWord, !s.tokens[d].isCapitalized,
                !s.lower(d, isIn: ActionExtractor.determiners)
            {
                d -= 1
            }
            var whole: Int?
            var open: Int
            if s.lower(d, is: "'s"), let m = s.mention(endingBefore: d) {
                whole = m
                open = s.mentions[m].range.lowerBound - 1
                if s.lower(open, is: "the") { open -= 1 }
            } else if s.lower(d, isIn: WordSet.articles), s.lower(n + 1, is: "of") {
                whole = s.mention(startingAt: s.lower(n + 2, is: "the") ? n + 3 : n + 2)
                open = d - 1
            } else {
                continue
            }
            guard let whole, s.mentions[whole].type == .organization, !s.mentions[whole].modifierOnly, s.lower(open, is: ",") else { continue }
            // the part: the body before the comma, over a lower-case class noun ("the YPG militia,")
            var end = open
            while end > open - Self.bodyPartClassNounWords, s.range.contains(end - 1), s.mentionAt[end - 1] == nil, s.tokens[end - 1].isWord,
                !s.tokens[end - 1].isCapitalized, !s.lower(end - 1, isIn: Self.notTitleModifiers)
            {
                end -= 1
            }
            guard let part = s.mention(endingBefore: end), s.mentions[part].type == .organization, !s.mentions[part].modifierOnly,
                s.mentions[part].entity != s.mentions[whole].entity
            else { continue }
            let name = s.tokens[(d + 1)...n].map(\.lower).joined(separator: " ")
            Self.addRole(mention: part, name, mention: whole, in: s, through: n + 1, confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }
}
