import KGExtraction
import XCTest

/// A body that is a part of another, stated in apposition (`RoleExtractor+BodyParts`): the exact facts.
final class RoleBodyPartTests: ExtractionTestCase {
    func testABodyInAppositionWithAPartOfAnotherIsThatPart() throws {
        XCTAssertEqual(try all("Al-Shabaab, the regional affiliate of Al Qaeda, claimed the attack."), ["Al-Shabaab -regional affiliate-> al-Qaeda"])
        XCTAssertEqual(try all("Al-Shabaab, Al Qaeda's regional affiliate, claimed the attack."), ["Al-Shabaab -regional affiliate-> al-Qaeda"])
    }

    func testAClassNounMayFollowThePartsName() throws {
        XCTAssertEqual(
            try all("Ankara regards the YPG militia, the main component of the Syrian Democratic Forces, as a terrorist group."),
            ["YPG -main component-> Syrian Democratic Forces"])
    }
}
