import KGExtraction
import XCTest

/// Titles stated by the copula (`RoleExtractor+Copula`): the exact facts of each sentence.
final class RoleCopulaTests: ExtractionTestCase {
    func testATitleOfABodyAfterTheCopulaIsTheSubjects() throws {
        XCTAssertEqual(try all("Ali Kamara is the president of Sierra Leone."), ["Ali Kamara -president-> Sierra Leone"])
    }

    func testTheSubjectMayStandBeforeAnApposition() throws {
        XCTAssertEqual(
            try all("Juma Ali, a former rebel commander, is the leader of the Movement for Democratic Change."),
            ["Juma Ali -leader-> Movement for Democratic Change"])
    }

    func testTheSubjectMayBeNamedBetweenCommasAfterWhose() throws {
        XCTAssertEqual(
            try all("The Pacific Islands Forum, whose secretary-general, Henry Puna, is a former prime minister of Fiji, offered to help."),
            ["Henry Puna -former prime minister-> Fiji", "Henry Puna -secretary-general-> Pacific Islands Forum"])
    }

    func testAPossessiveWithoutABodyGivesNoTitle() throws {
        XCTAssertEqual(try all("Ali Kamara is the president's son."), [])
    }

    func testTheHolderNamedAfterWhoseTitleIsHoldsItInTheBody() throws {
        XCTAssertEqual(
            try roles("The Norwegian Nobel Committee, whose chairman is former prime minister Thorbjoern Jagland, gave the prize to Liu Xiaobo."),
            ["Thorbjoern Jagland -chairman-> Norwegian Nobel Committee"])
        // past an acronym, another title with its country, a comma and a rank; and the clause, apposition
        // and all, is no subject of the verb after it
        XCTAssertEqual(
            try all(
                "The Economic Community of West African States (ECOWAS), whose chairman is Nigeria's military ruler, General Sani Abacha, "
                    + "backed Senegal."),
            [
                "Sani Abacha -chairman-> Economic Community of West African States", "Sani Abacha -ruler-> Nigeria",
                "Economic Community of West African States -back-> Senegal",
            ])
    }

    func testAVerbAfterWhoseTitleIsNamesNoHolder() throws {
        XCTAssertEqual(try roles("The Arab League, whose chairman is expected to resign, condemned Israel."), [])
    }
}
