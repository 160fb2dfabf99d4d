import KGExtraction
import XCTest

/// Journeys named by a noun (`TreeActionExtractor+Nominal`, `journeyNouns`): each sentence's exact set
/// of facts with the whole extractor, on invented sentences.
final class JourneyNounTests: ExtractionTestCase {
    func testAJourneyInATimePhraseIsTheSubjectsVisit() throws {
        XCTAssertEqual(try all("Kenya protested after visits to Uganda and Tanzania."), ["Kenya -visit-> Uganda", "Kenya -visit-> Tanzania"])
        XCTAssertEqual(try all("Norway signed the accord during a trip to Chile."), ["Norway -visit-> Chile"])
    }

    func testAJourneyBrokenOffWasMade() throws {
        XCTAssertEqual(try all("Peru cut short a visit to Bolivia."), ["Peru -visit-> Bolivia"])
        // a journey talked about is not one made
        XCTAssertEqual(try all("Peru discussed a trip to Bolivia."), [])
    }

    func testAVisitorNamedAfterOfIsNotTheSubject() throws {
        XCTAssertEqual(try all("Ghana protested during the visit of Togo."), [])
    }
}
