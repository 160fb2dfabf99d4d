/// Tags a stretch of a sentence with each entity mention folded into one plain name, so that long
/// or unusual names ("the Israeli military", "Rapid Support Forces") do not mislead the tagger
/// about the words around them.
///
/// ```swift
/// // "The Kenyan Defence Forces struck targets": tagged as "Kenya struck targets",
/// // so "struck" is VBD, and the three name tokens all get the name's tag
/// let tags = MentionFolding.tag(tokens, tagged, mentions: spans, with: tagger)
/// ```
enum MentionFolding {
    /// One part of speech per token of `stretch`.
    static func tag(_ tokens: [Token], _ stretch: Range<Int>, mentions: [SentenceView.Span], with tagger: PerceptronTagger) -> [PartOfSpeech] {
        var startOf: [Int: SentenceView.Span] = [:]
        for var m in mentions where !m.isDemonym && !m.modifierOnly && stretch.contains(m.range.lowerBound) {
            // "the Kenyan army" folds whole: "the Kenya" reads like a noun phrase's modifier
            if m.range.lowerBound > stretch.lowerBound, tokens[m.range.lowerBound - 1].lower == "the" {
                m.range = (m.range.lowerBound - 1)..<m.range.upperBound
            }
            guard m.range.count > 1 else { continue }
            if let other = startOf[m.range.lowerBound], other.range.count >= m.range.count { continue }
            startOf[m.range.lowerBound] = m
        }
        guard !startOf.isEmpty else { return tagger.tagDetailed(tokens[stretch].map(\.text)) }
        var words: [String] = []
        var sourceOf: [Int] = []  // folded word -> first token
        var i = stretch.lowerBound
        while i < stretch.upperBound {
            if let m = startOf[i] {
                words.append(m.type == .person ? "Smith" : "Kenya")
                sourceOf.append(i)
                i = min(m.range.upperBound, stretch.upperBound)
            } else {
                words.append(tokens[i].text)
                sourceOf.append(i)
                i += 1
            }
        }
        let folded = tagger.tagDetailed(words)
        var out: [PartOfSpeech] = []
        out.reserveCapacity(stretch.count)
        for (k, pos) in folded.enumerated() {
            let end = k + 1 < sourceOf.count ? sourceOf[k + 1] : stretch.upperBound
            for _ in sourceOf[k]..<end { out.append(pos) }
        }
        return out
    }
}
