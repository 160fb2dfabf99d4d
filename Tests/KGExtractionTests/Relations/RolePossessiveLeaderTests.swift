import KGExtraction
import XCTest

/// A country's possessive before a person's bare name (`RoleExtractor+PossessiveLeaders`): the
/// exact facts of each text.
final class RolePossessiveLeaderTests: ExtractionTestCase {
    func testACountrysPossessiveBeforeABareNameIsTheLeadersCountry() throws {
        XCTAssertEqual(try all("Kenya's William Ruto met the delegation in Nairobi."), ["William Ruto -leader-> Kenya"])
    }

    func testATitleBetweenGivesTheOfficeAlone() throws {
        XCTAssertEqual(try all("Kenya's President William Ruto met the delegation in Nairobi."), ["William Ruto -president-> Kenya"])
    }

    func testAPersonsPossessiveIsNoLeadership() throws {
        XCTAssertEqual(try roles("William Ruto's Samuel Kimani met the delegation in Nairobi."), [])
    }
}
