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
}
