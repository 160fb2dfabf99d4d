/// Reading a dependency tree the way the relation rules ask: a word's dependents by relation.
extension DependencyTree {
    /// The dependents of each word, in sentence order.
    ///
    /// ```swift
    /// // "NATO condemned Russia ."
    /// tree.childLists()[1]  // [0, 2, 3]
    /// ```
    func childLists() -> [[Int]] {
        // each list made at its final size: appended to from empty, most grew twice
        var counts = [Int](repeating: 0, count: heads.count)
        for (i, head) in heads.enumerated() {
            if let head, head >= 0, head < heads.count, head != i { counts[head] += 1 }
        }
        var children = counts.map { count -> [Int] in
            var list: [Int] = []
            if count > 0 { list.reserveCapacity(count) }
            return list
        }
        for (i, head) in heads.enumerated() {
            if let head, head >= 0, head < heads.count, head != i { children[head].append(i) }
        }
        return children
    }

    /// A tree whose arrays match `count` words and whose heads all point inside it.
    func isWellFormed(count: Int) -> Bool {
        heads.count == count && labels.count == count && heads.allSatisfy { $0.map { (0..<count).contains($0) } ?? true }
    }
}

extension DependencyLabel {
    static let nsubj = DependencyLabel(rawValue: "nsubj", base: "nsubj")
    static let nsubjPass = DependencyLabel(rawValue: "nsubj:pass", base: "nsubj")
    static let obj = DependencyLabel(rawValue: "obj", base: "obj")
    static let iobj = DependencyLabel(rawValue: "iobj", base: "iobj")
    static let obl = DependencyLabel(rawValue: "obl", base: "obl")
    static let oblAgent = DependencyLabel(rawValue: "obl:agent", base: "obl")
    static let nmod = DependencyLabel(rawValue: "nmod", base: "nmod")
    static let nmodPoss = DependencyLabel(rawValue: "nmod:poss", base: "nmod")
    static let nmodUnmarked = DependencyLabel(rawValue: "nmod:unmarked", base: "nmod")
    static let nmodDesc = DependencyLabel(rawValue: "nmod:desc", base: "nmod")
    static let det = DependencyLabel(rawValue: "det", base: "det")
    static let conj = DependencyLabel(rawValue: "conj", base: "conj")
    static let cc = DependencyLabel(rawValue: "cc", base: "cc")
    static let xcomp = DependencyLabel(rawValue: "xcomp", base: "xcomp")
    static let ccomp = DependencyLabel(rawValue: "ccomp", base: "ccomp")
    static let advcl = DependencyLabel(rawValue: "advcl", base: "advcl")
    static let acl = DependencyLabel(rawValue: "acl", base: "acl")
    static let aclRelcl = DependencyLabel(rawValue: "acl:relcl", base: "acl")
    static let appos = DependencyLabel(rawValue: "appos", base: "appos")
    static let compound = DependencyLabel(rawValue: "compound", base: "compound")
    static let root = DependencyLabel(rawValue: "root", base: "root")
}
