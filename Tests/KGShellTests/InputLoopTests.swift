import Foundation
import KGExport
import KGQuery
import KGShell
import XCTest

final class InputLoopTests: XCTestCase {
    func testStatementContinuesOverLinesUntilSemicolon() throws {
        let shell = try ShellFixture()
        shell.run(".echo on\nMATCH (a)\n  -- a comment inside\nRETURN a;\n", bail: false)
        XCTAssertTrue(
            shell.console.captured.hasPrefix("MATCH (a)\n  -- a comment inside\nRETURN a;\n"),
            shell.console.captured)
    }

    func testTwoStatementsOnOneLineRunSeparately() throws {
        let shell = try ShellFixture()
        shell.run(".echo on\nMATCH (a) RETURN a; MATCH (b) RETURN b;\n", bail: false)
        XCTAssertTrue(shell.console.captured.contains("MATCH (a) RETURN a;\n"))
        XCTAssertTrue(shell.console.captured.contains("\nMATCH (b) RETURN b;\n"))
    }

    func testErrorInTheSecondStatementOnALineNamesItsColumnOnThatLine() throws {
        let shell = try ShellFixture()
        shell.run("MATCH (a) RETURN a; MATCH (b:persn) RETURN b;\n", name: "stdin", bail: false)
        XCTAssertTrue(shell.errors.captured.hasPrefix("stdin:1:30: error:"), shell.errors.captured)
    }

    func testErrorInAnUnterminatedLastStatementNamesItsColumn() throws {
        let shell = try ShellFixture()
        shell.run("\nMATCH (a) RETURN a;  MATCH (b:persn) RETURN b\n", name: "stdin", bail: false)
        XCTAssertTrue(shell.errors.captured.hasPrefix("stdin:2:31: error:"), shell.errors.captured)
    }

    func testNoticeAboutAnUnknownNameFollowsTheResultOnStandardError() throws {
        let shell = try ShellFixture()
        shell.run(".mode csv\nMATCH (a {name: 'Vladimir Putn'}) RETURN a.name;\n", name: "stdin", bail: false)
        XCTAssertEqual(shell.console.captured, "a.name\n")
        XCTAssertEqual(
            shell.errors.captured,
            "stdin:2:17: note: no entity is named 'Vladimir Putn'; did you mean 'Vladimir Putin'?\n")
        XCTAssertEqual(shell.state.errorCount, 0)
    }

    func testCommentsAndBlankLinesBetweenStatementsRunNothing() throws {
        let shell = try ShellFixture()
        shell.run(".echo on\n-- only a comment\n\n   \n", bail: false)
        XCTAssertEqual(shell.console.captured, "")
        XCTAssertEqual(shell.state.errorCount, 0)
    }

    func testLastStatementWithoutSemicolonRunsAtEndOfInput() throws {
        let shell = try ShellFixture()
        shell.run(".echo on\nMATCH (a)\nRETURN a\n", bail: false)
        XCTAssertTrue(shell.console.captured.contains("MATCH (a)\nRETURN a"))
    }

    func testDotCommandInsideAStatementIsPartOfTheStatement() throws {
        let shell = try ShellFixture()
        shell.run(".echo on\nMATCH (a)\n.mode csv\nRETURN a;\n", bail: false)
        XCTAssertEqual(shell.state.mode, .table)
        XCTAssertTrue(shell.console.captured.contains("MATCH (a)\n.mode csv\nRETURN a;"))
    }

    func testDotCommandMayFollowLeadingBlanks() throws {
        let shell = try ShellFixture()
        shell.run("   .mode json\n")
        XCTAssertEqual(shell.state.mode, .json)
    }

    func testUnterminatedStringAtEndOfInputIsAnErrorWithItsLine() throws {
        let shell = try ShellFixture()
        let end = shell.run("\nMATCH (a {name: 'Kyiv})\n", bail: true)
        XCTAssertEqual(end, .stoppedOnError)
        XCTAssertEqual(shell.errors.captured, "script.kgq:2: error: input ended inside a quoted string\n")
    }

