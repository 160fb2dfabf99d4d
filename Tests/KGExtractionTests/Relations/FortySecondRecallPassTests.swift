import XCTest

@testable import KGExtraction

/// The forty-second pass on unseen news: the perfect's "had" read as the auxiliary it is, a person's
/// spokesman named right after the title.
final class FortySecondRecallPassTests: ExtractionTestCase {
    func testAnObjectRelativeClauseInThePerfectNamesItsObject() throws {
        let text = """
            President Abdala Bucaram left Quito. U.S. Ambassador Leslie Alexander, whom Bucaram had accused of meddling, \
            said Washington wanted a constitutional outcome.
            """
        XCTAssertTrue(try all(text).contains("Abdala Bucaram -accuse-> Leslie Alexander"))
        XCTAssertTrue(try all("Ethiopia closed its border with Eritrea, which it has accused of backing the rebels.").contains("Ethiopia -accuse-> Eritrea"))
        // the clause's subject is the doer, not its object
        XCTAssertFalse(try all(text).contains("Leslie Alexander -accuse-> Abdala Bucaram"))
    }

    func testAPersonsSpokesmanNamedRightAfterTheTitleIsThatPersons() throws {
        let text = "Mahinda Rajapaksa lost. Rajapaksa's spokesman Mohan Samaranayake denied the charge."
        let owned = try roles(text)
        XCTAssertTrue(owned.contains("Mohan Samaranayake -spokesman-> Mahinda Rajapaksa"), "\(owned)")
        // a state's spokesman holds an office of the state
        let state = try roles("Russia's spokesman Dmitry Peskov denied it.")
        XCTAssertTrue(state.contains("Dmitry Peskov -spokesman-> Russia"), "\(state)")
    }
}
