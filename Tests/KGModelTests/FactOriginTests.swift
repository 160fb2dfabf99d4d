import KGModel
import XCTest

final class FactOriginTests: XCTestCase {
    private func fact(confidence: Double = 0.9, line: UInt = #line) -> Fact {
        Fact(
            subject: 0, object: 1, action: "condemn", cameo: .root(.disapprove), kind: .action, sentence: 0,
            span: TextSpan(start: 0, end: 21), confidence: confidence, line: line)
    }

    func testAFactRecordsTheFileAndLineThatMadeIt() {
        let made = Fact(
            subject: 0, object: 1, action: "condemn", cameo: .root(.disapprove), kind: .action, sentence: 0,
            span: TextSpan(start: 0, end: 21), confidence: 0.9)
        XCTAssertEqual(made.origin.description, "KGModelTests/FactOriginTests.swift:\(#line - 3)")
    }

    func testTheOriginIsNoPartOfAFactsIdentity() {
        let one = fact(line: 10), other = fact(line: 20)
        XCTAssertEqual(one.origin.line, 10)
        XCTAssertEqual(other.origin.line, 20)
        XCTAssertEqual(one, other)
        XCTAssertEqual(Set([one, other]).count, 1)
        // everything else still tells facts apart
        XCTAssertNotEqual(fact(confidence: 0.9), fact(confidence: 0.8))
    }
}