    func testBatchInputStopsAtFirstErrorWhenBailing() throws {
        let shell = try ShellFixture(bailOnError: true)
        let end = shell.run(".mode csv\n.modd json\n.mode tsv\n")
        XCTAssertEqual(end, .stoppedOnError)
        XCTAssertEqual(shell.state.mode, .csv)
        XCTAssertEqual(
            shell.errors.captured,
            "script.kgq:2: error: unknown command '.modd'; did you mean '.mode'?\n")
    }

    func testBatchInputWithBailOffRunsOnAndCountsErrors() throws {
        let shell = try ShellFixture(bailOnError: true)
        let end = shell.run(".bail off\n.nope\n.mode tsv\n.timer maybe\n")
        XCTAssertEqual(end, .endOfInput)
        XCTAssertEqual(shell.state.mode, .tsv)
        XCTAssertEqual(shell.state.errorCount, 2)
    }

    func testInteractiveInputGoesOnAfterErrorsWithoutFilePositions() throws {
        let shell = try ShellFixture(bailOnError: true)
        let end = shell.type(".modd\n.mode csv\n")
        XCTAssertEqual(end, .endOfInput)
        XCTAssertEqual(shell.state.mode, .csv)
        XCTAssertEqual(shell.errors.captured, "error: unknown command '.modd'; did you mean '.mode'?\n")
    }

    func testFailingStatementInBatchStopsTheInput() throws {
        let shell = try ShellFixture(bailOnError: true)
        let end = shell.run("MATCH (a:person RETURN a;\n.mode csv\n")
        XCTAssertEqual(end, .stoppedOnError)
        XCTAssertEqual(shell.state.mode, .table)
        XCTAssertTrue(shell.errors.captured.contains("error:"), shell.errors.captured)
    }

    func testQuitStopsTheLoopAndExitSetsTheStatus() throws {
        let shell = try ShellFixture()
        XCTAssertEqual(shell.run(".quit\n.mode csv\n"), .exitRequested(0))
        XCTAssertEqual(shell.state.mode, .table)
        let other = try ShellFixture()
        XCTAssertEqual(other.run(".exit 3\n"), .exitRequested(3))
    }

    func testInterruptDropsTheHalfTypedStatement() throws {
        let shell = try ShellFixture()
        let source = ScriptedInput([
            .line(".echo on"), .line("MATCH (a)"), .interrupt,
            .line("MATCH (b) RETURN b;"),
        ])
        _ = InputLoop(state: shell.state).run(source, sourceName: "stdin")
        // The echo of what ran (and, once it runs, its result): the cancelled lines never ran.
        XCTAssertTrue(shell.console.captured.hasPrefix("MATCH (b) RETURN b;\n"), shell.console.captured)
        XCTAssertFalse(shell.console.captured.contains("MATCH (a)"))
        XCTAssertEqual(source.prompts, ["kg> ", "kg> ", "...> ", "kg> ", "kg> "])
    }

    func testMultiLineStatementIsRememberedAsOneEntry() throws {
        let shell = try ShellFixture()
        let source = ScriptedInput([.line("MATCH (a)  -- who"), .line("RETURN a;"), .line(".mode csv")])
        _ = InputLoop(state: shell.state).run(source, sourceName: "stdin")
        XCTAssertEqual(source.remembered, ["MATCH (a) RETURN a;", ".mode csv"])
    }

    func testPendingInterruptStopsTheNextStatement() throws {
        let shell = try ShellFixture()
        SignalInterrupt.raise()
        defer { SignalInterrupt.reset() }
        XCTAssertFalse(shell.state.runStatement("MATCH (a) RETURN a;", sourceName: "query", firstLine: 1))
        XCTAssertEqual(shell.errors.captured, "interrupted\n")
        XCTAssertTrue(shell.state.engine.isInterrupted(), "the engine polls the same flag")
    }

    func testSigintSetsTheFlagInsteadOfEndingTheProcess() throws {
        SignalInterrupt.install()
        SignalInterrupt.reset()
        defer { SignalInterrupt.reset(); signal(SIGINT, SIG_DFL) }
        kill(getpid(), SIGINT)
        XCTAssertTrue(SignalInterrupt.isPending)
    }
}

/// Input given as a list of reads, recording the prompts shown and the history entries.
final class ScriptedInput: LineSource {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []
    let isInteractive = true

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    func nextLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func remember(_ entry: String) {
        remembered.append(entry)
    }
}
