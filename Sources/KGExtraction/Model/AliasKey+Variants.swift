import Foundation

/// Spelling variants of place names (GeoNames alternate names), loaded once for `lookupKey`.
enum SpellingVariants {
    static let table: [String: String] = {
        guard let lines = try? Lexicons.lines("variants.tsv") else { return [:] }
        var table: [String: String] = [:]
        table.reserveCapacity(lines.count)
        for line in lines {
            let cols = line.split(separator: "\t")
            guard cols.count == 2 else { continue }
            table[AliasKey.normalize(String(cols[0]))] = AliasKey.normalize(String(cols[1]))
        }
        return table
    }()

    /// General transliteration folds for one word: `-iy`/`-yy`/`-ij` endings to `-y`, a doubled
    /// final consonant to one (`Donbass` -> `donbas`).
    static func foldWord(_ word: Substring) -> String {
        var w = String(word)
        guard w.count > 4 else { return w }
        for ending in ["iy", "yy", "ij", "ii"] where w.hasSuffix(ending) {
            w = String(w.dropLast(2)) + "y"
            break
        }
        if let last = w.last, let previous = w.dropLast().last, last == previous, !"aeiou".contains(last) {
            w.removeLast()
        }
        return w
    }
}
