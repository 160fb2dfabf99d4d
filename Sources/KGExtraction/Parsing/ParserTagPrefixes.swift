/// Each feature template's seed mixed with each part of speech's parser key, made once per parser.
///
/// 35 of the 63 templates start with a word's tags (`FeatureHash.combine(seed, word.tag)`, then
/// whatever else they read), and a sentence's words have few distinct tags among the model's
/// nine hundred or so: the parser reads that first mix from here instead of making it at every
/// transition (the parser's hash mixing was four percent of an ingest's instructions; this takes
/// out more than a quarter of it).
///
/// ```swift
/// let prefixes = ParserTagPrefixes.bundled
/// let row = prefixes.row(of: PartOfSpeech(upos: .NOUN, xpos: .NN).parserKey)!
/// prefixes.table[row * ParserFeatures.count + 3]  // FeatureHash.combine(templateSeeds[3], that key)
/// ```
package struct ParserTagPrefixes: Sendable {
    /// Row `r`, template `t` (entry `r * ParserFeatures.count + t`):
    /// `FeatureHash.combine(ParserFeatures.templateSeeds[t], tagKeys[r])`.
    package let table: [UInt64]
    /// An open-addressed index of the rows by tag key: slot -> key (0 when empty) and row.
    private let slotKeys: [UInt64]
    private let slotRows: [Int32]
    private let mask: Int

    /// The rows of `tagKeys`, in their order; a key given twice keeps its first row.
    package init(tagKeys: [UInt64]) {
        let seeds = ParserFeatures.templateSeeds
        var table: [UInt64] = []
        table.reserveCapacity(tagKeys.count * seeds.count)
        for key in tagKeys {
            for seed in seeds { table.append(FeatureHash.combine(seed, key)) }
        }
        self.table = table
        var capacity = 16
        while capacity < tagKeys.count * 2 { capacity *= 2 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: -1, count: capacity)
        for (row, key) in tagKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slotKeys[slot] != 0 && slotKeys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            if slotKeys[slot] == 0 {
                slotKeys[slot] = key
                slotRows[slot] = Int32(truncatingIfNeeded: row)
            }
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        mask = capacity - 1
    }

    /// The row of the tag key `key`, nil when the table has none (0, the empty slot's key, is
    /// no tag's: `FeatureHash.combine` never gives it).
    @inline(__always)
    package func row(of key: UInt64) -> Int32? {
        guard key != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = slotKeys[slot]
            if stored == key { return slotRows[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The rows of every tag a parse reads: each pair of a universal and a Penn tag (words
    /// beyond the tags read as `X` and `_`, one of them), the missing word's and the root's.
    package static let bundled: ParserTagPrefixes = {
        var keys: [UInt64] = []
        for upos in UPOS.allCases {
            for xpos in PennTag.allCases { keys.append(PartOfSpeech(upos: upos, xpos: xpos).parserKey) }
        }
        keys.append(ParserWord.none.tag)
        keys.append(ParserWord.root.tag)
        return ParserTagPrefixes(tagKeys: keys)
    }()
}
