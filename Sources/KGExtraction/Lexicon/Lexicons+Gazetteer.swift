import KGModel

extension Lexicons {
    /// The gazetteer's tables, read from `gazetteer.tsv` apart from the other lexicons so that
    /// the two halves of the lexicons' load run on two threads (`Lexicons.load`).
    struct GazetteerTables: Sendable {
        var entries: [String: [GazetteerEntry]] = [:]
        var demonymOf: [String: String] = [:]
        var prefixes: WordSet = []
        var firstWords: WordSet = []
        var maxTokens = 1

        /// Reads `gazetteer.tsv`: each surface form's entries, and the prefixes and first words
        /// a name read word by word is checked against.
        static func load() throws -> GazetteerTables {
            var tables = GazetteerTables()
            var gazetteerPrefixes = Set<String>(), gazetteerFirstWords = Set<String>()
            tables.entries.reserveCapacity(48_000)
            try Lexicons.forEachRow("gazetteer.tsv") { cols in
                guard cols.count >= 4, let type = EntityType(rawValue: cols[2]) else { return }
                let key = Lexicons.tokenKey(cols[0])
                guard !key.isEmpty else { return }
                var lowerTail = false
                var wordCount = 1
                var firstWordEnd = key.endIndex
                var afterSpace = false
                // ASCII rows (nearly all of 48,000) read byte by byte: walking Characters was a fifth of start-up
                if cols[0].utf8.allSatisfy({ $0 < 128 }) {
                    for byte in cols[0].utf8 {
                        if byte == 32 { afterSpace = true; continue }
                        if afterSpace, byte >= 97 && byte <= 122 { lowerTail = true }
                        afterSpace = false
                    }
                } else {
                    for c in cols[0] {
                        if c == " " { afterSpace = true; continue }
                        if afterSpace, c.isLowercase { lowerTail = true }
                        afterSpace = false
                    }
                }
                let spaces: [String.Index] =
                    key.utf8.allSatisfy({ $0 < 128 })
                    ? key.utf8.indices.filter { key.utf8[$0] == 32 } : key.indices.filter { key[$0] == " " }
                for index in spaces {
                    if wordCount == 1 { firstWordEnd = index }
                    wordCount += 1
                    gazetteerPrefixes.insert(String(key[..<index]))
                }
                let entry = GazetteerEntry(
                    canonical: cols[1], type: type, kind: GazetteerEntry.Kind(rawValue: cols[3]) ?? .name,
                    lowerTail: lowerTail)
                tables.entries[key, default: []].append(entry)
                if entry.kind == .demonym, type == .country, tables.demonymOf[entry.canonical] == nil { tables.demonymOf[entry.canonical] = cols[0] }
                gazetteerFirstWords.insert(String(key[..<firstWordEnd]))
                tables.maxTokens = max(tables.maxTokens, wordCount)
            }
            tables.prefixes = WordSet(gazetteerPrefixes)
            tables.firstWords = WordSet(gazetteerFirstWords)
            return tables
        }
    }
}
