import Foundation

/// The normalized form of a name that lookups compare: case, punctuation, a possessive `'s` and a
/// leading "the" do not count.
///
/// ```swift
/// AliasKey.normalize("The Kremlin's")  // "kremlin"
/// AliasKey.normalize("Thomas-Greenfield")  // "thomas greenfield"
/// ```
public enum AliasKey {
    public static func normalize(_ text: String) -> String {
        var folded = text.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .lowercased()
        if folded.hasSuffix("'s") { folded.removeLast(2) }
        folded = folded.replacingOccurrences(of: "'s ", with: " ")
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let isWord = CharacterSet.alphanumerics.contains(scalar) || scalar == "_"
            if isWord {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }
}

extension AliasKey {
    /// The key stored in `aliases.key` and computed for every lookup: `normalize` plus folding of
    /// transliteration variants, so "Zelenskiy" finds "Zelensky" and "Kiev" finds "Kyiv".
    ///
    /// ```swift
    /// AliasKey.lookupKey("Zelenskiy") == AliasKey.lookupKey("Zelensky")  // true
    /// ```
    ///
    /// Folding: the whole normalized form, then each word, is looked up in a table of place-name
    /// spellings derived from GeoNames alternate names (`kiev` -> `kyiv`, `lugansk` -> `luhansk`);
    /// then general transliteration rules apply per word: `-iy`/`-yy`/`-ij`/`-ii` endings become
    /// `-y` (`zelenskiy` -> `zelensky`) and a doubled final consonant becomes one (`donbass` ->
    /// `donbas`). The result is only for comparing; never show it.
    public static func lookupKey(_ text: String) -> String {
        let normalized = normalize(text)
        let variants = SpellingVariants.table
        if let whole = variants[normalized] { return whole }
        return normalized.split(separator: " ").map { word in
            variants[String(word)] ?? SpellingVariants.foldWord(word)
        }.joined(separator: " ")
    }
}
