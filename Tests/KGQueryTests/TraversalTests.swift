import KGQuery
import XCTest

@testable import KGStore

/// Variable-length patterns and shortest paths.
final class TraversalTests: XCTestCase {
    func testVariableLengthReachesLocationsWithinThreeHops() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.column("MATCH (a {name: \"Joe Biden\"})-[*1..3]->(x:location) RETURN DISTINCT x.name ORDER BY x.name"),
            ["Donetsk", "Kyiv"])
    }

    func testExactHopCount() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.column("MATCH (a {name: \"Biden\"})-[*2]->(x) RETURN x.name ORDER BY x.name"),
            ["Donetsk", "Kyiv", "Russia", "Russia", "Ukraine"])
    }

    func testDirectedCycleTerminatesWithoutReusingEdges() throws {
        let graph = try TestGraph()
        let a = try graph.entity("A", .person)
        let b = try graph.entity("B", .person)
        let c = try graph.entity("C", .person)
        try graph.relate(a, "meet", b)
        try graph.relate(b, "meet", c)
        try graph.relate(c, "meet", a)
        XCTAssertEqual(
            try graph.column("MATCH p = (x {name: \"A\"})-[*1..10]->(y) RETURN p ORDER BY length(p)"),
            ["(A)-[meet]->(B)", "(A)-[meet]->(B)-[meet]->(C)", "(A)-[meet]->(B)-[meet]->(C)-[meet]->(A)"])
        // Undirected: both ways round, three lengths each.
        XCTAssertEqual(try graph.column("MATCH (x {name: \"A\"})-[*]-(y) RETURN count(*)"), ["6"])
    }

    func testZeroLengthIncludesTheStart() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.column("MATCH (a {name: \"Donetsk\"})-[*0..1]-(x) RETURN x.name ORDER BY x.name"),
            ["Donetsk", "Russia"])
    }

    func testVariableLengthRelationshipBindsAList() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.column("MATCH (a {name: \"Putin\"})-[r:condemn*2]->(x) RETURN r"),
            ["[condemn, condemn]"])
    }

    func testShortestPathRendersTrueEdgeDirections() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.texts("MATCH p = ANY SHORTEST (a {name: \"Joe Biden\"})-[*..6]-(b {name: \"Donetsk\"}) RETURN p, length(p)"),
            [["(Joe Biden)-[condemn]->(Russia)-[attack]->(Donetsk)", "2"]])
        XCTAssertEqual(
            try graph.column("MATCH p = shortestPath((a {name: \"Donetsk\"})-[*..6]-(b {name: \"Kyiv\"})) RETURN p"),
            ["(Donetsk)<-[attack]-(Russia)<-[condemn]-(Volodymyr Zelensky)-[visit]->(Kyiv)"])
    }

    func testShortestPathRespectsDirectionAndBound() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(try graph.column("MATCH p = ANY SHORTEST (a {name: \"Donetsk\"})-[*..6]->(b {name: \"Biden\"}) RETURN p"), [])
        XCTAssertEqual(try graph.column("MATCH p = ANY SHORTEST (a {name: \"Donetsk\"})-[*..2]-(b {name: \"Kyiv\"}) RETURN p"), [])
        XCTAssertEqual(try graph.column("MATCH p = ANY SHORTEST (a {name: \"Donetsk\"})<-[*..6]-(b {name: \"Biden\"}) RETURN length(p)"), ["2"])
    }

    func testShortestPathToEveryMatchingNode() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.texts("MATCH p = ANY SHORTEST (a {name: \"Kyiv\"})-[*]-(b:country) RETURN b.name, length(p) ORDER BY b.name"),
            [["Russia", "2"], ["Ukraine", "2"], ["United States", "3"]])
    }

    func testAllShortestPathsReturnsEveryTie() throws {
        let graph = try TestGraph()
        let a = try graph.entity("A", .person)
        let b = try graph.entity("B", .person)
        let c = try graph.entity("C", .person)
        let d = try graph.entity("D", .person)
        try graph.relate(a, "meet", b)
        try graph.relate(a, "call", c)
        try graph.relate(b, "meet", d)
        try graph.relate(c, "call", d)
        XCTAssertEqual(
            try graph.column("MATCH p = ALL SHORTEST (x {name: \"A\"})-[*..4]->(y {name: \"D\"}) RETURN p ORDER BY p"),
            ["(A)-[call]->(C)-[call]->(D)", "(A)-[meet]->(B)-[meet]->(D)"])
        XCTAssertEqual(
            try graph.column("MATCH p = ANY SHORTEST (x {name: \"A\"})-[:call*..4]->(y {name: \"D\"}) RETURN p"),
            ["(A)-[call]->(C)-[call]->(D)"])
    }

    func testNodesAndRelationshipsOfAPath() throws {
        let graph = try makeNewsGraph()
        XCTAssertEqual(
            try graph.texts("MATCH p = (a {name: \"Putin\"})-[:condemn]->(b)-[:condemn]->(c) RETURN nodes(p), relationships(p)"),
            [["[Vladimir Putin, NATO, Russia]", "[condemn, condemn]"]])
    }

    func testHubWithThousandsOfEdgesStaysFast() throws {
        let graph = try TestGraph()
        try graph.store.database.transaction {
            let hub = try graph.entity("Hub", .organization)
            for index in 0..<5_000 {
                let leaf = try graph.entity("Leaf \(index)", .person)
                try graph.relate(leaf, "meet", hub, sentence: nil)
            }
        }
        let started = Date()
        XCTAssertEqual(try graph.column("MATCH (h {name: \"Hub\"})-[*1..3]-(x) RETURN count(DISTINCT x)"), ["5000"])
        XCTAssertEqual(try graph.column("MATCH (a {name: \"Leaf 1\"})-[*1..3]-(x) RETURN count(*)"), ["5000"])
        XCTAssertEqual(
            try graph.column("MATCH p = ANY SHORTEST (a {name: \"Leaf 7\"})-[*..6]-(b {name: \"Leaf 4999\"}) RETURN length(p)"),
            ["2"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
    }

    func testExplorationLimitStopsRunawayPatternsWithAClearError() throws {
        let graph = try TestGraph()
        try graph.store.database.transaction {
            let names = (0..<12).map { "N\($0)" }
            var ids: [Int] = []
            for name in names { ids.append(try graph.entity(name, .person)) }
            for x in ids { for y in ids where x != y { try graph.relate(x, "meet", y, sentence: nil) } }
        }
        graph.engine.expansionLimit = 10_000
        let error = graph.error("MATCH (a)-[*..6]-(b) RETURN count(*)")
        XCTAssertTrue(error?.message.contains("explored more than 10000 partial paths") ?? false, "\(String(describing: error))")
    }

    func testWalksDoNotReuseAnEdgeBoundElsewhereInTheClause() throws {
        let graph = try TestGraph()
        let a = try graph.entity("A", .person)
        let b = try graph.entity("B", .person)
        let c = try graph.entity("C", .person)
        try graph.relate(a, "meet", b)
        try graph.relate(b, "meet", c)
        XCTAssertEqual(try graph.column("MATCH (x {name: \"A\"})-[r]->(y), (x)-[*1..2]->(z) RETURN z.name"), [])
        XCTAssertEqual(
            try graph.column("MATCH (x {name: \"A\"})-[r]->(y) MATCH (x)-[*1..2]->(z) RETURN z.name ORDER BY z.name"),
            ["B", "C"])
    }

    func testInterruptionIsPolledWhileARunawayQueryRuns() throws {
        let graph = try TestGraph()
        try graph.store.database.transaction {
            var ids: [Int] = []
            for index in 0..<12 { ids.append(try graph.entity("N\(index)", .person)) }
            for x in ids { for y in ids where x != y { try graph.relate(x, "meet", y, sentence: nil) } }
        }
        graph.engine.expansionLimit = Int.max
        let polls = Counter()
        graph.engine.isInterrupted = { polls.increment() > 5 }
        let started = Date()
        let error = graph.error("MATCH (a)-[*..6]-(b) RETURN count(*)")
        XCTAssertEqual(error?.isInterrupt, true)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testInterruptionStopsAQueryWithAnInterruptError() throws {
        let graph = try makeNewsGraph()
        graph.engine.isInterrupted = { true }
        let error = graph.error("MATCH (a)-[*..6]-(b) RETURN count(*)")
        XCTAssertEqual(error?.isInterrupt, true)
    }
}

/// A thread-safe count, for closures the engine calls.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new value.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
