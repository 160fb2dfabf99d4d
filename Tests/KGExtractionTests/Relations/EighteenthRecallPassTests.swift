import KGExtraction
import XCTest

/// Constructions of the eighteenth recall pass (issue 7), each sentence's exact set of facts with
/// the whole extractor, on invented sentences about other regions than the tuning articles.
final class EighteenthRecallPassTests: ExtractionTestCase {
    func testARefusalJoinedByButIsAimedAtTheDoerOfTheClauseItAnswers() throws {
        XCTAssertEqual(try all("Chile offered to send soldiers but Peru declined."), ["Peru -decline-> Chile"])
        XCTAssertEqual(try all("Chile wanted a closed session but Peru objected."), ["Peru -object-> Chile"])
        // a short ", but" clause at the end is read with the clause it answers
        XCTAssertEqual(try all("Chile wanted to hold a closed session, but Peru objected."), ["Peru -object-> Chile"])
        XCTAssertEqual(
            try all("Chile criticised Bolivia but Peru rejected the statement."), ["Chile -criticize-> Bolivia", "Peru -reject-> Chile"])
        // a refusal to act is aimed at whom the act would be done to, not at the clause before
        XCTAssertEqual(try all("Chile offered to send soldiers but Peru declined to comment."), [])
        // "and" joins two acts; it does not answer one with the other
        XCTAssertEqual(try all("Chile wanted a closed session and Peru objected."), [])
    }
}
