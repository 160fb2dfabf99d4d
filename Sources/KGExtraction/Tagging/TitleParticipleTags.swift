/// Mends one tagging mistake that sends the parser astray: a participle that modifies a title read
/// as a verb ("hosted by outgoing/VBG President Leonid Kuchma", parsed as "by going out").
///
/// A word of a closed class ("outgoing", "acting", "incoming") tagged as a verb right before a
/// proper noun, a noun or an adjective is an adjective: such a participle takes no object
/// ("Thailand's acting prime minister", "the outgoing government"; "acting as mediator" keeps its verb).
/// So is a participle of what was done to a person right before his capitalized title or name, when
/// no doer stands before it ("to restore ousted President X"), and "founding" before a common noun
/// ("both founding members of NATO").
///
/// ```swift
/// let tags = TitleParticipleTags.mended(["by", "outgoing", "president", "kuchma"], tags: tagged)
/// tags[1] // ADJ / JJ
/// ```
enum TitleParticipleTags {
    /// Participles (a closed class) that describe an office's holder before the title.
    static let titleParticiples: WordSet = ["outgoing", "incoming", "acting", "departing", "retiring", "sitting"]

    /// Past participles that describe a person by what was done to him, before his title or name
    /// ("restore ousted President X", "sheltered exiled leader Y"); a verb only after its doer ("the
    /// army ousted President X").
    static let sufferedParticiples: WordSet = ["ousted", "deposed", "exiled", "toppled", "overthrown"]

    /// Participles that make a kind of common noun right before it ("both founding members of
    /// NATO", "a founding father"), and a verb before a name or an article ("founding Hamas").
    static let kindParticiples: WordSet = ["founding"]

    /// Tags before a described person's participle that no doer of it has: a verb, a determiner or
    /// possessive, an adjective, a preposition.
    static let describingPrefixes: Set<UPOS> = [.VERB, .AUX, .DET, .ADJ, .ADP, .PART]

    static func mended(_ words: [String], tags: [PartOfSpeech]) -> [PartOfSpeech] {
        guard words.count == tags.count, words.count >= 2 else { return tags }
        var tags = tags
        for index in 0..<(words.count - 1) where tags[index].upos == .VERB && [.PROPN, .NOUN, .ADJ].contains(tags[index + 1].upos) {
            let word = words[index].lowercased()
            let suffered =
                sufferedParticiples.contains(word) && tags[index + 1].upos == .PROPN
                && (index == 0 || describingPrefixes.contains(tags[index - 1].upos) || tags[index - 1].xpos == .POS)
            let kind = kindParticiples.contains(word) && tags[index + 1].upos == .NOUN
            guard titleParticiples.contains(word) || suffered || kind else { continue }
            tags[index] = PartOfSpeech(upos: .ADJ, xpos: .JJ)
        }
        return tags
    }
}
