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
        foldASCIIWord(word) ?? foldCharacters(word)
    }

    /// `foldCharacters` of an ASCII word (no carriage return, so each Character is one byte), from
    /// its bytes: the Character path's counts, suffix tests and set tests took about 3,000
    /// instructions a word. Nil for other words.
    static func foldASCIIWord(_ word: Substring) -> String? {
        var w: [UInt8] = []
        w.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            guard byte < 0x80, byte != 13 else { return nil }
            w.append(byte)
        }
        guard w.count > 4 else { return String(word) }
        func isVowel(_ byte: UInt8, orY: Bool) -> Bool {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
            case UInt8(ascii: "y"): orY
            default: false
            }
        }
        let (y, i) = (UInt8(ascii: "y"), UInt8(ascii: "i"))
        var folded = false
        let endings: [(UInt8, UInt8)] = [(i, y), (y, y), (i, UInt8(ascii: "j")), (i, i), (UInt8(ascii: "e"), i)]
        for (first, second) in endings where w[w.count - 2] == first && w[w.count - 1] == second {
            // "-ei" -> "-ey"; the others' two letters -> "y"
            if first != UInt8(ascii: "e") { w.removeLast() }
            w[w.count - 1] = y
            folded = true
            break
        }
        // "Dmitri"/"Dmitry", "Orlovski"/"Orlovsky": a final -i after a consonant is -y
        if !folded, w[w.count - 1] == i, !isVowel(w[w.count - 2], orY: true) {
            w[w.count - 1] = y
        }
        if w[w.count - 1] == w[w.count - 2], !isVowel(w[w.count - 1], orY: false) {
            w.removeLast()
        }
        return String(decoding: w, as: UTF8.self)
    }

    /// `foldWord` by Characters: any word.
    static func foldCharacters(_ word: Substring) -> String {
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
