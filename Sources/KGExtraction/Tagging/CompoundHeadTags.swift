/// Mends four tagging mistakes that break a noun phrase apart for the parser: the head of "an arms
/// embargo" or "a travel ban" read as a verb after a noun ("arms/NNS embargo/VBP"), so that the
/// act's target hangs on a verb that is none; a name's "-ing" head noun read as a participle
/// ("the Supreme Court building/VBG"), so that what follows is the participle's; the participle
/// of a hyphenated modifier read as a verb ("the independence-seeking/VBG Polisario Front"); and an
/// "-ing" noun a possessive owns read as a participle ("rejected the TSE's ruling/VBG, accused X"),
/// so that the verbs after it are coordinated with it.
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

    /// Nouns in "-ing" (a closed class) that head a name's compound: "the Supreme Court building",
    /// "the court ruling", "the Nato meeting".
    static let ingHeads: WordSet = ["building", "buildings", "ruling", "rulings", "meeting", "meetings", "hearing", "briefing", "bombing", "bombings"]

    static func mended(_ words: [String], tags: [PartOfSpeech]) -> [PartOfSpeech] {
        guard words.count == tags.count, words.count >= 3 else { return tags }
        var tags = tags
        for index in 1..<words.count where tags[index].upos == .VERB {
            // "the independence-seeking Polisario Front": a participle joined by a hyphen to the
            // word before it, inside a phrase an article opens, modifies the noun after it
            if tags[index].xpos == .VBG, index >= 3, words[index - 1] == "-", [.NOUN, .ADJ, .PROPN].contains(tags[index - 2].upos),
                ["the", "a", "an"].contains(words[index - 3].lowercased()), index + 1 < words.count, [.NOUN, .PROPN, .ADJ].contains(tags[index + 1].upos)
            {
                tags[index] = PartOfSpeech(upos: .ADJ, xpos: .JJ)
                continue
            }
            // "the TSE's ruling, accused": an "-ing" word a possessive owns, with no object after it
            if tags[index].xpos == .VBG, tags[index - 1].xpos == .POS, takesNoObject(after: index, tags: tags) {
                tags[index] = noun(words[index].lowercased())
                continue
            }
            let afterNoun = index >= 2 && tags[index - 1].upos == .NOUN
            let participleAfterName = tags[index].xpos == .VBG && tags[index - 1].upos == .PROPN
            guard afterNoun || participleAfterName else { continue }
            let word = words[index].lowercased()
            if afterNoun, compoundHeads.contains(word), ["a", "an"].contains(words[index - 2].lowercased()) {
                tags[index] = noun(word)
            } else if participleAfterName, ingHeads.contains(word),
                // "stormed the Supreme Court building late on Monday": an "-ing" head noun right after a
                // name, with no object after it, read as a participle
                takesNoObject(after: index, tags: tags)
            {
                tags[index] = noun(word)
            }
        }
        return tags
    }

    /// Tags of a word that may open a participle's object.
    static let objectOpeningTags: Set<UPOS> = [.DET, .PRON, .NOUN, .PROPN, .NUM]

    /// Whether no object can follow the word at `index`: it ends the words, or the next word opens none.
    private static func takesNoObject(after index: Int, tags: [PartOfSpeech]) -> Bool {
        index + 1 == tags.count || !objectOpeningTags.contains(tags[index + 1].upos)
    }

    /// The noun tag of `word`, plural when it ends in "s".
    private static func noun(_ word: String) -> PartOfSpeech { PartOfSpeech(upos: .NOUN, xpos: word.hasSuffix("s") ? .NNS : .NN) }
}
