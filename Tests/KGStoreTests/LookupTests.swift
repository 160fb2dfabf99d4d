import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

final class LookupTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
        var a = HandExtraction(["Vladimir Putin met the Kremlin's guests.", "NATO condemned Russia."])
        let putin = a.entity("Vladimir Putin", .person)
        let kremlin = a.entity("Kremlin", .organization, aliases: ["the Kremlin's"])
        let nato = a.entity("NATO", .organization)
        let russia = a.entity("Russia", .country)
        a.fact(putin, "meet", kremlin)
        a.fact(nato, "condemn", russia, sentence: 1)
        a.fact(putin, "president", russia, sentence: 1, kind: .role)
        try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        var b = HandExtraction(["NATO condemned Belarus."])
        b.fact(b.entity("NATO", .organization), "condemn", b.entity("Belarus", .country))
        try store.ingest(document: b.source("/news/b.txt"), extraction: b.document)
    }

    func testEntityIsFoundByAnyAliasIgnoringCase() throws {
        XCTAssertEqual(try store.entities(named: "KREMLIN").map(\.name), ["Kremlin"])
        XCTAssertEqual(try store.entities(named: "the kremlin's").map(\.name), ["Kremlin"])
    }

    func testBareSurnameFindsThePerson() throws {
        XCTAssertEqual(try store.entities(named: "putin").map(\.name), ["Vladimir Putin"])
    }

    func testNameLookupRespectsTheType() throws {
        XCTAssertEqual(try store.entities(named: "Russia", type: .person), [])
        XCTAssertEqual(try store.entities(named: "Russia", type: .country).map(\.type), [.country])
    }

    func testEntitiesAreListedByTypeSortedByName() throws {
        XCTAssertEqual(try store.entities(type: .country).map(\.name), ["Belarus", "Russia"])
    }

    func testPatternWithoutWildcardsMatchesInsideNames() throws {
        XCTAssertEqual(try store.entities(matching: "US").map(\.name), ["Belarus", "Russia"])
        XCTAssertEqual(try store.entities(matching: "r%").map(\.name), ["Russia"])
        XCTAssertEqual(try store.entities(limit: 2).count, 2)
    }

    func testActionsAreCountedMostFrequentFirst() throws {
        XCTAssertEqual(
            try store.actions(),
            [
                ActionCount(action: "condemn", kind: .action, count: 2),
                ActionCount(action: "meet", kind: .action, count: 1),
                ActionCount(action: "president", kind: .role, count: 1),
            ])
        XCTAssertEqual(try store.actions(kind: .role).map(\.action), ["president"])
    }

    func testDocumentsAreListedWithTheirSentenceCounts() throws {
        let documents = try store.documents()
        XCTAssertEqual(documents.map(\.name), ["a.txt", "b.txt"])
        XCTAssertEqual(documents.map(\.sentenceCount), [2, 1])
        XCTAssertEqual(documents[0].contentHash.count, 64)
    }

    func testStatisticsCountEveryTypeAndSeparateActionsFromRoles() throws {
        let stats = try store.statistics()
        XCTAssertEqual(stats.entitiesByType, ["person": 1, "organization": 2, "country": 2, "location": 0])
        XCTAssertEqual(stats.relationsByKind, ["action": 3, "role": 1])
        XCTAssertEqual(stats.topActions.map(\.action), ["condemn", "meet"])
        XCTAssertEqual(stats.topRoles.map(\.action), ["president"])
    }

    func testTotalsAreTheStatisticsEntityAndRelationCounts() throws {
        let stats = try store.statistics()
        XCTAssertEqual(try store.totals(), GraphTotals(entities: 5, relations: 4))
        XCTAssertEqual(try store.totals(), GraphTotals(entities: stats.entities, relations: stats.relations))
        XCTAssertEqual(try folder.store("empty.sqlite").totals(), GraphTotals())
    }

    func testNameLookupUsesTheAliasKeyIndex() throws {
        let plan = try store.database.prepare(
            """
            EXPLAIN QUERY PLAN SELECT DISTINCT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = 'kremlin'
            """)
        var details: [String] = []
        while try plan.step() { details.append(plan.text(3)) }
        XCTAssertTrue(details.contains { $0.contains("aliases_by_key") }, "\(details)")
    }
}
