/// Mends one tagging mistake that sends the parser astray: the verb of a relative clause read as
/// a plural noun (", which borders Yemen ," tagged `NNS` like "which countries").
///
/// After a comma and a subject relative pronoun, a word tagged `NNS` whose next word is not a verb
/// or auxiliary is the clause's verb: "which countries have" keeps its noun, "which borders Yemen"
/// gets `VBZ`.
///
/// ```swift
/// let tags = RelativeClauseVerbTags.mended(["Oman", ",", "which", "borders", "Yemen"], tags: tagged)
/// tags[3] // VERB / VBZ
/// ```
enum RelativeClauseVerbTags {
    static let relativePronouns: WordSet = ["which", "who", "that"]

    static func mended(_ words: [String], tags: [PartOfSpeech]) -> [PartOfSpeech] {
        guard words.count == tags.count, words.count >= 3 else { return tags }
        var tags = tags
        for index in 2..<words.count where tags[index].xpos == .NNS {
            guard words[index - 2] == ",", relativePronouns.contains(words[index - 1].lowercased()) else { continue }
            if index + 1 < words.count, [UPOS.VERB, .AUX].contains(tags[index + 1].upos) { continue }
            tags[index] = PartOfSpeech(upos: .VERB, xpos: .VBZ)
        }
        return tags
    }
}
