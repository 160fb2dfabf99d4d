/// Where a fact's date came from.
public enum FactDateSource: String, CaseIterable, Sendable, Codable {
    /// An explicit date in the fact's sentence ("on October 7, 2023", "on Feb. 21").
    case sentence
    /// A relative date in the sentence ("on Monday", "yesterday", "last week") resolved against
    /// the document's publication date.
    case relative
    /// No date in the sentence: the document's publication date.
    case document
}
