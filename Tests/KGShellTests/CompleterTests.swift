import KGShell
import XCTest

final class CompleterTests: XCTestCase {
    let completer = Completer(
        vocabulary: CompletionVocabulary(
            actions: ["condemn", "criticize", "sanction"],
            entityNames: ["Kraków", "NATO", "Vladimir Putin", "Volodymyr Zelensky"],
            aliases: [.init(surface: "Putin", name: "Vladimir Putin")]))

    func testDotCommandCompletesByPrefix() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: ".he")?.candidates, [".help"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: ".ex")?.candidates, [".export", ".exit"])
    }

    func testDotCommandArgumentsComplete() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: ".mode js")?.candidates, ["json", "jsonl"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: ".mo m")?.candidates, ["markdown"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: ".entities p")?.candidates, ["person"])
    }

    func testFileArgumentsAreLeftToTheEditor() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: ".read sc")?.wantsFileNames, true)
    }

    func testKeywordsCompleteIgnoringCase() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: "mat")?.candidates, ["MATCH"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: "MATCH (a) RET")?.candidates, ["RETURN"])
    }

    func testEntityNameCompletesQuoted() {
        XCTAssertEqual(
            completer.complete(lineBeforeCursor: "MATCH (a {name: vlad")?.candidates,
            ["\"Vladimir Putin\""])
    }

    func testAliasCompletesToTheCanonicalName() {
        XCTAssertEqual(
            completer.complete(lineBeforeCursor: "MATCH (a {name: Put")?.candidates,
            ["\"Vladimir Putin\""])
    }

    func testNameInsideAnOpenQuoteCompletesWithSpacesAndCloses() {
        let completion = completer.complete(lineBeforeCursor: "MATCH (a {name: \"Vladimir P")
        XCTAssertEqual(completion?.word, "Vladimir P")
        XCTAssertEqual(completion?.candidates, ["Vladimir Putin\""])
    }

    func testNonAsciiNameCompletes() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: "'Krak")?.candidates, ["Kraków'"])
    }

    func testLabelCompletesAfterColonInANode() {
        let completion = completer.complete(lineBeforeCursor: "MATCH (a:pers")
        XCTAssertEqual(completion?.candidates, ["person"])
        XCTAssertEqual(completion?.appendsSpace, false)
    }

    func testActionCompletesAfterColonInAnEdge() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: "MATCH (a)-[r:c")?.candidates, ["condemn", "criticize"])
    }

    func testPropertyCompletesAfterDot() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: "RETURN a.na")?.candidates, ["name"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: "RETURN r.conf")?.candidates, ["confidence"])
    }

    func testOnlyWordsTheQueryLanguageHasComplete() {
        XCTAssertEqual(completer.complete(lineBeforeCursor: "MATCH (a) OPT")?.candidates, ["OPTIONAL"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: "RETURN coun")?.candidates, ["count"])
        XCTAssertEqual(completer.complete(lineBeforeCursor: "UNWI")?.candidates, [])
    }

    func testReadlineMatchesKeepWhatTheEditorCutDifferently() {
        let label = Completion(word: "pers", candidates: ["person"])
        XCTAssertEqual(label.readlineMatches(editorWord: "a:pers"), ["a:person", "a:person"])
        let quoted = Completion(word: "Vladimir P", candidates: ["Vladimir Putin\""])
        XCTAssertEqual(quoted.readlineMatches(editorWord: "P"), ["Putin\"", "Putin\""])
    }

    func testReadlineMatchesStartWithTheCommonPrefixOfSeveral() {
        let completion = Completion(word: "c", candidates: ["condemn", "criticize", "CONTAINS"])
        XCTAssertEqual(completion.readlineMatches(editorWord: "c"), ["c", "condemn", "criticize", "CONTAINS"])
        let close = Completion(word: "co", candidates: ["condemn", "CONTAINS"])
        XCTAssertEqual(close.readlineMatches(editorWord: "co").first, "con")
    }

    func testNamesFoundByAliasKeepTheTypedWordUnlessTheyShareMore() {
        let apart = Completion(word: "Zel", candidates: ["\"Vladimir Zelensky\"", "\"Volodymyr Zelenskiy\""])
        XCTAssertEqual(apart.readlineMatches(editorWord: "Zel").first, "Zel")
        let close = Completion(word: "zel", candidates: ["\"Zelensky\"", "\"Zelenskiy\""])
        XCTAssertEqual(close.readlineMatches(editorWord: "zel").first, "\"Zelensk")
    }
}

final class HistoryEntryTests: XCTestCase {
    func testLinesJoinWithSpacesWithoutComments() {
        XCTAssertEqual(
            HistoryEntry.joining(["MATCH (a)-[r]->(b)  -- who did what", "  RETURN a, b;"]),
            "MATCH (a)-[r]->(b) RETURN a, b;")
    }

    func testDashesInsideStringsAreNotComments() {
        XCTAssertEqual(
            HistoryEntry.joining(["MATCH (a {name: 'Al--Sisi'})", "RETURN a;"]),
            "MATCH (a {name: 'Al--Sisi'}) RETURN a;")
    }

    func testStringOverALineBreakKeepsTheBreak() {
        XCTAssertEqual(HistoryEntry.joining(["RETURN 'a", "b';"]), "RETURN 'a\nb';")
    }
}
