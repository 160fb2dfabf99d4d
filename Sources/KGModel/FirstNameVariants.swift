import Foundation

/// Spellings of one first name across transliterations (`Volodymyr`/`Vladimir`,
/// `Mohammed`/`Muhammad`), folded to one key so a person's name compares equal however it was
/// romanized.
///
/// ```swift
/// FirstNameVariants.canonical("Vladimir") == FirstNameVariants.canonical("Volodymyr")  // true
/// FirstNameVariants.canonical("Joe") == FirstNameVariants.canonical("Jill")  // false
/// ```
/// The table is KGModel's `Resources/Lexicons/first_name_variants.tsv`, a hand-made project table. The
/// key is for comparing only; never show it.
public enum FirstNameVariants {
    /// The canonical key of one first name: its `AliasKey.lookupKey` with known variants folded
    /// to the table's canonical spelling.
    public static func canonical(_ firstName: String) -> String {
        let key = AliasKey.lookupKey(firstName)
        return table[key] ?? key
    }

    /// Whether two first names are one name written two ways.
    ///
    /// ```swift
    /// FirstNameVariants.areEquivalent("Dmitry", "Dmytro")  // true
    /// ```
    public static func areEquivalent(_ a: String, _ b: String) -> Bool {
        canonical(a) == canonical(b)
    }

    /// Lookup key of a variant -> lookup key of its canonical spelling.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        ModelTables.forEachRow("first_name_variants.tsv") { cols in
            guard cols.count == 2 else { return }
            let canonical = AliasKey.lookupKey(cols[0])
            table[canonical] = canonical
            for variant in cols[1].split(separator: " ") {
                table[AliasKey.lookupKey(String(variant))] = canonical
            }
        }
        return table
    }()
}

extension AliasKey {
    /// `lookupKey` of a person's name with the first name folded by `FirstNameVariants`: equal
    /// keys mean one name however it was transliterated.
    ///
    /// ```swift
    /// AliasKey.personKey("Volodymyr Zelenskiy") == AliasKey.personKey("Vladimir Zelensky")  // true
    /// ```
    public static func personKey(_ name: String) -> String {
        let words = lookupKey(name).split(separator: " ")
        guard let first = words.first else { return "" }
        return ([FirstNameVariants.table[String(first)] ?? String(first)] + words.dropFirst().map(String.init))
            .joined(separator: " ")
    }
}
