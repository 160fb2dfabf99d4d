import KGQuery
import XCTest

/// Regression tests for issue 10's findings in the query language: each input once trapped or
/// was silently misread.
final class HostileQueryTests: XCTestCase {
    var graph: TestGraph!

    override func setUpWithError() throws {
        graph = try makeNewsGraph()
    }

    func testHugeLimitAfterSkipDoesNotOverflow() throws {
        let names = try graph.column("MATCH (a) RETURN a.name ORDER BY a.name SKIP 1 LIMIT 9223372036854775807")
        XCTAssertEqual(names.count, 8)
        XCTAssertEqual(try graph.column("MATCH (a) RETURN a.name SKIP 1 LIMIT 9223372036854775807").count, 8)
        XCTAssertEqual(try graph.column("MATCH (a) RETURN a.name SKIP 9223372036854775807 LIMIT 9223372036854775807"), [])
    }

    func testHugeLimitInWithDoesNotOverflow() throws {
        XCTAssertEqual(
            try graph.column(
                "MATCH (a) WITH a SKIP 2 LIMIT 9223372036854775807 RETURN a.name"
            ).count, 7)
    }

    func testHugeLimitAsParameterDoesNotOverflow() throws {
        XCTAssertEqual(
            try graph.column(
                "MATCH (a) RETURN a.name SKIP $s LIMIT $n",
                ["s": .int(3), "n": .int(Int.max)]
            ).count, 6)
    }

    func testPunctuationOnlyNamesMatchOnlyThemselves() throws {
        try graph.entity("*", .organization)
        try graph.entity("}", .organization)
        try graph.entity("\"", .organization)
        XCTAssertEqual(try graph.column("MATCH (a {name: '*'}) RETURN a.name"), ["*"])
        XCTAssertEqual(try graph.column("MATCH (a {name: $n}) RETURN a.name", ["n": .string("}")]), ["}"])
        XCTAssertEqual(try graph.column("MATCH (a {name: '?'}) RETURN a.name"), [])
        XCTAssertEqual(try graph.column("MATCH (a {name: '*'})-[r]-(b) RETURN a.name"), [])
    }

    func testCartesianProductsAndChainsStopAtTheStepBudget() throws {
        graph.engine.stepLimit = 10_000
        let product = graph.error("MATCH (n0),(n1),(n2),(n3),(n4),(n5) RETURN count(*)")
        XCTAssertTrue(product?.message.contains("more than 10000 partial matches") == true, String(describing: product))
        graph.engine.stepLimit = 40
        let chain = graph.error("MATCH (a)-[]-(b)-[]-(c)-[]-(d)-[]-(e) RETURN count(*)")
        XCTAssertTrue(chain?.message.contains("more than 40 partial matches") == true, String(describing: chain))
        graph.engine.stepLimit = 10_000
        // Within the budget the same shape still answers.
        XCTAssertEqual(try graph.column("MATCH (n0),(n1) RETURN count(*)"), ["81"])
    }

    func testRowsHeldForSortingAndCollectAreBounded() throws {
        graph.engine.rowLimit = 50
        for statement in [
            "MATCH (a),(b) RETURN a.name, b.name ORDER BY a.name",
            "MATCH (a),(b) RETURN collect(b.name)",
            "MATCH (a),(b) RETURN DISTINCT a.name, b.name",
        ] {
            let error = graph.error(statement)
            XCTAssertTrue(error?.message.contains("more than 50 values") == true, "\(statement): \(String(describing: error))")
        }
        XCTAssertEqual(try graph.column("MATCH (a),(b) RETURN a.name LIMIT 3").count, 3)
        // Paths count by their length: 11 one-hop paths hold 33 values, over a budget of 20.
        graph.engine.rowLimit = 20
        let paths = graph.error("MATCH p=(a)-[]->(b) RETURN p")
        XCTAssertTrue(paths?.message.contains("more than 20 values") == true, String(describing: paths))
    }

    func testTimeoutStopsALongStatement() throws {
        graph.engine.timeout = .milliseconds(50)
        let started = ContinuousClock.now
        let error = graph.error("MATCH (n0),(n1),(n2),(n3),(n4),(n5),(n6),(n7),(n8) RETURN count(*)")
        XCTAssertTrue(error?.message.contains("time limit") == true, String(describing: error))
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10))
    }

    func testThousandsOfMissingActionsMakeOneNotice() throws {
        let labels = (0..<3000).map { "act\($0)" }.joined(separator: "|")
        let result = try graph.run("MATCH (a)-[r:condemn|\(labels)]->(b) RETURN count(*)")
        XCTAssertEqual(result.rows.first?.first?.text, "4")
        XCTAssertEqual(result.notices, ["query:1:22: note: no relationship in the graph has action 'act0', 'act1', 'act2', 'act3', 'act4' and 2995 more"])
    }
}
