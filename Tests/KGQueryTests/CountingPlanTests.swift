import KGQuery
import XCTest

/// Breadth-first reach and counted hops: chosen only where they cannot change an answer, shown
/// by EXPLAIN, and giving the same answers as trail enumeration.
final class CountingPlanTests: XCTestCase {
    /// A small hub-and-cycle graph with parallel edges, a self-loop and a two-way edge.
    private func makeGraph() throws -> TestGraph {
        let graph = try TestGraph()
        var ids: [Int] = []
        for index in 0..<12 {
            ids.append(try graph.entity("N\(index)", index % 3 == 0 ? .country : .person))
        }
        let edges: [(Int, String, Int)] = [
            (0, "meet", 1), (0, "meet", 2), (0, "condemn", 3), (1, "meet", 2), (2, "meet", 0),
            (2, "condemn", 4), (4, "meet", 5), (5, "meet", 6), (6, "meet", 0), (3, "meet", 3),
            (1, "condemn", 3), (1, "condemn", 3), (7, "sanction", 3), (8, "sanction", 3), (7, "condemn", 6),
            (9, "sanction", 6), (10, "condemn", 9), (9, "meet", 10), (11, "meet", 11),
        ]
        for (source, action, target) in edges { try graph.relate(ids[source], action, ids[target]) }
        return graph
    }

    private func plan(_ graph: TestGraph, _ query: String) throws -> String {
        try graph.column("EXPLAIN " + query).joined(separator: "\n")
    }

    func testDistinctEndsUseBreadthFirstReachAndAgreeWithTrails() throws {
        let graph = try makeGraph()
        let reach = "MATCH (a {name: $n})-[*1..3]->(b) RETURN count(DISTINCT b)"
        XCTAssertTrue(try plan(graph, reach.replacingOccurrences(of: "$n", with: "'N0'")).contains("VarLengthReach"))
        // A named walk is enumerated as trails: the comparison below runs both ways.
        let trails = "MATCH (a {name: $n})-[r*1..3]->(b) RETURN count(DISTINCT b)"
        XCTAssertTrue(try plan(graph, trails.replacingOccurrences(of: "$n", with: "'N0'")).contains("trails"))
        for start in 0..<12 {
            for (bfs, enumerated) in [
                (reach, trails),
                (
                    "MATCH (a {name: $n})-[*0..2]-(b) RETURN count(DISTINCT b)",
                    "MATCH (a {name: $n})-[r*0..2]-(b) RETURN count(DISTINCT b)"
                ),
                (
                    "MATCH (a {name: $n})<-[:meet*1..4]-(b:person) RETURN DISTINCT b.name ORDER BY b.name",
                    "MATCH (a {name: $n})<-[r:meet*1..4]-(b:person) RETURN DISTINCT b.name ORDER BY b.name"
                ),
            ] {
                let name = "'N\(start)'"
                XCTAssertEqual(
                    try graph.column(bfs.replacingOccurrences(of: "$n", with: name)),
                    try graph.column(enumerated.replacingOccurrences(of: "$n", with: name)),
                    "\(bfs) from N\(start)")
            }
        }
    }

    func testTrailsStayWhereMultiplicityOrTheWalkMatters() throws {
        let graph = try makeGraph()
        for query in [
            "MATCH (a {name: 'N0'})-[*1..3]->(b) RETURN count(*)",  // counts trails
            "MATCH p = (a {name: 'N0'})-[*1..3]->(b) RETURN DISTINCT length(p)",  // reads the walk
            "MATCH (a {name: 'N0'})-[*2..3]->(b) RETURN DISTINCT b",  // minimum 2
            "MATCH (a {name: 'N0'})-[*1..3]-(b) RETURN DISTINCT b",  // undirected from 1
            "MATCH (a {name: 'N0'})-[*1..3]->(b)-[:meet]->(c) RETURN DISTINCT c",  // another edge in the clause
        ] {
            XCTAssertFalse(try plan(graph, query).contains("VarLengthReach"), query)
        }
    }

    func testCountedLastHopAgreesWithEnumeration() throws {
        let graph = try makeGraph()
        let counted = "MATCH (a:person)-[:condemn]->(b:country)<-[:sanction]-(c) RETURN count(*)"
        XCTAssertTrue(try plan(graph, counted).contains("CountHopPairs"))
        // count(c) reads c, so every row is enumerated; c is never null, so the counts agree.
        let enumerated = "MATCH (a:person)-[:condemn]->(b:country)<-[:sanction]-(c) RETURN count(c)"
        XCTAssertFalse(try plan(graph, enumerated).contains("CountLastHop"))
        XCTAssertEqual(try graph.column(counted), try graph.column(enumerated))
        XCTAssertEqual(try graph.column(counted), ["5"])
        // Grouped, and with relationship uniqueness at work: the last hop may not reuse the first edge.
        for (fast, slow) in [
            (
                "MATCH (a)-[:meet]->(b)-[:meet]-(c) RETURN a.name, count(*) ORDER BY a.name",
                "MATCH (a)-[:meet]->(b)-[:meet]-(c) RETURN a.name, count(c) ORDER BY a.name"
            ),
            ("MATCH (a)-[]-(b) RETURN count(*)", "MATCH (a)-[]-(b) RETURN count(b)"),
        ] {
            XCTAssertTrue(try plan(graph, fast).contains("CountLastHop"), fast)
            XCTAssertEqual(try graph.column(fast), try graph.column(slow), fast)
        }
    }

