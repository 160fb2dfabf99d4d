/// Mends one tagging mistake that sends the parser astray: a form of "have" read as a main verb
/// right before a past participle ("whom Bucaram had/VERB accused of meddling", parsed as "had" the
/// clause's verb with "accused" its complement, so the clause names no object).
///
/// A form of "have" tagged `VERB` whose next word, past adverbs and negation, is tagged `VBN` is the
/// perfect's auxiliary: `AUX`, its Penn tag kept. "had his passport seized" keeps its verb, as the
/// participle is not next to it.
///
/// ```swift
/// let tags = PerfectAuxiliaryTags.mended(["whom", "bucaram", "had", "accused"], tags: tagged)
/// tags[2] // AUX / VBD
/// ```
enum PerfectAuxiliaryTags {
    static let haveForms: WordSet = ["have", "has", "had", "having", "'ve", "'d"]

    static func mended(_ words: [String], tags: [PartOfSpeech]) -> [PartOfSpeech] {
        guard words.count == tags.count else { return tags }
        var tags = tags
        for index in words.indices where tags[index].upos == .VERB && haveForms.contains(words[index].lowercased()) {
            var next = index + 1
            while next < words.count, tags[next].upos == .ADV || tags[next].upos == .PART { next += 1 }
            guard next < words.count, tags[next].xpos == .VBN else { continue }
            tags[index] = PartOfSpeech(upos: .AUX, xpos: tags[index].xpos)
        }
        return tags
    }
}
