/// Mends one tagging mistake that hides an act noun from the parser: the head of "an arms embargo"
/// or "a travel ban" read as a verb after a noun ("arms/NNS embargo/VBP"), so that the noun phrase
/// falls apart and the act's target hangs on a verb that is none.
///
/// A word of a closed class of act nouns that are also verbs, tagged as a verb, right after an
/// article "a"/"an" and one noun, is a noun: "a"/"an" opens a noun phrase the noun alone cannot end
/// when an act noun follows it ("a lot say", whose "say" is no act noun, keeps its verb).
///
/// ```swift
/// let tags = CompoundHeadTags.mended(["imposed", "an", "arms", "embargo", "on"], tags: tagged)
/// tags[3] // NOUN / NN
/// ```
enum CompoundHeadTags {
    /// Act nouns (a closed class) that are also verbs and head compounds: "arms embargo", "travel ban".
    static let compoundHeads: WordSet = ["embargo", "ban", "freeze", "boycott", "blockade", "cut", "cuts", "deal", "raid", "strike", "attack"]

    static func mended(_ words: [String], tags: [PartOfSpeech]) -> [PartOfSpeech] {
        guard words.count == tags.count, words.count >= 3 else { return tags }
        var tags = tags
        for index in 2..<words.count where tags[index].upos == .VERB && tags[index - 1].upos == .NOUN {
            guard compoundHeads.contains(words[index].lowercased()), ["a", "an"].contains(words[index - 2].lowercased()) else { continue }
            tags[index] = PartOfSpeech(upos: .NOUN, xpos: words[index].lowercased().hasSuffix("s") ? .NNS : .NN)
        }
        return tags
    }
}
