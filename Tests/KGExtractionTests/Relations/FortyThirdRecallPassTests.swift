import XCTest

@testable import KGExtraction

/// The forty-third pass on unseen news: a "to" phrase after a list of things sent or given names where
/// all of them go.
final class FortyThirdRecallPassTests: ExtractionTestCase {
    func testAToPhraseAfterConjoinedObjectsOfASendingVerbIsTheVerbsRecipient() throws {
        let facts = try all("The United States sent aid and a field hospital to Chile.")
        XCTAssertTrue(facts.contains("United States -send-> Chile"), "\(facts)")
        let listed = try all("Clinton said the United States would send eight water units and a mobile field hospital to Chile.")
        XCTAssertTrue(listed.contains("United States -send-> Chile"), "\(listed)")
        // each thing with its own place: the first thing's place stays its own
        let paired = try all("Russia sent troops to Syria and an ambassador to Lebanon.")
        XCTAssertTrue(paired.contains("Russia -send-> Syria"), "\(paired)")
        // a verb that moves nothing keeps the phrase on its noun
        let noun = try all("France criticised the troops and the visits to Chile.")
        XCTAssertFalse(noun.contains { $0.hasSuffix("-> Chile") }, "\(noun)")
    }
}
