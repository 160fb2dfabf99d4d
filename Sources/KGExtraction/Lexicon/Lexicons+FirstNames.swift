import Foundation

/// First names read with or without their diacritics: the lexicon is written in ASCII, news
/// writes "José", "François", "Micheál".
extension Lexicons {
    /// Whether `text` is a first name of the lexicon, read without its diacritics when it has any.
    ///
    /// ```swift
    /// lexicons.isFirstName("José")  // true, as "Jose"
    /// ```
    func isFirstName(_ text: String) -> Bool {
        firstNames.contains(text) || Self.withoutDiacritics(text).map { firstNames.contains($0) } == true
    }

    /// The gender the first name `text` usually has, read without its diacritics when it has any.
    func gender(ofFirstName text: String) -> Gender? {
        genderOfFirstName[text] ?? Self.withoutDiacritics(text).flatMap { genderOfFirstName[$0] }
    }

    /// `text` with its letters' diacritics dropped ("José" -> "Jose"); nil for ASCII text, which has
    /// none (the common case, kept free of Foundation's folding).
    static func withoutDiacritics(_ text: String) -> String? {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return text.folding(options: .diacriticInsensitive, locale: nil)
    }
}
