/// An immutable open-addressing map from feature keys to row numbers.
///
/// Faster than `Dictionary<UInt32, Int>` for the tagger's hot loop: keys are already
/// well-mixed hashes, so the slot is the low bits, and probing is linear over two flat arrays.
///
/// ```swift
/// let index = FeatureIndex(keys: [42, 7])
/// index.row(for: 7) // 1
/// ```
struct FeatureIndex: Sendable {
    private let slotKeys: [UInt32]
    private let slotRows: [Int32]
    private let mask: Int
    /// How often a key met an equal one while being placed: 0 exactly when the keys are
    /// distinct (else a damaged model file). Counted while building, cheaper than a `Set`.
    let duplicateKeyCount: Int

    /// Maps `keys[i]` to `i`. Keys must be distinct and non-zero.
    init(keys: [UInt32]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slotKeys = [UInt32](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        var duplicates = 0
        for (row, key) in keys.enumerated() {
            var slot = Int(key) & mask
            while slotKeys[slot] != 0 {
                if slotKeys[slot] == key { duplicates += 1 }
                slot = (slot + 1) & mask
            }
            slotKeys[slot] = key
            slotRows[slot] = Int32(row)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.mask = mask
        duplicateKeyCount = duplicates
    }

    /// The row of `key`, or -1 when the key is unknown.
    @inline(__always)
    func row(for key: UInt32) -> Int {
        slotKeys.withUnsafeBufferPointer { keys in
            var slot = Int(key) & mask
            while true {
                let found = keys[slot]
                if found == key { return Int(slotRows[slot]) }
                if found == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
