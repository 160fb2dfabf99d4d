import KGModel
import XCTest

@testable import KGStore

final class RelationListTests: XCTestCase {
    func testEveryFieldComesBackAsAppendedWhateverColumnsTheEarlierRelationsLeftEmpty() {
        let relations: [GraphImport.Relation] = [
            .init(subject: 0, object: 1, action: "meet", cameo: .root(.consult)),
            .init(
                subject: 1, object: 2, action: "condemn", cameo: .root(.disapprove), document: "a.txt", sentence: "NATO condemned it.",
                confidence: 0.5, requestedID: 42),
            .init(subject: 2, object: 0, action: "president", cameo: .role, kind: .role),
            .init(subject: 0, object: 2, action: "meet", cameo: .root(.consult), sentence: "They met.", requestedID: 7),
        ]
        var list: GraphImport.RelationList = []
        for relation in relations { list.append(relation) }

        XCTAssertEqual(list.count, 4)
        for (found, expected) in zip(list, relations) {
            XCTAssertEqual(found.subject, expected.subject)
            XCTAssertEqual(found.object, expected.object)
            XCTAssertEqual(found.action, expected.action)
            XCTAssertEqual(found.cameo, expected.cameo)
            XCTAssertEqual(found.kind, expected.kind)
            XCTAssertEqual(found.document, expected.document)
            XCTAssertEqual(found.sentence, expected.sentence)
            XCTAssertEqual(found.confidence, expected.confidence)
            XCTAssertEqual(found.requestedID, expected.requestedID)
        }
        XCTAssertTrue(list.hasEvidence)
    }

    func testRepeatedTextsAreStoredOnceAndUnusedColumnsStayEmpty() {
        var list: GraphImport.RelationList = []
        for index in 0..<1_000 {
            list.append(.init(subject: index, object: index + 1, action: index % 2 == 0 ? "meet" : "visit", cameo: .root(.consult)))
        }
        XCTAssertEqual(list.texts, ["meet", "04", "visit"])
        XCTAssertFalse(list.hasEvidence)
        XCTAssertTrue(list.confidences.isEmpty)
        XCTAssertTrue(list.requestedIDs.isEmpty)
        XCTAssertEqual(list[999].action, "visit")
        XCTAssertEqual(list[999].confidence, 1)
        XCTAssertNil(list[999].requestedID)
    }
}
