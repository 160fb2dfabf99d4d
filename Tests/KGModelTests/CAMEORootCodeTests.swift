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
        XCTAssertNil(CAMEORootCode(normalizing: RelationKind.roleCode))
    }

    func testOnlyTheLastThreeRootsAreViolent() {
        XCTAssertEqual(CAMEORootCode.allCases.filter(\.isViolent), [.assault, .fight, .useUnconventionalMassViolence])
        XCTAssertEqual(CAMEORootCode.disapprove.title, "disapprove")
    }

    func testAFactKnowsItsRootAndARoleHasNone() {
        let span = TextSpan(start: 0, end: 5)
        let action = Fact(subject: 1, object: 2, action: "condemn", cameo: "11", kind: .action, sentence: 0, span: span, confidence: 0.9)
        let role = Fact(
            subject: 1, object: 2, action: "president", cameo: RelationKind.roleCode, kind: .role, sentence: 0,
            span: span, confidence: 0.7)
        XCTAssertEqual(action.cameoRoot, .disapprove)
        XCTAssertNil(role.cameoRoot)
    }
}
