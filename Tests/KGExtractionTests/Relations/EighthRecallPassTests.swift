import KGExtraction
import XCTest

/// Constructions of the eighth recall pass (issue 7), each sentence's exact set of facts with the
/// whole extractor (tree and word-window rules together), on invented sentences.
final class EighthRecallPassTests: ExtractionTestCase {
    func testAWithdrawalOrADemandIsAimedAtItsFromPhrase() throws {
        XCTAssertEqual(try all("Ghana recalled its ambassador from Togo."), ["Ghana -recall-> Togo"])
        XCTAssertEqual(try all("France will withdraw its troops from Mali."), ["France -withdraw-> Mali"])
        XCTAssertEqual(try all("Britain demanded an apology from Iran."), ["United Kingdom -demand-> Iran"])
        // a journey's starting point is no target (the people flown go to its end: an airlift)
        XCTAssertEqual(try all("Nigeria flew its citizens from Lagos to Accra."), ["Nigeria -fly-> Accra"])
    }

    func testTheFromPhraseOfAnActNounDoesTheActToTheClausesSubject() throws {
        XCTAssertEqual(try all("Kenya faced pressure from Uganda."), ["Uganda -pressure-> Kenya"])
        XCTAssertEqual(try all("Japan acted on a request from the United Nations."), ["United Nations -request-> Japan"])
        XCTAssertEqual(
            try all("Sudan closed the border despite pressure from Chad and Niger."), ["Chad -pressure-> Sudan", "Niger -pressure-> Sudan"])
        // a starting point ("from X to Y") acts on no one, nor does the place an act is launched from
        XCTAssertEqual(try all("Chile switched recognition from Peru to Bolivia."), [])
        XCTAssertEqual(try all("Hezbollah launched attacks from Lebanon."), [])
    }

    func testADenialOfAClaimIsAimedAtWhoeverMadeIt() throws {
        XCTAssertEqual(try all("Russia says Ukrainian forces shelled the city, a charge Kyiv rejected."), ["Ukraine -reject-> Russia"])
        // a plan is no claim: whose plan it is, the speaker's or the bishops', the sentence leaves open
        XCTAssertEqual(try all("Peru said the bishops had proposed early elections, a plan Ecuador rejected."), [])
    }

    func testADemandedActIsNotDone() throws {
        XCTAssertEqual(try all("Ghana demanded that Togo withdraw its troops from Benin."), ["Ghana -demand-> Togo"])
    }

    func testAnAppealOrDemandThatAVerbAnswersWasAddressedToWhoeverAnswers() throws {
        XCTAssertEqual(
            try all("Facebook declined Nairobi's request to remove the video."), ["Facebook -decline-> Kenya", "Kenya -request-> Facebook"])
        XCTAssertEqual(try all("The United States rejected Russia's demands."), ["United States -reject-> Russia", "Russia -demand-> United States"])
        // an act that is no appeal was not done to whoever judges it
        XCTAssertEqual(try all("France condemned Russia's invasion."), ["France -condemn-> Russia"])
    }

    func testAParticipleRightAfterANounASubordinatorOpensIsItsFiniteVerb() throws {
        // "crossed" read as a participle on "troops", "killed" coordinated with "days": both are the
        // troops' acts (tree rules alone: the word window still reads "Ecuador" before "killed")
        XCTAssertEqual(
            try TreeRuleFacts.of(
                "Ecuador broke relations with Colombia on Monday and sent troops to the border, two days after Colombian troops crossed into Ecuador and killed Raul Reyes, a rebel commander, in a raid."
            ),
            ["Ecuador -break-> Colombia", "Colombia -cross-> Ecuador", "Colombia -kill-> Raul Reyes"])
    }
}
