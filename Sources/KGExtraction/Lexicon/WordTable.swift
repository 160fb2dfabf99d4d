import Foundation

/// Words mapped to values, for the rules' look-ups of a token's lower-case form: the same answers
/// as a `[String: Value]`, cheaper for the ASCII words nearly every look-up asks.
///
/// ```swift
/// let verbs = WordTable(["condemn": 111, "meet": 36])
/// verbs["meet"]       // 36
/// verbs["met"]        // nil
/// ```
/// A `String` key is hashed with SipHash, seeded per process (about 300 instructions for a short
/// word: with comparisons, a tenth of the rules' instructions). Here an ASCII word's bytes are
/// hashed with FNV-1a into an open-addressed table of ASCII keys and compared byte for byte. A
/// non-ASCII word asks the dictionary; a non-ASCII key that `String` equality finds equal to an
/// ASCII word (U+212A KELVIN SIGN is "K") is also kept under that ASCII spelling; so every answer
/// is the dictionary's. A non-ASCII word holding a quotation mark, dash or other plain punctuation
/// mark (`plainPunctuation`) that no key holds is no key: answered without the dictionary, whose
/// hashing of non-ASCII text (a thousand instructions) the quotation marks of news asked of every
/// set.
struct WordTable<Value> {
    /// Every entry, as given: what a non-ASCII look-up reads.
    let dictionary: [String: Value]
    /// Slot -> the high half of its key's hash (in the high 32 bits) | where the key's bytes start
    /// in `keyBytes` (at least 1), 0 when empty; a power of two long, at most half full. One 8-byte word a slot, so that a look-up,
    /// which mostly misses the cache on the slot it reads first, reads one line where hash, start
    /// and length took three arrays; and the tables the rules probe most (gazetteer prefixes,
    /// first names) are half as large.
    private let slots: [UInt64]
    /// Each key as its length in one byte, then its bytes (a slot points past the length byte).
    private let keyBytes: [UInt8]
    private let values: [Value?]
    private let mask: Int
    /// False when some ASCII key could not be placed (longer than 255 bytes, or past 4 GB of
    /// keys): then a look-up the table misses asks the dictionary.
    private let holdsEveryASCIIKey: Bool
    /// Whether some key (in its canonical decomposition) holds a `plainPunctuation` mark: then
    /// every non-ASCII look-up asks the dictionary.
    private let keysHoldPlainPunctuation: Bool

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        // ASCII keys, and the ASCII spelling of any key `String` equality finds equal to one
        // (U+212A KELVIN SIGN is "K"); a dictionary holds at most one of such equal keys
        var asciiEntries: [(key: String, value: Value)] = []
        var keysHoldPlainPunctuation = false
        for (key, value) in dictionary {
            if ASCIIFolding.isASCII(key) {
                asciiEntries.append((key, value))
                continue
            }
            let decomposed = key.decomposedStringWithCanonicalMapping
            if decomposed.unicodeScalars.contains(where: Self.isPlainPunctuation) { keysHoldPlainPunctuation = true }
            if let ascii = Self.asciiEquivalent(of: key, decomposed: decomposed) {
                asciiEntries.append((ascii, value))
            }
        }
        self.keysHoldPlainPunctuation = keysHoldPlainPunctuation
        var capacity = 8
        while capacity < asciiEntries.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var keyBytes: [UInt8] = []
        var values = [Value?](repeating: nil, count: capacity)
        var holdsEveryASCIIKey = true
        // the keys' bytes total about as many as the keys' characters: reserved once
        keyBytes.reserveCapacity(asciiEntries.reduce(0) { $0 + $1.key.utf8.count + 1 })
        for (key, value) in asciiEntries {
            var key = key
            // a native string's bytes are read in place (no array per key: a fifth of start-up's
            // table building)
            key.makeContiguousUTF8()
            guard let length = UInt8(exactly: key.utf8.count), let start = UInt32(exactly: keyBytes.count + 1) else {
                holdsEveryASCIIKey = false
                continue
            }
            let hash = key.utf8.withContiguousStorageIfAvailable { Self.hash($0) } ?? Array(key.utf8).withUnsafeBufferPointer { Self.hash($0) }
            var slot = Self.home(of: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Self.fingerprint(of: hash) | UInt64(start)
            keyBytes.append(length)
            keyBytes.append(contentsOf: key.utf8)
            values[slot] = value
        }
        self.slots = slots
        self.keyBytes = keyBytes
        self.values = values
        self.holdsEveryASCIIKey = holdsEveryASCIIKey
        mask = capacity - 1
    }

