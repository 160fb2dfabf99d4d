import KGExtraction
import XCTest

/// A statement whose object names an act ("declared their support for X") states the noun's act:
/// the statement verb acts on no one (issue 7, precision by path).
final class StatedActTests: ExtractionTestCase {
    func testADeclaredSupportIsSupportNotADeclarationAimedAtItsTarget() throws {
        XCTAssertEqual(
            try all("Kenya and Uganda declared their support for Salva Kiir."),
            ["Kenya -support-> Salva Kiir", "Uganda -support-> Salva Kiir"])
        XCTAssertEqual(
            try all("Kenya and Uganda declared their support for Sudan."), ["Kenya -support-> Sudan", "Uganda -support-> Sudan"])
    }

    func testAStatementWithoutAnActNounStillStatesItsOwnFact() throws {
        // no noun of an act for object: the declaration is the act
        XCTAssertEqual(try all("Kenya declared Uganda a threat."), ["Kenya -declare-> Uganda"])
    }
}
