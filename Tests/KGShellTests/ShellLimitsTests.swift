import KGShell
import XCTest

/// `.timeout`: a statement that runs too long is stopped with an error and the session goes on.
final class ShellLimitsTests: XCTestCase {
    func testTimeoutStopsAStatementAndTheShellGoesOn() throws {
        let shell = try ShellFixture()
        shell.type(
            ".timeout\n.timeout 0.05\n"
                + "MATCH (n0),(n1),(n2),(n3),(n4),(n5),(n6),(n7),(n8),(n9),(n10),(n11) RETURN count(*);\n"
                + ".timeout off\nMATCH (a {name: 'NATO'}) RETURN a.name;\n")
        XCTAssertTrue(shell.errors.captured.contains("ran longer than its time limit"), shell.errors.captured)
        XCTAssertTrue(shell.console.captured.hasPrefix("off\n"), shell.console.captured)
        XCTAssertTrue(shell.console.captured.contains("NATO"), shell.console.captured)
    }

    func testTimeoutRejectsNonsense() throws {
        let shell = try ShellFixture()
        shell.type(".timeout soon\n.timeout -1\n")
        XCTAssertEqual(shell.errors.captured, "error: usage: .timeout [SECONDS|off]\nerror: usage: .timeout [SECONDS|off]\n")
    }
}
