extension String {
    /// `split(separator: " ")`: the words between spaces, empty ones left out; ASCII text is split
    /// by its bytes, without walking Characters (names are split this way several times each).
    ///
    /// ```swift
    /// "Vladimir  Putin ".spaceSeparatedWords  // ["Vladimir", "Putin"]
    /// ```
    /// Other text is split by Characters as before: a space followed by a combining mark is one
    /// Character, and no separator.
    package var spaceSeparatedWords: [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        var words: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == 32 {
                if i != start { words.append(self[start..<i]) }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if start != bytes.endIndex { words.append(self[start..<bytes.endIndex]) }
        return words
    }
}
