import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// The store keeps a relation's CAMEOCode as text in its `cameo` column and hands it back typed.
final class CAMEOCodeColumnTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
        var doc = HandExtraction(["NATO condemned Russia.", "President Vladimir Putin of Russia spoke."])
        let nato = doc.entity("NATO", .organization)
        let russia = doc.entity("Russia", .country)
        let putin = doc.entity("Vladimir Putin", .person)
        doc.fact(nato, "condemn", russia)
        doc.fact(putin, "president", russia, sentence: 1, kind: .role)
        try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
    }

    private func storedCodes() throws -> [String: CAMEOCode] {
        var codes: [String: CAMEOCode] = [:]
        try store.forEachRelation { (relation: StoredRelation) in codes[relation.action] = relation.cameo }
        return codes
    }

    func testCodesAreStoredAsTheirTextAndReadBackTyped() throws {
        XCTAssertEqual(try store.database.scalarText("SELECT cameo FROM relations WHERE action = 'condemn'"), "11")
        XCTAssertEqual(try store.database.scalarText("SELECT cameo FROM relations WHERE action = 'president'"), "role")
        XCTAssertEqual(try storedCodes(), ["condemn": .root(.disapprove), "president": .role])
        XCTAssertEqual(Set(try store.relations().map(\.cameo)), [.root(.disapprove), .role])
    }

    func testARowWithACodeKgNeverWritesIsLeftOutOfEveryRead() throws {
        try store.database.execute("UPDATE relations SET cameo = '99' WHERE action = 'condemn'")
        XCTAssertEqual(try storedCodes(), ["president": .role])
        XCTAssertEqual(try store.relations().map(\.action), ["president"])
        XCTAssertEqual(try store.actionCodeCounts().map(\.action), ["president"])
    }
}
