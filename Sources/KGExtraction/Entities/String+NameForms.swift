/// How names built from tokens are written back.
extension String {
    /// A name's words as written: the parts a hyphen or a possessive joins to a word are rejoined
    /// ("Lund - Berg" -> "Lund-Berg", "People 's Party" -> "People's Party").
    var joinedWordParts: String {
        var name = self
        // Foundation asked only where the bytes hold a match (`holdsBytes(of:)`)
        if name.holdsBytes(of: " - ") { name = name.replacingOccurrences(of: " - ", with: "-") }
        if name.holdsBytes(of: " 's ") { name = name.replacingOccurrences(of: " 's ", with: "'s ") }
        if name.holdsBytes(of: " \u{2019}s ") { name = name.replacingOccurrences(of: " \u{2019}s ", with: "\u{2019}s ") }
        // "Workers' Party": a plural's apostrophe
        if name.holdsBytes(of: "s ' ") { name = name.replacingOccurrences(of: "s ' ", with: "s' ") }
        return name
    }
}

extension String {
    /// The one name of an institution known under two ("Military" -> "Armed Forces").
    var institutionCanonical: String { NameCues.institutionSynonyms[self] ?? self }
}
