import KGExtraction
import XCTest

/// "X, who chairs the regional bloc Y": a body's class nouns between the leadership verb and its name
/// (`RoleExtractor.leadershipClassWords`).
final class RoleLeadershipClassWordsTests: ExtractionTestCase {
    func testClassNounsMayStandBeforeTheBodyChaired() throws {
        XCTAssertEqual(
            try roles("Ismail Omar Guelleh, who chairs the regional bloc IGAD, invited the two leaders to a summit."),
            ["Ismail Omar Guelleh -chair-> Intergovernmental Authority on Development"])
    }

    func testAfterClassNounsACountryIsNoBodyChaired() throws {
        // "the talks with Kenya": words and a preposition, then a country: nothing is chaired
        XCTAssertEqual(try roles("Ismail Omar Guelleh, who chairs the border talks with Kenya, invited the two leaders to a summit."), [])
    }
}

/// "X now heads the council", "X leads the party": heading, chairing or leading a body stated in the
/// main clause is an office in it (`RoleExtractor.leadership`), and heading or chairing one is no act
/// toward it (`RoleExtractor.rulingAsRole`).
final class RoleLeadershipInTheMainClauseTests: ExtractionTestCase {
    func testAPersonHeadingABodyHoldsAnOfficeInIt() throws {
        XCTAssertEqual(
            try all("Mohamed Ould Abdel Aziz now heads an 11-member High State Council, which has promised an election."),
            ["Mohamed Ould Abdel Aziz -head-> High State Council"])
        XCTAssertEqual(try roles("Jane Doe leads the Labour Party."), ["Jane Doe -leader-> Labour Party"])
    }

    func testHeadingToAPlaceIsNoOffice() throws {
        XCTAssertEqual(try roles("Prime Minister John Smith heads to Moscow on Monday."), [])
        XCTAssertEqual(try roles("Jane Doe led the delegation to Moscow."), [])
    }
}
