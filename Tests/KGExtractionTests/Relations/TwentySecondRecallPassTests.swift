import KGExtraction
import XCTest

/// Pronouns the twenty-second recall pass (issue 7) resolves otherwise: the subject of a "whom"
/// clause, an object pronoun right after its own clause's subject, and "it" after a verb of speech.
/// The exact set of facts of each text, tree rules alone.
final class TwentySecondRecallPassTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testSubjectOfAWhomClauseIsNotThePersonTheClauseHangsOn() throws {
        XCTAssertEqual(
            try facts("President Evo Morales expelled U.S. envoy Philip Goldberg, whom he accused of backing the opposition."),
            [
                "Evo Morales -expel-> Philip Goldberg", "Philip Goldberg -envoy-> United States", "Evo Morales -accuse-> Philip Goldberg",
            ])
        // with no one else to stand for, "he" is no one: Goldberg does not accuse himself
        XCTAssertEqual(
            try facts("Bolivia expelled U.S. envoy Philip Goldberg, whom he accused of backing the opposition."),
            ["Bolivia -expel-> Philip Goldberg", "Philip Goldberg -envoy-> United States"])
    }
}
