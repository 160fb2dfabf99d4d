import XCTest

@testable import KGShell

final class TerminalInfoTests: XCTestCase {
    func testWidthComesFromTheKernelFirst() {
        XCTAssertEqual(TerminalInfo.columns(ioctlColumns: 132, environment: ["COLUMNS": "60"]), 132)
    }

    func testWidthFallsBackToColumnsThenEighty() {
        XCTAssertEqual(TerminalInfo.columns(ioctlColumns: 0, environment: ["COLUMNS": "60"]), 60)
        XCTAssertEqual(TerminalInfo.columns(ioctlColumns: 0, environment: ["COLUMNS": "wide"]), 80)
        XCTAssertEqual(TerminalInfo.columns(ioctlColumns: 0, environment: [:]), 80)
    }

    func testNoColorOrDumbTerminalTurnsColourOff() {
        XCTAssertTrue(TerminalInfo.colorAllowed(environment: ["TERM": "xterm-256color"]))
        XCTAssertFalse(TerminalInfo.colorAllowed(environment: ["TERM": "xterm", "NO_COLOR": ""]))
        XCTAssertFalse(TerminalInfo.colorAllowed(environment: ["TERM": "dumb"]))
        XCTAssertFalse(TerminalInfo.colorAllowed(environment: [:]))
    }

    func testConsoleOutputOnATerminalGetsItsLimits() throws {
        let shell = try ShellFixture()
        shell.state.terminal = TerminalInfo(isTerminal: true, columns: 100, maxRows: 40, color: true)
        shell.state.rowLimit = 40
        let options = shell.state.renderOptions
        XCTAssertEqual(options.maxWidth, 100)
        XCTAssertEqual(options.maxRows, 40)
        XCTAssertTrue(options.color)
    }

    func testMaxrowsChangesTheConsoleRowLimit() throws {
        let shell = try ShellFixture()
        shell.state.terminal = TerminalInfo(isTerminal: true, columns: 100, maxRows: 40, color: true)
        shell.type(".maxrows 5\n")
        XCTAssertEqual(shell.state.renderOptions.maxRows, 5)
        shell.type(".maxrows all\n.maxrows\n")
        XCTAssertNil(shell.state.renderOptions.maxRows)
        XCTAssertEqual(shell.console.captured, "all\n")
        shell.type(".maxrows 0\n")
        XCTAssertEqual(shell.errors.captured, "error: usage: .maxrows [N|all]\n")
    }

    func testFileOutputHasNoLimitsAndNoColour() throws {
        let shell = try ShellFixture()
        shell.state.terminal = TerminalInfo(isTerminal: true, columns: 100, maxRows: 40, color: true)
        shell.type(".output \(shell.path("out.txt"))\n")
        let options = shell.state.renderOptions
        XCTAssertNil(options.maxWidth)
        XCTAssertNil(options.maxRows)
        XCTAssertFalse(options.color)
    }

    func testRunTimeLineHasMilliseconds() {
        XCTAssertEqual(ShellState.runTimeLine(seconds: 0.0123), "Run Time: 0.012300 s")
        XCTAssertEqual(ShellState.runTimeLine(seconds: 0.000_042_5), "Run Time: 0.000043 s")
    }

    func testHistoryPathPrefersKGHistory() {
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["KG_HISTORY": "/tmp/h", "HOME": "/home/a"]), "/tmp/h")
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/a"]), "/home/a/.kg_history")
    }
}
