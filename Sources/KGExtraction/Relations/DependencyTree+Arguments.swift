/// Reading a dependency tree the way the relation rules ask: a word's dependents by relation.
extension DependencyTree {
    /// The dependents of each word, in sentence order.
    ///
    /// ```swift
    /// // "NATO condemned Russia ."
    /// tree.childLists()[1]  // [0, 2, 3]
    /// ```
    func childLists() -> [[Int]] {
        var children = Array(repeating: [Int](), count: heads.count)
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
    /// The universal part of the label: `nsubj` for `nsubj:pass`, `nmod` for `nmod:poss`.
    var base: Substring {
        // found by its byte: the rules ask for it many times per sentence, and a split by Characters
        // made an array each time (a label that opens with ":" keeps the split's answer); the bytes
        // are read in place, where the generic search of a `UTF8View` took some 170 instructions
        let utf8 = rawValue.utf8
        let offset =
            utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: UInt8(ascii: ":")) }
            ?? utf8.firstIndex(of: UInt8(ascii: ":")).map { utf8.distance(from: utf8.startIndex, to: $0) }
        guard let offset else { return Substring(rawValue) }
        let colon = utf8.index(utf8.startIndex, offsetBy: offset)
        guard colon != rawValue.startIndex else { return rawValue.split(separator: ":", maxSplits: 1).first ?? Substring(rawValue) }
        return rawValue[..<colon]
    }

    static let nsubj = DependencyLabel(rawValue: "nsubj")
    static let nsubjPass = DependencyLabel(rawValue: "nsubj:pass")
    static let obj = DependencyLabel(rawValue: "obj")
    static let iobj = DependencyLabel(rawValue: "iobj")
    static let obl = DependencyLabel(rawValue: "obl")
    static let oblAgent = DependencyLabel(rawValue: "obl:agent")
    static let nmod = DependencyLabel(rawValue: "nmod")
    static let nmodPoss = DependencyLabel(rawValue: "nmod:poss")
    static let nmodUnmarked = DependencyLabel(rawValue: "nmod:unmarked")
    static let nmodDesc = DependencyLabel(rawValue: "nmod:desc")
    static let det = DependencyLabel(rawValue: "det")
    static let conj = DependencyLabel(rawValue: "conj")
    static let cc = DependencyLabel(rawValue: "cc")
    static let xcomp = DependencyLabel(rawValue: "xcomp")
    static let ccomp = DependencyLabel(rawValue: "ccomp")
    static let advcl = DependencyLabel(rawValue: "advcl")
    static let acl = DependencyLabel(rawValue: "acl")
    static let aclRelcl = DependencyLabel(rawValue: "acl:relcl")
    static let appos = DependencyLabel(rawValue: "appos")
    static let compound = DependencyLabel(rawValue: "compound")
    static let root = DependencyLabel(rawValue: "root")
}
