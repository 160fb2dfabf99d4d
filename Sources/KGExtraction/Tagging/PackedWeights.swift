/// The tagger's and the parser's weight rows keyed by feature, packed so a feature costs two memory reads.
///
/// A slot holds the feature key, where its row starts and how long it is in one `UInt64`; an
/// entry holds a label and its quantised weight in one `UInt32`. A row that weighs a quarter of
/// the labels or more (a tag's or a frequent word's) is kept dense instead, a weight for every
/// label, and added eight labels at a time. Scoring sums integers, so results do not depend on
/// summation order.
///
/// ```swift
/// let packed = try PackedWeights(keys: [7], rowStarts: [0, 1], labels: [2], weights: [-5])
/// packed.accumulate(keys, into: scores) // scores[2] -= 5 when keys holds 7
/// ```
package struct PackedWeights: Sendable {
    private let slots: [UInt64]
    private let entries: [UInt32]
    private let mask: Int
    /// Dense rows, `denseWidth` weights each (the label count rounded up to eight).
    private let denseRows: [Int16]
    private let denseWidth: Int
    /// One more than the largest label: the scores a dense row adds to.
    private let labelBound: Int

    /// Keys given more than once (a damaged model file); found while building, which is cheaper
    /// than a `Set` of a million keys when loading.
    package let duplicateKeyCount: Int

    /// The largest entry count the 24-bit row start can address.
    package static let maximumEntries = 1 << 24

    /// Row `r` (key `keys[r]`) is `labels[rowStarts[r] ..< rowStarts[r + 1]]` with `weights`.
    /// Keys must be distinct and non-zero, rows at most 255 long, entries below `maximumEntries`.
    package init(keys: [UInt32], rowStarts: [Int32], labels: [UInt8], weights: [Int16]) {
        precondition(labels.count < Self.maximumEntries && labels.count == weights.count)
        let labelBound = Int(labels.max() ?? 0) + 1
        let width = (labelBound + 7) / 8 * 8
        // A slot's row: `start << 8 | length` for a sparse row, `(dense row + 1) << 8` (length 0)
        // for a dense one, 0 for an empty one.
        var rows = [UInt32](repeating: 0, count: keys.count)
        var denseRows: [Int16] = []
        for row in keys.indices {
            let start = Int(rowStarts[row]), end = Int(rowStarts[row + 1])
            guard end > start else { continue }
            var labelsSeen = Set<UInt8>()
            let isDense = (end - start) * 4 >= width && labels[start..<end].allSatisfy { labelsSeen.insert($0).inserted }
            if isDense {
                let base = denseRows.count
                denseRows += repeatElement(0, count: width)
                for index in start..<end { denseRows[base + Int(labels[index])] = weights[index] }
                rows[row] = UInt32(base / width + 1) << 8
            } else {
                rows[row] = UInt32(start) << 8 | UInt32(end - start)
            }
        }
        let capacity = Self.capacity(for: keys.count)
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var duplicates = 0
        for packed in Self.packedInSlotOrder(keys: keys, rows: rows, capacity: capacity) {
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
        self.denseRows = denseRows
        denseWidth = width
        self.labelBound = labelBound
        entries = zip(labels, weights).map { UInt32($0) << 16 | UInt32(UInt16(bitPattern: $1)) }
    }

    /// The number of slots for `count` keys: a power of two, at most half full.
    package static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        return capacity
    }

    /// Each row as its slot value (key, row), in the order of the keys' home slots (a counting
    /// sort on the slot's top bits), so that the table is filled front to back: inserting a
    /// million keys in file order would miss the cache on nearly every one.
    static func packedInSlotOrder(keys: [UInt32], rows: [UInt32], capacity: Int) -> [UInt64] {
        let bucketBits = min(16, capacity.trailingZeroBitCount)
        let shift = capacity.trailingZeroBitCount - bucketBits
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for key in keys { starts[(homeSlot(of: key, capacity: capacity) >> shift) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var ordered = [UInt64](repeating: 0, count: keys.count)
        for (key, row) in zip(keys, rows) {
            let bucket = homeSlot(of: key, capacity: capacity) >> shift
            ordered[starts[bucket]] = UInt64(key) << 32 | UInt64(row)
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
    /// overlap; then the first entry of every sparse row found, likewise; then the rows are added.
    ///
    /// With `labels`, only the scores of those labels are sure to be complete: dense rows are
    /// added for them alone (the parser's LEFT and RIGHT arcs take half the labels each, and many
    /// steps allow only one of them); the others get part of their weights.
    @inline(__always)
    func accumulate(_ keys: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Int32>, labels: Range<Int>? = nil) {
        // Each sum holds at most one weight of 16 bits per key: far inside Int32.
        precondition(keys.count < 1 << 15)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { found in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: keys.count) { firstEntries in
                slots.withUnsafeBufferPointer { slots in
                    for (index, key) in keys.enumerated() { found[index] = slots[Int(key) & mask] }
                    // `found` is compacted in place: sparse rows from the front, dense rows
                    // (their numbers, in `firstEntries`) from the back
                    var sparseCount = 0, denseCount = 0
                    for (index, key) in keys.enumerated() {
                        var packed = found[index]
                        var slot = Int(key) & mask
                        while packed != 0 && UInt32(truncatingIfNeeded: packed >> 32) != key {
                            slot = (slot + 1) & mask
                            packed = slots[slot]
                        }
                        if packed & 0xff != 0 {
                            found[sparseCount] = packed
                            sparseCount += 1
                        } else if packed & 0xffff_ff00 != 0 {
                            denseCount += 1
                            firstEntries[keys.count - denseCount] = UInt32(truncatingIfNeeded: packed >> 8) & 0xff_ffff - 1
                        }
                    }
                    addDense(firstEntries[(keys.count - denseCount)...], into: scores, labels: labels ?? 0..<labelBound)
                    entries.withUnsafeBufferPointer { entries in
                        for row in 0..<sparseCount { firstEntries[row] = entries[Int((found[row] >> 8) & 0xff_ffff)] }
                        func add(_ entry: UInt32) {
                            // cannot wrap: fewer than 2^15 weights of 16 bits per label (see above)
                            scores[Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                        }
                        for row in 0..<sparseCount {
                            add(firstEntries[row])
                            let start = Int((found[row] >> 8) & 0xff_ffff)
                            for index in (start + 1)..<(start + Int(found[row] & 0xff)) { add(entries[index]) }
                        }
                    }
                }
            }
        }
    }

    /// Adds the dense rows numbered `rows` to the scores of `labels`, eight labels at a time.
    @inline(__always)
    private func addDense(
        _ rows: Slice<UnsafeMutableBufferPointer<UInt32>>, into scores: UnsafeMutablePointer<Int32>, labels: Range<Int>
    ) {
        // the padding labels past the model's last one stay 0 and are not added
        let labels = labels.clamped(to: 0..<labelBound)
        guard !rows.isEmpty, !labels.isEmpty else { return }
        let firstChunk = labels.lowerBound / 8, endChunk = (labels.upperBound + 7) / 8
        withUnsafeTemporaryAllocation(of: SIMD8<Int32>.self, capacity: denseWidth / 8) { sums in
            for chunk in firstChunk..<endChunk { sums[chunk] = .zero }
            denseRows.withUnsafeBufferPointer { dense in
                guard let base = dense.baseAddress else { return }
                let raw = UnsafeRawPointer(base)
                for row in rows {
                    let offset = Int(row) * denseWidth
                    precondition(offset + denseWidth <= dense.count)
                    for chunk in firstChunk..<endChunk {
                        let weights = raw.loadUnaligned(fromByteOffset: (offset + chunk * 8) * 2, as: SIMD8<Int16>.self)
                        // cannot wrap: fewer than 2^15 rows of 16-bit weights (see `accumulate`)
                        sums[chunk] &+= SIMD8<Int32>(truncatingIfNeeded: weights)
                    }
                }
            }
            for label in labels { scores[label] &+= sums[label / 8][label % 8] }
        }
    }
}
