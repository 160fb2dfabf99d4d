import KGModel
import XCTest

final class CAMEORootCodeTests: XCTestCase {
    func testTheTwentyRootsAreTwoDigitCodesInOrder() {
        XCTAssertEqual(CAMEORootCode.allCases.map(\.rawValue), (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" })
        XCTAssertEqual(CAMEORootCode.allCases, CAMEORootCode.allCases.sorted())
    }

    func testCodesAreReadWithOrWithoutTheLeadingZero() {
        XCTAssertEqual(CAMEORootCode(normalizing: "4"), .consult)
        XCTAssertEqual(CAMEORootCode(normalizing: " 11 "), .disapprove)
        XCTAssertNil(CAMEORootCode(normalizing: "112"))
        XCTAssertNil(CAMEORootCode(normalizing: "21"))
        XCTAssertNil(CAMEORootCode(normalizing: CAMEOCode.role.rawValue))
    }

    func testOnlyTheLastThreeRootsAreViolent() {
        XCTAssertEqual(CAMEORootCode.allCases.filter(\.isViolent), [.assault, .fight, .useUnconventionalMassViolence])
        XCTAssertEqual(CAMEORootCode.disapprove.title, "disapprove")
    }
}