    var isEmpty: Bool { dictionary.isEmpty }
    var count: Int { dictionary.count }

    subscript(word: String) -> Value? {
        let found = word.utf8.withContiguousStorageIfAvailable { slot(of: $0) } ?? Self.notASCII
        if found >= 0 { return values[found] }
        if found == Self.notASCII && isNoKey(nonASCII: word) { return nil }
        return found == Self.notASCII || !holdsEveryASCIIKey ? dictionary[word] : nil
    }

    /// Whether `word` is a key: the subscript's answer without reading the value, one cache line
    /// fewer for a set's words.
    func containsKey(_ word: String) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { slot(of: $0) } ?? Self.notASCII
        if found >= 0 { return true }
        if found == Self.notASCII && isNoKey(nonASCII: word) { return false }
        return found == Self.notASCII || !holdsEveryASCIIKey ? dictionary[word] != nil : false
    }

    /// `self[word]`, when `hash` is `WordHash.of(word)` (a token's `lowerHash`): most look-ups
    /// then read one slot and no byte of the word.
    @inline(__always)
    subscript(word: String, hash hash: UInt64) -> Value? {
        guard hash != WordHash.notASCII else { return self[word] }
        let found = slot(ofHash: hash, word)
        if found >= 0 { return values[found] }
        return holdsEveryASCIIKey ? nil : dictionary[word]
    }

    /// `containsKey(word)`, when `hash` is `WordHash.of(word)` (a token's `lowerHash`).
    @inline(__always)
    func containsKey(_ word: String, hash: UInt64) -> Bool {
        guard hash != WordHash.notASCII else { return containsKey(word) }
        if slot(ofHash: hash, word) >= 0 { return true }
        return holdsEveryASCIIKey ? false : dictionary[word] != nil
    }

    /// The slot holding the ASCII `word`, whose `WordHash` is `hash`; `absent` when none does.
    @inline(__always)
    private func slot(ofHash hash: UInt64, _ word: String) -> Int {
        probe(hash) { start in
            word.utf8.withContiguousStorageIfAvailable { equalBytes(at: start, $0) }
                ?? Array(word.utf8).withUnsafeBufferPointer { equalBytes(at: start, $0) }
        }
    }

    /// Linear probing from `hash`'s home slot: the first slot with `hash`'s fingerprint whose key,
    /// stored from byte `start`, `isKey` accepts; `absent` at the first empty slot.
    @inline(__always)
    private func probe(_ hash: UInt64, _ isKey: (_ start: Int) -> Bool) -> Int {
        let fingerprint = Self.fingerprint(of: hash)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.home(of: hash) & mask
            while true {
                let stored = slots[slot]
                if stored == 0 { return Self.absent }
                if stored & Self.fingerprintMask == fingerprint, isKey(Int(truncatingIfNeeded: stored & Self.startMask)) { return slot }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the non-ASCII `word` is surely no key: it holds a `plainPunctuation` mark that no
    /// key holds. Such a mark has no canonical decomposition and combines with nothing, so it
    /// stays in the word's canonical decomposition, and `String` equality compares those.
    @inline(__always)
    private func isNoKey(nonASCII word: String) -> Bool {
        !keysHoldPlainPunctuation && word.unicodeScalars.contains(where: Self.isPlainPunctuation)
    }

    /// Latin-1's punctuation and symbols (U+00A1-U+00BF: « » ¿ °) and General Punctuation's marks
    /// (U+2010-U+2027, U+2030-U+205E: dashes, quotation marks, bullets, primes): none has a
    /// canonical decomposition or combines with the mark before it (`WordTableTests` checks each).
    static func isPlainPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA1...0xBF, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    private static var absent: Int { -1 }
    private static var notASCII: Int { -2 }

    /// The slot holding `bytes` as its key; `absent`, or `notASCII` when `bytes` are not ASCII.
    @inline(__always)
    private func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = FeatureHash.fnvOffset
        var bits: UInt8 = 0
        for byte in bytes {
            bits |= byte
            hash = (hash ^ UInt64(byte)) &* FeatureHash.fnvPrime
        }
        guard bits < 0x80 else { return Self.notASCII }
        hash |= 1
        return probe(hash) { start in equalBytes(at: start, bytes) }
    }

    private static var fingerprintMask: UInt64 { 0xFFFF_FFFF_0000_0000 }
    private static var startMask: UInt64 { 0x0000_0000_FFFF_FFFF }

    /// The high half of `hash`, where a slot keeps it (the home slot comes mostly from the low half).
    @inline(__always)
    private static func fingerprint(of hash: UInt64) -> UInt64 { hash & fingerprintMask }

    /// Whether the key starting at `start` in `keyBytes` (its length in the byte before) is `bytes`.
    @inline(__always)
    private func equalBytes(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { stored in
            guard Int(stored[start - 1]) == bytes.count else { return false }
            var i = 0
            while i < bytes.count {
                if stored[start + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Where a key of `hash` is looked for first, before masking. FNV-1a's low bits depend on the
    /// low bits of the bytes alone, and the lowest is always set (`hash`), so the high half is
    /// folded in: masked as it is, only odd slots would be home slots, and absent words (most
    /// look-ups) would probe long runs.
    @inline(__always)
    static func home(of hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash ^ (hash >> 29)) >> 1) }

    /// FNV-1a of bytes, never 0 (the empty slot's mark).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { WordHash.of(bytes) }

    /// The ASCII string `String` equality finds equal to `key`, if any: its canonical
    /// decomposition, when that is ASCII.
    static func asciiEquivalent(of key: String, decomposed: String? = nil) -> String? {
        let decomposed = decomposed ?? key.decomposedStringWithCanonicalMapping
        guard decomposed.utf8.allSatisfy({ $0 < 0x80 }), decomposed == key else { return nil }
        return decomposed
    }
}

extension WordTable: Sendable where Value: Sendable {}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral entries: (String, Value)...) {
        self.init(Dictionary(entries, uniquingKeysWith: { first, _ in first }))
    }
}

