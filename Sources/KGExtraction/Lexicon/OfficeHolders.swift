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
