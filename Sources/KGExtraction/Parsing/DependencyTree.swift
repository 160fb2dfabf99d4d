/// A Universal Dependencies relation label, such as `nsubj`, `obj` or `nmod:poss`.
public struct DependencyLabel: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// The universal part of the label: `nsubj` for `nsubj:pass`, `nmod` for `nmod:poss`.
    ///
    /// Found once, when the label is made: the rules ask for it some 3,000 times per article, and
    /// finding the colon each time took about 180 instructions.
    let base: String

    public init(rawValue: String) {
        self.rawValue = rawValue
        base = Self.base(of: rawValue)
    }

    public var description: String { rawValue }

    // equal and hashed by the raw value alone, as before `base` was kept (it follows from the raw value)
    public static func == (lhs: DependencyLabel, rhs: DependencyLabel) -> Bool { lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The part of `label` before its first colon (a label that opens with ":" keeps what
    /// `split(separator:)` gives: the part after it).
    static func base(of label: String) -> String {
        let utf8 = label.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return label }
        guard colon != label.startIndex else { return label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label }
        return String(label[..<colon])
    }

    /// A label whose base is given, not found: for the constants the rules compare with, which the
    /// compiler can then lay out in place (no lazy initialization asked at each use).
    init(rawValue: String, base: String) {
        self.rawValue = rawValue
        self.base = base
    }
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
