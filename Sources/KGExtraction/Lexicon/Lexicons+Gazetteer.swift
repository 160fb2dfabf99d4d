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
        ///
        /// This load is start-up's longest: the other loads finish before it, so its instructions
        /// are wall time with a core idle. The word sets are filled as dictionaries (a `WordSet`
        /// made from a `Set` hashed every word a second time) and every table is reserved at its
        /// size (about 50,500 keys, 9,000 prefixes, 46,000 first words).
        static func load() throws -> GazetteerTables {
            var tables = GazetteerTables()
            var gazetteerPrefixes: [String: Void] = [:], gazetteerFirstWords: [String: Void] = [:]
            tables.entries.reserveCapacity(56_000)
            gazetteerPrefixes.reserveCapacity(12_000)
            gazetteerFirstWords.reserveCapacity(52_000)
            try Lexicons.forEachRow("gazetteer.tsv") { cols in
                guard cols.count >= 4, let type = entityType(code: cols[2]) else { return }
                let key = Lexicons.tokenKey(cols[0])
                guard !key.isEmpty else { return }
                var lowerTail = false
                var wordCount = 1
                var firstWordEnd = key.endIndex
                var afterSpace = false
                // ASCII rows (nearly all of 48,000) read byte by byte: walking Characters was a fifth of start-up
                if isASCII(cols[0]) {
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
                    isASCII(key)
                    ? key.utf8.indices.filter { key.utf8[$0] == 32 } : key.indices.filter { key[$0] == " " }
                for index in spaces {
                    if wordCount == 1 { firstWordEnd = index }
                    wordCount += 1
                    gazetteerPrefixes[String(key[..<index])] = ()
                }
                let surface = cols[0].utf8
                let spelledInCapitals = (2...3).contains(surface.count) && surface.allSatisfy { $0 >= 65 && $0 <= 90 }
                // (the kind code told by its first byte; a past state's adjective, rare, compared only then)
                let code = kind(code: cols[3])
                let historical = code == nil && cols[3] == Self.historicalDemonymCode
                let entry = GazetteerEntry(
                    canonical: cols[1], type: type, kind: historical ? .demonym : code ?? .name,
                    lowerTail: lowerTail, spelledInCapitals: spelledInCapitals, actorOnly: historical)
                tables.entries[key, default: []].append(entry)
                if entry.kind == .demonym, type == .country, tables.demonymOf[entry.canonical] == nil { tables.demonymOf[entry.canonical] = cols[0] }
                gazetteerFirstWords[String(key[..<firstWordEnd])] = ()
                tables.maxTokens = max(tables.maxTokens, wordCount)
            }
            tables.prefixes = WordSet(keysOf: gazetteerPrefixes)
            tables.firstWords = WordSet(keysOf: gazetteerFirstWords)
            return tables
        }

        /// The entity type a row's type code names: `EntityType(rawValue:)`'s answer without its
        /// comparison of the code with every case's name (about 500 instructions a row). The
        /// four names differ in length, so the length picks the one name to compare.
        static func entityType(code: String) -> EntityType? {
            let type: EntityType
            switch code.utf8.count {
            case 6: type = .person
            case 7: type = .country
            case 8: type = .location
            case 12: type = .organization
            default: return nil
            }
            return code == type.rawValue ? type : nil
        }

        /// The kind code of a past state's adjective, read as a demonym only before a title or a noun
        /// of those acting for the state (`GazetteerEntry.actorOnly`).
        static let historicalDemonymCode = "historical demonym"

        /// The kind a row's kind code names: `GazetteerEntry.Kind(rawValue:)`'s answer, the first
        /// byte picking the one name to compare (the six names start differently).
        static func kind(code: String) -> GazetteerEntry.Kind? {
            let kind: GazetteerEntry.Kind
            switch code.utf8.first {
            case UInt8(ascii: "n"): kind = .name
            case UInt8(ascii: "d"): kind = .demonym
            case UInt8(ascii: "c"): kind = .capital
            case UInt8(ascii: "m"): kind = .metonym
            case UInt8(ascii: "a"): kind = .acronym
            case UInt8(ascii: "v"): kind = .variant
            default: return nil
            }
            return code == kind.rawValue ? kind : nil
        }

        /// Whether `text` is ASCII, read from its bytes in place (`utf8.allSatisfy` took about 330
        /// instructions a row).
        static func isASCII(_ text: String) -> Bool {
            ASCIIFolding.isASCII(text)
        }
    }
}
