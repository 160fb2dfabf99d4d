import XCTest

@testable import KGExport

final class NodeKeyIndexTests: XCTestCase {
    func testNumericAndTextIdsAreDistinctKeys() {
        var index = NodeKeyIndex()
        index.insert("42", position: 0)
        index.insert("042", position: 1)
        index.insert("n42", position: 2)
        index.insert("9999999999", position: 3)  // past the array: a text key
        index.insert("0", position: 4)
        XCTAssertEqual(["42", "042", "n42", "9999999999", "0"].map { index[$0] }, [0, 1, 2, 3, 4])
        XCTAssertNil(index["41"])
        XCTAssertNil(index["43"])
        XCTAssertNil(index["+42"])
        XCTAssertNil(index[""])
    }

    func testOnlyPlainDecimalNumbersReadAsNumbers() {
        XCTAssertEqual(["7", "10", "123456789"].map(NodeKeyIndex.number), [7, 10, 123_456_789])
        XCTAssertEqual(["07", "-1", "1.0", " 1", "1e3", "1234567890", ""].map(NodeKeyIndex.number), [nil, nil, nil, nil, nil, nil, nil])
    }
}