    /// Two-hop chains counted per middle node: every shape of direction, action overlap (one
    /// edge could fill both hops), self-loop and label, against enumeration.
    func testHopPairsPerMiddleNodeAgreeWithEnumeration() throws {
        let graph = try makeGraph()
        let chains = [
            "(a)-[]->(b)-[]->(c)", "(a)-[]-(b)-[]-(c)", "(a)<-[:meet]-(b)-[:meet]->(c)",
            "(a)-[:meet]->(b)<-[:meet]-(c)", "(a:person)-[:condemn]->(b:country)<-[:sanction]-(c)",
            "(a)-[:meet|condemn]-(b)-[:condemn]-(c:country)", "(a)-[]-(b {name: 'N3'})-[]-(c)",
            "(a:person)-[]-(b:country)<-[]-(c:person)", "(a)-[:meet]-(b)-[:meet]-(c)",
            "(a {name: 'N1'})-[]-(b)-[]-(c)",
        ]
        for chain in chains {
            let fast = "MATCH \(chain) RETURN count(*)"
            XCTAssertTrue(try plan(graph, fast).contains("CountHopPairs"), fast)
            // count(c) reads c: every pair is enumerated, with relationship uniqueness.
            let slow = "MATCH \(chain) RETURN count(c)"
            XCTAssertFalse(try plan(graph, slow).contains("CountHopPairs"), slow)
            XCTAssertEqual(try graph.column(fast), try graph.column(slow), chain)
        }
        // Not a lone two-hop chain, or something reads it: enumerated as before.
        for query in [
            "MATCH (a)-[]->(b)-[]->(c) RETURN b.name, count(*)",
            "MATCH (a)-[]->(b)-[]->(c) WHERE a.name <> c.name RETURN count(*)",
            "MATCH (a)-[]->(b)-[]->(a) RETURN count(*)",
            "MATCH (a)-[]->(b)-[]->(c), (d) RETURN count(*)",
            "MATCH (a)-[]->(b)-[]->(c)-[]->(d) RETURN count(*)",
        ] {
            XCTAssertFalse(try plan(graph, query).contains("CountHopPairs"), query)
        }
    }

    /// `count(DISTINCT b)` alone over a reach takes the reached nodes in one batch; the same
    /// numbers as the row-per-end reach and as trail enumeration, with and without filters.
    func testReachCountAgreesWithRowsAndTrails() throws {
        let graph = try makeGraph()
        for (counted, rows) in [
            ("MATCH (a {name: $n})-[*1..3]->(b) RETURN count(DISTINCT b)", "MATCH (a {name: $n})-[r*1..3]->(b) RETURN count(DISTINCT b)"),
            ("MATCH (a {name: $n})<-[*1..2]-(b:person) RETURN count(DISTINCT b)", "MATCH (a {name: $n})<-[r*1..2]-(b:person) RETURN count(DISTINCT b)"),
            ("MATCH (a {name: $n})-[*0..3]-(b) RETURN count(DISTINCT b)", "MATCH (a {name: $n})-[r*0..3]-(b) RETURN count(DISTINCT b)"),
            ("MATCH (a {name: $n})-[:meet*1..4]->(b) RETURN count(DISTINCT b)", "MATCH (a {name: $n})-[r:meet*1..4]->(b) RETURN count(DISTINCT b)"),
            ("MATCH (a:country)-[*1..2]->(b) RETURN count(DISTINCT b)", "MATCH (a:country)-[r*1..2]->(b) RETURN count(DISTINCT b)"),
        ] {
            XCTAssertTrue(try plan(graph, counted.replacingOccurrences(of: "$n", with: "'N0'")).contains("VarLengthReachCount"), counted)
            for start in 0..<12 {
                let name = "'N\(start)'"
                XCTAssertEqual(
                    try graph.column(counted.replacingOccurrences(of: "$n", with: name)),
                    try graph.column(rows.replacingOccurrences(of: "$n", with: name)),
                    "\(counted) from N\(start)")
            }
        }
        // Anything besides the count keeps a row per end node.
        XCTAssertFalse(try plan(graph, "MATCH (a {name: 'N0'})-[*1..3]->(b) RETURN count(DISTINCT b), max(b.name)").contains("VarLengthReachCount"))
    }
}
