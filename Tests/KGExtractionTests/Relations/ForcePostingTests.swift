import KGExtraction
import XCTest

/// Forces kept or moved into a place (`TreeActionExtractor+Postings`): each sentence's exact set of
/// facts with the whole extractor, on invented sentences.
final class ForcePostingTests: ExtractionTestCase {
    func testKeepingForcesInAPlaceIsAForcePosture() throws {
        XCTAssertEqual(try all("Portugal, which keeps 300 soldiers in Senegal, criticized the vote."), ["Portugal -keep-> Senegal"])
        XCTAssertEqual(try all("Britain also bases about 900 troops in Belize."), ["United Kingdom -base-> Belize"])
        let doc = try extract("Norway has kept a small garrison in Iceland since 1951.")
        XCTAssertEqual(doc.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["keep/15"])
    }

    func testKeepingNoForceOrNoPlaceIsNoPosture() throws {
        XCTAssertEqual(try all("Norway kept its promise to Iceland."), [])
        XCTAssertEqual(try all("Norway kept its troops at home."), [])
        // not done
        XCTAssertEqual(try all("Norway may keep its troops in Iceland."), [])
    }

    func testAMovedForceWhosePlaceHangsOnItHasThatPlaceForTarget() throws {
        XCTAssertEqual(try all("Chile deployed 200 peacekeepers in Haiti."), ["Chile -deploy-> Haiti"])
    }
}
