import KGExtraction
import XCTest

/// A ", whose ..." clause is set off: the verb after it has the clause's antecedent as its subject,
/// and a verb inside it has the clause's own subject.
final class WhoseClauseTests: ExtractionTestCase {
    func testTheVerbAfterAWhoseClauseIsTheAntecedents() throws {
        XCTAssertEqual(try all("NATO, whose chief is Jan Berg, condemned Russia on Friday."), ["NATO -condemn-> Russia", "Jan Berg -chief-> NATO"])
    }

    func testAVerbInsideAWhoseClauseHasItsOwnSubject() throws {
        XCTAssertEqual(
            try all("Brazil, whose president Jair Bolsonaro criticized Argentina on Monday, voted against the resolution."),
            ["Jair Bolsonaro -president-> Brazil", "Jair Bolsonaro -criticize-> Argentina"])
    }
}
