import KGQuery
import XCTest

/// Parse and check errors: the message, and the exact line and column they point at.
final class ErrorTests: XCTestCase {
    var graph: TestGraph!

    override func setUpWithError() throws {
        graph = try makeNewsGraph()
    }

    private func assertError(
        _ statement: String, _ headline: String, _ parameters: [String: QueryValue] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let error = graph.error(statement, parameters, file: file, line: line)
        XCTAssertEqual(error?.headline, headline, file: file, line: line)
    }

    func testUnknownLabelSuggestsTheNearestType() {
        assertError(
            "MATCH (a:person)-[r]->(b:persn) RETURN a",
            "query:1:26: error: unknown label 'persn'; did you mean 'person'?")
    }

    func testUnknownLabelWithoutNearNameListsTheTypes() {
        assertError(
            "MATCH (a:ship) RETURN a",
            "query:1:10: error: unknown label 'ship'; labels are entity types person, country, organization, location")
    }

    func testCaretLineUnderTheProblem() {
        let error = graph.error("MATCH (a:person)-[r]->(b:persn) RETURN a")
        XCTAssertEqual(
            error?.description,
            """
            query:1:26: error: unknown label 'persn'; did you mean 'person'?
            MATCH (a:person)-[r]->(b:persn) RETURN a
                                     ^
            """)
    }

    func testMisspelledActionSuggestsAStoredAction() {
        assertError("MATCH (a)-[r:condem]->(b) RETURN a", "query:1:14: error: unknown action 'condem'; did you mean 'condemn'?")
    }

    func testUnknownActionFarFromAnyIsANoticeNotAnError() throws {
        let result = try graph.run("MATCH (a)-[r:recognize]->(b) RETURN a")
        XCTAssertEqual(result.rows.count, 0)
        XCTAssertEqual(result.notices, ["query:1:14: note: no relationship in the graph has action 'recognize'"])
    }

    func testUnknownPropertiesSuggest() {
        assertError("MATCH (a) RETURN a.nme", "query:1:20: error: unknown node property 'nme'; did you mean 'name'?")
        assertError("MATCH (a)-[r]->(b) RETURN r.cameoo", "query:1:29: error: unknown relationship property 'cameoo'; did you mean 'cameo'?")
        assertError("MATCH (a {nam: \"x\"}) RETURN a", "query:1:11: error: unknown node property 'nam'; did you mean 'name'?")
    }

    func testUnknownVariableSuggests() {
        assertError("MATCH (actor)-[r]->(b) RETURN actr.name", "query:1:31: error: unknown variable 'actr'; did you mean 'actor'?")
    }

    func testUnknownFunctionSuggests() {
        assertError("MATCH (a) RETURN cout(*)", "query:1:18: error: unknown function 'cout'; did you mean 'count'?")
    }

    func testMissingParameterSaysHowToPassIt() {
        assertError(
            "MATCH (a {name: $who}) RETURN a",
            "query:1:17: error: no value for parameter $who; pass it with --param who=VALUE")
    }

    func testParseErrorsNameWhatWasExpected() {
        assertError("MATCH (a RETURN a", "query:1:10: error: expected ':', '{' or ')', found 'RETURN'")
        assertError("MATCH (a)-[r]->(b) RETURN", "query:1:26: error: expected an expression, found end of statement")
        assertError("MATCH (a)-[r]->(b)", "query:1:19: error: expected ',', WHERE, MATCH, WITH or RETURN, found end of statement")
        assertError("RETURN 1", "query:1:1: error: expected MATCH, found 'RETURN'")
        assertError("MATCH (a)-[r->(b) RETURN a", "query:1:13: error: expected ']', found '-'")
        assertError("MATCH (a {name: \"Putin}) RETURN a", "query:1:17: error: unterminated string; expected a closing \"")
        assertError("MATCH (a) WHERE a.name STARTS \"P\" RETURN a", "query:1:31: error: expected WITH after STARTS, found string \"P\"")
        assertError("MATCH (a) RETURN a ORDER a.name", "query:1:26: error: expected BY, found 'a'")
    }

    func testMisspeltKeywordsAreSuggested() {
        assertError("MATCH (a) RETRUN a", "query:1:11: error: expected ',', WHERE, MATCH, WITH or RETURN, found 'RETRUN'; did you mean 'RETURN'?")
        assertError("MACTH (a) RETURN a", "query:1:1: error: expected MATCH, found 'MACTH'; did you mean 'MATCH'?")
        assertError(
            "MATCH (a) RETURN a ORDRE BY a.name",
            "query:1:20: error: expected end of statement after RETURN, found 'ORDRE'; did you mean 'ORDER'?")
    }

