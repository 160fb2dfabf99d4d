/// What the relation rules need from a dependency parser: a tree for a sentence's words and tags.
///
/// `DependencyParser` (in `Parsing/`) is the one kg ships; tests can pass a parser that returns
/// hand-written trees, so that each construction is tested on the tree it is written for.
///
/// ```swift
/// let extractor = try Extractor(parser: DependencyParser.bundled())
/// ```
public protocol SentenceParsing: Sendable {
    /// The tree of one sentence; `words` and `tags` have the same length, and so do the tree's arrays.
    func parse(_ words: [String], tags: [PartOfSpeech]) -> DependencyTree
}
