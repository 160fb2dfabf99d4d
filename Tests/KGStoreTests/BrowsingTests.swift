import KGModel
import KGStore
import KGTestSupport
import XCTest

/// The typed reads the shell and the query engine use instead of SQL of their own.
final class BrowsingTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
        var a = HandExtraction(["Vladimir Putin met the Kremlin's guests.", "NATO condemned Russia."])
        let putin = a.entity("Vladimir Putin", .person, aliases: ["Putin"])
        let kremlin = a.entity("Kremlin", .organization, aliases: ["the Kremlin's"])
        let nato = a.entity("NATO", .organization)
        let russia = a.entity("Russia", .country)
        a.fact(putin, "meet", kremlin)
        a.fact(nato, "condemn", russia, sentence: 1)
        a.fact(putin, "president", russia, sentence: 1, kind: .role)
        try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        var b = HandExtraction(["NATO condemned Belarus.", "100% of 50_50 votes."])
        b.fact(b.entity("NATO", .organization), "condemn", b.entity("Belarus", .country))
        try store.ingest(document: b.source("/news/b.txt"), extraction: b.document)
    }

    func testActionCodeCountsPairEachActionWithItsCodeMostFrequentFirst() throws {
        XCTAssertEqual(
            try store.actionCodeCounts(),
            [
                ActionCodeCount(action: "condemn", cameo: .root(.disapprove), count: 2),
                ActionCodeCount(action: "meet", cameo: .root(.disapprove), count: 1),
                ActionCodeCount(action: "president", cameo: .role, count: 1),
            ])
    }

    func testEntitySummariesCountMentionsAndRelationsMostMentionedFirst() throws {
        let summaries = try store.entitySummaries()
        XCTAssertEqual(summaries.first?.entity.name, "NATO")
        XCTAssertEqual(summaries.first?.mentions, 2)
        XCTAssertEqual(summaries.first?.relations, 2)
        XCTAssertEqual(summaries.first(where: { $0.entity.name == "Vladimir Putin" })?.relations, 2)
    }

    func testEntitySummaryPatternsUseShellWildcardsAndMatchAliases() throws {
        XCTAssertEqual(try store.entitySummaries(matching: "put").map(\.entity.name), ["Vladimir Putin"])
        XCTAssertEqual(try store.entitySummaries(matching: "B?LARUS").map(\.entity.name), ["Belarus"])
        XCTAssertEqual(
            try store.entitySummaries(type: .country, matching: "r*s").map(\.entity.name).sorted(),
            ["Belarus", "Russia"])
        XCTAssertEqual(try store.entitySummaries(type: .organization, matching: "kremlin's").map(\.entity.name), ["Kremlin"])
        // SQL's own wildcards are plain characters in a user's pattern.
        XCTAssertEqual(try store.entitySummaries(matching: "N_TO"), [])
        XCTAssertEqual(try store.entitySummaries(matching: "%"), [])
    }

    func testNamesAliasesAndActionsAreSorted() throws {
        XCTAssertEqual(try store.entityNames(), ["Belarus", "Kremlin", "NATO", "Russia", "Vladimir Putin"])
        XCTAssertEqual(
            try store.aliasesOtherThanNames(),
            [
                AliasName(surface: "Putin", name: "Vladimir Putin"),
                AliasName(surface: "the Kremlin's", name: "Kremlin"),
            ])
        XCTAssertEqual(try store.distinctActions(), ["condemn", "meet", "president"])
    }

    func testARelationCarriesItsSentenceDocumentAndDate() throws {
        let relations = try store.relations()
        let first = try XCTUnwrap(relations.first)
        XCTAssertEqual(try store.relation(id: first.id), first)
        XCTAssertNotNil(first.sentence)
        XCTAssertNotNil(first.document)
        XCTAssertNil(try store.relation(id: 999_999))
    }
}
