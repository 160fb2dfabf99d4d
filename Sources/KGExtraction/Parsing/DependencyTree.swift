/// A Universal Dependencies relation label, such as `nsubj`, `obj` or `nmod:poss`.
public struct DependencyLabel: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// One sentence's dependency tree: each token's head and its relation to it.
///
/// ```swift
/// // "NATO condemned Russia ."
/// tree.heads   // [1, nil, 1, 1]
/// tree.labels  // [nsubj, root, obj, punct]
/// ```
public struct DependencyTree: Sendable, Equatable {
    /// The head of each token as a token index; nil for the root.
    public let heads: [Int?]
    /// Each token's relation to its head; `root` for the root.
    public let labels: [DependencyLabel]

    public init(heads: [Int?], labels: [DependencyLabel]) {
        self.heads = heads
        self.labels = labels
    }
}
