extension EntityResolver {
    /// The words of a lookup key, as `key.split(separator: " ")` gives them.
    ///
    /// The split by Characters walked the key's grapheme clusters, about 5,000 instructions a name
    /// (the resolver asks it of every entity of every document). In ASCII text a space is a cluster
    /// of its own (only CR LF joins two ASCII scalars), so an ASCII key is split at its space
    /// bytes; any other key as before.
    ///
    /// ```swift
    /// EntityResolver.keyWords("vladimir  putin")  // ["vladimir", "putin"]
    /// ```
    static func keyWords(_ key: String) -> [Substring] {
        let utf8 = key.utf8
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x80 else { return key.split(separator: " ") }
            if byte == UInt8(ascii: " ") {
                if start != index { words.append(key[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(key[start..<utf8.endIndex]) }
        return words
    }

    /// `key.contains(" ")`: Foundation's search (about 4,700 instructions) only for a key that is
    /// not ASCII, where a space may carry a combining mark; an ASCII key's bytes decide.
    static func keyHasSpace(_ key: String) -> Bool {
        var sawSpace = false
        for byte in key.utf8 {
            if byte >= 0x80 { return key.contains(" ") }
            if byte == UInt8(ascii: " ") { sawSpace = true }
        }
        return sawSpace
    }
}
