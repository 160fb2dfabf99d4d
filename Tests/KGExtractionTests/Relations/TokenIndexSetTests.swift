import XCTest

@testable import KGExtraction

/// `TokenIndexSet` answers as a `Set<Int>` of the same indices, inside its range or not.
final class TokenIndexSetTests: XCTestCase {
    func testItAnswersAsASetOfInts() {
        var flags = TokenIndexSet(covering: 10..<20)
        var set = Set<Int>()
        for index in [12, 19, 10, 12, 25, 3, 20, 9, -1, 15] {
            flags.insert(index)
            set.insert(index)
            for probe in -2..<30 { XCTAssertEqual(flags.contains(probe), set.contains(probe), "\(probe) after \(index)") }
            XCTAssertEqual(flags.sorted(), set.sorted())
        }
    }

    func testAnEmptyRangeHoldsIndicesAside() {
        var flags = TokenIndexSet(covering: 5..<5)
        XCTAssertFalse(flags.contains(5))
        flags.insert(5)
        XCTAssertTrue(flags.contains(5))
        XCTAssertEqual(flags.sorted(), [5])
    }
}
