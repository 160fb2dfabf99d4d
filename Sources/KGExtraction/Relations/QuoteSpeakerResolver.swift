/// Gives `I` and `we` inside a quotation to whoever the sentence says spoke: `I` is the speaker,
/// `we` the body the speaker has a stated role in (or the speaker itself when it is a country or
/// an organization).
///
/// ```swift
/// // "\u{201C}We urge Chile to talk,\u{201D} said Peruvian Ambassador Ana Ruiz."
/// // -> "We" stands for Peru, so: Peru -urge-> Chile
/// ```
struct QuoteSpeakerResolver {
    /// Double quotation marks (straight, curly, low, guillemets) and, apart, the ones that only
    /// open: a straight mark opens or closes by where it stands.
    static let quoteMarks: WordSet = ["\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{201E}"]
    static let openingMarks: WordSet = ["\u{201C}", "\u{AB}", "\u{201E}"]
    /// Verb forms that name the speaker of a quotation: "said Peruvian Ambassador Ana Ruiz".
    static let speechForms: WordSet = WordLists.wordSet("QuoteSpeakerResolver.speechForms")

    /// Extra spans for first-person pronouns inside quotes, given the sentence's mentions and the
    /// document's roles so far (person entity -> body entity).
    func resolve(_ s: SentenceView, bodyOf: [Int: Int]) -> [SentenceView.Span] {
        // which tokens are inside quotation marks; a closing mark with no opening one closes a
        // quotation that began in an earlier sentence, an unclosed one runs to the sentence's end
        var inside = TokenIndexSet(covering: s.range)
        var openAt: Int?
        var sawMark = false
        var closedBefore = false
        for i in s.range {
            // punctuation only: a word or number is no mark, and costs no hashing
            guard s.tokens[i].kind == .punctuation else { continue }
            let mark = s.tokens[i].text
            guard Self.quoteMarks.contains(mark) else { continue }
            sawMark = true
            let opening = Self.openingMarks.contains(mark) || (mark == "\"" && openAt == nil)
            if opening {
                openAt = i
            } else if let start = openAt {
                for k in (start + 1)..<i { inside.insert(k) }
                openAt = nil
            } else if !closedBefore {
                // the first unmatched closing mark ends a quotation begun in an earlier sentence
                for k in s.range.lowerBound..<i { inside.insert(k) }
            }
            if !opening { closedBefore = true }
        }
        if let openAt { for k in (openAt + 1)..<s.range.upperBound { inside.insert(k) } }
        guard sawMark else { return [] }
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
    func speaker(_ s: SentenceView, outside inside: TokenIndexSet) -> Int? {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let speechForms = Self.speechForms
        for v in s.range where !inside.contains(v) && s.lower(v, isIn: speechForms) {
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
