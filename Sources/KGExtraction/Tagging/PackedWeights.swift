import CPrefetch

/// The tagger's and the parser's weight rows keyed by feature, packed so most features cost one memory read.
///
/// A slot (16 bytes, four to a cache line) holds the feature key, where the rest of its row is,
/// and the row's first two entries: most of the parser's rows (83%) have one or two entries, so
/// finding the key finds its weights. An entry holds a label and its quantised weight in one
/// `UInt32`; a missing one is 0, label 0 weighing 0. A row of `denseEntries` entries or more (a
/// tag's or a frequent word's; a quarter of the labels, if that is fewer) is kept dense instead,
/// a weight for every label, and added eight labels at a time. The tables are on 2 MB pages where
/// the system allows (`LargePageTable`). Scoring sums integers, so results do not depend on
/// summation order, nor on which rows are dense.
///
/// ```swift
/// let packed = PackedWeights(keys: [7], rowStarts: [0, 1], labels: [2], weights: [-5])
/// packed.accumulate(keys, into: scores) // scores[2] -= 5 when keys holds 7
/// ```
package struct PackedWeights: Sendable {
    /// A key's slot: `key` 0 marks an empty one.
    struct Slot: BitwiseCopyable {
        var key: UInt32
        /// `restStart << 8 | restLength` for a sparse row, the entries after the first two being
        /// `entries[restStart ..< restStart + restLength]`; `denseRow << 8 | 0xff` for a dense one.
        var row: UInt32
        var first: UInt32
        var second: UInt32
    }

    private static let denseMarker: UInt32 = 0xff

    /// The shortest row kept dense (for a model of more than 32 labels). A sparse entry costs about
    /// five instructions, a dense row about two per eight labels, so with the parser's 103 classes
    /// (and the tagger's 107 labels) a row of eight entries is cheaper dense. The bound was a
    /// quarter of the labels (26); eight takes 7% out of parsing's instructions and tagging's,
    /// and 2% out of an ingest's processor time, for 4 MB more of dense rows (the parser's 0.4 ->
    /// 4.4 MB): the rows read most, which stay in the cache.
    static let denseEntries = 8

    #if arch(x86_64)
        /// Whether this CPU can sum dense rows with AVX2 (`kg_sum_dense_rows_avx2`): asked once.
        static let cpuHasAVX2 = kg_has_avx2() != 0
    #else
        static let cpuHasAVX2 = false
    #endif
    /// Whether dense rows are summed with AVX2: where the CPU has it, unless a test asks for the
    /// portable loop.
    var sumsWithAVX2 = PackedWeights.cpuHasAVX2

    let slots: LargePageTable<Slot>
    private let entries: LargePageTable<UInt32>
    let mask: Int
    /// Dense rows, `denseWidth` weights each (the label count rounded up to eight).
    private let denseRows: LargePageTable<Int16>
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
        precondition(labels.count < Self.maximumEntries && labels.count == weights.count && keys.count < Int(Int32.max))
        let labelBound = Int(labels.max() ?? 0) + 1
        let width = (labelBound + 7) / 8 * 8
        @inline(__always) func entry(_ index: Int) -> UInt32 {
            UInt32(labels[index]) << 16 | UInt32(UInt16(bitPattern: weights[index]))
        }
        // each row's `Slot.row` first; the slots themselves are written straight into the table
        // (no array of a million slots, nor a sorted copy of it: they were a third of the load)
        // the rows kept dense, by their number among the dense rows
        var denseRowNumbers: [Int32] = []
        var rowFields = [UInt32](repeating: 0, count: keys.count)
        // the labels a row has seen, one bit each (a `Set` a row was a tenth of the load)
        var labelsSeen = [UInt64](repeating: 0, count: 4)
        @inline(__always) func labelsAreDistinct(_ row: ArraySlice<UInt8>) -> Bool {
            for word in labelsSeen.indices { labelsSeen[word] = 0 }
            for label in row {
                let word = Int(label >> 6), bit = UInt64(1) << UInt64(label & 63)
                if labelsSeen[word] & bit != 0 { return false }
                labelsSeen[word] |= bit
            }
            return true
        }
        let denseMinimum = min(Self.denseEntries, (width + 3) / 4)
        for row in keys.indices {
            let start = Int(rowStarts[row]), end = Int(rowStarts[row + 1])
            guard end > start else { continue }
            let isDense = end - start >= denseMinimum && labelsAreDistinct(labels[start..<end])
            if isDense {
                // fewer dense rows than entries, so the number fits the field's 24 bits
                rowFields[row] = UInt32(denseRowNumbers.count) << 8 | Self.denseMarker
                denseRowNumbers.append(Int32(row))
            } else {
                let restLength = max(0, end - start - 2)
                rowFields[row] = restLength > 0 ? UInt32(start + 2) << 8 | UInt32(restLength) : 0
            }
        }
        let capacity = Self.capacity(for: keys.count)
        let mask = capacity - 1
        var duplicates = 0
        let ordered = Self.rowsInSlotOrder(keys, capacity: capacity)
        slots = LargePageTable(count: capacity) { slots in
            for row in ordered {
                let key = keys[Int(row)]
                var slot = Slot(key: key, row: rowFields[Int(row)], first: 0, second: 0)
                let start = Int(rowStarts[Int(row)]), end = Int(rowStarts[Int(row) + 1])
                if end > start && slot.row & 0xff != Self.denseMarker {
                    slot.first = entry(start)
                    if end - start >= 2 { slot.second = entry(start + 1) }
                }
                var index = Int(key) & mask
                while slots[index].key != 0 {
                    if slots[index].key == key { duplicates += 1 }
                    index = (index + 1) & mask
                }
                slots[index] = slot
            }
        }
        duplicateKeyCount = duplicates
        self.mask = mask
        // written in place into the zero-filled table: an array grown by a row of zeros at a time,
        // then copied, was a fifth of the load (36 M instructions) once 21,000 of the parser's rows were dense
        denseRows = LargePageTable(count: denseRowNumbers.count * width) { table in
            for (number, row) in denseRowNumbers.enumerated() {
                let base = number * width
                for index in Int(rowStarts[Int(row)])..<Int(rowStarts[Int(row) + 1]) { table[base + Int(labels[index])] = weights[index] }
            }
        }
        denseWidth = width
        self.labelBound = labelBound
        entries = LargePageTable(count: labels.count) { entries in
            for index in entries.indices { entries[index] = entry(index) }
        }
    }

    /// The number of slots for `count` keys: a power of two, at most half full.
    package static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        return capacity
    }

    /// The rows in the order of their keys' home slots (a counting sort on the slot's top bits),
    /// so that the table is filled front to back: inserting a million keys in file order would
    /// miss the cache on nearly every one. Rows of the same home bucket keep their file order.
    static func rowsInSlotOrder(_ keys: [UInt32], capacity: Int) -> [Int32] {
        let bucketBits = min(16, capacity.trailingZeroBitCount)
        let shift = capacity.trailingZeroBitCount - bucketBits
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for key in keys { starts[(homeSlot(of: key, capacity: capacity) >> shift) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var ordered = [Int32](repeating: 0, count: keys.count)
        for (row, key) in keys.enumerated() {
            let bucket = homeSlot(of: key, capacity: capacity) >> shift
            ordered[starts[bucket]] = Int32(truncatingIfNeeded: row)
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
    /// key's slot would be fetched only once the previous key's weights are added. Here the home
    /// slots of all keys are asked for first (prefetched, which holds up no later instruction), so
    /// that their cache misses overlap; then the keys are found and their first two entries
    /// added, and the rest of every longer row asked for; then the dense rows are added, while the
    /// longer rows arrive; then those rows are added.
    ///
    /// With `labels`, only the scores of those labels are sure to be complete: dense rows are
    /// added for them alone (the parser's LEFT and RIGHT arcs take half the labels each, and many
    /// steps allow only one of them); the others get part of their weights. With `prefetched`,
    /// the keys' home slots were asked for already (the parser's `Prefetcher`, as it made them).
    @inline(__always)
    func accumulate(
        _ keys: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Int32>, labels: Range<Int>? = nil,
        prefetched: Bool = false
    ) {
        // Each sum holds at most one weight of 16 bits per key and label: far inside Int32.
        precondition(keys.count < 1 << 14)
        @inline(__always) func add(_ entry: UInt32) {
            // cannot wrap: fewer than 2^15 weights of 16 bits per label (see above)
            scores[Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
        }
        let slots = self.slots.buffer, mask = self.mask
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: keys.count) { found in
            // `found`: the rows with more entries (their `row`); `denseNumbers`: the dense rows'
            // numbers, from the back
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: keys.count) { denseNumbers in
                // asked for, not read: a prefetch does not hold up the instructions after it, so
                // every key's miss is under way before the first key is looked for
                if !prefetched { prefetch(keys) }
                // the counts stay below `keys.count` (< 2^14) and slots are masked: no arithmetic
                // here can wrap, so none is checked (an overflow test and branch each, per key)
                var restCount = 0, denseCount = 0
                for key in keys {
                    var slot = Int(key) & mask
                    var probed = slots[slot].key
                    while probed != key && probed != 0 {
                        slot = (slot &+ 1) & mask
                        probed = slots[slot].key
                    }
                    guard probed != 0 else { continue }
                    let row = slots[slot].row
                    if row & 0xff == Self.denseMarker {
                        denseCount &+= 1
                        denseNumbers[keys.count &- denseCount] = row >> 8
                    } else {
                        add(slots[slot].first)
                        add(slots[slot].second)
                        if row != 0 {
                            found[restCount] = row
                            restCount &+= 1
                            // read after the dense rows are added, which hides the miss
                            kg_prefetch(self.entries.base + Int(row >> 8))
                        }
                    }
                }
                addDense(denseNumbers[(keys.count - denseCount)...], into: scores, labels: labels ?? 0..<labelBound)
                let entries = self.entries.buffer
                for row in 0..<restCount {
                    let start = Int(found[row] >> 8)
                    for index in start..<(start + Int(found[row] & 0xff)) { add(entries[index]) }
                }
            }
        }
    }

    /// Adds the dense rows numbered `rows` to the scores of `labels`, eight labels at a time.
    ///
    /// Four label chunks at a time, all rows in each: the chunks' sums stay in registers, so the
    /// loop is little more than the rows' loads, and more of them are in flight at once. With
    /// AVX2 (`sumsWithAVX2`) the same sums are made by `kg_sum_dense_rows_avx2`.
    @inline(__always)
    private func addDense(
        _ rows: Slice<UnsafeMutableBufferPointer<UInt32>>, into scores: UnsafeMutablePointer<Int32>, labels: Range<Int>
    ) {
        // the padding labels past the model's last one stay 0 and are not added
        let labels = labels.clamped(to: 0..<labelBound)
        guard !rows.isEmpty, !labels.isEmpty else { return }
        // every dense row number a slot holds is below the dense rows' count, by construction
        // (`init`): not checked again for each row read (six instructions a row)
        let raw = UnsafeRawPointer(denseRows.base)
        let rowBytes = denseWidth * MemoryLayout<Int16>.stride
        let rawScores = UnsafeMutableRawPointer(scores)
        @inline(__always) func add(_ sum: SIMD8<Int32>, chunk: Int) {
            let first = chunk &* 8
            if first >= labels.lowerBound && first &+ 8 <= labels.upperBound {
                // a whole chunk: one vector add (eight scalar ones were a tenth of the parser's instructions)
                let offset = first &* MemoryLayout<Int32>.stride
                let current = rawScores.loadUnaligned(fromByteOffset: offset, as: SIMD8<Int32>.self)
                rawScores.storeBytes(of: current &+ sum, toByteOffset: offset, as: SIMD8<Int32>.self)
            } else {
                for label in max(labels.lowerBound, first)..<min(labels.upperBound, first + 8) {
                    scores[label] &+= sum[label - first]
                }
            }
        }
        // the offsets are inside the table (see above); the sums cannot wrap: fewer than 2^15
        // rows of 16-bit weights (see `accumulate`)
        @inline(__always) func weights(_ offset: Int) -> SIMD8<Int32> {
            SIMD8<Int32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: offset, as: SIMD8<Int16>.self))
        }
        var chunk = labels.lowerBound / 8
        let endChunk = (labels.upperBound + 7) / 8
        #if arch(x86_64)
            if sumsWithAVX2 {
                // the chunks' sums made by AVX2 (two instructions a row and chunk where these loops
                // take seven), then added as below
                let chunkCount = endChunk - chunk
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunkCount * 8) { sums in
                    guard let sumBase = sums.baseAddress else { return }
                    kg_sum_dense_rows_avx2(
                        denseRows.base, denseWidth, UnsafePointer(rows.base.baseAddress.map { $0 + rows.startIndex }), rows.count,
                        chunk, chunkCount, sumBase)
                    let rawSums = UnsafeRawPointer(sumBase)
                    for index in 0..<chunkCount {
                        add(rawSums.loadUnaligned(fromByteOffset: index * 32, as: SIMD8<Int32>.self), chunk: chunk + index)
                    }
                }
                return
            }
        #endif
        // four chunks (32 labels) per pass over the rows: each row's number and address are read
        // once for all four, which halves the instructions of the loop
        while chunk + 4 <= endChunk {
            var sum0 = SIMD8<Int32>.zero, sum1 = SIMD8<Int32>.zero, sum2 = SIMD8<Int32>.zero, sum3 = SIMD8<Int32>.zero
            for row in rows {
                let offset = Int(row) &* rowBytes &+ chunk &* 16
                sum0 &+= weights(offset)
                sum1 &+= weights(offset &+ 16)
                sum2 &+= weights(offset &+ 32)
                sum3 &+= weights(offset &+ 48)
            }
            add(sum0, chunk: chunk); add(sum1, chunk: chunk + 1); add(sum2, chunk: chunk + 2); add(sum3, chunk: chunk + 3)
            chunk += 4
        }
        while chunk < endChunk {
            var sum = SIMD8<Int32>.zero
            for row in rows { sum &+= weights(Int(row) &* rowBytes &+ chunk &* 16) }
            add(sum, chunk: chunk)
            chunk += 1
        }
    }
}
