/// Gives `I` and `we` inside a quotation to whoever the sentence says spoke: `I` is the speaker,
/// `we` the body the speaker has a stated role in (or the speaker itself when it is a country or
/// an organization).
///
/// ```swift
/// // "\u{201C}We urge Chile to talk,\u{201D} said Peruvian Ambassador Ana Ruiz."
/// // -> "We" stands for Peru, so: Peru -urge-> Chile
/// ```
struct QuoteSpeakerResolver {
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{201E}"]
    static let speechForms: Set<String> = ["said", "says", "say", "told", "added", "stated", "noted", "insisted", "stressed",
                                           "declared", "explained", "wrote", "tweeted", "twitted", "continued", "warned"]

    /// Extra spans for first-person pronouns inside quotes, given the sentence's mentions and the
    /// document's roles so far (person entity -> body entity).
    func resolve(_ s: SentenceView, bodyOf: [Int: Int]) -> [SentenceView.Span] {
        // which tokens are inside quotation marks
        var inside = Set<Int>()
        var open = false
        for i in s.range {
            if Self.quoteMarks.contains(s.tokens[i].text) { open.toggle(); continue }
            if open { inside.insert(i) }
        }
        guard !inside.isEmpty || s.tokens[s.range].contains(where: { Self.quoteMarks.contains($0.text) }) else { return [] }
        if inside.isEmpty {
            // one mark only: the quote opened in an earlier sentence or closes in a later one
            if let mark = s.range.first(where: { Self.quoteMarks.contains(s.tokens[$0].text) }) {
                let before = s.range.lowerBound..<mark
                let after = (mark + 1)..<s.range.upperBound
                let saidAfter = after.contains { Self.speechForms.contains(s.lower($0)) }
                for i in saidAfter ? before : after { inside.insert(i) }
            }
        }
        guard let speaker = speaker(s, outside: inside) else { return [] }
        var extra: [SentenceView.Span] = []
        for i in inside.sorted() where s.mentionAt[i] == nil {
            let w = s.lower(i)
            guard w == "i" || w == "we", s.range.contains(i + 1), s.tokens[i + 1].isWord else { continue }
            let span = s.mentions[speaker]
            if w == "i" && span.type == .person {
                extra.append(SentenceView.Span(range: i..<(i + 1), entity: span.entity, type: .person, modifierOnly: false, isDemonym: false))
            } else if w == "we" {
                if span.type == .person, let body = bodyOf[span.entity] {
                    extra.append(SentenceView.Span(range: i..<(i + 1), entity: body, type: .country, modifierOnly: false, isDemonym: false))
                } else if span.type == .country || span.type == .organization {
                    extra.append(SentenceView.Span(range: i..<(i + 1), entity: span.entity, type: span.type, modifierOnly: false, isDemonym: false))
                }
            }
        }
        return extra
    }

    /// The speaker: "X said" (the mention before the speech verb) or "said X" (the first person or,
    /// failing that, the last mention after it), outside the quotation.
    func speaker(_ s: SentenceView, outside inside: Set<Int>) -> Int? {
        for v in s.range where !inside.contains(v) && Self.speechForms.contains(s.lower(v)) {
            if let m = s.mention(endingBefore: v), !inside.contains(v - 1), !s.mentions[m].modifierOnly { return m }
            var j = v + 1
            var found: [Int] = []
            while s.range.contains(j), j <= v + 10, !inside.contains(j), ![".", ";", ","].contains(s.lower(j)) {
                if let m = s.mention(startingAt: j) { found.append(m); j = s.mentions[m].range.upperBound; continue }
                j += 1
            }
            if let person = found.first(where: { s.mentions[$0].type == .person }) { return person }
            if let last = found.last { return last }
        }
        return nil
    }
}
