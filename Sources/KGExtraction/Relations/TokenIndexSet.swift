/// A set of a sentence's token indices, kept as one flag a token: the quotation resolver marks
/// every token of a quotation, and a `Set<Int>` hashed each of them (a fifth of its work).
///
/// ```swift
/// var inside = TokenIndexSet(covering: 10..<20)
/// inside.insert(12)
/// inside.contains(12)  // true
/// inside.contains(3)   // false
/// inside.sorted()      // [12]
/// ```
/// Indices outside the range it covers are kept aside in a set, so it answers as a `Set<Int>`.
struct TokenIndexSet {
    private let base: Int
    private var flags: [Bool]
    private var outside = Set<Int>()

    init(covering range: Range<Int>) {
        base = range.lowerBound
        flags = [Bool](repeating: false, count: range.count)
    }

    func contains(_ index: Int) -> Bool {
        let k = index &- base
        if k >= 0 && k < flags.count { return flags[k] }
        return !outside.isEmpty && outside.contains(index)
    }

    mutating func insert(_ index: Int) {
        let k = index &- base
        if k >= 0 && k < flags.count {
            flags[k] = true
        } else {
            outside.insert(index)
        }
    }

    /// The indices, in ascending order.
    func sorted() -> [Int] {
        let aside = outside.sorted()
        var indices = aside.filter { $0 < base }
        for k in flags.indices where flags[k] { indices.append(base + k) }
        indices += aside.filter { $0 >= base }
        return indices
    }
}
