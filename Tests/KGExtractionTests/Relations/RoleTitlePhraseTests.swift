import KGExtraction
import XCTest

/// A title's own "for/on/of" phrase, naming no entity, between the title and ", NAME"
/// (`RoleExtractor.titlePhraseEnd`): the body before the title is the holder's.
final class RoleTitlePhraseTests: ExtractionTestCase {
    func testAPhraseAfterAPossessiveTitleStandsBeforeTheComma() throws {
        XCTAssertEqual(
            try roles("Kosovo's special prosecutor for war crimes, Jane Doe, said the trial would start in May."),
            ["Jane Doe -prosecutor-> Kosovo"])
    }

    func testAPhraseAfterABodyTitleStandsBeforeTheComma() throws {
        XCTAssertEqual(
            try roles("The United Nations special rapporteur on the right to food, Amina Odhiambo, criticised the decision."),
            ["Amina Odhiambo -special rapporteur-> United Nations"])
    }

    func testAnOfPhraseNamingNoBodyIsTheTitles() throws {
        XCTAssertEqual(
            try roles("The European Union's commissioner of trade and industry, Marta Ruiz, said the talks would resume."),
            ["Marta Ruiz -commissioner-> European Union"])
    }

    func testAPhraseNamingABodyIsNoPartOfTheTitle() throws {
        // "for Yemen" names the body the envoy serves: the other rule reads it, as before
        XCTAssertEqual(
            try roles("The U.N. envoy for Yemen, Hans Grundberg, said the truce would hold."),
            ["Hans Grundberg -envoy-> United Nations", "Hans Grundberg -envoy-> Yemen"])
    }

    func testNoCommaAfterThePhraseStatesNoHolder() throws {
        XCTAssertEqual(try roles("Kenya's minister for trade met Jane Doe on Monday."), [])
    }
}
