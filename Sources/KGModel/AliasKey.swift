import Foundation

/// The normalized form of a name that lookups compare: case, punctuation, a possessive `'s` and a
/// leading "the" do not count.
///
/// ```swift
/// AliasKey.normalize("The Elysee's")  // "elysee"
/// AliasKey.normalize("Lund-Berg")  // "lund berg"
/// ```
public enum AliasKey {
    public static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return ascii }
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
    /// `normalize` for plain ASCII text, without Foundation: the common case, and a hot one.
    static func normalizeASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if b >= 128 { return nil }
            bytes.append(b >= 65 && b <= 90 ? b + 32 : b)
        }
        // possessive 's at the end and before a space
        if bytes.count >= 2, bytes[bytes.count - 2] == 39, bytes[bytes.count - 1] == 115 { bytes.removeLast(2) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 39, i + 2 < bytes.count, bytes[i + 1] == 115, bytes[i + 2] == 32 {
                pendingSpace = true
                i += 3
                continue
            }
            let isWord = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95
            if isWord {
                if pendingSpace && !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(b)
            } else {
                pendingSpace = true
            }
            i += 1
        }
        if out.count >= 4, out[0] == 116, out[1] == 104, out[2] == 101, out[3] == 32 { out.removeFirst(4) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The key stored in `aliases.key` and computed for every lookup: `normalize` plus folding of
    /// transliteration variants, so "Orlovskiy" finds "Orlovsky" and "Kiev" finds "Kyiv".
    ///
    /// ```swift
    /// AliasKey.lookupKey("Orlovskiy") == AliasKey.lookupKey("Orlovsky")  // true
    /// ```
    ///
    /// Folding: the whole normalized form, then each word, is looked up in a table of place-name
    /// spellings derived from GeoNames alternate names (`kiev` -> `kyiv`, `lugansk` -> `luhansk`);
    /// then general transliteration rules apply per word: diacritics are dropped (`élysée` ->
    /// `elysee`), `-iy`/`-yy`/`-ij`/`-ii` endings and a final `-i` after a consonant become `-y`
    /// (`zelenskiy`, `zelenski` -> `zelensky`; `dmitri` -> `dmitry`), `-ei` becomes `-ey`
    /// (`alexei` -> `alexey`), and a doubled final consonant becomes one (`donbass` -> `donbas`).
    /// Words of four letters or fewer are left alone. The result is only for comparing; never
    /// show it.
    public static func lookupKey(_ text: String) -> String {
        var normalized = normalize(text)
        if !normalized.utf8.allSatisfy({ $0 < 128 }) {
            // "Élysée" and "Elysee", "Lagerlöf" and "Lagerlof" join
            normalized = normalized.folding(options: [.diacriticInsensitive], locale: nil)
        }
        let variants = SpellingVariants.table
        if let whole = variants[normalized] { return whole }
        return normalized.spaceSeparatedWords.map { word in
            variants[String(word)] ?? SpellingVariants.foldWord(word)
        }.joined(separator: " ")
    }
}
