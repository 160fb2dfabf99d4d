/// Finding words in a tree by their relations.
///
/// ```swift
/// // "NATO condemned Russia ."
/// tree.root                          // 1
/// tree.dependents(of: 1)             // [0, 2, 3]
/// tree.dependents(of: 1, labelled: "obj") // [2]
/// ```
extension DependencyTree {
    /// The number of words.
    public var count: Int { heads.count }

    /// The word attached to the artificial root, if any.
    public var root: Int? { heads.firstIndex { $0 == nil } }

    /// The words whose head is `head`, left to right.
    public func dependents(of head: Int) -> [Int] {
        heads.indices.filter { heads[$0] == head }
    }

    /// The words whose head is `head` with relation `label` (subtypes must match: "nmod:poss").
    public func dependents(of head: Int, labelled label: String) -> [Int] {
        heads.indices.filter { heads[$0] == head && labels[$0].rawValue == label }
    }
}
