import KGExport
import XCTest

final class OutputModeTests: XCTestCase {
    func testEveryModeTheShellOffersHasAName() {
        XCTAssertEqual(
            OutputMode.allCases.map(\.rawValue),
            ["table", "csv", "tsv", "json", "jsonl", "markdown", "dot"])
    }
}
