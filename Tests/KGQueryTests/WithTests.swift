import KGQuery
import XCTest

/// WITH: projecting, aggregating and filtering rows mid-statement, then matching on.
final class WithTests: XCTestCase {
    var graph: TestGraph!

    override func setUpWithError() throws {
        graph = try makeNewsGraph()
    }

    func testFilterOnAnAggregateLikeHaving() throws {
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (a)-[r:condemn]->(b) WITH b, count(*) AS n WHERE n > 1 RETURN b.name, n
                """),
            [["Russia", "3"]])
    }

    func testCarriedNodesStartLaterPatterns() throws {
        XCTAssertEqual(
            try graph.column(
                """
                MATCH (a)-[:condemn]->(t {name: "Russia"})
                WITH a
                MATCH (a)-[:president]->(c)
                RETURN c.name ORDER BY c.name
                """),
            ["Ukraine", "United States"])
    }

    func testOrderAndLimitInWithPickTheTopRows() throws {
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (a)-[r]->(b) WHERE r.kind = "action"
                WITH a, count(*) AS actions ORDER BY actions DESC, a.name LIMIT 2
                MATCH (a)-[r]-(x)
                RETURN a.name, actions, count(DISTINCT x) AS neighbours ORDER BY actions DESC, a.name
                """),
            [["Joe Biden", "2", "3"], ["Volodymyr Zelensky", "2", "4"]])
    }

    func testCarriedEdgesKeepTheirProperties() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a {name: \"Biden\"})-[r:call]->(b) WITH r, b.name AS callee RETURN r.action, r.sentence, callee"),
            [["call", "Biden called Zelensky on Monday.", "Volodymyr Zelensky"]])
    }

    func testVariablesNotCarriedAreOutOfScope() {
        XCTAssertEqual(
            graph.error("MATCH (a)-[r]->(b) WITH a RETURN b.name")?.headline,
            "query:1:34: error: unknown variable 'b'; did you mean 'a'?")
    }

    func testUnnamedWithExpressionsMustBeAliased() {
        XCTAssertEqual(
            graph.error("MATCH (a) WITH a.name RETURN a")?.headline,
            "query:1:16: error: name this WITH item with AS, like a.name AS x; later clauses refer to it by that name")
    }

    func testWithValuesCannotBeUsedAsNodes() {
        XCTAssertEqual(
            graph.error("MATCH (a) WITH a.name AS n MATCH (n)-[r]->(b) RETURN b")?.headline,
            "query:1:35: error: variable 'n' is a value at 1:26 and cannot also be a node")
    }

    func testExplainShowsEveryStage() throws {
        let plan = try graph.column("EXPLAIN MATCH (a)-[:condemn]->(b) WITH b, count(*) AS n WHERE n > 1 RETURN b.name")
        XCTAssertEqual(plan.first, "Project b.name")
        XCTAssertTrue(plan.contains { $0.contains("└─ Filter n > 1") }, "\(plan)")
        XCTAssertTrue(plan.contains { $0.contains("└─ With b, count(*) AS n  [grouped]") }, "\(plan)")
    }
}
