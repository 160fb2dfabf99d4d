/// The hash `WordTable` files and finds an ASCII word by: FNV-1a of its bytes, never 0.
///
/// ```swift
/// WordHash.of("meet") == WordHash.of("meet")  // true
/// WordHash.of("Zürich")                       // WordHash.notASCII
/// ```
/// A token keeps its lower-case form's hash (`Token.lowerHash`), so that the rules' many look-ups
/// of one token hash its bytes once.
enum WordHash {
    /// What `of` gives a word with a byte past ASCII: such a word is looked up by its text.
    static var notASCII: UInt64 { 0 }

    /// FNV-1a of `bytes`, never 0.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FeatureHash.fnvOffset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* FeatureHash.fnvPrime }
        return hash | 1
    }

    /// FNV-1a of `word`'s bytes when they are all ASCII, else `notASCII`.
    static func of(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { bytes in
            var bits: UInt8 = 0
            for byte in bytes { bits |= byte }
            return bits < 0x80 ? of(bytes) : notASCII
        }
    }
}

extension Array where Element == Token {
    /// Whether token `i`'s lower-case form is one of `words`, from the hash the token keeps.
    @inline(__always)
    func lower(_ i: Int, isIn words: WordSet) -> Bool { words.contains(self[i].lower, hash: self[i].lowerHash) }

    /// Whether token `i`'s lower-case form is a key of `table`, from the hash the token keeps.
    @inline(__always)
    func lower<Value>(_ i: Int, isIn table: WordTable<Value>) -> Bool { table.containsKey(self[i].lower, hash: self[i].lowerHash) }

    /// `table[self[i].lower]`, from the hash token `i` keeps.
    @inline(__always)
    func lower<Value>(_ i: Int, in table: WordTable<Value>) -> Value? { table[self[i].lower, hash: self[i].lowerHash] }
}
