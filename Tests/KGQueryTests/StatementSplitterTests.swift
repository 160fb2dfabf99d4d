import KGQuery
import XCTest

final class StatementSplitterTests: XCTestCase {
    func testStatementLineSkipsLeadingCommentLines() {
        let statements = StatementSplitter.split("-- one\n-- two\nMATCH (a) RETURN a;").statements
        XCTAssertEqual(statements.map(\.line), [3])
        XCTAssertEqual(statements.map(\.column), [1])
    }

    func testSemicolonsInStringsAndCommentsDoNotSplit() {
        let (statements, remainder) = StatementSplitter.split(
            """
            MATCH (a {name: "a;b"}) RETURN a; -- c;d
            MATCH (b {name: 'it\\'s;'}) RETURN b;
            """)
        XCTAssertEqual(statements.count, 2)
        XCTAssertEqual(statements.map(\.line), [1, 2])
        XCTAssertEqual(remainder, "")
    }

    func testApostropheInSlashCommentDoesNotSwallowTheScript() {
        let (statements, remainder) = StatementSplitter.split(
            """
            // it's the first query
            MATCH (a) RETURN a;
            MATCH (b) RETURN b;
            """)
        XCTAssertEqual(statements.map(\.line), [2, 3])
        XCTAssertEqual(remainder, "")
    }

    func testSemicolonInSlashCommentDoesNotSplit() {
        let statements = StatementSplitter.split("MATCH (a) // first; then\nRETURN a;").statements
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(statements.first?.text, "MATCH (a) // first; then\nRETURN a;")
    }

    func testLastStatementWithUnterminatedStringIsKept() {
        let statements = StatementSplitter.statements(in: "MATCH (a) RETURN a;\n  MATCH (b {name: 'Kyiv}) RETURN b")
        XCTAssertEqual(statements.count, 2)
        XCTAssertEqual(statements.last?.text, "\n  MATCH (b {name: 'Kyiv}) RETURN b")
        XCTAssertEqual(statements.last?.line, 2)
        XCTAssertEqual(statements.last?.column, 3)
        XCTAssertEqual(StatementSplitter.statements(in: "MATCH (a) RETURN a; -- done\n// and done").count, 1)
    }

    func testIncompleteInputIsNotComplete() {
        XCTAssertFalse(StatementSplitter.isComplete("MATCH (a) RETURN a"))
        XCTAssertTrue(StatementSplitter.isComplete("MATCH (a) RETURN a; -- done"))
    }
}

final class QueryVocabularyTests: XCTestCase {
    func testActionsAreTheStoresDistinctActionsSorted() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try QueryVocabulary.actions(in: graph.store),
            ["attack", "call", "condemn", "president", "sanction", "visit"])
    }
}
