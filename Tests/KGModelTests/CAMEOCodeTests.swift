import KGModel
import XCTest

final class CAMEOCodeTests: XCTestCase {
    func testEveryCodeReadsBackFromItsText() {
        let codes = CAMEORootCode.allCases.map(CAMEOCode.root) + [.role, .uncoded]
        XCTAssertEqual(codes.map { CAMEOCode(rawValue: $0.rawValue) }, codes)
        XCTAssertEqual(CAMEOCode.root(.consult).rawValue, "04")
        XCTAssertEqual(CAMEOCode.role.rawValue, "role")
    }

    func testTextOutsideTheCodebookIsNoCode() {
        XCTAssertNil(CAMEOCode(rawValue: "21"))
        XCTAssertNil(CAMEOCode(rawValue: "4"), "the stored form has two digits; CAMEORootCode(normalizing:) reads one")
        XCTAssertNil(CAMEOCode(rawValue: "Role"))
    }

    func testOnlyAnActionWithACodeHasARoot() {
        XCTAssertEqual(CAMEOCode.root(.disapprove).root, .disapprove)
        XCTAssertNil(CAMEOCode.role.root)
        XCTAssertNil(CAMEOCode.uncoded.root)
    }
}
