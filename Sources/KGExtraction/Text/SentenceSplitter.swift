/// Groups tokens into sentences: a sentence ends at `.`, `!`, `?` (with any closing quotes) before
/// a capital, a quote or a digit, and always at a line break, so headline-like lines stand alone.
///
/// ```swift
/// // "Mr. Smith met Gen. Lee in the U.S. on Monday. He left."
/// SentenceSplitter.split(tokens)  // [0..<12, 12..<15]
/// ```
public enum SentenceSplitter {
    /// The marks that may end a sentence: ".", "!", "?", "\u{2026}" and "...".
    static let stops: WordSet = [".", "!", "?", "\u{2026}", "..."]

    public static func split(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i > start && tokens[i].startsLine {
                ranges.append(start..<i)
                start = i
            }
            let t = tokens[i]
            // (the stops asked by the kept hash of the token's lower case, which a mark without case keeps
            // as written: five failing comparisons, one of them with a non-ASCII literal, at every mark)
            if t.kind == .punctuation, tokens.lower(i, isIn: Self.stops) {
                var end = i + 1
                while end < tokens.count, !tokens[end].startsLine, isClosing(tokens[end].text) { end += 1 }
                if end >= tokens.count || tokens[end].startsLine || opensSentence(tokens[end]) {
                    if t.text != "..." && t.text != "\u{2026}" || end >= tokens.count || tokens[end].startsLine || tokens[end].isCapitalized {
                        ranges.append(start..<end)
                        start = end
                        i = end
                        continue
                    }
                }
            }
            i += 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges.flatMap { capped($0, tokens) }
    }

    /// Longest sentence kept whole; longer runs (lists, tables, text without stops) are cut at a
    /// comma or semicolon so that the relation rules stay linear in the text's length.
    static let maximumLength = 150

    static func capped(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        guard range.count > maximumLength else { return [range] }
        var out: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumLength {
            let limit = start + maximumLength
            let cut = (start + maximumLength / 2..<limit).last { [",", ";"].contains(tokens[$0].text) }.map { $0 + 1 } ?? limit
            out.append(start..<cut)
            start = cut
        }
        out.append(start..<range.upperBound)
        return out
    }

    static func isClosing(_ text: String) -> Bool {
        ["\"", "\u{201D}", "'", "\u{2019}", ")", "]", "\u{BB}"].contains(text)
    }

    static func opensSentence(_ token: Token) -> Bool {
        if token.isCapitalized || token.kind == .number { return true }
        return ["\"", "\u{201C}", "\u{AB}", "(", "[", "\u{2018}", "-", "\u{2014}"].contains(token.text)
    }
}