    func testWritingClausesAreRejectedPlainly() {
        assertError(
            "CREATE (a) RETURN a",
            "query:1:1: error: CREATE is not supported: kg queries are read-only; kg reads with MATCH ... RETURN")
    }

    func testDoubleDashBetweenNodesExplainsTheCommentRule() {
        assertError(
            "MATCH (a)--(b) RETURN a",
            "query:1:10: error: '--' starts a comment; write relationships with brackets: -[]->, <-[]- or -[]-")
        assertError(
            "MATCH (a)<--(b) RETURN a",
            "query:1:11: error: '--' starts a comment; write relationships with brackets: -[]->, <-[]- or -[]-")
    }

    func testVariableKindConflicts() {
        assertError(
            "MATCH (a)-[a]->(b) RETURN a",
            "query:1:12: error: variable 'a' is a node at 1:8 and cannot also be a relationship")
        assertError(
            "MATCH (a)-[r]->(b), (b)-[r]->(c) RETURN a",
            "query:1:26: error: relationship variable 'r' is already bound at 1:12; each relationship pattern needs its own variable")
    }

    func testWhereCannotUseAVariableOfALaterMatch() {
        assertError("MATCH (a) WHERE b.name = \"x\" MATCH (b) RETURN a", "query:1:17: error: unknown variable 'b'; did you mean 'a'?")
    }

    func testAggregateMisuse() {
        assertError("MATCH (a) WHERE count(*) > 1 RETURN a", "query:1:17: error: count() aggregates rows and can only be used in RETURN")
        assertError("MATCH (a) RETURN count(*) + 1", "query:1:18: error: an aggregate must be a whole RETURN item, like count(*) AS n")
        assertError(
            "MATCH (a) RETURN DISTINCT a.name ORDER BY a.type",
            "query:1:43: error: after DISTINCT or an aggregate, ORDER BY can only use returned columns; return 'a.type' or order by a column's alias")
    }

    func testBadLimitsAndBounds() {
        assertError("MATCH (a) RETURN a LIMIT -1", "query:1:26: error: SKIP and LIMIT take a non-negative whole number, not -1")
        assertError(
            "MATCH (a)-[*3..1]->(b) RETURN a",
            "query:1:10: error: invalid length *3..1: the upper bound must be at least the lower")
        assertError("MATCH (a)-[*1..1000]->(b) RETURN a", "query:1:10: error: upper bound 1000 is too large; at most 20 hops here")
        assertError(
            "MATCH p = ANY SHORTEST (a)-[*2..4]-(b) RETURN p",
            "query:1:27: error: a shortest path's lower bound must be 0 or 1")
    }

    func testErrorsInScriptsReportTheFileLineAndColumn() {
        let text = "-- header\nMATCH (a) RETURN a;\n\nMATCH (a)\n  RETURN a.nme;"
        let statements = StatementSplitter.split(text).statements
        XCTAssertEqual(statements.map(\.line), [2, 4])
        let second = statements[1]
        XCTAssertThrowsError(
            try graph.engine.run(
                second.text, sourceName: "q.kgq", firstLine: second.line,
                firstColumn: second.column)
        ) { error in
            XCTAssertEqual((error as? QueryError)?.description, "q.kgq:5:12: error: unknown node property 'nme'; did you mean 'name'?\n  RETURN a.nme;\n           ^")
        }
    }

    func testWindowsLineEndingsCountAsLines() {
        let text = "-- header\r\nMATCH (a) RETURN a;\r\nMATCH (a)\r\n  RETURN a.nme;\r\n"
        let statements = StatementSplitter.split(text).statements
        XCTAssertEqual(statements.map(\.line), [2, 3])
        let second = statements[1]
        XCTAssertThrowsError(
            try graph.engine.run(
                second.text, sourceName: "q.kgq", firstLine: second.line,
                firstColumn: second.column)
        ) { error in
            XCTAssertEqual((error as? QueryError)?.description, "q.kgq:4:12: error: unknown node property 'nme'; did you mean 'name'?\n  RETURN a.nme;\n           ^")
        }
    }

    func testSecondStatementOnOneLineKeepsItsColumns() {
        let statements = StatementSplitter.split("MATCH (a) RETURN a; MATCH (b:x) RETURN b;").statements
        XCTAssertEqual(statements.map(\.column), [1, 21])
        let second = statements[1]
        XCTAssertThrowsError(
            try graph.engine.run(
                second.text, sourceName: "q", firstLine: second.line,
                firstColumn: second.column)
        ) { error in
            XCTAssertEqual((error as? QueryError)?.headline, "q:1:30: error: unknown label 'x'; labels are entity types person, country, organization, location")
            XCTAssertEqual((error as? QueryError)?.sourceLine, "                    MATCH (b:x) RETURN b;")
        }
    }
}
