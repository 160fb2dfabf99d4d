/// Mends one tagging mistake that hides a clause's verb: an irregular past form the treebanks
/// rarely hold read as a preposition or a noun ("Japan froze/ADP its loans", "the generals
/// overran/ADP the town", "A US official told/NN CNN").
///
/// A word WordNet lists as an irregular verb form is a verb when tagged as a preposition, a
/// particle or an unknown word (no such form is one), or as a noun when the dictionary lists no
/// noun of that form ("won", "shot", "ground" and words ending in "-s" or "-ing" keep their noun).
/// It is a past participle (`VBN`) after a form of "be" or "have", else a past tense (`VBD`).
///
/// ```swift
/// let tags = IrregularVerbTags.mended(["japan", "froze", "its", "loans"], tags: tagged, lemmatizer: lemmatizer, wordClasses: lexicon)
/// tags[1] // VERB / VBD
/// ```
enum IrregularVerbTags {
    /// Auxiliary forms before a past participle: "was overthrown", "had withdrawn".
    static let participleAuxiliaries: WordSet = ["be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having"]

    /// `word.first?.isLowercase == true`, read from the first byte when it is an ASCII scalar alone
    /// in its character (followed by an ASCII byte other than LF, or by nothing): asked of every
    /// noun and preposition of every tagging, and `Character.isLowercase` took about 320 instructions.
    static func startsLowercase(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        if let first = bytes.next(), first < 0x80 {
            let second = bytes.next()
            if second.map({ $0 < 0x80 && !(first == 0x0D && $0 == 0x0A) }) ?? true {
                return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
            }
        }
        return word.first?.isLowercase == true
    }

    static func mended(_ words: [String], tags: [PartOfSpeech], lemmatizer: Lemmatizer, wordClasses: WordClassLexicon) -> [PartOfSpeech] {
        guard words.count == tags.count else { return tags }
        var tags = tags
        for index in words.indices {
            let upos = tags[index].upos
            guard upos == .ADP || upos == .PART || upos == .X || upos == .NOUN else { continue }
            let word = words[index]
            // a capital opens a name or a headline's word, which the tagger reads on other cues
            guard Self.startsLowercase(word) else { continue }
            let lower = word.lowercased()
            guard lemmatizer.isIrregularVerbForm(lower) else { continue }
            if upos == .NOUN, wordClasses.classes(of: lower).contains(.noun) || lemmatizer.isNounForm(lower) || lower.hasSuffix("s") || lower.hasSuffix("ing") {
                continue
            }
            var before = index - 1
            while before >= 0, tags[before].upos == .ADV || tags[before].upos == .PART { before -= 1 }
            let participle = before >= 0 && participleAuxiliaries.contains(words[before].lowercased())
            tags[index] = PartOfSpeech(upos: .VERB, xpos: participle ? .VBN : .VBD)
        }
        return tags
    }
}
