/// `lower == word` for a token's lower-case form and a literal word, told by their lengths when
/// the token is ASCII.
///
/// The rules compare words with literals some 1.1 million times per 20 articles ("which", "of",
/// ","), nearly all of them failing, and a failing `==` of two strings is a call into the runtime.
/// An ASCII form equals a word only if their bytes are the same (no character is canonically
/// equivalent to an ASCII one but U+212A, U+037E and U+1FEF, which no literal here is), so a length
/// that differs answers at once; anything else is compared as before.
///
/// ```swift
/// WordEquality.lower("which", hash: WordHash.of("which"), is: "of")  // false, by the lengths
/// ```
enum WordEquality {
    /// Whether `lower`, whose kept hash is `hash` (`WordHash.notASCII` when it is not ASCII), is `word`.
    @inline(__always)
    static func lower(_ lower: String, hash: UInt64, is word: String) -> Bool {
        if hash != WordHash.notASCII && lower.utf8.count != word.utf8.count { return false }
        return lower == word
    }
}

extension SentenceView {
    /// `lower(i) == word` (see `WordEquality`): "" outside the sentence, as `lower(_:)` gives.
    @inline(__always)
    func lower(_ i: Int, is word: String) -> Bool {
        range.contains(i) ? WordEquality.lower(tokens[i].lower, hash: tokens[i].lowerHash, is: word) : word.isEmpty
    }
}

extension ParsedSentence {
    /// `words[w] == word` (see `WordEquality`), from the hash word `w`'s token keeps.
    @inline(__always)
    func word(_ w: Int, is word: String) -> Bool { WordEquality.lower(words[w], hash: wordHashes[w], is: word) }
}
