/// Words mapped to values, for the rules' look-ups of a token's lower-case form: the same answers
/// as a `[String: Value]`, about five times cheaper for the ASCII words nearly every look-up asks.
///
/// ```swift
/// let verbs = WordTable(["condemn": 111, "meet": 36])
/// verbs["meet"]       // 36
/// verbs["met"]        // nil
/// ```
/// A `String` key is hashed with SipHash, seeded per process (about 300 instructions for a short
/// word, the rules' largest single cost after the parser and the tagger). Here an ASCII word is
/// hashed with FNV-1a over its bytes into an open-addressed table of ASCII keys, compared byte for
/// byte. Anything else (a non-ASCII word, or a table with a non-ASCII key, which `String` equality
/// may find equal to an ASCII word: U+212A KELVIN SIGN is "K") asks the dictionary, so every
/// answer is the dictionary's.
struct WordTable<Value> {
    /// Every entry, as given: what a non-ASCII look-up reads.
    let dictionary: [String: Value]
    /// Slot -> hash of its key (0: empty), key and value; a power of two long, at most half full.
    private let hashes: [UInt64]
    private let keys: [String]
    private let values: [Value?]
    private let mask: Int
    /// Whether a key is not ASCII, so an ASCII word may equal it by Unicode rules.
    private let hasNonASCIIKeys: Bool

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var capacity = 8
        while capacity < dictionary.count * 2 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var keys = [String](repeating: "", count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var hasNonASCIIKeys = false
        for (key, value) in dictionary {
            guard let hash = Self.asciiHash(key) else {
                hasNonASCIIKeys = true
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            keys[slot] = key
            values[slot] = value
        }
        self.hashes = hashes
        self.keys = keys
        self.values = values
        mask = capacity - 1
        self.hasNonASCIIKeys = hasNonASCIIKeys
    }

    var isEmpty: Bool { dictionary.isEmpty }
    var count: Int { dictionary.count }

    subscript(word: String) -> Value? {
        guard let hash = Self.asciiHash(word) else { return dictionary[word] }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { break }
            if stored == hash && keys[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return hasNonASCIIKeys ? dictionary[word] : nil
    }

    /// FNV-1a of an ASCII word's bytes (never 0, the empty slot's mark); nil when it is not ASCII.
    @inline(__always)
    static func asciiHash(_ word: String) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var bits: UInt8 = 0
        for byte in word.utf8 {
            bits |= byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return bits < 0x80 ? hash | 1 : nil
    }
}

extension WordTable: Sendable where Value: Sendable {}

/// A set of words with `WordTable`'s look-up: the same answers as a `Set<String>`'s `contains`.
///
/// ```swift
/// let openers: WordSet = ["the", "these", "both"]
/// openers.contains("both")  // true
/// ```
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Void>

    init(_ words: some Sequence<String>) {
        table = WordTable(Dictionary(words.map { ($0, ()) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The words, as a standard set (for set algebra; look-ups should use `contains`).
    var set: Set<String> { Set(table.dictionary.keys) }
    var isEmpty: Bool { table.isEmpty }
    var count: Int { table.count }

    func contains(_ word: String) -> Bool { table[word] != nil }

    /// The words of both.
    func union(_ other: WordSet) -> WordSet { WordSet(set.union(other.set)) }
    func union(_ words: [String]) -> WordSet { WordSet(set.union(words)) }
}
