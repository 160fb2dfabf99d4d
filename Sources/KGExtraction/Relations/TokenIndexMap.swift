/// A map from a sentence's token indices to small numbers (mention or role indices), read as an
/// array: the rules ask it about nearly every token, and a `[Int: Int]` hashed each index.
///
/// ```swift
/// var mentionAt = TokenIndexMap(covering: 10..<20)
/// mentionAt[12] = 0
/// mentionAt[12]  // 0
/// mentionAt[13]  // nil
/// ```
/// Indices outside the range it covers are kept aside in a dictionary (rare: a span that reaches
/// past its sentence), so it answers every index as the dictionary did.
struct TokenIndexMap {
    private let base: Int
    /// The value of token `base + k` at `k`, or -1 for none.
    private var slots: [Int32]
    private var outside: [Int: Int] = [:]

    init(covering range: Range<Int>) {
        base = range.lowerBound
        slots = [Int32](repeating: -1, count: range.count)
    }

    subscript(index: Int) -> Int? {
        get {
            let k = index &- base
            if k >= 0 && k < slots.count, slots[k] >= 0 { return Int(slots[k]) }
            return outside.isEmpty ? nil : outside[index]
        }
        set {
            let k = index &- base
            guard k >= 0 && k < slots.count else {
                outside[index] = newValue
                return
            }
            if let value = newValue, value >= 0, value <= Int(Int32.max) {
                slots[k] = Int32(value)
            } else {
                // nil, or a value the slots cannot hold
                slots[k] = -1
                outside[index] = newValue
            }
        }
    }
}
