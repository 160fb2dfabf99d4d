/// Mends one tagging mistake that sends the parser astray: a participle that modifies a title read
/// as a verb ("hosted by outgoing/VBG President Leonid Kuchma", parsed as "by going out").
///
/// A word of a closed class ("outgoing", "acting", "incoming") tagged as a verb right before a
/// proper noun, a noun or an adjective is an adjective: such a participle takes no object
/// ("Thailand's acting prime minister", "the outgoing government"; "acting as mediator" keeps its verb).
///
/// ```swift
/// let tags = TitleParticipleTags.mended(["by", "outgoing", "president", "kuchma"], tags: tagged)
/// tags[1] // ADJ / JJ
/// ```
enum TitleParticipleTags {
    /// Participles (a closed class) that describe an office's holder before the title.
    static let titleParticiples: WordSet = ["outgoing", "incoming", "acting", "departing", "retiring", "sitting"]

    static func mended(_ words: [String], tags: [PartOfSpeech]) -> [PartOfSpeech] {
        guard words.count == tags.count, words.count >= 2 else { return tags }
        var tags = tags
        for index in 0..<(words.count - 1) where tags[index].upos == .VERB && [.PROPN, .NOUN, .ADJ].contains(tags[index + 1].upos) {
            guard titleParticiples.contains(words[index].lowercased()) else { continue }
            tags[index] = PartOfSpeech(upos: .ADJ, xpos: .JJ)
        }
        return tags
    }
}
