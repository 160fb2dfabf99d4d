/// How names built from tokens are written back.
extension String {
    /// A name's words as written: the parts a hyphen or a possessive joins to a word are rejoined
    /// ("Lund - Berg" -> "Lund-Berg", "People 's Party" -> "People's Party").
    var joinedWordParts: String {
        var name = self
        if name.utf8.contains(45) { name = name.replacingOccurrences(of: " - ", with: "-") }
        if name.utf8.contains(39) { name = name.replacingOccurrences(of: " 's ", with: "'s ") }
        if name.contains("\u{2019}") { name = name.replacingOccurrences(of: " \u{2019}s ", with: "\u{2019}s ") }
        return name
    }
}

extension String {
    /// The one name of an institution known under two ("Military" -> "Armed Forces").
    var institutionCanonical: String { NameCues.institutionSynonyms[self] ?? self }
}
