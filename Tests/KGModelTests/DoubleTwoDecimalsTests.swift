import Foundation
import KGModel
import XCTest

/// `Double.twoDecimals` writes what `String(format: "%.2f")` writes, for every value.
final class DoubleTwoDecimalsTests: XCTestCase {
    private func assertAsPrintf(_ value: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(value.twoDecimals, String(format: "%.2f", value), "\(value)", file: file, line: line)
    }

    func testConfidencesAndSumsOfRuleWeights() {
        for value in [0, 0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1, 0.7999999999999999, 0.30000000000000004, 1.05, 2.5] {
            assertAsPrintf(value)
        }
        XCTAssertEqual(0.7999999999999999.twoDecimals, "0.80")
        XCTAssertEqual(0.07.twoDecimals, "0.07")
        XCTAssertEqual(12.3.twoDecimals, "12.30")
    }

    func testHalvesRoundAsPrintfRoundsTheExactValue() {
        // 0.125 and 0.375 are exact halves (to even); 0.005 and 0.015 lie just above or below one
        for value in [0.125, 0.375, 0.625, 0.005, 0.015, 0.025, 0.045, 1.005, 2.675, 0.994999, 0.995, 0.9950001] {
            assertAsPrintf(value)
        }
        XCTAssertEqual(0.125.twoDecimals, "0.12")
    }

    func testValuesTheFastPathLeavesToFoundation() {
        for value in [-0.0, -0.5, -1.234, 1_000_000, 123_456_789.126, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude] {
            assertAsPrintf(value)
        }
    }

    func testRandomValuesAgreeWithPrintf() {
        // SplitMix64, seeded: the same values every run
        struct Seeded: RandomNumberGenerator {
            var state: UInt64 = 0x2545_F491_4F6C_DD1D
            mutating func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
        }
        var generator = Seeded()
        for _ in 0..<20_000 {
            assertAsPrintf(Double.random(in: 0..<2, using: &generator))
            assertAsPrintf(Double.random(in: 0..<1_000_000, using: &generator))
            // hundredths and near-halves, where rounding decides
            let cents = Double(Int.random(in: 0..<100_000, using: &generator))
            assertAsPrintf(cents / 100)
            assertAsPrintf((cents + 0.5) / 100)
            assertAsPrintf((cents + 0.5) / 100 + Double.random(in: -1e-9...1e-9, using: &generator))
        }
    }
}
