import Foundation
import KGModel
import XCTest

final class TabSeparatedRowsTests: XCTestCase {
    private func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        TabSeparatedRows.forEach(in: Data(text.utf8)) { rows.append($0) }
        return rows
    }

    func testFieldsSplitAtTabsAndRowsAtNewlines() {
        XCTAssertEqual(rows("kiev\tkyiv\nlugansk\tluhansk\n"), [["kiev", "kyiv"], ["lugansk", "luhansk"]])
        XCTAssertEqual(rows("last\trow without newline"), [["last", "row without newline"]])
        XCTAssertEqual(rows("a\t\tc\t\n"), [["a", "", "c", ""]])
    }

    func testHeadersAndBlankLinesAreSkipped() {
        XCTAssertEqual(rows("# surface\tcanonical\n\nx\ty\n\n# more\n"), [["x", "y"]])
        XCTAssertEqual(rows(""), [])
        XCTAssertEqual(rows("\n\n"), [])
    }

    func testLinesOfMoreAndFewerFieldsKeepTheirOwn() {
        // one array serves every line: a shorter line after a longer one has no field of it left
        XCTAssertEqual(rows("a\tb\tc\nd\ne\tf\n# h\ti\tj\tk\n\ng\n"), [["a", "b", "c"], ["d"], ["e", "f"], ["g"]])
    }

    func testOtherControlBytesAndNonASCIIStayInTheirField() {
        // bytes below the tab (0-8), the carriage return and multi-byte UTF-8 are text
        XCTAssertEqual(rows("a\u{1}b\tc\r\n"), [["a\u{1}b", "c\r"]])
        XCTAssertEqual(rows("\u{0}\t\u{8}\n"), [["\u{0}", "\u{8}"]])
        XCTAssertEqual(rows("Zürich\tZ\u{FC}rich\n"), [["Zürich", "Zürich"]])
    }
}
