import KGExtraction
import XCTest

final class AliasKeyTests: XCTestCase {
    func testPossessiveCaseAndLeadingArticleDoNotCount() {
        XCTAssertEqual(AliasKey.normalize("The Kremlin\u{2019}s"), "kremlin")
    }

    func testPunctuationBecomesOneSpace() {
        XCTAssertEqual(AliasKey.normalize("Thomas-Greenfield"), "thomas greenfield")
    }
}
