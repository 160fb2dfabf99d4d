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
