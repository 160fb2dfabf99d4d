/// The hand-made word lists of the extractor's rules (name cues, page furniture phrases,
/// abbreviations), each kept once in `Resources/Lexicons/word_lists.tsv` and loaded on first use.
///
/// ```swift
/// WordLists.set("NameCues.organizationHeads").contains("ministry")  // true
/// WordLists.phrases("NameCues.demonymOrganizations").first           // ["armed", "forces"]
/// ```
/// A list is named after the Swift type that reads it (`NameCues.travelVerbs`), so a reader of
/// the file finds its use and a reader of the code finds its words. Order is the file's.
enum WordLists {
    /// List name -> its entries in file order.
    static let table: [String: [String]] = {
        var table: [String: [String]] = [:]
        // A missing file leaves every list empty, which WordListsTests catches; the extractor's
        // own lexicons, loaded by `Extractor.init`, fail loudly first.
        try? Lexicons.forEachRow("word_lists.tsv") { fields in
            guard fields.count == 2 else { return }
            table[fields[0], default: []].append(fields[1])
        }
        return table
    }()

    /// The list `name` as a set.
    static func set(_ name: String) -> Set<String> {
        Set(list(name))
    }

    /// The list `name` as a `WordSet`, for the look-ups of a token's lower-case form.
    static func wordSet(_ name: String) -> WordSet {
        WordSet(list(name))
    }

    /// The list `name` in file order.
    static func list(_ name: String) -> [String] {
        table[name] ?? []
    }

    /// The list `name` as phrases of words (`"armed forces"` -> `["armed", "forces"]`).
    static func phrases(_ name: String) -> [[String]] {
        list(name).map { $0.split(separator: " ").map(String.init) }
    }
}
