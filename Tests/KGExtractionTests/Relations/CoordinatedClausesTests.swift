import KGExtraction
import XCTest

/// Two finite clauses joined by ", and" parsed each on its own (`CoordinatedClauses`): each
/// sentence's exact set of facts with the whole extractor, on invented sentences.
final class CoordinatedClausesTests: ExtractionTestCase {
    func testTheSecondClausesSubjectDoesItsAct() throws {
        // read whole, the parser hung "urged" on the first clause's speaker
        XCTAssertEqual(
            try all(
                "Colombian Foreign Minister Alvaro Leyva called the vote \"a farce\", and the Organization of American States, "
                    + "the region's main political forum, urged President Nicolas Maduro to release the prisoners."),
            ["Alvaro Leyva -foreign minister-> Colombia", "Organization of American States -urge-> Nicolas Maduro"])
        XCTAssertEqual(
            try all(
                "Ecuador's Foreign Minister Gustavo Manrique called the raid illegal, and the European Union, the largest donor "
                    + "to the region, urged President Daniel Ortega to free the activists."),
            ["Gustavo Manrique -foreign minister-> Ecuador", "European Union -urge-> Daniel Ortega"])
    }

    func testOneSubjectsTwoActsAndASubjectListStayWhole() throws {
        XCTAssertEqual(try all("Chile recalled its ambassador on Monday, and expelled two Venezuelan diplomats."), ["Chile -expel-> Venezuela"])
        XCTAssertEqual(
            try all("Chile, Peru, and Bolivia signed a treaty on water rights."),
            [
                "Chile -sign-> Peru", "Chile -sign-> Bolivia", "Peru -sign-> Chile", "Peru -sign-> Bolivia", "Bolivia -sign-> Chile",
                "Bolivia -sign-> Peru",
            ])
    }
}
