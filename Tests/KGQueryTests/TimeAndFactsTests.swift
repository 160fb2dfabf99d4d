import KGQuery
import XCTest

@testable import KGStore

/// Dates (`r.date`, `date()`, `date.truncate()`), documents, list properties and `USE facts`.
final class TimeAndFactsTests: XCTestCase {
    /// NATO condemned Russia three times (two documents), Biden condemned Russia once.
    func datedGraph() throws -> TestGraph {
        let graph = try TestGraph()
        try graph.store.database.execute(
            """
            UPDATE documents SET date = '2022-02-24', date_source = 'dateline' WHERE id = 1;
            INSERT INTO documents (id, path, name, title, content_hash, size, ingested_at, date, date_source)
            VALUES (2, '/news/later.txt', 'later.txt', 'Later', 'h2', 10, '2026-01-01T00:00:00Z', '2022-03-07', 'file name');
            """)
        let nato = try graph.entity("NATO", .organization)
        let russia = try graph.entity("Russia", .country, aliases: ["Moscow"])
        let biden = try graph.entity("Joe Biden", .person)
        let first = try graph.relate(nato, "condemn", russia, cameo: "11", confidence: 0.7999999999999999)
        let second = try graph.relate(nato, "condemn", russia, cameo: "11", confidence: 0.9)
        let third = try graph.relate(nato, "condemn", russia, cameo: "11", confidence: 0.5)
        let fourth = try graph.relate(biden, "condemn", russia, cameo: "11")
        try graph.store.database.execute(
            """
            UPDATE relations SET date = '2022-02-21', date_source = 'relative' WHERE id = \(first);
            UPDATE relations SET date = '2022-02-24', date_source = 'document' WHERE id = \(second);
            UPDATE relations SET date = '2022-03-07', date_source = 'document' WHERE id = \(third);
            UPDATE relations SET date = '2022-03-01', date_source = 'sentence' WHERE id = \(fourth);
            UPDATE sentences SET document_id = 2 WHERE id IN (SELECT sentence_id FROM relations WHERE id = \(third));
            """)
        return graph
    }

    func testRelationshipsHaveDatesThatCompareWithDateLiterals() throws {
        let graph = try datedGraph()
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (a)-[r:condemn]->(b) WHERE r.date >= date('2022-02-24') RETURN a.name, r.date, r.dateSource ORDER BY r.date
                """), [["NATO", "2022-02-24", "document"], ["Joe Biden", "2022-03-01", "sentence"], ["NATO", "2022-03-07", "document"]])
    }

    func testDatesTruncateToWeekAndMonth() throws {
        let graph = try datedGraph()
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH ()-[r]->() RETURN date.truncate('week', r.date) AS week, count(*) AS n ORDER BY week
                """), [["2022-02-21", "2"], ["2022-02-28", "1"], ["2022-03-07", "1"]])
        XCTAssertEqual(
            try graph.column("MATCH ()-[r]->() RETURN DISTINCT date.truncate('month', r.date) AS m ORDER BY m"),
            ["2022-02-01", "2022-03-01"])
    }

    func testAnInvalidDateLiteralIsAnErrorAtItsPosition() throws {
        let graph = try datedGraph()
        let error = graph.error("MATCH ()-[r]->() WHERE r.date > date('2022-02-30') RETURN r")
        XCTAssertEqual(error?.location?.column, 33)
        XCTAssertTrue(error?.message.contains("date('2022-02-30') is not a date") == true, error?.message ?? "")
        XCTAssertNotNil(graph.error("MATCH ()-[r]->() RETURN date.truncate('fortnight', r.date)"))
    }

    func testDocumentOfARelationshipHasTitlePathAndDate() throws {
        let graph = try datedGraph()
        XCTAssertEqual(
            try graph.texts(
                """
                MATCH (a {name: "Joe Biden"})-[r]->() WITH document(r) AS d RETURN d.name, d.title, d.path, d.date, labels(d)
                """), [["article.txt", "An article", "/news/article.txt", "2022-02-24", "[document]"]])
    }

    func testUseFactsMergesReportsAndCountsThem() throws {
        let graph = try datedGraph()
        XCTAssertEqual(try graph.texts("MATCH (a)-[r:condemn]->(b) RETURN count(*)"), [["4"]])
        XCTAssertEqual(
            try graph.texts(
                """
                USE facts MATCH (a)-[f:condemn]->(b)
                RETURN a.name, f.reports, size(f.documents), f.firstDate, f.lastDate, f.confidence ORDER BY f.reports DESC
                """), [["NATO", "3", "2", "2022-02-21", "2022-03-07", "0.9"], ["Joe Biden", "1", "1", "2022-03-01", "2022-03-01", "1.0"]])
    }

    func testUseFactsWorksOnAnAnchoredNeighbourhoodToo() throws {
        let graph = try datedGraph()
        XCTAssertEqual(
            try graph.texts("USE facts MATCH (a {name: \"NATO\"})-[f]->(b) RETURN b.name, f.reports"),
            [["Russia", "3"]])
    }

    func testUnknownGraphNameIsAnError() throws {
        let graph = try datedGraph()
        let error = graph.error("USE claims MATCH (a) RETURN a")
        XCTAssertTrue(error?.message.contains("USE facts") == true, error?.message ?? "")
    }

    func testConfidencesShowAsTheirTwoDecimals() throws {
        let graph = try datedGraph()
        XCTAssertEqual(try graph.column("MATCH ()-[r]->() RETURN r.confidence ORDER BY r.id LIMIT 1"), ["0.8"])
    }

    func testEntitiesHaveAliasesAndDocumentsAsLists() throws {
        let graph = try datedGraph()
        XCTAssertEqual(
            try graph.texts("MATCH (a {name: \"Russia\"}) RETURN a.aliases, a.documents, size(a.aliases)"),
            [["[Moscow, Russia]", "[article.txt, later.txt]", "2"]])
    }
}

extension TimeAndFactsTests {
    func testExplainSaysTheGraphIsOfFacts() throws {
        let graph = try datedGraph()
        let plan = try graph.column("EXPLAIN USE facts MATCH (a)-[f]->(b) RETURN count(*)")
        XCTAssertTrue(plan.last?.hasSuffix("Graph in memory: 3 nodes, 2 facts") == true, "\(plan)")
    }
}
