import KGExtraction
import XCTest

/// Constructions of the eighth recall pass (issue 7), each sentence's exact set of facts with the
/// whole extractor (tree and word-window rules together), on invented sentences.
final class EighthRecallPassTests: ExtractionTestCase {
    func factsOf(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        facts(try extract(text, file: file, line: line))
    }

    func testAWithdrawalOrADemandIsAimedAtItsFromPhrase() throws {
        XCTAssertEqual(try factsOf("Ghana recalled its ambassador from Togo."), ["Ghana -recall-> Togo"])
        XCTAssertEqual(try factsOf("France will withdraw its troops from Mali."), ["France -withdraw-> Mali"])
        XCTAssertEqual(try factsOf("Britain demanded an apology from Iran."), ["United Kingdom -demand-> Iran"])
        // a journey's starting point is no target
        XCTAssertEqual(try factsOf("Nigeria flew its citizens from Lagos to Accra."), [])
    }

    func testTheFromPhraseOfAnActNounDoesTheActToTheClausesSubject() throws {
        XCTAssertEqual(try factsOf("Kenya faced pressure from Uganda."), ["Uganda -pressure-> Kenya"])
        XCTAssertEqual(try factsOf("Japan acted on a request from the United Nations."), ["United Nations -request-> Japan"])
        XCTAssertEqual(
            try factsOf("Sudan closed the border despite pressure from Chad and Niger."), ["Chad -pressure-> Sudan", "Niger -pressure-> Sudan"])
        // a starting point ("from X to Y") acts on no one, nor does the place an act is launched from
        XCTAssertEqual(try factsOf("Chile switched recognition from Peru to Bolivia."), [])
        XCTAssertEqual(try factsOf("Hezbollah launched attacks from Lebanon."), [])
    }

    func testADenialOfAClaimIsAimedAtWhoeverMadeIt() throws {
        XCTAssertEqual(try factsOf("Russia says Ukrainian forces shelled the city, a charge Kyiv rejected."), ["Ukraine -reject-> Russia"])
        // a plan is no claim: whose plan it is, the speaker's or the bishops', the sentence leaves open
        XCTAssertEqual(try factsOf("Peru said the bishops had proposed early elections, a plan Ecuador rejected."), [])
    }

    func testADemandedActIsNotDone() throws {
        XCTAssertEqual(try factsOf("Ghana demanded that Togo withdraw its troops from Benin."), ["Ghana -demand-> Togo"])
    }

    func testAnAppealOrDemandThatAVerbAnswersWasAddressedToWhoeverAnswers() throws {
        XCTAssertEqual(
            try factsOf("Facebook declined Nairobi's request to remove the video."), ["Facebook -decline-> Kenya", "Kenya -request-> Facebook"])
        XCTAssertEqual(try factsOf("The United States rejected Russia's demands."), ["United States -reject-> Russia", "Russia -demand-> United States"])
        // an act that is no appeal was not done to whoever judges it
        XCTAssertEqual(try factsOf("France condemned Russia's invasion."), ["France -condemn-> Russia"])
    }
}
