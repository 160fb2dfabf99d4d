import Foundation

/// Spelling variants of place names (GeoNames alternate names), loaded once for `lookupKey`.
enum SpellingVariants {
    static let table: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(20_000)
        ModelTables.forEachRow("variants.tsv") { cols in
            guard cols.count == 2 else { return }
            table[plainKey(Substring(cols[0])) ?? AliasKey.normalize(cols[0])] = plainKey(Substring(cols[1])) ?? AliasKey.normalize(cols[1])
        }
        return table
    }()

    /// The normalized form of lower-case ASCII words and single spaces is the text itself.
    static func plainKey(_ text: Substring) -> String? {
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 32 {
                if previousSpace { return nil }
                previousSpace = true
            } else if byte >= 97 && byte <= 122 || byte >= 48 && byte <= 57 {
                previousSpace = false
            } else {
                return nil
            }
        }
        return previousSpace ? nil : String(text)
    }

    /// General transliteration folds (for ASCII words; diacritics are folded before) for one word: `-iy`/`-yy`/`-ij` endings to `-y`, a doubled
    /// final consonant to one (`Tallinn` -> `tallin`).
    static func foldWord(_ word: Substring) -> String {
        var w = String(word)
        guard w.count > 4 else { return w }
        var folded = false
        for ending in ["iy", "yy", "ij", "ii", "ei"] where w.hasSuffix(ending) {
            w = String(w.dropLast(2)) + (ending == "ei" ? "ey" : "y")
            folded = true
            break
        }
        // "Dmitri"/"Dmitry", "Orlovski"/"Orlovsky": a final -i after a consonant is -y
        if !folded, w.hasSuffix("i"), let previous = w.dropLast().last, !"aeiouy".contains(previous) {
            w = String(w.dropLast()) + "y"
        }
        if let last = w.last, let previous = w.dropLast().last, last == previous, !"aeiou".contains(last) {
            w.removeLast()
        }
        return w
    }
}
