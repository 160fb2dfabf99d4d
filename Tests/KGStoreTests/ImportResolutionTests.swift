import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// `GraphStore.importGraph` resolves entities as ingest does: one write path, one node per
/// real-world entity whichever way it came in.
final class ImportResolutionTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!
    private var documents = 0

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
    }

    /// Putin condemns Ukraine, with evidence, Russia mentioned in a document.
    private func putinGraph(_ putin: String = "Vladimir Putin") -> GraphImport {
        var graph = GraphImport(sourceName: "graph.json")
        graph.entities = [
            .init(name: putin, type: .person, requestedID: 10),
            .init(name: "Ukraine", type: .country, aliases: ["Ukr."], requestedID: 11),
            .init(name: "Russia", type: .country, documents: ["wire.txt"]),
        ]
        graph.relations = [
            .init(
                subject: 0, object: 1, action: "condemn", cameo: .root(.disapprove), document: "wire.txt",
                sentence: "\(putin) condemned Ukraine.", confidence: 0.8),
            .init(subject: 2, object: 1, action: "threaten", cameo: .root(.threaten)),
        ]
        return graph
    }

    @discardableResult
    private func ingest(_ sentence: String, _ entities: [(String, EntityType)]) throws -> [Int] {
        documents += 1
        var doc = HandExtraction([sentence])
        let ids = entities.map { doc.entity($0.0, $0.1) }
        if ids.count >= 2 { doc.fact(ids[0], "meet", ids[1]) }
        try store.ingest(document: doc.source("/news/\(documents).txt"), extraction: doc.document)
        return try entities.map { name, type in try store.entities(named: name, type: type).first?.id ?? -1 }
    }

    private func tableCounts() throws -> [Int] {
        try ["entities", "aliases", "person_surnames", "relations", "documents", "sentences", "mentions"].map {
            try store.count("SELECT count(*) FROM \($0)")
        }
    }

    func testImportThenIngestJoinsTheSurnameToTheImportedPerson() throws {
        let result = try store.importGraph(putinGraph())
        XCTAssertEqual(result.entityIDs, [10, 11, result.entityIDs[2]])
        XCTAssertEqual(result.entitiesAdded, 3)
        XCTAssertEqual(try store.count("SELECT count(*) FROM person_surnames WHERE key = 'putin' AND entity_id = 10"), 1)
        let ids = try ingest("Putin met Lavrov.", [("Putin", .person), ("Sergei Lavrov", .person)])
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities WHERE type = 'person'"), 2)
        XCTAssertEqual(try store.entities(named: "Putin", type: .person).map(\.id), [10])
        XCTAssertEqual(ids[0], 10)
        XCTAssertEqual(
            try store.factLines(),
            [
                "Russia threaten Ukraine", "Vladimir Putin condemn Ukraine",
                "Vladimir Putin meet Sergei Lavrov",
            ])
    }

    func testIngestThenImportJoinsAndTheFullerNameBecomesCanonical() throws {
        let ingested = try ingest("Putin met Zelenskiy.", [("Putin", .person), ("Volodymyr Zelenskiy", .person)])
        var graph = putinGraph()
        // A transliteration variant of the ingested name joins it too.
        graph.entities.append(.init(name: "Vladimir Zelensky", type: .person))
        graph.relations.append(.init(subject: 3, object: 0, action: "call", cameo: .root(.consult)))
        let result = try store.importGraph(graph)
        XCTAssertEqual(result.entityIDs[0], ingested[0])
        XCTAssertEqual(result.entityIDs[3], ingested[1])
        XCTAssertEqual(result.entitiesJoined, 2)
        XCTAssertEqual(try store.entity(id: ingested[0])?.name, "Vladimir Putin")
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities WHERE type = 'person'"), 2)
        XCTAssertTrue(try store.factLines().contains("Volodymyr Zelenskiy call Vladimir Putin"))
    }

    func testImportingTheSameGraphTwiceAddsNothingTheSecondTime() throws {
        let first = try store.importGraph(putinGraph())
        let before = try tableCounts()
        let second = try store.importGraph(putinGraph())
        XCTAssertEqual(second.entityIDs, first.entityIDs)
        XCTAssertEqual(second.entitiesAdded, 0)
        XCTAssertEqual(second.relationsAdded, 0)
        XCTAssertEqual(second.relationsUnchanged, 2)
        XCTAssertEqual(try tableCounts(), before)
    }

    func testNodesOfOneImportStayApartButEachJoinsTheStore() throws {
        var graph = GraphImport(sourceName: "people.csv")
        graph.entities = [.init(name: "Joe Biden", type: .person), .init(name: "Biden", type: .person)]
        let result = try store.importGraph(graph)
        XCTAssertNotEqual(result.entityIDs[0], result.entityIDs[1])
        XCTAssertEqual(result.entitiesAdded, 2)
    }

    func testABigImportIntoAnEmptyStoreRebuildsTheRelationIndexes() throws {
        var graph = GraphImport(sourceName: "big.csv")
        for index in 0..<100 { graph.entities.append(.init(name: "Node \(index)", type: .organization)) }
        for index in 0..<20_000 {
            graph.relations.append(.init(subject: index % 100, object: (index * 7 + 1) % 100, action: "meet", cameo: .root(.consult)))
        }
        let indexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations'"
        let before = try store.count(indexes)
        XCTAssertEqual(try store.importGraph(graph).relationsAdded, 20_000)
        XCTAssertEqual(try store.count(indexes), before)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations WHERE subject_id = ?", [.int(try store.entities(named: "Node 3").first?.id ?? -1)]), 200)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
    }

    func testARelationToAMissingEntityIsRefusedBeforeWriting() throws {
        var graph = putinGraph()
        graph.relations.append(.init(subject: 0, object: 9, action: "meet", cameo: .root(.consult)))
        XCTAssertThrowsError(try store.importGraph(graph))
        XCTAssertEqual(try tableCounts(), [0, 0, 0, 0, 0, 0, 0])
    }
}
