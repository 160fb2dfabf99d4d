import KGExtraction
import XCTest

/// A relative or staff member named after the comma may be introduced by a place joined to a
/// participle ("the Moscow-backed X"), as by a title ("the blogger X").
final class RoleKinshipAfterCommaTests: ExtractionTestCase {
    func testAPlaceJoinedToAParticipleStandsBeforeTheRelative() throws {
        XCTAssertEqual(
            try roles("Maia Lungu won the vote. Lungu's predecessor, the Moscow-backed Igor Petrov, is under house arrest."),
            ["Igor Petrov -predecessor-> Maia Lungu"])
        XCTAssertEqual(
            try all("Maia Lungu won the vote. Lungu's lawyer, the Paris-based Igor Petrov, appealed."), ["Igor Petrov -lawyer-> Maia Lungu"])
    }
}
