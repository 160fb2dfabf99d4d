import KGExtraction
import XCTest

/// Succession stated by "succeeded" (`RoleExtractor+Successions`): the exact facts of each sentence.
final class RoleSuccessionTests: ExtractionTestCase {
    func testTheSubjectOfSucceededIsTheSuccessorOfItsObject() throws {
        XCTAssertEqual(
            try all("President Ian Khama, who succeeded Festus Mogae in 2008, has not commented."), ["Ian Khama -successor-> Festus Mogae"])
    }

    func testAFamilyNounMayStandBeforeThePredecessor() throws {
        XCTAssertEqual(
            try all("Ali Kamara succeeded his father, Sheku Kamara, in 2009."),
            ["Ali Kamara -successor-> Sheku Kamara", "Sheku Kamara -father-> Ali Kamara"])
    }

    func testASuccessionStillToComeIsNone() throws {
        XCTAssertEqual(try all("Grace Banda, whose ambition to succeed Peter Mutharika split the party, was expelled."), [])
    }
}
