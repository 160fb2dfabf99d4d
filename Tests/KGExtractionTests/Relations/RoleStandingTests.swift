import KGExtraction
import XCTest

/// Standings stated in an apposition with a possessive (`RoleExtractor+Standings`): the exact role
/// facts of each text.
final class RoleStandingTests: ExtractionTestCase {
    func testAPossessiveStandingInAppositionIsTheHoldersTowardThePossessor() throws {
        XCTAssertEqual(try roles("Portugal, Angola's former colonial ruler, called for calm."), ["Portugal -ruler-> Angola"])
        XCTAssertEqual(try roles("France, Senegal's former colonial power, sent aid."), ["France -colonial power-> Senegal"])
    }

    func testAConjoinedStandingAfterItsStandsForTheSamePossessor() throws {
        XCTAssertEqual(
            try roles("Portugal, Angola's former colonial ruler and its main trading partner, called for calm."),
            ["Portugal -ruler-> Angola", "Portugal -partner-> Angola"])
    }

    func testHisStandingIsTowardThePersonNamedBefore() throws {
        XCTAssertEqual(
            try roles("Argentina and Chile backed Evo Morales, as did Venezuela, his closest ally in the region."),
            ["Venezuela -ally-> Evo Morales"])
    }

    func testAPowerThatIsNotColonialIsNoStanding() throws {
        XCTAssertEqual(try roles("Brazil, Latin America's largest power, called for calm."), [])
    }
}
