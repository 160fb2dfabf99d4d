import XCTest

@testable import KGQuery

/// The lexer and parser on good statements: the tree they build.
final class ParserTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> QueryStatement {
        do {
            return try Parser.parse(text)
        } catch {
            XCTFail("\(text): \(error.message)", file: file, line: line)
            throw error
        }
    }

    func testRangeLexesAsIntegersAroundDots() throws {
        let kinds = try Lexer.tokenize("*1..3 *..6 2.5 1e3 $who 'it\\'s' `odd name` <> != <= >=").map(\.kind)
        XCTAssertEqual(
            kinds,
            [
                .symbol("*"), .integer(1), .symbol(".."), .integer(3), .symbol("*"), .symbol(".."), .integer(6),
                .float(2.5), .float(1000), .parameter("who"), .string("it's"), .quotedIdentifier("odd name"),
                .symbol("<>"), .symbol("<>"), .symbol("<="), .symbol(">="), .end,
            ])
    }

    func testTokensKnowTheirLineAndColumn() throws {
        let tokens = try Lexer.tokenize("MATCH (a)\n  -- comment\n  RETURN a")
        let returnToken = try XCTUnwrap(tokens.first { $0.isKeyword("RETURN") })
        XCTAssertEqual(returnToken.position.line, 3)
        XCTAssertEqual(returnToken.position.column, 3)
    }

    func testDirectionsAndLengths() throws {
        let part = try parse("MATCH (a)-[r]->(b)<-[s*2]-(c)-[t*..6]-(d)-[*1..]->(e) RETURN a").matches[0].patterns[0]
        XCTAssertEqual(part.nodes.count, 5)
        XCTAssertEqual(part.relationships.map(\.direction), [.outgoing, .incoming, .either, .outgoing])
        XCTAssertEqual(
            part.relationships.map(\.length),
            [
                nil, LengthRange(minimum: 2, maximum: 2), LengthRange(minimum: nil, maximum: 6),
                LengthRange(minimum: 1, maximum: nil),
            ])
        XCTAssertEqual(part.relationships.map { $0.variable?.name }, ["r", "s", "t", nil])
    }

    func testLabelsActionsAndPropertiesWithAlternatives() throws {
        let part = try parse("match (a:person|:country {name: $who, id: 3})-[r:sanction|:condemn {cameo: '16'}]->(b) return a").matches[0].patterns[0]
        XCTAssertEqual(part.nodes[0].labels.map(\.name), ["person", "country"])
        XCTAssertEqual(part.nodes[0].properties.map(\.key.name), ["name", "id"])
        XCTAssertEqual(part.relationships[0].actions.map(\.name), ["sanction", "condemn"])
        XCTAssertEqual(part.relationships[0].properties.map(\.key.name), ["cameo"])
    }

    func testShortestPathSpellings() throws {
        let gql = try parse("MATCH p = ANY SHORTEST (a)-[*..4]-(b) RETURN p").matches[0].patterns[0]
        XCTAssertEqual(gql.pathVariable?.name, "p")
        XCTAssertEqual(gql.shortest, .any)
        let cypher = try parse("MATCH p = shortestPath((a)-[*..4]-(b)) RETURN p").matches[0].patterns[0]
        XCTAssertEqual(cypher.shortest, .any)
        XCTAssertEqual(try parse("MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p").matches[0].patterns[0].shortest, .all)
        XCTAssertEqual(try parse("MATCH p = ALL SHORTEST (a)-[*]-(b) RETURN p").matches[0].patterns[0].shortest, .all)
    }

    func testAndBindsTighterThanOrAndNotTighterThanAnd() throws {
        let condition = try XCTUnwrap(parse("MATCH (a) WHERE NOT a.x = 1 OR a.y = 2 AND a.z = 3 RETURN a").matches[0].condition)
        guard case let .binary(.or, left, right) = condition.kind else { return XCTFail("expected OR at the top") }
        guard case .unary(.not, _) = left.kind else { return XCTFail("expected NOT on the left") }
        guard case .binary(.and, _, _) = right.kind else { return XCTFail("expected AND on the right") }
    }

    func testReturnItemsKeepTheirTextAsColumnNames() throws {
        let projection = try parse("MATCH (a)-[r]->(b) RETURN DISTINCT a.name, count( * ) AS n, r.action ORDER BY n DESC, a.name SKIP 2 LIMIT $k").projection
        XCTAssertTrue(projection.distinct)
        XCTAssertEqual(projection.items.map(\.columnName), ["a.name", "n", "r.action"])
        XCTAssertEqual(projection.orderBy.map(\.descending), [true, false])
        XCTAssertNotNil(projection.skip)
        XCTAssertNotNil(projection.limit)
    }

    func testKeywordsAnyCaseAndKeywordsAsPropertyNames() throws {
        let statement = try parse("explain Match (a {type: 'person'}) wHeRe a.name sTaRtS wItH 'V' ReTuRn a.id")
        XCTAssertTrue(statement.explain)
        XCTAssertEqual(statement.matches.count, 1)
    }

    func testSeveralMatchClausesAndOptional() throws {
        let statement = try parse("MATCH (a) MATCH (a)-[r]->(b) WHERE r.cameo = '11' OPTIONAL MATCH (b)-[s]->(c) RETURN a, b, c")
        XCTAssertEqual(statement.matches.map(\.isOptional), [false, false, true])
        XCTAssertNotNil(statement.matches[1].condition)
    }
}
