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

    func testAStandingBeforeItsHolderIsTowardThePossessor() throws {
        XCTAssertEqual(try roles("Washington backed its closest ally Estonia against the threats."), ["Estonia -ally-> United States"])
        XCTAssertEqual(try roles("Talks began after Moscow's closest ally Belarus agreed."), ["Belarus -ally-> Russia"])
        XCTAssertEqual(
            try roles("Saudi Arabia and its allies Bahrain and Qatar cut ties on Monday."),
            ["Bahrain -ally-> Saudi Arabia", "Qatar -ally-> Saudi Arabia"])
    }

    func testAStateRightBeforeTheStandingNounIsWhomItIsToward() throws {
        XCTAssertEqual(try roles("The talks angered the U.S. ally Japan."), ["Japan -ally-> United States"])
    }

    func testAStandingWithNoPossessorBeforeItIsNone() throws {
        XCTAssertEqual(try roles("The talks angered a close ally Japan."), [])
    }

    func testAFormerColonyIsTheDemonymsCountrys() throws {
        XCTAssertEqual(try roles("Voters in Angola, a former Portuguese colony, went to the polls."), ["Angola -former colony-> Portugal"])
    }
}

/// A colonial standing with no possessor is toward the story's country (`RoleExtractor.colonialPowersOfTheStory`):
/// the exact role facts.
final class ColonialPowerOfTheStoryTests: ExtractionTestCase {
    func testTheFormerColonialPowerIsTheDatelineCountrys() throws {
        let text =
            "Talks stall\n\nNAIROBI, Feb 28 (Reuters) - Kenya's leaders met on Thursday. "
            + "Britain, the former colonial ruler, threatened travel bans."
        XCTAssertEqual(try roles(text), ["United Kingdom -colonial ruler-> Kenya"])
    }

    func testACityStatesDatelineNamesItsState() throws {
        let text =
            "Border clash\n\nDJIBOUTI, June 12 (AFP) - Troops clashed on the border with Eritrea on Thursday. "
            + "Eritrea denied it. The government urged France, the former colonial power, to help."
        XCTAssertEqual(try roles(text), ["France -colonial power-> Djibouti"])
    }

    func testNoStoryCountryPlacesNoStanding() throws {
        XCTAssertEqual(try roles("Mali and Niger met. They urged France, the former colonial power, to help."), [])
    }
}
