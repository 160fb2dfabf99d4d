/// The tagger's and the parser's weight rows keyed by feature, packed so a feature costs two memory reads.
///
/// A slot holds the feature key, where its row starts and how long it is in one `UInt64`; an
/// entry holds a label and its quantised weight in one `UInt32`. Scoring sums integers, so
/// results do not depend on floating-point summation order.
///
/// ```swift
/// let packed = try PackedWeights(keys: [7], rowStarts: [0, 1], labels: [2], weights: [-5])
/// packed.accumulate(keys, into: scores) // scores[2] -= 5 when keys holds 7
/// ```
package struct PackedWeights: Sendable {
    private let slots: [UInt64]
    private let entries: [UInt32]
    private let mask: Int

    /// Keys given more than once (a damaged model file); found while building, which is cheaper
    /// than a `Set` of a million keys when loading.
    package let duplicateKeyCount: Int

    /// The largest entry count the 24-bit row start can address.
    package static let maximumEntries = 1 << 24

    /// Row `r` (key `keys[r]`) is `labels[rowStarts[r] ..< rowStarts[r + 1]]` with `weights`.
    /// Keys must be distinct and non-zero, rows at most 255 long, entries below `maximumEntries`.
    package init(keys: [UInt32], rowStarts: [Int32], labels: [UInt8], weights: [Int16]) {
        precondition(labels.count < Self.maximumEntries && labels.count == weights.count)
        let capacity = Self.capacity(for: keys.count)
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var duplicates = 0
        for packed in Self.packedInSlotOrder(keys: keys, rowStarts: rowStarts, capacity: capacity) {
            let key = UInt32(truncatingIfNeeded: packed >> 32)
            var slot = Int(key) & mask
            while slots[slot] != 0 {
                if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key { duplicates += 1 }
                slot = (slot + 1) & mask
            }
            slots[slot] = packed
        }
        duplicateKeyCount = duplicates
        self.slots = slots
        self.mask = mask
        entries = zip(labels, weights).map { UInt32($0) << 16 | UInt32(UInt16(bitPattern: $1)) }
    }

    /// The number of slots for `count` keys: a power of two, at most half full.
    package static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        return capacity
    }

    /// Each row as its slot value (key, start, length), in the order of the keys' home slots
    /// (a counting sort on the slot's top bits), so that the table is filled front to back:
    /// inserting a million keys in file order would miss the cache on nearly every one.
    static func packedInSlotOrder(keys: [UInt32], rowStarts: [Int32], capacity: Int) -> [UInt64] {
        let bucketBits = min(16, capacity.trailingZeroBitCount)
        let shift = capacity.trailingZeroBitCount - bucketBits
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        var packed = [UInt64](repeating: 0, count: keys.count)
        for (row, key) in keys.enumerated() {
            let start = UInt64(rowStarts[row])
            let length = UInt64(rowStarts[row + 1]) - start
            precondition(length <= 255)
            packed[row] = UInt64(key) << 32 | start << 8 | length
            starts[(homeSlot(of: key, capacity: capacity) >> shift) + 1] += 1
        }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var ordered = [UInt64](repeating: 0, count: keys.count)
        for value in packed {
            let bucket = homeSlot(of: UInt32(truncatingIfNeeded: value >> 32), capacity: capacity) >> shift
            ordered[starts[bucket]] = value
            starts[bucket] += 1
        }
        return ordered
    }

    /// The slot a key is looked for first. Keys given in the order of their home slots are
    /// placed left to right, which makes building the table from a million keys cache-friendly.
    package static func homeSlot(of key: UInt32, capacity: Int) -> Int { Int(key) & (capacity - 1) }

    /// Adds the rows of those of `keys` the model has to `scores` (one slot per label).
    ///
    /// A million rows do not fit in cache, so scoring waits on memory. Looked up one by one, each
    /// key's slot and row are fetched only once the previous key's row is added. Here the home
    /// slots of all keys are read first, in a loop without branches, so that their cache misses
    /// overlap; then the first entry of every row found, likewise; then the rows are added.
    @inline(__always)
    func accumulate(_ keys: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { found in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: keys.count) { firstEntries in
                slots.withUnsafeBufferPointer { slots in
                    for (index, key) in keys.enumerated() { found[index] = slots[Int(key) & mask] }
                    // `found` is compacted in place to the slot values of the (non-empty) rows the model has
                    var rowCount = 0
                    for (index, key) in keys.enumerated() {
                        var packed = found[index]
                        var slot = Int(key) & mask
                        while packed != 0 && UInt32(truncatingIfNeeded: packed >> 32) != key {
                            slot = (slot + 1) & mask
                            packed = slots[slot]
                        }
                        if packed & 0xff != 0 {
                            found[rowCount] = packed
                            rowCount += 1
                        }
                    }
                    entries.withUnsafeBufferPointer { entries in
                        for row in 0..<rowCount { firstEntries[row] = entries[Int((found[row] >> 8) & 0xff_ffff)] }
                        func add(_ entry: UInt32) {
                            scores[Int(entry >> 16)] += Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                        }
                        for row in 0..<rowCount {
                            add(firstEntries[row])
                            let start = Int((found[row] >> 8) & 0xff_ffff)
                            for index in (start + 1)..<(start + Int(found[row] & 0xff)) { add(entries[index]) }
                        }
                    }
                }
            }
        }
    }
}
