/// The country a person speaks for by the title before the name: "Croatian President X".
extension SentenceView {
    /// The country a person's title opens with, the title right before the name and the country's
    /// name or demonym right before the title ("Croatian President X", "U.S. Secretary of State X"),
    /// among `mentions` and `roles` (a sentence's, or the spans a resolver has so far); only titles
    /// `fits` accepts. Nil when no country opens the title.
    ///
    /// ```swift
    /// // "Turkish President Tayyip Erdogan": Turkey's span
    /// SentenceView.countryOpeningTitle(of: erdogan, mentions: spans, roles: roles) { _ in true }
    /// ```
    static func countryOpeningTitle(of person: Span, mentions: [Span], roles: [RoleSpan], where fits: (RoleSpan) -> Bool) -> Span? {
        guard let title = roles.first(where: { $0.range.upperBound == person.range.lowerBound && fits($0) }) else { return nil }
        return mentions.last { $0.range.upperBound == title.range.lowerBound && $0.type == .country }
    }
}

extension SentenceView {
    /// The country of a title set off before a person's name, "Kuwait's foreign minister, Sheikh X"
    /// or "the Kuwaiti foreign minister, X": the country's name before "'s", or its demonym, right
    /// before the title, and only capitalized words (ranks, honorifics) between the comma and the
    /// name; only titles `fits` accepts. Nil when no country opens the title.
    ///
    /// ```swift
    /// // "Kuwait's foreign minister, Sheikh Ahmad al-Sabah": Kuwait's span
    /// SentenceView.countryOfApposedTitle(of: sabah, tokens: tokens, mentions: spans, roles: roles) { _ in true }
    /// ```
    static func countryOfApposedTitle(of person: Span, tokens: [Token], mentions: [Span], roles: [RoleSpan], where fits: (RoleSpan) -> Bool) -> Span? {
        // back over the words before the name (at most three: "Air Chief Marshal") to the comma
        var comma = person.range.lowerBound - 1
        while comma >= 0, comma > person.range.lowerBound - 4, tokens[comma].text != ",", tokens[comma].isCapitalized,
            !mentions.contains(where: { $0.range.contains(comma) })
        {
            comma -= 1
        }
        guard comma >= 0, tokens[comma].text == ",",
            let title = roles.first(where: { $0.range.upperBound == comma && fits($0) })
        else { return nil }
        let possessive = title.range.lowerBound - 1
        let countryEnd = possessive >= 0 && tokens[possessive].lower == "'s" ? possessive : title.range.lowerBound
        return mentions.last { $0.range.upperBound == countryEnd && $0.type == .country }
    }
}
