import KGExtraction
import XCTest

/// "Mali announced its withdrawal from the African Union": what one withdraws from is the act's
/// target; elsewhere "from" after an act's noun names its source.
final class WithdrawalFromTests: ExtractionTestCase {
    func testWhatOneWithdrawsFromIsTheTarget() throws {
        XCTAssertEqual(try all("Mali announced its withdrawal from the African Union."), ["Mali -withdraw-> African Union"])
    }

    func testAidFromABodyIsNotAidToIt() throws {
        XCTAssertFalse(try all("Mali welcomed aid from the African Union.").contains("Mali -aid-> African Union"))
    }
}
