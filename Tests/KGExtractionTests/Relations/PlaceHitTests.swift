import KGExtraction
import XCTest

/// A violent act on a thing hits the place the thing stands in (`TreeActionExtractor.placeHit`),
/// unless the thing has an owner or a side of its own.
final class PlaceHitTests: ExtractionTestCase {
    func testAnOwnerlessThingIsHitForItsPlace() throws {
        XCTAssertEqual(try all("Syrian troops shelled villages in Idlib on Tuesday."), ["Syria -shell-> Idlib"])
    }

    func testAnOwnedThingIsNotHitForItsPlace() throws {
        let found = try all("Peruvian troops stormed the Japanese ambassador's residence in Cusco on Tuesday.")
        XCTAssertFalse(found.contains { $0.hasSuffix("-> Cusco") }, "\(found)")
    }
}
