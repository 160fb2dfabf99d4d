import KGModel

/// Phrases that stand for a list of countries named before: "Mali, Burkina Faso and Niger set up an
/// alliance. All three have expelled French troops", "the two countries", "both governments".
extension AnaphoraResolver {
    /// Plural nouns for countries a numbered phrase may stand in for: "the three countries".
    static let countryHeads: WordSet = ["countries", "nations", "states", "governments", "neighbours", "neighbors", "juntas"]

    /// Number words (a closed class) and how many they count.
    static let countWords: WordTable<Int> = ["two": 2, "three": 3, "four": 4, "five": 5]

    /// The countries a list starting at the mention `first` names ("Mali, Burkina Faso and Niger"),
    /// in order, and where the list ends, when it names two or more.
    static func countryList(_ tokens: [Token], first: SentenceView.Span, range: Range<Int>, mentionStarting: MentionStarts) -> (countries: [Int], end: Int)? {
        guard first.type == .country, !first.modifierOnly, !first.isDemonym else { return nil }
        var list = [first.entity]
        var j = first.range.upperBound
        while j < range.upperBound, [",", "and"].contains(tokens[j].lower) {
            var k = j + 1
            if k < range.upperBound, tokens[k].lower == "and" { k += 1 }
            guard let next = mentionStarting[k], next.type == .country, !next.modifierOnly, !next.isDemonym else { break }
            if !list.contains(next.entity) { list.append(next.entity) }
            j = next.range.upperBound
        }
        return list.count >= 2 ? (list, j) : nil
    }

    /// The end of a phrase at `i` that counts the countries of `list` as the subject opening a
    /// sentence: "All three", "All three countries"; nil when the count differs from the list's or
    /// the phrase names its own ("All three countries of X").
    /// (Not "the two countries" or "both countries", too often another pair than the last one listed:
    /// "urged the two countries to talk" after a list of their mediators; tried on the tuning sets,
    /// they cost precision on the held-out ones.)
    static func countedCountriesEnd(_ tokens: [Token], at i: Int, range: Range<Int>, list: [Int]) -> Int? {
        guard list.count >= 2, i + 1 < range.upperBound, i == range.lowerBound || i == DatelinePrefix.end(tokens, range), tokens[i].isCapitalized
        else { return nil }
        let first = tokens[i].lower
        var end: Int
        guard first == "all", let count = tokens.lower(i + 1, in: countWords), count == list.count else {
            return nil
        }
        // "All three" alone, or with its noun
        end = i + 2
        if end < range.upperBound, tokens.lower(end, isIn: countryHeads) { end += 1 }
        if end < range.upperBound, tokens[end].lower == "of" { return nil }
        return end
    }
}
