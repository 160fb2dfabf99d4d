import KGModel

/// Phrases that stand for a list of countries named before: "Mali, Burkina Faso and Niger set up an
/// alliance. All three have expelled French troops".
extension AnaphoraResolver {
    /// Plural nouns for countries a numbered phrase may stand in for: "the three countries".
    static let countryHeads: WordSet = ["countries", "nations", "states", "governments", "neighbours", "neighbors", "juntas"]

    /// Number words (a closed class) and how many they count.
    static let countWords: WordTable<Int> = ["two": 2, "three": 3, "four": 4, "five": 5]

    /// A country named as an item of a list: by name, not a demonym or a modifier.
    static func isListedCountry(_ m: SentenceView.Span) -> Bool { m.type == .country && !m.modifierOnly && !m.isDemonym }

    /// The end of a phrase at `i` that counts the countries of `list` as the subject opening a
    /// sentence: "All three", "All three countries"; nil when the count differs from the list's or
    /// the phrase names its own ("All three countries of X").
    /// (Not "the two countries" or "both countries", too often another pair than the last one listed:
    /// "urged the two countries to talk" after a list of their mediators; tried on the tuning sets,
    /// they cost precision on the held-out ones.)
    static func countedCountriesEnd(_ tokens: [Token], at i: Int, range: Range<Int>, list: [Int]) -> Int? {
        guard list.count >= 2, i + 1 < range.upperBound, i == range.lowerBound || i == DatelinePrefix.end(tokens, range), tokens[i].isCapitalized
        else { return nil }
        guard tokens[i].lower == "all", let count = tokens.lower(i + 1, in: countWords), count == list.count else { return nil }
        // "All three" alone, or with its noun
        var end = i + 2
        if end < range.upperBound, tokens.lower(end, isIn: countryHeads) { end += 1 }
        if end < range.upperBound, tokens[end].lower == "of" { return nil }
        return end
    }
}
