import Synchronization

/// A parser that keeps every tree it makes: what the relation rules read, names folded into one
/// word each (`MentionFolding`), before the rules' own tree repairs. `kg train parse --folded`
/// prints them, to show where a rule's tree goes wrong.
///
/// ```swift
/// let recorder = RecordingParser(try DependencyParser.bundled())
/// _ = try Extractor(parser: recorder).extract("Ghana and Togo recalled their envoys.")
/// recorder.records.first?.words  // ["Ghana", "and", "Togo", "recalled", "their", "envoys", "."]
/// ```
public final class RecordingParser: SentenceParsing {
    /// One parse: the words and tags it was given and the tree it returned.
    public struct Record: Sendable {
        public let words: [String]
        public let tags: [PartOfSpeech]
        public let tree: DependencyTree
    }

    let parser: any SentenceParsing
    private let kept = Mutex<[Record]>([])

    public init(_ parser: any SentenceParsing) {
        self.parser = parser
    }

    /// The parses made so far, in the order they were made.
    public var records: [Record] { kept.withLock { $0 } }

    /// Forgets the parses made so far.
    public func clear() { kept.withLock { $0.removeAll() } }

    public func parse(_ words: [String], tags: [PartOfSpeech]) -> DependencyTree {
        let tree = parser.parse(words, tags: tags)
        kept.withLock { $0.append(Record(words: words, tags: tags, tree: tree)) }
        return tree
    }
}
