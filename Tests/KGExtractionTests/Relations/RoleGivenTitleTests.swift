import KGExtraction
import XCTest

/// A title an appointment verb gives with no "as" (`RoleExtractor.givenTitles`): right after the
/// verb's object (over its apposition), or right after the verb in the passive.
final class RoleGivenTitleTests: ExtractionTestCase {
    func testANationalTitleAfterTheObjectsAppositionIsPlacedByTheStory() throws {
        XCTAssertEqual(
            try all(
                "TUNIS, Jan 15 (Reuters) - Tunisia's Constitutional Council named Fouad Mebazaa, the speaker of the Chamber of Deputies, "
                    + "interim president on Saturday."),
            [
                "Fouad Mebazaa -speaker-> Chamber of Deputies", "Fouad Mebazaa -interim president-> Tunisia",
                "Constitutional Council -name-> Fouad Mebazaa",
            ])
    }

    func testADealThatMakesSomeoneANationalTitle() throws {
        XCTAssertEqual(
            try roles("NAIROBI, Feb 28 (Reuters) - Kenya's leaders signed a deal on Thursday that makes Tomas Otieno prime minister."),
            ["Tomas Otieno -prime minister-> Kenya"])
    }

    func testAPassiveTitleIsHeldInTheBodyAfterBy() throws {
        XCTAssertEqual(
            try roles("Amina Odhiambo, who was appointed mediator by the African Union in July, urged both sides to talk."),
            ["Amina Odhiambo -mediator-> African Union"])
    }

    func testAPassiveTitleWithItsOwnBodyIsHeldThere() throws {
        XCTAssertEqual(try roles("Amina Odhiambo was appointed envoy to Sudan by the African Union."), ["Amina Odhiambo -envoy-> Sudan"])
    }

    func testAWordOutsideTheLexiconOfTitlesGivesNoRole() throws {
        XCTAssertEqual(try roles("The court named Amina Odhiambo a suspect on Monday."), [])
    }
}
