import KGExtraction
import XCTest

/// Pronouns the twenty-second recall pass (issue 7) resolves otherwise: the subject of a "whom"
/// clause, an object pronoun right after its own clause's subject, and "it" in a clause joined by
/// ", and" that opens with a name of its own.
/// The exact set of facts of each text, tree rules alone.
final class TwentySecondRecallPassTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testSubjectOfAWhomClauseIsNotThePersonTheClauseHangsOn() throws {
        XCTAssertEqual(
            try facts("President Evo Morales expelled U.S. envoy Philip Goldberg, whom he accused of backing the opposition."),
            [
                "Evo Morales -expel-> Philip Goldberg", "Philip Goldberg -envoy-> United States", "Evo Morales -accuse-> Philip Goldberg", "Evo Morales -expel-> United States",
            ])
        // with no one else to stand for, "he" is no one: Goldberg does not accuse himself
        XCTAssertEqual(
            try facts("Bolivia expelled U.S. envoy Philip Goldberg, whom he accused of backing the opposition."),
            ["Bolivia -expel-> Philip Goldberg", "Philip Goldberg -envoy-> United States", "Bolivia -expel-> United States"])
    }

    func testObjectPronounRightAfterItsClausesSubjectIsSomeoneElse() throws {
        XCTAssertEqual(
            try facts("Paul Bekaert, a Belgian lawyer, confirmed that Carles Puigdemont had hired him."),
            ["Paul Bekaert -lawyer-> Belgium", "Carles Puigdemont -hire-> Paul Bekaert"])
        XCTAssertEqual(
            try facts("Otto Perez Molina resigned on Thursday. Judge Miguel Angel Galvez ordered him held in detention."),
            ["Miguel Angel Galvez -order-> Otto Perez Molina"])
        XCTAssertEqual(
            try facts("Yahya Jammeh refused to leave. Mauritania's president, Mohamed Ould Abdel Aziz, held talks with him in Banjul."),
            ["Mohamed Ould Abdel Aziz -president-> Mauritania", "Mohamed Ould Abdel Aziz -talk-> Yahya Jammeh"])
        // "her" before a quoted noun is a possessive, not an object
        XCTAssertEqual(
            try facts("Linda Thomas-Greenfield spoke first. Rosemary DiCarlo expressed her \"regret\" about the deployment."), [])
        // a name before an infinitive is the object of the verb before it, not the infinitive's subject
        let telephoned = try facts("Bill Clinton telephoned Alberto Fujimori to congratulate him, and Jorge Quispe praised the army.")
        XCTAssertFalse(telephoned.contains { $0.hasPrefix("Bill Clinton -praise->") }, "\(telephoned)")
    }

    func testItInAClauseJoinedByAndThatOpensWithANameIsThatName() throws {
        XCTAssertEqual(
            try facts("Indonesia and Vietnam sent diplomats, and Vietnam's foreign ministry said it had asked Malaysia for a fair trial."),
            ["Vietnamese Foreign Ministry -ask-> Malaysia"])
        XCTAssertEqual(try facts("Kenya sent troops to the border, but Uganda said it had asked Somalia for help."), ["Uganda -ask-> Somalia"])
        // a joined clause with no name of its own, or no joined clause: the sentence's opener, as before
        XCTAssertEqual(try facts("Kenya sent troops to the border, and said it had asked Somalia for help."), ["Kenya -ask-> Somalia"])
        XCTAssertEqual(try facts("The United States said it had asked Malaysia for a fair trial."), ["United States -ask-> Malaysia"])
    }
}
