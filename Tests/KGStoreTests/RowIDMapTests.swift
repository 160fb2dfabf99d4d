import XCTest

@testable import KGStore

/// Row ids kept by the extraction's numbers, dense or not, read back as a dictionary would give them.
final class RowIDMapTests: XCTestCase {
    private func check(_ numbers: [Int], sets: [(Int, Int)], file: StaticString = #filePath, line: UInt = #line) {
        var map = RowIDMap(numbers: numbers)
        var dictionary: [Int: Int] = [:]
        for (number, id) in sets {
            map[number] = id
            dictionary[number] = id
        }
        for number in -2...(numbers.count + 3) { XCTAssertEqual(map[number], dictionary[number], "\(number)", file: file, line: line) }
    }

    func testDenseNumbersAreReadAsADictionaryWouldGiveThem() {
        check([0, 1, 2, 3], sets: [(0, 10), (2, 12), (2, 13)])
    }

    func testNumbersOutOfOrderOrOutsideAreKeptAside() {
        check([1, 0, 2], sets: [(1, 5), (0, 4)])
        check([0, 2, 5], sets: [(5, 9), (2, 7)])
        check([0, 1], sets: [(1, 3), (4, 8), (-1, 2)])
        check([], sets: [(0, 1)])
    }
}
