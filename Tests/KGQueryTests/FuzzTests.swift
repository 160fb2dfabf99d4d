import KGQuery
import XCTest

/// Random and truncated statements: every one either runs or fails with a `QueryError`.
final class FuzzTests: XCTestCase {
    static let samples = [
        "MATCH (a:person)-[r:condemn]->(b:country {name: \"Russia\"}) RETURN a.name, r.sentence;",
        "MATCH (a {name: \"Putin\"})-[r]->(b) RETURN b.name, r.action, r.document ORDER BY b.name;",
        "MATCH (a)-[:sanction|condemn]->(b) WHERE b.type = \"country\" RETURN b.name, count(*) AS n ORDER BY n DESC LIMIT 5;",
        "MATCH (a {name: \"NATO\"})<-[r]-(b) RETURN DISTINCT b.name;",
        "MATCH (a {name: \"Joe Biden\"})-[*1..3]->(x:location) RETURN DISTINCT x.name;",
        "MATCH p = ANY SHORTEST (a {name: \"Joe Biden\"})-[*..6]-(b {name: \"Donetsk\"}) RETURN p, length(p);",
        "MATCH (a:person)-[r]->(b) WHERE r.cameo = \"11\" AND a.name CONTAINS \"in\" RETURN a, r, b;",
        "MATCH p = shortestPath((a)-[*..3]-(b)) WHERE NOT a.id IN [1, 2.5, -3] RETURN nodes(p), relationships(p) SKIP 1;",
        "EXPLAIN MATCH (a)-[r*0..2 {cameo: '04'}]-(b) RETURN count(DISTINCT b), collect(r), sum(a.id) / 0, avg(1e3);",
        "MATCH (a)-[r]->(b) WITH a, count(*) AS n, collect(r) AS rs ORDER BY n DESC LIMIT 3 WHERE n > 0 MATCH (a)-[s]-(c) RETURN a.name, n, size(rs), count(c);",
        "MATCH (p:person) OPTIONAL MATCH (p)-[r:president]->(c) WHERE c.name STARTS WITH 'U' RETURN *, count(r) ORDER BY p.name;",
    ]

    func testTruncatedStatementsNeverCrash() throws {
        let graph = try makeNewsGraph()
        for sample in Self.samples {
            let characters = Array(sample)
            for length in 0...characters.count {
                assertRunsOrFailsCleanly(graph, String(characters[..<length]))
            }
        }
    }

    func testRandomTokenSoupNeverCrashes() throws {
        let graph = try makeNewsGraph()
        let pieces = [
            "MATCH", "RETURN", "WHERE", "(", ")", "[", "]", "{", "}", "-", "->", "<-", "*", "..", "1", "0",
            "a", "b", "r", ":", "person", "condemn", "|", ",", "=", "\"x\"", "'y", "$p", "count", "DISTINCT",
            "ORDER", "BY", "LIMIT", "SKIP", "AS", "p", "SHORTEST", "ANY", "NOT", "AND", ".", "name", "\\", "`",
            "9999999999999999999999", "1e999", "é", "\u{0}", ";", "--", "\n", "IS", "NULL", "IN", "length", "OPTIONAL", "WITH", "n",
        ]
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...18, using: &generator)
            let statement = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            assertRunsOrFailsCleanly(graph, statement)
        }
    }

    func testMutatedSamplesNeverCrash() throws {
        let graph = try makeNewsGraph()
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("()[]{}-<>*.:|,;=\"'`$ aAzZ019_\n")
        for _ in 0..<2_000 {
            var characters = Array(Self.samples.randomElement(using: &generator) ?? "")
            for _ in 0..<Int.random(in: 1...4, using: &generator) where !characters.isEmpty {
                let at = Int.random(in: 0..<characters.count, using: &generator)
                if Bool.random(using: &generator) {
                    characters[at] = alphabet.randomElement(using: &generator) ?? " "
                } else {
                    characters.remove(at: at)
                }
            }
            assertRunsOrFailsCleanly(graph, String(characters))
        }
    }

    func testDeepNestingAndLongPatternsAreRefusedNotOverflowed() throws {
        let graph = try makeNewsGraph()
        let deep = "MATCH (a) WHERE " + String(repeating: "(", count: 100_000) + "1" + " RETURN a"
        XCTAssertEqual(graph.error(deep)?.message, "expression nested too deeply (more than 200 levels)")
        let nots = "MATCH (a) WHERE " + String(repeating: "NOT ", count: 50_000) + "true RETURN a"
        XCTAssertNotNil(graph.error(nots))
        let minus = "MATCH (a) RETURN " + String(repeating: "-", count: 50_000) + "1"
        XCTAssertNotNil(graph.error(minus))
        let list = "MATCH (a) RETURN " + String(repeating: "[", count: 50_000)
        XCTAssertNotNil(graph.error(list))
        let chain = "MATCH (a)" + String(repeating: "-[]->()", count: 5_000) + " RETURN a"
        XCTAssertEqual(graph.error(chain)?.message, "too many relationships in one statement (more than 100)")
        let patterns = "MATCH " + Array(repeating: "(a)", count: 5_000).joined(separator: ", ") + " RETURN a"
        XCTAssertEqual(graph.error(patterns)?.message, "too many node patterns in one statement (more than 200)")
        let conditions = "MATCH (a) WHERE " + Array(repeating: "a.id > 0", count: 5_000).joined(separator: " AND ") + " RETURN a"
        XCTAssertEqual(graph.error(conditions)?.message, "too many operators in one statement (more than 500)")
        let many = "MATCH " + Array(repeating: "(a)", count: 150).joined(separator: ", ") + " RETURN count(*)"
        XCTAssertEqual(try graph.column(many), ["9"])
    }

    private func assertRunsOrFailsCleanly(
        _ graph: TestGraph, _ statement: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            _ = try graph.engine.run(statement, parameters: ["p": .int(1)])
        } catch let error as QueryError {
            XCTAssertFalse(error.message.isEmpty, file: file, line: line)
            if let location = error.location {
                XCTAssertGreaterThanOrEqual(location.column, 1, "\(statement)", file: file, line: line)
            }
        } catch {
            XCTFail("\(statement): unexpected \(error)", file: file, line: line)
        }
    }
}

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
