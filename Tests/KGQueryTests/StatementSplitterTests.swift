import KGQuery
import XCTest

final class StatementSplitterTests: XCTestCase {
    func testStatementLineSkipsLeadingCommentLines() {
        let statements = StatementSplitter.split("-- one\n-- two\nMATCH (a) RETURN a;").statements
        XCTAssertEqual(statements.map(\.line), [3])
        XCTAssertEqual(statements.map(\.column), [1])
    }

    func testSemicolonsInStringsAndCommentsDoNotSplit() {
        let (statements, remainder) = StatementSplitter.split("""
            MATCH (a {name: "a;b"}) RETURN a; -- c;d
            MATCH (b {name: 'it\\'s;'}) RETURN b;
            """)
        XCTAssertEqual(statements.count, 2)
        XCTAssertEqual(statements.map(\.line), [1, 2])
        XCTAssertEqual(remainder, "")
    }

    func testIncompleteInputIsNotComplete() {
        XCTAssertFalse(StatementSplitter.isComplete("MATCH (a) RETURN a"))
        XCTAssertTrue(StatementSplitter.isComplete("MATCH (a) RETURN a; -- done"))
    }
}

final class QueryVocabularyTests: XCTestCase {
    func testActionsAreTheStoresDistinctActionsSorted() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(try QueryVocabulary.actions(in: graph.store),
                       ["attack", "call", "condemn", "president", "sanction", "visit"])
    }
}
