import KGExtraction

/// One sentence to train or evaluate the parser on: words, the tags the parser will see, the gold tree.
///
/// ```swift
/// let sentence = try ParserTrainingSentence(annotated, tags: tagger.tagDetailed(annotated.forms))
/// sentence.tree.heads // [1, nil, 1, 1]
/// ```
public struct ParserTrainingSentence: Sendable, Equatable {
    public let words: [String]
    public let tags: [PartOfSpeech]
    public let tree: DependencyTree

    public init(words: [String], tags: [PartOfSpeech], tree: DependencyTree) {
        self.words = words
        self.tags = tags
        self.tree = tree
    }

    /// A treebank sentence with `tags` (nil: its gold tags); nil when its tree is incomplete or
    /// not a tree (a head missing or out of range, a cycle, other than exactly one root).
    public init?(_ sentence: AnnotatedSentence, tags: [PartOfSpeech]? = nil) {
        guard let tree = sentence.dependencyTree else { return nil }
        let words = sentence.forms
        self.init(
            words: words, tags: tags ?? sentence.tokens.map { PartOfSpeech(upos: $0.upos, xpos: $0.xpos) }, tree: tree
        )
    }
}

extension AnnotatedSentence {
    /// The sentence's gold tree, or nil when it is incomplete or not a well-formed tree.
    ///
    /// ```swift
    /// CoNLLUReader.parse(text)[0].dependencyTree?.heads // [1, nil, 1, 1]
    /// ```
    public var dependencyTree: DependencyTree? {
        var heads: [Int?] = []
        for token in tokens {
            guard let head = token.head, head <= tokens.count, token.relation != "_" else { return nil }
            heads.append(head == 0 ? nil : head - 1)
        }
        let tree = DependencyTree(heads: heads, labels: tokens.map { DependencyLabel(rawValue: $0.relation) })
        return tree.isWellFormed ? tree : nil
    }
}

extension DependencyTree {
    /// Exactly one root, every head a word of the sentence, no cycles.
    public var isWellFormed: Bool {
        guard heads.count == labels.count, heads.filter({ $0 == nil }).count == 1 else { return false }
        for start in heads.indices {
            var current = start
            var steps = 0
            while let head = heads[current] {
                guard heads.indices.contains(head), head != start, steps <= heads.count else { return false }
                current = head
                steps += 1
            }
        }
        return true
    }
}
