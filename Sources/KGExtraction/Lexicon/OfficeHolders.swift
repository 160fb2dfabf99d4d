import Foundation

/// People the PETRARCH2 country actors date in an office of one country's state
/// (`Resources/Lexicons/office_holders.tsv`): "Bill Clinton" -> United States. Read on first use,
/// which `Extractor` makes at start-up (`warmSharedTables`).
///
/// ```swift
/// OfficeHolders.country(of: "John Howard")  // "Australia"
/// ```
enum OfficeHolders {
    /// Folded name -> the canonical name of the country.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        // a missing file places no one, which OfficeHoldersTests catches
        try? Lexicons.forEachRow("office_holders.tsv") { fields in
            guard fields.count == 2 else { return }
            table[key(fields[0])] = fields[1]
        }
        return table
    }()

    /// The country whose state the person named `name` held an office of, if the lexicon knows one.
    static func country(of name: String) -> String? {
        table[key(name)]
    }

    /// Given and family name ("ali|khamenei") -> the one country of every holder so named
    /// ("Ali Hoseini Khamenei", "Ali Housseini Khamenei"); names two countries share are left out.
    static let countryByGivenAndFamilyName: [String: String] = {
        var found: [String: String] = [:]
        var shared = Set<String>()
        for (name, country) in table {
            guard let short = givenAndFamilyName(ofKey: name) else { continue }
            if let other = found[short], other != country { shared.insert(short) } else { found[short] = country }
        }
        for short in shared { found[short] = nil }
        return found
    }()

    /// The country of the person named `name`, or, when the lexicon writes the name with middle
    /// names the text leaves out, of the holders with the same given and family name: "Ali Khamenei"
    /// -> Iran (the lexicon has "Ali Hoseini Khamenei").
    ///
    /// ```swift
    /// OfficeHolders.country(ofShortName: "Ali Khamenei")  // "Iran"
    /// ```
    static func country(ofShortName name: String) -> String? {
        let folded = key(name)
        if let country = table[folded] { return country }
        return givenAndFamilyName(ofKey: folded).flatMap { countryByGivenAndFamilyName[$0] }
    }

    /// "ali hoseini khamenei" -> "ali|khamenei"; nil for a name of one word.
    static func givenAndFamilyName(ofKey key: String) -> String? {
        // an ASCII key read by its bytes: splitting into words and interpolating took about
        // 10,000 instructions a name, 190 million for the table inside the first document
        ASCIIFolding.isASCII(key) ? asciiGivenAndFamilyName(ofKey: key) : splitGivenAndFamilyName(ofKey: key)
    }

    /// `givenAndFamilyName(ofKey:)` of any key, by its words.
    static func splitGivenAndFamilyName(ofKey key: String) -> String? {
        let words = key.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
        return "\(first)|\(last)"
    }

    /// `givenAndFamilyName(ofKey:)` of an ASCII key: its first and last runs of non-spaces.
    static func asciiGivenAndFamilyName(ofKey key: String) -> String? {
        var key = key
        return key.withUTF8 { bytes -> String? in
            let space = UInt8(ascii: " ")
            guard let firstStart = bytes.firstIndex(where: { $0 != space }),
                let lastEnd = bytes.lastIndex(where: { $0 != space })
            else { return nil }
            var firstEnd = firstStart
            while firstEnd < bytes.endIndex && bytes[firstEnd] != space { firstEnd += 1 }
            var lastStart = lastEnd
            while lastStart > bytes.startIndex && bytes[lastStart - 1] != space { lastStart -= 1 }
            // one word: its first run is its last
            guard firstEnd <= lastStart else { return nil }
            let first = UnsafeBufferPointer(rebasing: bytes[firstStart..<firstEnd])
            let last = UnsafeBufferPointer(rebasing: bytes[lastStart...lastEnd])
            return String(unsafeUninitializedCapacity: first.count + 1 + last.count) { out in
                var next = 0
                for byte in first {
                    out[next] = byte
                    next += 1
                }
                out[next] = UInt8(ascii: "|")
                next += 1
                for byte in last {
                    out[next] = byte
                    next += 1
                }
                return next
            }
        }
    }

    /// A name's look-up key: lower case, accents and hyphens folded ("José Ramos-Horta" -> "jose ramos horta").
    static func key(_ name: String) -> String {
        asciiKey(name) ?? foldedKey(name)
    }

    /// `foldedKey` of an ASCII name, from its bytes: folding changes only the capitals of ASCII
    /// text. Foundation's folding took about 30,000 instructions a name, half a billion for the
    /// table's 18,600 rows, inside the first document that asked. Nil when `name` is not ASCII.
    static func asciiKey(_ name: String) -> String? {
        ASCIIFolding.lowercased(name, hyphensAsSpaces: true)
    }

    /// The key by Foundation's case and diacritic folding: any name.
    static func foldedKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "-", with: " ")
    }
}
