/// The dateline a wire story's first sentence opens with ("LA PAZ, Nov 12 (Reuters) -"), which no
/// clause's argument is in: the parser reads the sentence from after it.
///
/// ```swift
/// // "BISHKEK, Sept 17 (Reuters) - Kyrgyzstan and Tajikistan accused each other ."
/// DatelinePrefix.end(tokens, sentence)  // the index of "Kyrgyzstan"
/// ```
enum DatelinePrefix {
    /// Tokens of a dateline before its dash, at most: "PSARADES , Greece , June 17 ( Reuters )".
    static let maxTokens = 14

    /// Dashes that close a dateline.
    static let dashes: WordSet = ["-", "\u{2014}", "\u{2013}"]

    /// Where sentence `range` starts once its dateline is skipped: after the dash of a place written in
    /// capitals that opens a line, followed only by capitalized words, numbers, commas, periods and a
    /// bracketed agency; `range.lowerBound` when the sentence opens with none.
    static func end(_ tokens: [Token], _ range: Range<Int>) -> Int {
        guard let first = range.first, tokens[first].startsLine, tokens[first].isWord, tokens[first].isAllCaps, tokens[first].text.count >= 2
        else { return range.lowerBound }
        var j = first + 1
        while j < range.upperBound, j - first <= maxTokens {
            let t = tokens[j]
            if dashes.contains(t.text) { return j + 1 < range.upperBound ? j + 1 : range.lowerBound }
            guard t.kind == .number || t.isWord && t.isCapitalized || [",", ".", "(", ")"].contains(t.text) else { return range.lowerBound }
            j += 1
        }
        return range.lowerBound
    }
}
