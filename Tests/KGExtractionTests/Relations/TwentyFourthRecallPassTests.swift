import KGExtraction
import XCTest

/// The twenty-fourth pass on unseen news: institutions whose names hold a shorter known one, and
/// ministries named by their country's possessive.
final class TwentyFourthRecallPassTests: ExtractionTestCase {
    func testEverydayWordsBeforeAKnownInstitutionNameAnother() throws {
        for (text, name) in [
            ("Iran's Supreme National Security Council met on Sunday.", "Supreme National Security Council"),
            ("The decision was taken by Mexico's National Security Council.", "National Security Council"),
        ] {
            let doc = try extract(text)
            XCTAssertEqual(doc.entities.filter { $0.type == .organization }.map(\.name), [name], text)
        }
        // the known name alone, after "The" or a headline's verb, stays itself
        for text in ["The Security Council met on Monday.", "Ukraine Asks Security Council For Help"] {
            let alone = try extract(text)
            XCTAssertEqual(alone.entities.filter { $0.type == .organization }.map(\.name), ["Security Council"], text)
        }
    }

    func testAMinistryNamedByItsCountrysPossessiveIsOneBody() throws {
        XCTAssertEqual(
            try all("A spokesman for India's External Affairs Ministry, Randhir Jaiswal, said the talks would go on."),
            ["Randhir Jaiswal -spokesman-> Indian External Affairs Ministry"])
    }
}
