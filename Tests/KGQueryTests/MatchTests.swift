import KGQuery
import XCTest

@testable import KGStore

/// Fixed-length patterns, filters and projections on the small news graph.
final class MatchTests: XCTestCase {
    var graph: TestGraph!

    override func setUpWithError() throws {
        graph = try makeNewsGraph()
    }

    func testOutgoingEdgeFollowsStoredDirection() throws {
        XCTAssertEqual(try graph.column("MATCH (a {name: \"Russia\"})-[r]->(b) RETURN b.name"), ["Donetsk"])
    }

    func testIncomingEdgeFindsSubjects() throws {
        XCTAssertEqual(
            try graph.column("MATCH (a {name: \"Russia\"})<-[r:condemn]-(b) RETURN b.name ORDER BY b.name"),
            ["Joe Biden", "NATO", "Volodymyr Zelensky"])
    }

    func testUndirectedEdgeMatchesBothDirections() throws {
        XCTAssertEqual(
            try graph.column("MATCH (a {name: \"Russia\"})-[r]-(b) RETURN b.name ORDER BY b.name"),
            ["Donetsk", "Joe Biden", "NATO", "United States", "Vladimir Putin", "Volodymyr Zelensky"])
    }

    func testUnanchoredPatternWithLabelsAndActionFromTheBrief() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a:person)-[r:condemn]->(b:country {name: \"Russia\"}) RETURN a.name, r.sentence ORDER BY a.name"),
            [["Joe Biden", "Biden condemned Russia."], ["Volodymyr Zelensky", "Sentence 8."]])
    }

    func testLabelAlternationAcceptsEitherType() throws {
        XCTAssertEqual(
            try graph.column("MATCH (a:person|organization)-[:condemn]->(b:country) RETURN DISTINCT a.name ORDER BY a.name"),
            ["Joe Biden", "NATO", "Volodymyr Zelensky"])
    }

    func testActionAlternationAcceptsEitherAction() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a)-[:sanction|condemn]->(b) WHERE b.type = \"country\" RETURN b.name, count(*) AS n ORDER BY n DESC LIMIT 5"),
            [["Russia", "4"]])
    }

    func testRoleEdgesMatchByRoleNoun() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a)-[r:president]->(c:country) RETURN a.name, c.name, r.kind, r.cameo ORDER BY c.name"),
            [
                ["Vladimir Putin", "Russia", "role", "role"], ["Volodymyr Zelensky", "Ukraine", "role", "role"],
                ["Joe Biden", "United States", "role", "role"],
            ])
    }

    func testNameMatchesAliasCaseInsensitively() throws {
        XCTAssertEqual(try graph.column("MATCH (a {name: \"zelenskiy\"}) RETURN a.name"), ["Volodymyr Zelensky"])
        XCTAssertEqual(try graph.column("MATCH (a {name: \"KIEV\"}) RETURN a.name"), ["Kyiv"])
        XCTAssertEqual(try graph.column("MATCH (a {name: \"u.s.\"}) RETURN a.name"), ["United States"])
        XCTAssertEqual(try graph.column("MATCH (a {name: \"joe biden\"}) RETURN a.name"), ["Joe Biden"])
    }

    func testWhereEqualityIsCaseSensitiveUnlikePatternNames() throws {
        XCTAssertEqual(try graph.column("MATCH (a) WHERE a.name = \"russia\" RETURN a.name"), [])
        XCTAssertEqual(try graph.column("MATCH (a) WHERE a.name = \"Russia\" RETURN a.name"), ["Russia"])
    }

    func testWhereNameEqualityAnchorsThePatternButStaysExact() throws {
        let statement = "MATCH (a)-[r]->(b) WHERE a.name = \"Vladimir Putin\" RETURN b.name ORDER BY b.name"
        let plan = try graph.column("EXPLAIN " + statement)
        XCTAssertTrue(plan.contains { $0.contains("NodeByName (a) name=Vladimir Putin (WHERE): 1 candidate") }, "\(plan)")
        XCTAssertTrue(plan.last?.contains("Neighbourhood:") ?? false, "\(plan)")
        XCTAssertEqual(try graph.column(statement), ["NATO", "Russia"])
        XCTAssertEqual(try graph.column("MATCH (a)-[r]->(b) WHERE a.name = \"vladimir putin\" RETURN b.name"), [])
        XCTAssertEqual(
            try graph.column("MATCH (a)-[r]->(b) WHERE a.name = \"Vladimir Putin\" OR b.name = \"Kyiv\" RETURN a.name ORDER BY a.name"),
            ["Vladimir Putin", "Vladimir Putin", "Volodymyr Zelensky"])
        XCTAssertEqual(try graph.column("MATCH (a)-[r]->(b) WHERE $who = a.name RETURN count(*)", ["who": .string("Joe Biden")]), ["3"])
    }

    func testWhereStringOperators() throws {
        XCTAssertEqual(try graph.column("MATCH (a:person) WHERE a.name CONTAINS \"in\" RETURN a.name"), ["Vladimir Putin"])
        XCTAssertEqual(try graph.column("MATCH (a) WHERE a.name STARTS WITH \"Vol\" RETURN a.name"), ["Volodymyr Zelensky"])
        XCTAssertEqual(try graph.column("MATCH (a) WHERE a.name ENDS WITH \"ine\" RETURN a.name"), ["Ukraine"])
        XCTAssertEqual(
            try graph.column("MATCH (a) WHERE a.name IN [\"Kyiv\", \"NATO\", \"Nowhere\"] RETURN a.name ORDER BY a.name"),
            ["Kyiv", "NATO"])
    }

    func testWhereBooleanLogicWithParentheses() throws {
        let names = try graph.column(
            """
            MATCH (a)-[r]->(b)
            WHERE (r.cameo = "11" OR r.cameo = "16") AND NOT b.name = "NATO" AND r.confidence >= 0.7
            RETURN a.name ORDER BY a.name
            """)
        XCTAssertEqual(names, ["Joe Biden", "NATO", "United States"])
    }

    func testWhereComparisonsOnNumbers() throws {
        XCTAssertEqual(
            try graph.column("MATCH (a)-[r:condemn]->(b) WHERE r.confidence < 0.7 RETURN a.name"),
            ["Volodymyr Zelensky"])
        XCTAssertEqual(
            try graph.column("MATCH (a)-[r:condemn]->(b) WHERE r.confidence <> 1 RETURN a.name ORDER BY a.name"),
            ["Joe Biden", "Volodymyr Zelensky"])
    }

    func testEdgePropertiesDocumentSentenceAndCameo() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a {name: \"Biden\"})-[r:call]->(b) RETURN r.action, r.cameo, r.kind, r.document, r.sentence"),
            [["call", "04", "action", "article.txt", "Biden called Zelensky on Monday."]])
    }

    func testRelationshipPropertyMapFilters() throws {
        XCTAssertEqual(
            try graph.column("MATCH (a)-[r {cameo: \"04\"}]->(b) RETURN b.name ORDER BY b.name"),
            ["Kyiv", "Volodymyr Zelensky"])
    }

    func testCountStarCountsRowsAndCountDistinctCountsValues() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a)-[:condemn]->(b) RETURN count(*) AS n, count(DISTINCT b) AS m, count(a) AS c"),
            [["4", "2", "4"]])
    }

    func testImplicitGroupingByNonAggregateColumns() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a)-[:condemn]->(b) RETURN b.name, count(*) AS n ORDER BY n DESC, b.name"),
            [["Russia", "3"], ["NATO", "1"]])
    }

    func testOrderBySkipLimit() throws {
        XCTAssertEqual(
            try graph.column("MATCH (a) RETURN a.name ORDER BY a.name DESC SKIP 2 LIMIT 3"),
            ["United States", "Ukraine", "Russia"])
        XCTAssertEqual(try graph.column("MATCH (a) RETURN a.name ORDER BY a.name LIMIT 0"), [])
    }

    func testOrderByExpressionNotReturned() throws {
        XCTAssertEqual(try graph.column("MATCH (a:location) RETURN a.name ORDER BY a.id DESC"), ["Kyiv", "Donetsk"])
    }

    func testOrderByPropertyOfAReturnedNodeAndByAliasExpressions() throws {
        XCTAssertEqual(try graph.column("MATCH (a)-[:condemn]->(b) RETURN DISTINCT b ORDER BY b.name DESC"), ["Russia", "NATO"])
        XCTAssertEqual(
            try graph.column("MATCH (a)-[:condemn]->(b) RETURN b.name AS n, count(*) AS c ORDER BY c * -1"),
            ["Russia", "NATO"])
        XCTAssertEqual(try graph.column("MATCH (a:location) RETURN a.name AS n ORDER BY size(n)"), ["Kyiv", "Donetsk"])
    }

    func testReturnStarReturnsEveryNamedVariable() throws {
        let result = try graph.run("MATCH (a {name: \"Putin\"})-[r:condemn]->(b) RETURN * ORDER BY b.name")
        XCTAssertEqual(result.columns, ["a", "r", "b"])
        XCTAssertEqual(result.rows.map { $0.map(\.text) }, [["Vladimir Putin", "condemn", "NATO"]])
        XCTAssertEqual(try graph.run("MATCH (a {name: \"Putin\"})-[]->(b) RETURN *, count(*) AS n").columns, ["a", "b", "n"])
    }

    func testDistinctRemovesDuplicateRows() throws {
        XCTAssertEqual(try graph.column("MATCH (a {name: \"NATO\"})<-[r]-(b) RETURN DISTINCT b.name"), ["Vladimir Putin"])
        XCTAssertEqual(try graph.column("MATCH (a)-[:condemn]->(b) RETURN DISTINCT b.name ORDER BY b.name"), ["NATO", "Russia"])
    }

    func testParametersFillNamesAndLimits() throws {
        let rows = try graph.texts(
            "MATCH (a {name: $who})-[r]-(b) RETURN b.name, r.action ORDER BY b.name LIMIT $n",
            ["who": .string("Zelensky"), "n": .int(2)])
        XCTAssertEqual(rows, [["Joe Biden", "call"], ["Kyiv", "visit"]])
    }

    func testMultiplePatternsShareVariables() throws {
        let rows = try graph.column(
            """
            MATCH (a)-[:condemn]->(r {name: "Russia"}), (a)-[:president]->(c) RETURN a.name + " of " + c.name ORDER BY a.name
            """)
        XCTAssertEqual(rows, ["Joe Biden of United States", "Volodymyr Zelensky of Ukraine"])
    }

    func testChainWithOppositeDirections() throws {
        let rows = try graph.column(
            """
            MATCH (a)-[:condemn]->(b {name: "Russia"})<-[:sanction]-(c) RETURN a.name ORDER BY a.name
            """)
        XCTAssertEqual(rows, ["Joe Biden", "NATO", "Volodymyr Zelensky"])
    }

    func testRelationshipIsomorphismNeverBindsOneEdgeTwice() throws {
        let small = try TestGraph()
        let a = try small.entity("A", .person)
        let b = try small.entity("B", .person)
        try small.relate(a, "meet", b)
        XCTAssertEqual(try small.column("MATCH (x {name: \"A\"})-[]-(y)-[]-(z) RETURN z.name"), [])
        XCTAssertEqual(try small.column("MATCH (x)-[r1]->(y), (u)-[r2]->(v) RETURN count(*)"), ["0"])
        // Separate MATCH clauses may bind the same edge again.
        XCTAssertEqual(try small.column("MATCH (x)-[r1]->(y) MATCH (u)-[r2]->(v) RETURN count(*)"), ["1"])
    }

    func testReturningWholeNodesAndEdges() throws {
        let result = try graph.run("MATCH (a {name: \"Biden\"})-[r:call]->(b) RETURN a, r, b")
        XCTAssertEqual(result.columns, ["a", "r", "b"])
        guard case let .edge(edge) = result.rows.first?[1] else { return XCTFail("expected an edge") }
        XCTAssertEqual(edge.source.name, "Joe Biden")
        XCTAssertEqual(edge.target.name, "Volodymyr Zelensky")
        XCTAssertEqual(edge.document, "article.txt")
    }

    func testEmptyResultsStillAnswerGlobalCounts() throws {
        XCTAssertEqual(try graph.texts("MATCH (a)-[:condemn]->(b:location) RETURN count(*)"), [["0"]])
        XCTAssertEqual(try graph.texts("MATCH (a)-[:condemn]->(b:location) RETURN b.name, count(*)"), [])
    }

    func testUnknownEntityNameGivesNoRowsAndANotice() throws {
        let result = try graph.run("MATCH (a {name: \"Zelensk\"})-[r]->(b) RETURN b.name")
        XCTAssertEqual(result.rows.count, 0)
        XCTAssertEqual(result.notices, ["query:1:17: note: no entity is named 'Zelensk'; did you mean 'Zelensky'?"])
    }

    func testAggregatesSumMinMaxCollect() throws {
        XCTAssertEqual(
            try graph.texts("MATCH (a)-[r:condemn]->(b {name: \"Russia\"}) RETURN min(r.confidence), max(r.confidence), collect(a.name)"),
            [["0.6", "1.0", "[Joe Biden, NATO, Volodymyr Zelensky]"]])
    }

    func testGraphReloadsAfterTheStoreChanges() throws {
        XCTAssertEqual(try graph.column("MATCH (a)-[:recognize]->(b) RETURN b.name"), [])
        let kosovo = try graph.entity("Kosovo", .country)
        let usa = try XCTUnwrap(Int(graph.column("MATCH (a {name: \"US\"}) RETURN a.id").first ?? ""))
        try graph.relate(usa, "recognize", kosovo, cameo: "05")
        XCTAssertEqual(try graph.column("MATCH (a)-[:recognize]->(b) RETURN b.name"), ["Kosovo"])
    }

    func testAnchoredQueriesGiveTheSameRowsOnTheNeighbourhoodAndTheWholeGraph() throws {
        let statements = [
            "MATCH (a {name: \"Russia\"})-[r]-(b) RETURN b.name, r.action",
            "MATCH (a {name: \"Biden\"})-[*1..3]-(x) RETURN x.name, count(*) AS n",
            "MATCH (a)-[:condemn]->(b {name: \"Russia\"})<-[:sanction]-(c)-[r]-(d) RETURN a.name, d.name",
        ]
        let fresh = try statements.map { try graph.texts($0) }
        let explained = try graph.column("EXPLAIN " + statements[0])
        XCTAssertTrue(explained.last?.contains("└─ Neighbourhood:") ?? false, "\(explained)")
        _ = try graph.run("MATCH (a) RETURN count(*)")  // loads the whole graph
        XCTAssertTrue(try graph.column("EXPLAIN " + statements[0]).last?.contains("└─ Graph in memory:") ?? false)
        XCTAssertEqual(try statements.map { try graph.texts($0) }, fresh)
        XCTAssertEqual(fresh[0].count, 6)
    }

    func testRareActionStartsFromItsEdgesAndGivesTheSameRows() throws {
        let plan = try graph.column("EXPLAIN MATCH (a)-[r:sanction]->(b:country) RETURN a.name")
        XCTAssertTrue(plan.contains { $0.contains("EdgeByAction (a)-[r:sanction]->(b:country): 1 edge") }, "\(plan)")
        XCTAssertEqual(
            try graph.texts("MATCH (a)-[r:sanction|condemn]-(b:country) RETURN a.name, b.name ORDER BY a.name, b.name"),
            [
                ["Joe Biden", "Russia"], ["NATO", "Russia"], ["Russia", "United States"],
                ["United States", "Russia"], ["Volodymyr Zelensky", "Russia"],
            ])
    }

    func testSparseEntityIDsStillResolve() throws {
        try graph.store.database.execute("INSERT INTO entities (id, name, type) VALUES (5000000000, 'Far Away', 'location')")
        try graph.store.database.execute("INSERT INTO relations (subject_id, object_id, action, cameo, kind) VALUES (5000000000, 4, 'border', '03', 'action')")
        XCTAssertEqual(try graph.texts("MATCH (a)-[:border]->(b) RETURN a.name, a.id, b.name"), [["Far Away", "5000000000", "Russia"]])
        XCTAssertEqual(try graph.column("MATCH (a {id: 5000000000})-[r]-(b) RETURN b.name"), ["Russia"])
    }

    func testSelfLoopMatchesOneVariableAtBothEnds() throws {
        let loop = try TestGraph()
        let a = try loop.entity("A", .person)
        let b = try loop.entity("B", .person)
        try loop.relate(a, "praise", a)
        try loop.relate(a, "praise", b)
        XCTAssertEqual(try loop.column("MATCH (x)-[:praise]->(x) RETURN x.name"), ["A"])
        XCTAssertEqual(try loop.column("MATCH (x)-[:praise]-(y) RETURN count(*)"), ["3"])
        XCTAssertEqual(try loop.column("MATCH (x {name: \"A\"})-[:praise]-(y) RETURN count(*)"), ["2"])
    }

    func testExplainDumpsThePlanAsRows() throws {
        let result = try graph.run("EXPLAIN MATCH (a {name: \"Putin\"})-[r]->(b) RETURN b.name")
        XCTAssertEqual(result.columns, ["plan"])
        let lines = result.rows.map { $0[0].text }
        XCTAssertEqual(lines.first, "Project b.name")
        XCTAssertTrue(lines.dropLast().last?.contains("NodeByName (a)") ?? false, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("Expand (a)-[r]->(b)") }, "\(lines)")
    }
}
