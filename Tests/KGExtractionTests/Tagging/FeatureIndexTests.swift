import XCTest

@testable import KGExtraction

final class FeatureIndexTests: XCTestCase {
    func testEachKeyFindsItsRowAndUnknownKeysNone() {
        let index = FeatureIndex(keys: [42, 7, 42 + 16])
        XCTAssertEqual(index.row(for: 42), 0)
        XCTAssertEqual(index.row(for: 7), 1)
        XCTAssertEqual(index.row(for: 42 + 16), 2)
        XCTAssertEqual(index.row(for: 9), -1)
        XCTAssertEqual(index.duplicateKeyCount, 0)
    }

    func testKeysGivenTwiceAreCountedWhileBuilding() {
        XCTAssertEqual(FeatureIndex(keys: [5, 9, 5]).duplicateKeyCount, 1)
        XCTAssertGreaterThan(FeatureIndex(keys: [5, 9, 5, 5]).duplicateKeyCount, 1)
    }
}
