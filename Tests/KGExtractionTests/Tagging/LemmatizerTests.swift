import KGExtraction
import XCTest

final class LemmatizerTests: XCTestCase {
    private func lemma(_ word: String, _ upos: UPOS) throws -> String {
        try Lemmatizer.bundled().lemma(word, upos: upos)
    }

    func testIrregularVerbsComeFromTheExceptionList() throws {
        XCTAssertEqual(try lemma("went", .VERB), "go")
        XCTAssertEqual(try lemma("met", .VERB), "meet")
    }

    func testAuxiliariesReduceToBeAndHave() throws {
        XCTAssertEqual(try lemma("was", .AUX), "be")
        XCTAssertEqual(try lemma("'s", .AUX), "be")
        XCTAssertEqual(try lemma("had", .AUX), "have")
    }

    func testPennTagSettlesContractedHadOrWould() throws {
        let lemmatizer = try Lemmatizer.bundled()
        XCTAssertEqual(lemmatizer.lemma("'d", pos: PartOfSpeech(upos: .AUX, xpos: .VBD)), "have")
        XCTAssertEqual(lemmatizer.lemma("'d", pos: PartOfSpeech(upos: .AUX, xpos: .MD)), "would")
    }

    func testRegularPastDropsEd() throws {
        XCTAssertEqual(try lemma("condemned", .VERB), "condemn")
    }

    func testBritishSpellingIsKept() throws {
        XCTAssertEqual(try lemma("recognised", .VERB), "recognise")
        XCTAssertEqual(try lemma("recognized", .VERB), "recognize")
    }

    func testSilentEIsRestored() throws {
        XCTAssertEqual(try lemma("accusing", .VERB), "accuse")
        XCTAssertEqual(try lemma("hoped", .VERB), "hope")
    }

    func testDoubledConsonantIsUndone() throws {
        XCTAssertEqual(try lemma("stopped", .VERB), "stop")
    }

    func testUnknownVerbFallsBackToSpellingRules() throws {
        XCTAssertEqual(try lemma("tweeted", .VERB), "tweet")
        XCTAssertEqual(try lemma("googling", .VERB), "google")
    }

    func testNounPluralsAreSingularised() throws {
        XCTAssertEqual(try lemma("sanctions", .NOUN), "sanction")
        XCTAssertEqual(try lemma("countries", .NOUN), "country")
        XCTAssertEqual(try lemma("churches", .NOUN), "church")
        XCTAssertEqual(try lemma("cases", .NOUN), "case")
        XCTAssertEqual(try lemma("children", .NOUN), "child")
    }

    func testManCompoundsTakeTheirSingular() throws {
        XCTAssertEqual(try lemma("women", .NOUN), "woman")
        XCTAssertEqual(try lemma("spokesmen", .NOUN), "spokesman")
    }

    func testModalAuxiliariesStayAsWritten() throws {
        XCTAssertEqual(try lemma("might", .AUX), "might")
        XCTAssertEqual(try lemma("ca", .AUX), "can")
    }

    func testAcronymsKeepTheirCapitals() throws {
        XCTAssertEqual(try lemma("UN", .NOUN), "UN")
        XCTAssertEqual(try lemma("NGOs", .NOUN), "NGO")
    }

    func testAttachedPossessiveIsDropped() throws {
        XCTAssertEqual(try lemma("minister's", .NOUN), "minister")
    }

    func testSingularNounsEndingInSAreLeftAlone() throws {
        XCTAssertEqual(try lemma("news", .NOUN), "news")
        XCTAssertEqual(try lemma("crisis", .NOUN), "crisis")
        XCTAssertEqual(try lemma("status", .NOUN), "status")
        XCTAssertEqual(try lemma("series", .NOUN), "series")
    }

    func testSentenceInitialCapitalIsLowered() throws {
        XCTAssertEqual(try lemma("Sanctions", .NOUN), "sanction")
    }

    func testEmptyAndOneLetterWordsComeBackUnharmed() throws {
        XCTAssertEqual(try lemma("", .NOUN), "")
        XCTAssertEqual(try lemma("s", .VERB), "s")
        XCTAssertEqual(try lemma("ed", .VERB), "ed")
    }

    func testOtherPartsOfSpeechAreReturnedAsWritten() throws {
        XCTAssertEqual(try lemma("Russia", .PROPN), "Russia")
    }

    func testMalformedLexiconLineIsAnErrorWithLine() {
        XCTAssertThrowsError(try Lemmatizer(exceptions: "# header\nverb went\n", bases: "", exceptionsFile: "exc.tsv")) { error in
            XCTAssertEqual(
                error as? TaggingError,
                .malformedLexicon(
                    file: "exc.tsv", line: 2, reason: "expected 3 tab-separated fields starting with 'verb' or 'noun'"
                ))
        }
    }
}
