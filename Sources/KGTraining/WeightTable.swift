/// The perceptron's weights while training, with what averaging needs.
///
/// Sparse: a feature gets a row the first time it takes part in a mistake, and a row holds only
/// the labels that feature has been updated for. Weights are integers (each update adds or takes
/// 1), so scores are exact and do not depend on summation order. Shared by the tagger's and the
/// parser's trainers; scoring dominates training time, so a row's labels and weights are packed
/// in one array of 8-byte entries, the averaging bookkeeping kept apart, and rows found through
/// an open-addressing table rather than a `Dictionary`.
///
/// ```swift
/// var table = WeightTable(labelCount: 3)
/// let guess = table.bestLabel(for: features)
/// table.update(features: features, gold: 2, guess: guess)
/// let model = table.averaged(pruningBelow: 0.9)
/// ```
package struct WeightTable {
    /// Sum of an entry's weight over the steps up to `stamp`.
    private struct Accumulator {
        var total: Int64
        var stamp: Int64
    }

    package let labelCount: Int
    /// Open addressing: slot → key (0: empty) and slot → row.
    private var slotKeys = [UInt32](repeating: 0, count: 1 << 16)
    private var slotRows = [Int32](repeating: -1, count: 1 << 16)
    private var keys: [UInt32] = []
    /// Each row's entries: label in the high 32 bits, the weight's bit pattern in the low 32.
    private var rows: [[UInt64]] = []
    private var accumulators: [[Accumulator]] = []
    private var scoreBuffer: [Int32]
    /// Steps taken: one per decision scored.
    private var step: Int64 = 0

    package init(labelCount: Int) {
        self.labelCount = labelCount
        scoreBuffer = [Int32](repeating: 0, count: labelCount)
    }

    /// The number of features with a row.
    package var featureCount: Int { keys.count }

    @inline(__always)
    private func row(for key: UInt32) -> Int {
        let mask = slotKeys.count - 1
        var slot = Int(key) & mask
        while true {
            let found = slotKeys[slot]
            if found == key { return Int(slotRows[slot]) }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ key: UInt32, row: Int) {
        if (keys.count + 1) * 2 > slotKeys.count {
            let capacity = slotKeys.count * 2
            slotKeys = [UInt32](repeating: 0, count: capacity)
            slotRows = [Int32](repeating: -1, count: capacity)
            for (existingRow, existingKey) in keys.enumerated() { place(existingKey, row: existingRow) }
        }
        place(key, row: row)
    }

    private mutating func place(_ key: UInt32, row: Int) {
        let mask = slotKeys.count - 1
        var slot = Int(key) & mask
        while slotKeys[slot] != 0 { slot = (slot + 1) & mask }
        slotKeys[slot] = key
        slotRows[slot] = Int32(row)
    }

    /// Every label's current score for `features` (one element per label).
    package mutating func scores(for features: UnsafeBufferPointer<UInt32>) -> [Int32] {
        // Taken out of `self` so the closure below may read the rows.
        var buffer = scoreBuffer
        scoreBuffer = []
        buffer.withUnsafeMutableBufferPointer { scores in
            for index in scores.indices { scores[index] = 0 }
            for key in features {
                let row = row(for: key)
                guard row >= 0 else { continue }
                rows[row].withUnsafeBufferPointer { entries in
                    for entry in entries {
                        scores[Int(entry >> 32)] &+= Int32(bitPattern: UInt32(truncatingIfNeeded: entry))
                    }
                }
            }
        }
        scoreBuffer = buffer
        return buffer
    }

    /// The highest-scoring label; ties go to the lower label number.
    package mutating func bestLabel(for features: UnsafeBufferPointer<UInt32>) -> Int {
        let scores = scores(for: features)
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        return best
    }

    /// One step: moves the features' weights toward `gold` and away from `guess` if they differ.
    package mutating func update(features: UnsafeBufferPointer<UInt32>, gold: Int, guess: Int) {
        step += 1
        guard gold != guess else { return }
        for key in features {
            var row = row(for: key)
            if row < 0 {
                row = rows.count
                keys.append(key)
                rows.append([])
                accumulators.append([])
                insert(key, row: row)
            }
            add(1, row: row, label: gold)
            add(-1, row: row, label: guess)
        }
    }

    private mutating func add(_ delta: Int32, row: Int, label: Int) {
        let index: Int
        if let found = rows[row].firstIndex(where: { Int($0 >> 32) == label }) {
            index = found
        } else {
            rows[row].append(UInt64(label) << 32)
            accumulators[row].append(Accumulator(total: 0, stamp: step))
            index = rows[row].count - 1
        }
        let weight = Int32(bitPattern: UInt32(truncatingIfNeeded: rows[row][index]))
        accumulators[row][index].total += (step - accumulators[row][index].stamp) * Int64(weight)
        accumulators[row][index].stamp = step
        rows[row][index] = UInt64(label) << 32 | UInt64(UInt32(bitPattern: weight &+ delta))
    }

    /// Weights averaged over all steps, small ones dropped, rows with nothing left removed.
    package func averaged(pruningBelow threshold: Double) -> (keys: [UInt32], rowStarts: [Int32], entryLabels: [UInt8], entryWeights: [Float]) {
        var keptKeys: [UInt32] = []
        var rowStarts: [Int32] = [0]
        var entryLabels: [UInt8] = []
        var entryWeights: [Float] = []
        let steps = Double(max(step, 1))
        for (rowIndex, key) in keys.enumerated() {
            let before = entryLabels.count
            let entries = zip(rows[rowIndex], accumulators[rowIndex]).sorted { $0.0 >> 32 < $1.0 >> 32 }
            for (entry, accumulator) in entries {
                let weight = Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: entry)))
                let total = accumulator.total + (step - accumulator.stamp) * weight
                let average = Double(total) / steps
                guard abs(average) >= threshold else { continue }
                entryLabels.append(UInt8(entry >> 32))
                entryWeights.append(Float(average))
            }
            if entryLabels.count > before {
                keptKeys.append(key)
                rowStarts.append(Int32(entryLabels.count))
            }
        }
        return (keptKeys, rowStarts, entryLabels, entryWeights)
    }
}
