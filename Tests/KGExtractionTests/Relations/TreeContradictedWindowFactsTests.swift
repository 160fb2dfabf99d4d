import KGExtraction
import XCTest

/// Word-window facts the dependency tree reads otherwise (issue 7, precision, second pass): each
/// sentence's exact set of facts with the whole extractor, on invented sentences.
final class TreeContradictedWindowFactsTests: ExtractionTestCase {
    func testANationalAdjectiveInsideAnotherActorsPhraseIsNoActor() throws {
        // the window took "Syrian" for a second capturer; the tree reads "troops and their allies"
        XCTAssertEqual(try all("Turkish troops and their Syrian rebel allies captured Manbij on Sunday."), ["Turkey -capture-> Manbij"])
    }

    func testANamedPersonMovedSomewhereIsNoTarget() throws {
        // Austin is sent, Israel is where: the tree's target wins over the nearest name
        XCTAssertEqual(
            try all("President Joe Biden said he would send Defense Secretary Lloyd Austin to Israel."), ["Joe Biden -send-> Israel"])
    }

    func testListedActorsAndTargetsAllStay() throws {
        XCTAssertEqual(
            try all("Brazil, Chile and Argentina condemned Peru's decision."),
            ["Brazil -condemn-> Peru", "Chile -condemn-> Peru", "Argentina -condemn-> Peru"])
        XCTAssertEqual(
            try all("Belarus, Armenia and Kazakhstan also sent troops to Kyrgyzstan."),
            ["Belarus -send-> Kyrgyzstan", "Armenia -send-> Kyrgyzstan", "Kazakhstan -send-> Kyrgyzstan"])
    }
}
