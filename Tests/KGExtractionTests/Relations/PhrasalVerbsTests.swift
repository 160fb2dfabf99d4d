import KGExtraction
import XCTest

/// Verbs read with their particle (issue 7): each sentence's exact set of facts with the whole
/// extractor, on invented sentences.
final class PhrasalVerbsTests: ExtractionTestCase {
    func testAVerbUncodedAloneActsWithItsParticle() throws {
        // "turn" and "throw" alone are no acts; with their particles they reject and expel
        // (the request turned down was made to Ghana, as a declined one is)
        XCTAssertEqual(
            try all("Ghana turned down Kofi Mensah's request to land."), ["Ghana -turn down-> Kofi Mensah", "Kofi Mensah -request-> Ghana"])
        XCTAssertEqual(
            try all("Togo decided to throw out the Ghanaian ambassador, Kofi Mensah."),
            ["Kofi Mensah -ambassador-> Ghana", "Togo -throw out-> Kofi Mensah", "Togo -throw out-> Ghana"])
    }

    func testAParticleChangesTheActOfACodedVerb() throws {
        // "rule" alone settles (06), "rule out" rejects (12); "crack" attacks (18), "crack down" represses (17)
        XCTAssertEqual(try all("Chile ruled out talks with Peru."), ["Chile -rule out-> Peru"])
        XCTAssertEqual(try all("Russia cracked down on Chechnya in 1999."), ["Russia -crack down-> Chechnya"])
        XCTAssertEqual(try all("Russia cracked on Chechnya."), ["Russia -crack-> Chechnya"])
    }

    func testAVerbWithoutAListedParticleStatesNoAct() throws {
        XCTAssertEqual(try all("Kenya turned to Uganda for help."), [])
    }
}
