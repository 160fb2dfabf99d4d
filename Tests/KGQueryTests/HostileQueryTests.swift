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
        XCTAssertEqual(try graph.column(
            "MATCH (a) WITH a SKIP 2 LIMIT 9223372036854775807 RETURN a.name").count, 7)
    }

    func testHugeLimitAsParameterDoesNotOverflow() throws {
        XCTAssertEqual(try graph.column("MATCH (a) RETURN a.name SKIP $s LIMIT $n",
                                        ["s": .int(3), "n": .int(Int.max)]).count, 6)
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
}