/// A set of words with `WordTable`'s look-up: the same answers as a `Set<String>`'s `contains`.
///
/// ```swift
/// let openers: WordSet = ["the", "these", "both"]
/// openers.contains("both")  // true
/// ```
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Void>

    init(_ words: some Sequence<String>) {
        // filled in place: a dictionary made from an array of pairs built the pairs first
        var dictionary: [String: Void] = [:]
        dictionary.reserveCapacity(words.underestimatedCount)
        // an existing key stays as first given (setting a value keeps the key), as before
        for word in words { dictionary[word] = () }
        table = WordTable(dictionary)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The keys of `dictionary`: for a loader that fills the dictionary itself (the words hashed
    /// once, not once into a set and again into the set's dictionary).
    init(keysOf dictionary: [String: Void]) {
        table = WordTable(dictionary)
    }

    /// The words, as a standard set (for set algebra; look-ups should use `contains`).
    var set: Set<String> { Set(table.dictionary.keys) }
    var isEmpty: Bool { table.isEmpty }
    var count: Int { table.count }

    func contains(_ word: String) -> Bool { table.containsKey(word) }
    /// `contains(word)`, when `hash` is `WordHash.of(word)` (a token's `lowerHash`).
    @inline(__always)
    func contains(_ word: String, hash: UInt64) -> Bool { table.containsKey(word, hash: hash) }

    /// The words of both.
    func union(_ other: WordSet) -> WordSet { WordSet(set.union(other.set)) }
    func union(_ words: [String]) -> WordSet { WordSet(set.union(words)) }
}

extension WordSet {
    /// The articles, a closed class many rules test a word against: `WordSet.articles.contains("an")`.
    static let articles: WordSet = ["a", "an", "the"]

    /// The possessives of a named person ("his successor", "her deputy"), not of a body ("its").
    static let personPossessives: WordSet = ["his", "her"]

    /// Words that put a title in the past: "former Defence Minister X", "ex-president".
    static let formerTitleWords: WordSet = ["former", "ex", "retired"]
}
