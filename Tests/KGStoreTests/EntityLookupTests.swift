import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

final class EntityLookupTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
    }

    /// "U.S." and "U S" are two surfaces of one key: the entity comes back once.
    func testAnEntityWithTwoSurfacesOfOneKeyIsFoundOnce() throws {
        var doc = HandExtraction(["The United States, the U.S. or the U S, met."])
        doc.entity("United States", .country, aliases: ["U.S.", "U S"])
        try store.ingest(document: doc.source("/news/1.txt"), extraction: doc.document)
        let key = try XCTUnwrap(try store.database.scalarText("SELECT key FROM aliases WHERE surface = 'U S'"))
        XCTAssertEqual(try store.count("SELECT count(*) FROM aliases WHERE key = ?", [.text(key)]), 2)
        let lookup = try StoredEntityLookup(database: store.database)
        let found = try lookup.entities(withAliasKey: key, type: .country)
        XCTAssertEqual(found.map(\.id), [try store.entities(named: "United States", type: .country).first?.id ?? -1])
        XCTAssertEqual(found.map(\.name), ["United States"])
        XCTAssertEqual(try lookup.entities(withAliasKey: key, type: .person).count, 0)
    }

    /// Each look-up starts at the key's index and reads the entity by its id: never a walk over
    /// every entity of a type, which grew with the graph for each name of each document.
    func testTheLookUpsStartAtTheKeyAndNeverWalkAType() throws {
        for sql in [StoredEntityLookup.entitiesByAliasKeySQL, StoredEntityLookup.personsBySurnameSQL] {
            let plan = try store.database.prepare("EXPLAIN QUERY PLAN " + sql)
            var steps: [String] = []
            while try plan.step() { steps.append(plan.text(3)) }
            XCTAssertEqual(steps.count, 2, steps.joined(separator: "; "))
            XCTAssertTrue(steps.first?.contains("key=?") ?? false, steps.joined(separator: "; "))
            XCTAssertTrue(steps.last?.contains("INTEGER PRIMARY KEY") ?? false, steps.joined(separator: "; "))
            XCTAssertFalse(steps.contains { $0.contains("entities_by_type") }, steps.joined(separator: "; "))
        }
    }
}
