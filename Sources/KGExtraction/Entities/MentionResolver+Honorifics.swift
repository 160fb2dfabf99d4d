import KGModel

/// Honorifics that are written as part of a name: "Sheikh Hasina", "Sheikh Tamim bin Hamad al-Thani",
/// "Sultan Haitham". The recognizer strips them like any title, so the name stays the bare one, but
/// readers (and the guidelines' aliases) know the person by the full form too.
extension MentionResolver {
    /// Honorifics that belong to the name they precede.
    static let nameHonorifics: WordSet = WordLists.wordSet("MentionResolver.nameHonorifics")

    /// Adds "Sheikh X" as an alias of the person X for every person mention right after a name honorific,
    /// and "King X" for one right after a royal title ("Saudi King Abdullah": a monarch is known by
    /// the title and the given name together).
    ///
    /// ```swift
    /// // "Prime Minister Sheikh Hasina said ..." -> Hasina's aliases gain "Sheikh Hasina"
    /// MentionResolver.addHonorificAliases(&resolved, raw: raw, tokens: tokens, surfaces: surfaces)
    /// ```
    static func addHonorificAliases(_ resolved: inout Resolved, raw: [RawMention], tokens: [Token], surfaces: [String]) {
        for (i, m) in raw.enumerated() where m.type == .person && m.range.lowerBound > 0 {
            let before = tokens[m.range.lowerBound - 1]
            guard nameHonorifics.contains(before.lower) || royalTitles.contains(before.lower), before.isCapitalized, let id = resolved.entityOfMention[i],
                resolved.entities.indices.contains(id)
            else { continue }
            let alias = before.text + " " + surfaces[i]
            if !resolved.entities[id].aliases.contains(alias) { resolved.entities[id].aliases.append(alias) }
        }
    }
}
