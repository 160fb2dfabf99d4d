import KGQuery
import XCTest

final class OptionalMatchTests: XCTestCase {
    var graph: TestGraph!

    override func setUpWithError() throws {
        graph = try makeNewsGraph()
    }

    func testRowsWithoutAMatchGoOnWithNulls() throws {
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (p:person) OPTIONAL MATCH (p)-[r:president]->(c)
                RETURN p.name, c.name ORDER BY p.name
                """),
            [["Joe Biden", "United States"], ["Vladimir Putin", "Russia"], ["Volodymyr Zelensky", "Ukraine"]])
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (c:country) OPTIONAL MATCH (c)<-[r:sanction]-(s)
                RETURN c.name, s.name, count(r) AS n ORDER BY c.name
                """),
            [["Russia", "United States", "1"], ["Ukraine", "", "0"], ["United States", "", "0"]])
    }

    func testOptionalWhereFiltersInsideTheOptionalPart() throws {
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (a {name: "Russia"}) OPTIONAL MATCH (a)<-[r:condemn]-(b) WHERE b.type = "organization"
                RETURN a.name, b.name
                """),
            [["Russia", "NATO"]])
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (a {name: "Russia"}) OPTIONAL MATCH (a)<-[r:condemn]-(b) WHERE b.type = "location"
                RETURN a.name, b.name
                """),
            [["Russia", ""]])
    }

    func testStatementCannotStartWithOptionalMatch() {
        XCTAssertEqual(
            graph.error("OPTIONAL MATCH (a) RETURN a")?.headline,
            "query:1:1: error: a statement cannot start with OPTIONAL MATCH; start with MATCH")
    }

    func testPatternsChainedFromANamedNodeStayInItsNeighbourhood() throws {
        let statement = "MATCH (a {name: \"Putin\"})-[r]->(b), (b)-[s]->(c) RETURN b.name, c.name ORDER BY c.name"
        let plan = try graph.column("EXPLAIN " + statement)
        XCTAssertTrue(plan.last?.contains("Neighbourhood:") ?? false, "\(plan)")
        XCTAssertEqual(try graph.texts(statement), [["Russia", "Donetsk"], ["NATO", "Russia"]])
    }
}
