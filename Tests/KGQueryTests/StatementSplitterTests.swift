import KGQuery
import XCTest

final class StatementSplitterTests: XCTestCase {
    func testSemicolonInsideStringDoesNotEndTheStatement() {
        let (statements, remainder) = StatementSplitter.split("MATCH (a {name: \"x;y\"}) RETURN a;")
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(remainder, "")
    }

    func testStatementLineSkipsLeadingCommentLines() {
        let (statements, _) = StatementSplitter.split("-- who\n\nMATCH (a)\nRETURN a;\nMATCH (b) RETURN b;")
        XCTAssertEqual(statements.map(\.line), [3, 5])
    }

    func testInputWithoutSemicolonIsIncomplete() {
        XCTAssertFalse(StatementSplitter.isComplete("MATCH (a)\nRETURN a"))
        XCTAssertTrue(StatementSplitter.isComplete("MATCH (a) RETURN a; -- done"))
    }
}
