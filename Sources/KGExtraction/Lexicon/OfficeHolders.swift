import Foundation

/// People the PETRARCH2 country actors date in an office of one country's state
/// (`Resources/Lexicons/office_holders.tsv`): "Bill Clinton" -> United States. Read on first use.
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
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "-", with: " ")
    }
}
