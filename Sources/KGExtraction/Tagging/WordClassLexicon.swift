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

    /// Narrowed hashes of the lowercased words, and each word's classes.
    let keys: [UInt32]
    let masks: [UInt8]
    private let index: FeatureIndex

    init(keys: [UInt32], masks: [UInt8]) {
        self.keys = keys
        self.masks = masks
        index = FeatureIndex(keys: keys)
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
        let row = index.row(for: FeatureHash.narrow(hash))
        return row < 0 ? 0 : masks[row]
    }
}
