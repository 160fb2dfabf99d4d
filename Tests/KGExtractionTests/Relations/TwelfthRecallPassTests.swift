import KGExtraction
import XCTest

/// Constructions of the twelfth recall pass (issue 7): each sentence's exact set of facts with the
/// whole extractor (tree and word-window rules together), on invented sentences.
final class TwelfthRecallPassTests: ExtractionTestCase {
    func testARefusedDemandIsAimedAtItsSpeaker() throws {
        XCTAssertEqual(try all("Ghana said Togo should pay for the damage, a demand Togo rejected on Friday."), ["Togo -reject-> Ghana"])
    }

    func testANameAfterASummingNounIsItsRelativeClausesSubject() throws {
        // parsed with the name an apposition of the noun and the verb a reduced relative
        XCTAssertEqual(
            try all("Kenya accused Uganda of plotting a coup, a charge Kampala dismissed as unfounded."),
            ["Kenya -accuse-> Uganda", "Uganda -dismiss-> Kenya"])
        // parsed with the noun and the name both subjects of the verb
        XCTAssertEqual(try all("Kenya said Uganda could leave the bloc, a statement Tanzania rejected."), ["Tanzania -reject-> Kenya"])
    }

    func testARefusedMoveIsAimedAtTheDoerOfTheClauseItSumsUp() throws {
        // the doers of the nearest clause above the noun, not the sentence's subject ("The crisis")
        XCTAssertEqual(
            try all("The crisis began after Chad and Niger sent troops to Mali, a move Algeria had opposed."),
            ["Chad -send-> Mali", "Niger -send-> Mali", "Algeria -oppose-> Chad", "Algeria -oppose-> Niger"])
        // a move welcomed is no refusal: no target from the summing noun
        XCTAssertEqual(try all("Chad sent troops to Mali, a move Algeria welcomed."), ["Chad -send-> Mali"])
    }

    func testSidesThatDiscussAMatterDiscussItWithEachOther() throws {
        XCTAssertEqual(
            try all("Kenya and Uganda discussed Sudan's debts on Monday."),
            ["Kenya -discuss-> Uganda", "Uganda -discuss-> Kenya", "Kenya -discuss-> Sudan", "Uganda -discuss-> Sudan"])
        // one side alone discusses with no one
        XCTAssertEqual(try all("Kenya discussed the debts on Monday."), [])
    }

    func testNamedAgentsOfAPassiveReciprocalActDidItWithEachOther() throws {
        XCTAssertEqual(
            try all("The truce was negotiated in Geneva by Kenya and Uganda."), ["Kenya -negotiate-> Uganda", "Uganda -negotiate-> Kenya"])
    }

    func testARefusalToActIsAimedAtWhomTheActWouldHit() throws {
        // the act refused is not done: no "obey" or "meet" fact
        XCTAssertEqual(try all("Kenya refused to obey the Security Council."), ["Kenya -refuse-> Security Council"])
        XCTAssertEqual(try all("Uganda declined to meet Kenya on Monday."), ["Uganda -decline-> Kenya"])
        // a refusal aimed at no one names no target
        XCTAssertEqual(try all("Kenya refused to comment on Monday."), [])
    }
}
