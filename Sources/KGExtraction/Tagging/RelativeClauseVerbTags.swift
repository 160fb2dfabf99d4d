/// Mends one tagging mistake that sends the parser astray: the verb of a relative clause read as
/// a plural noun (", which borders Yemen ," tagged `NNS` like "which countries"), or an object
/// relative clause's verb read as a noun after its subject (", whom Namibia accuses of" tagged as
/// the noun phrase "Namibia accuses").
///
/// After a comma and a subject relative pronoun, a word tagged `NNS` whose next word is not a verb
/// or auxiliary is the clause's verb: "which countries have" keeps its noun, "which borders Yemen"
/// gets `VBZ`. After "whom" and a name or a pronoun, a noun ending in "-ed" or a plural one ending
/// in "-s", whose next word is no verb, is the clause's verb: `VBD` or `VBZ`.
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
        for index in 2..<words.count where tags[index].upos == .NOUN && (tags[index - 1].upos == .PROPN || tags[index - 1].upos == .PRON) {
            // ("whom the United States accuses": a name may keep its article)
            let opener = words[index - 2].lowercased() == "the" && index >= 3 ? index - 3 : index - 2
            guard words[opener].lowercased() == "whom" else { continue }
            if index + 1 < words.count, [UPOS.VERB, .AUX].contains(tags[index + 1].upos) { continue }
            let word = words[index].lowercased()
            if word.hasSuffix("ed") {
                tags[index] = PartOfSpeech(upos: .VERB, xpos: .VBD)
            } else if tags[index].xpos == .NNS, word.hasSuffix("s"), !word.hasSuffix("ss") {
                tags[index] = PartOfSpeech(upos: .VERB, xpos: .VBZ)
            }
        }
        return tags
    }
}
