/// How names built from tokens are written back.
extension String {
    /// "Lund - Berg" written back as "Lund-Berg" (names are joined from tokens).
    var joinedHyphens: String {
        guard utf8.contains(45) else { return self }
        return replacingOccurrences(of: " - ", with: "-")
    }
}

extension String {
    /// The one name of an institution known under two ("Military" -> "Armed Forces").
    var institutionCanonical: String { NameCues.institutionSynonyms[self] ?? self }
}
