import CPrefetch
import XCTest

@testable import KGExtraction

final class PackedWeightsTests: XCTestCase {
    /// Row 0 weighs every one of 20 labels (kept dense), rows 1 and 2 a few (kept sparse).
    private let keys: [UInt32] = [7, 19, 1_000_003]
    private let rowStarts: [Int32] = [0, 20, 22, 23]
    private let labels: [UInt8] = Array(0..<20) + [3, 19] + [5]
    private let weights: [Int16] = (0..<20).map { Int16($0 * 100 - 900) } + [Int16.max, -7] + [Int16.min]

    private func scores(_ packed: PackedWeights, _ keys: [UInt32]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: 20)
        keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { packed.accumulate(keys, into: $0.baseAddress!) }
        }
        return scores
    }

    func testDenseAndSparseRowsAddUpAsTheirEntries() {
        let packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        var expected = [Int32](repeating: 0, count: 20)
        for row in 0..<3 {
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) { expected[Int(labels[entry])] += Int32(weights[entry]) }
        }
        XCTAssertEqual(scores(packed, keys + [42]), expected)
    }

    func testUnknownKeysAddNothing() {
        let packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        XCTAssertEqual(scores(packed, [8, 20, 123_456]), [Int32](repeating: 0, count: 20))
    }

    func testAKeyGivenTwiceAddsItsRowTwice() {
        let packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        XCTAssertEqual(scores(packed, [1_000_003, 1_000_003])[5], 2 * Int32(Int16.min))
        XCTAssertEqual(scores(packed, [7, 7])[19], 2 * 1000)
    }

    func testScoresOfTheLabelsAskedForAreComplete() {
        let packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        let all = scores(packed, keys)
        for asked in [3..<11, 0..<1, 19..<20, 8..<16, 5..<40] {
            var partial = [Int32](repeating: 0, count: 20)
            keys.withUnsafeBufferPointer { keys in
                partial.withUnsafeMutableBufferPointer { packed.accumulate(keys, into: $0.baseAddress!, labels: asked) }
            }
            for label in asked.clamped(to: 0..<20) { XCTAssertEqual(partial[label], all[label], "label \(label) of \(asked)") }
        }
    }

    /// Dense rows over 70 labels (nine chunks of eight: two passes of four, then one), added
    /// for ranges of labels that start and end inside chunks.
    func testWideDenseRowsAddUpForEveryRangeOfLabels() {
        var keys: [UInt32] = [], rowStarts: [Int32] = [0], labels: [UInt8] = [], weights: [Int16] = []
        for row in 0..<6 {
            keys.append(UInt32(row + 1) &* 40_503)
            // rows 0 ... 4 dense (every label but a few), row 5 sparse
            for label in 0..<70 where row == 5 ? label % 17 == 0 : label % (row + 3) != 1 {
                labels.append(UInt8(label))
                weights.append(Int16(truncatingIfNeeded: (row + 1) &* (label &* 997 &- 30_000)))
            }
            rowStarts.append(Int32(labels.count))
        }
        var expected = [Int32](repeating: 0, count: 70)
        for entry in labels.indices { expected[Int(labels[entry])] += Int32(weights[entry]) }
        var packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        // the AVX2 sums where this CPU has them, and the portable loop
        for withAVX2 in Set([packed.sumsWithAVX2, false]) {
            packed.sumsWithAVX2 = withAVX2
            XCTAssertEqual(scores70(packed, keys, labels: nil), expected, "AVX2 \(withAVX2)")
            for asked in [0..<70, 3..<61, 0..<32, 31..<33, 8..<40, 60..<70, 69..<70, 5..<200] {
                let partial = scores70(packed, keys, labels: asked)
                for label in asked.clamped(to: 0..<70) {
                    XCTAssertEqual(partial[label], expected[label], "label \(label) of \(asked), AVX2 \(withAVX2)")
                }
            }
        }
    }

    /// Dense rows over 136 labels (seventeen chunks of eight), added for every range of whole and
    /// part chunks: every width of the AVX2 sums' one pass (one to fourteen chunks) and, past
    /// fourteen, a pass of eight before the rest.
    func testDenseRowsAddUpForEveryNumberOfChunks() {
        let labelCount = 136
        var keys: [UInt32] = [], rowStarts: [Int32] = [0], labels: [UInt8] = [], weights: [Int16] = []
        for row in 0..<5 {
            keys.append(UInt32(row + 1) &* 2_246_822_519)
            for label in 0..<labelCount where label % (row + 2) != 1 {
                labels.append(UInt8(label))
                weights.append(Int16(truncatingIfNeeded: (row + 3) &* (label &* 7_919 &- 20_000)))
            }
            rowStarts.append(Int32(labels.count))
        }
        var expected = [Int32](repeating: 0, count: labelCount)
        for entry in labels.indices { expected[Int(labels[entry])] += Int32(weights[entry]) }
        var packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        for withAVX2 in Set([packed.sumsWithAVX2, false]) {
            packed.sumsWithAVX2 = withAVX2
            for first in stride(from: 0, to: labelCount, by: 8) {
                for last in stride(from: first + 8, through: labelCount, by: 8) {
                    // whole chunks, and the same chunks less a label at each end
                    for asked in [first..<last, (first + 1)..<(last - 1)] where !asked.isEmpty {
                        var partial = [Int32](repeating: 0, count: labelCount)
                        keys.withUnsafeBufferPointer { keys in
                            partial.withUnsafeMutableBufferPointer { packed.accumulate(keys, into: $0.baseAddress!, labels: asked) }
                        }
                        XCTAssertEqual(Array(partial[asked]), Array(expected[asked]), "\(asked), AVX2 \(withAVX2)")
                    }
                }
            }
        }
    }

    private func scores70(_ packed: PackedWeights, _ keys: [UInt32], labels: Range<Int>?) -> [Int32] {
        var scores = [Int32](repeating: 0, count: 70)
        keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { packed.accumulate(keys, into: $0.baseAddress!, labels: labels) }
        }
        return scores
    }

    func testPrefetchingChangesNoScore() {
        let packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        let before = scores(packed, keys)
        (keys + [0, 42, UInt32.max]).withUnsafeBufferPointer { packed.prefetch($0) }
        XCTAssertEqual(scores(packed, keys), before)
    }

    /// Rows of every length a slot holds whole (one, two entries) or in part (three and more),
    /// an empty row, and enough keys for a table on large pages.
    func testRowsOfEveryLengthAddUpInALargeTable() {
        var keys: [UInt32] = [], rowStarts: [Int32] = [0], labels: [UInt8] = [], weights: [Int16] = []
        var expected = [Int32](repeating: 0, count: 40)
        for row in 0..<100_000 {
            keys.append(UInt32(row + 1) &* 2_654_435_761)
            // lengths 0 ... 9: sparse up to seven entries, dense from eight (`denseEntries`)
            for entry in 0..<(row % 10) {
                let label = UInt8((row + entry * 7) % 40), weight = Int16(truncatingIfNeeded: row &* 31 &+ entry) % 1000
                labels.append(label)
                weights.append(weight)
                expected[Int(label)] += Int32(weight)
            }
            rowStarts.append(Int32(labels.count))
        }
        let packed = PackedWeights(keys: keys, rowStarts: rowStarts, labels: labels, weights: weights)
        XCTAssertEqual(packed.duplicateKeyCount, 0)
        var scores = [Int32](repeating: 0, count: 40)
        for chunk in stride(from: 0, to: keys.count, by: 1000) {
            keys[chunk..<chunk + 1000].withUnsafeBufferPointer { keys in
                scores.withUnsafeMutableBufferPointer { packed.accumulate(keys, into: $0.baseAddress!) }
            }
        }
        XCTAssertEqual(scores, expected)
        XCTAssertEqual(self.scores(packed, [2, 4, 6]).prefix(20), ArraySlice(repeating: 0, count: 20))
    }

    /// Over 103 labels a row of `denseEntries` entries is dense: asked for some labels, it adds
    /// to those alone; a row one entry shorter is sparse and adds every entry. Both add up whole.
    func testRowsOfEightEntriesAreDense() {
        XCTAssertEqual(PackedWeights.denseEntries, 8)
        let keys: [UInt32] = [11, 23]
        // eight entries up to label 102 (so 103 labels), then seven
        let long = (0..<7).map { UInt8($0 * 12) } + [102], short = (0..<7).map { UInt8($0 * 12 + 5) }
        let labels = long + short
        let weights = (0..<labels.count).map { Int16($0 * 37 - 200) }
        let packed = PackedWeights(keys: keys, rowStarts: [0, 8, 15], labels: labels, weights: weights)
        var all = [Int32](repeating: 0, count: 103)
        for entry in labels.indices { all[Int(labels[entry])] += Int32(weights[entry]) }
        func scores(_ asked: Range<Int>?) -> [Int32] {
            var scores = [Int32](repeating: 0, count: 103)
            keys.withUnsafeBufferPointer { keys in
                scores.withUnsafeMutableBufferPointer { packed.accumulate(keys, into: $0.baseAddress!, labels: asked) }
            }
            return scores
        }
        XCTAssertEqual(scores(nil), all)
        let firstLabel = scores(0..<1)
        XCTAssertEqual(firstLabel[0], all[0])
        // the dense row's label 72 is left out, the sparse row's label 77 added
        XCTAssertEqual(firstLabel[72], 0)
        XCTAssertEqual(firstLabel[77], all[77])
    }

    /// The AVX2 sums of dense rows are the rows' weights added one by one: rows given in any order
    /// and more than once, chunks starting past the first, the extreme weights.
    func testTheAVX2SumsOfDenseRowsAreTheWeightsAdded() throws {
        #if arch(x86_64)
            try XCTSkipUnless(kg_has_avx2() != 0, "no AVX2 on this machine")
            let width = 48, rowCount = 9
            let table: [Int16] = (0..<(width * rowCount)).map { index in
                index % 11 == 0 ? Int16.min : index % 13 == 0 ? Int16.max : Int16(truncatingIfNeeded: index &* 7_919 &- 20_000)
            }
            let rows: [UInt32] = [8, 0, 3, 3, 7, 1, 8]
            for (firstChunk, chunkCount) in [(0, 6), (1, 5), (2, 1), (0, 4), (1, 4), (5, 1)] {
                var sums = [Int32](repeating: 0, count: chunkCount * 8)
                sums.withUnsafeMutableBufferPointer { sums in
                    kg_sum_dense_rows_avx2(table, width, rows, rows.count, firstChunk, chunkCount, sums.baseAddress)
                }
                for index in sums.indices {
                    let label = firstChunk * 8 + index
                    let expected = rows.reduce(Int32(0)) { $0 + Int32(table[Int($1) * width + label]) }
                    XCTAssertEqual(sums[index], expected, "label \(label) from chunk \(firstChunk)")
                }
            }
        #else
            throw XCTSkip("AVX2 is an x86-64 extension")
        #endif
    }

    func testALargeTableIsZeroFilledAndHoldsWhatItWasGiven() {
        let table = LargePageTable<UInt64>(count: 1 << 18) { $0[12345] = 42 }
        XCTAssertEqual(table.buffer.count, 1 << 18)
        XCTAssertEqual(table.buffer[12345], 42)
        XCTAssertEqual(table.buffer.reduce(0, &+), 42)
        let small = LargePageTable<Int16>(count: 3)
        XCTAssertEqual(Array(small.buffer), [0, 0, 0])
    }
}
