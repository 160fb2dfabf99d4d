import Foundation

/// Which open word classes a dictionary lists a word under: noun, verb, adjective, adverb.
///
/// The tagger reads it as a feature, which helps most with words the treebanks never show:
/// "rebuffed" is listed only as a verb, "bellicose" only as an adjective. Built from WordNet's
/// index files when training and stored inside the model.
///
/// ```swift
/// let lexicon = try WordClassLexicon(wordNetDirectory: URL(fileURLWithPath: "/usr/share/wordnet"))
/// lexicon.classes(of: "call") // [.noun, .verb]
/// ```
public struct WordClassLexicon: Sendable {
    /// A set of word classes, as stored in the model (one byte).
    public struct Classes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let noun = Classes(rawValue: 1)
        public static let verb = Classes(rawValue: 2)
        public static let adjective = Classes(rawValue: 4)
        public static let adverb = Classes(rawValue: 8)
    }

    /// Narrowed hashes of the lowercased words, and each word's classes (as the model stores them).
    let keys: [UInt32]
    let masks: [UInt8]
    /// Slot -> a word's narrowed hash (high 32 bits) | its classes (low 8 bits), 0 when empty; a
    /// power of two long, at most half full. Key and classes share one 8-byte word, so a look-up,
    /// which mostly misses the cache, reads one line where a key array, a row array and the
    /// classes took three.
    private let slots: [UInt64]
    private let slotMask: Int
    /// How often a key met an equal one while being placed: 0 exactly when the keys are
    /// distinct (else a damaged model file). Counted while building, cheaper than a `Set`.
    let duplicateKeyCount: Int

    /// `keys` must be distinct and non-zero (0 marks an empty slot), one class mask each.
    init(keys: [UInt32], masks: [UInt8]) {
        self.keys = keys
        self.masks = masks
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let slotMask = capacity - 1
        var duplicates = 0
        for (key, mask) in zip(keys, masks) {
            var slot = Int(key) & slotMask
            while slots[slot] != 0 {
                if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key { duplicates += 1 }
                slot = (slot + 1) & slotMask
            }
            slots[slot] = UInt64(key) << 32 | UInt64(mask)
        }
        self.slots = slots
        self.slotMask = slotMask
        duplicateKeyCount = duplicates
    }

    /// An empty lexicon: every word gets no classes.
    public static let empty = WordClassLexicon(keys: [], masks: [])

    /// Reads WordNet's `index.noun`, `index.verb`, `index.adj` and `index.adv` (one-word
    /// entries only).
    public init(wordNetDirectory directory: URL) throws {
        var classes: [String: UInt8] = [:]
        for (file, wordClass) in [("index.noun", Classes.noun), ("index.verb", .verb), ("index.adj", .adjective), ("index.adv", .adverb)] {
            let url = directory.appendingPathComponent(file)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw TaggingError.unreadable(file: url.path, reason: "cannot read: \(error.localizedDescription)")
            }
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                guard let word = line.split(separator: " ", maxSplits: 1).first, !word.contains("_") else { continue }
                classes[String(word), default: 0] |= wordClass.rawValue
            }
        }
        var seen = Set<UInt32>()
        var keys: [UInt32] = [], masks: [UInt8] = []
        for (word, mask) in classes.sorted(by: { $0.key < $1.key }) {
            // Two words whose narrowed hashes collide: keep the first, the other reads as unlisted.
            let key = FeatureHash.narrow(FeatureHash.of(word))
            guard seen.insert(key).inserted else { continue }
            keys.append(key)
            masks.append(mask)
        }
        self.init(keys: keys, masks: masks)
    }

    public var count: Int { keys.count }

    /// The classes of `word` (case-insensitive); empty when unlisted.
    public func classes(of word: String) -> Classes {
        Classes(rawValue: mask(forLowercaseHash: FeatureHash.of(word.lowercased())))
    }

    func mask(forLowercaseHash hash: UInt64) -> UInt8 {
        let key = FeatureHash.narrow(hash)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(key) & slotMask
            while true {
                let stored = slots[slot]
                if UInt32(truncatingIfNeeded: stored >> 32) == key { return UInt8(truncatingIfNeeded: stored) }
                if stored == 0 { return 0 }
                slot = (slot + 1) & slotMask
            }
        }
    }
}
