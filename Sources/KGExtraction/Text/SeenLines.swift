/// The lines of a page read so far, by their words: whether a line repeats an earlier one (a
/// headline shown twice, a caption).
///
/// The answers of a `Set<String>` of each line's words joined with spaces, without joining a
/// paragraph's words into one string and hashing it: a line is found by its words' count and
/// their hashes (`WordHash`, which tokens keep), then compared word by word. Words hold no space
/// (the tokenizer splits at spaces), and a space composes with nothing, so two joined lines are
/// equal strings exactly when their words are. (A line of no words and one of a single empty
/// word both join to the empty string; the mask asks about neither.)
///
/// ```swift
/// var seen = SeenLines()
/// seen.insert(["breaking", "news"], hashes: hashes)
/// seen.contains(["breaking", "news"], hashes: hashes)  // true
/// ```
struct SeenLines {
    /// The words of the lines inserted, by `key(of:)` of their hashes.
    private var lines: [UInt64: [[String]]] = [:]

    /// Whether a line with these words was inserted; `hashes` are the words' `WordHash`es.
    func contains(_ words: [String], hashes: [UInt64]) -> Bool {
        lines[Self.key(of: hashes)]?.contains(words) ?? false
    }

    mutating func insert(_ words: [String], hashes: [UInt64]) {
        let key = Self.key(of: hashes)
        if lines[key]?.contains(words) ?? false { return }
        lines[key, default: []].append(words)
    }

    /// The words' hashes, and their count, folded into one (equal words give equal keys; a
    /// non-ASCII word's hash is shared by all of them, which the comparison of words settles).
    private static func key(of hashes: [UInt64]) -> UInt64 {
        var key = FeatureHash.fnvOffset ^ UInt64(hashes.count)
        for hash in hashes { key = (key ^ hash) &* FeatureHash.fnvPrime }
        return key
    }
}
