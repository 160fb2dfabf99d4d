import KGExtraction
import XCTest

/// A body's country stated by a demonym in an apposition (`RoleExtractor+Nationality`): the exact
/// role facts of each text.
final class RoleNationalityTests: ExtractionTestCase {
    func testADemonymBeforeTheClassNounOfAnAppositionIsTheBodysCountry() throws {
        XCTAssertEqual(
            try roles("Kenya accused the Vostok Group, a Russian private security company, of arming rebels."), ["Vostok Group -company-> Russia"])
        XCTAssertEqual(
            try roles("The Global Herald, a state-run Kenyan tabloid, called Uganda a threat."), ["Global Herald -tabloid-> Kenya"])
    }

    func testABackingCountryIsNoNationality() throws {
        XCTAssertEqual(try roles("The Vostok Group, an Egyptian-backed militia, took the town."), [])
    }

    func testABackingDemonymBeforeAMediumIsNoNationality() throws {
        XCTAssertEqual(try roles("The Russian-backed broadcaster Zvezda reported the talks."), [])
    }
}
