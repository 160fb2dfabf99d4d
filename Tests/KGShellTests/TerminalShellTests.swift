import Foundation
import XCTest

@testable import KGStore

/// The real `kg shell` under a real pseudo-terminal: prompts, line editing, history, completion,
/// Ctrl-C and Ctrl-D as a person meets them.
final class TerminalShellTests: XCTestCase {
    private var directory: URL!
    private var dbPath: String { directory.appendingPathComponent("kg.sqlite").path }
    private var historyPath: String { directory.appendingPathComponent("history").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kgpty-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try GraphStore(path: dbPath)
        try ShellFixture.insertEntities(into: store)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func startShell(term: String = "xterm") throws -> PseudoTerminal {
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": directory.path, "KG_HISTORY": historyPath, "TERM": term, "LANG": "C.UTF-8",
        ]
        let terminal = try PseudoTerminal(arguments: ["shell", "--db", dbPath], environment: environment)
        terminal.expect("Enter .help for help.")
        terminal.expect("kg> ")
        return terminal
    }

    /// The history file's entries, decoded from libedit's `strvis` form.
    private func historyEntries() throws -> [String] {
        let text = try String(contentsOfFile: historyPath, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map {
            $0.replacingOccurrences(of: "\\040", with: " ").replacingOccurrences(of: "\\012", with: "\n")
        }
    }

    func testWelcomeLineShowsDatabaseAndCounts() throws {
        let terminal = try startShell()
        XCTAssertTrue(
            terminal.transcript.contains("kg 0.1.0 - \(dbPath): 0 documents, 5 entities, 1 relation."),
            terminal.transcript)
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    func testMultiLineStatementShowsContinuationPromptAndRecallsAsOneEntry() throws {
        let terminal = try startShell()
        terminal.send("MATCH (a:person)\r")
        terminal.expect("...> ")
        terminal.send("RETURN a.name;\r")
        terminal.expect("kg> ")
        terminal.send("\u{1B}[A")
        terminal.expect("MATCH (a:person) RETURN a.name;")
        terminal.send("\r")
        terminal.expect("kg> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(try historyEntries(), ["MATCH (a:person) RETURN a.name;"])
    }

    func testCtrlCCancelsAHalfTypedStatementAndShowsAFreshPrompt() throws {
        let terminal = try startShell()
        terminal.send("MATCH (a)\r")
        terminal.expect("...> ")
        terminal.send("RETURN a")
        terminal.expect("RETURN a")
        // A person presses Ctrl-C after the screen has caught up, while libedit waits for a key.
        _ = terminal.settle(quiet: 0.2)
        terminal.send("\u{03}")
        terminal.expect("^C\r\nkg> ")
        // Had the statement survived, this line would have been added to it.
        terminal.send(".param list\r")
        terminal.expect("no parameters")
        terminal.expect("kg> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(try historyEntries(), [".param list"])
    }

    func testTabCompletesADotCommand() throws {
        let terminal = try startShell()
        terminal.send(".sch\t\r")
        terminal.expect("Labels (node types):")
        terminal.expect("kg> ")
        // A completed command is followed by a space, ready for its argument.
        terminal.send(".he\tmode\r")
        terminal.expect("usage: .mode")
        terminal.expect("kg> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(try historyEntries(), [".schema", ".help mode"])
    }

    func testTabCompletesALabelAndAnActionFromTheStore() throws {
        let terminal = try startShell()
        terminal.send("MATCH (a:PERS\t)-[r:cond\t]->(b) RETURN a;\r")
        terminal.expect("kg> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(try historyEntries(), ["MATCH (a:person)-[r:condemn]->(b) RETURN a;"])
    }

    func testTabCompletesAnEntityNameQuoted() throws {
        let terminal = try startShell()
        terminal.send("MATCH (a {name: Vlad\t")
        terminal.expect("Vladimir Putin\"")
        terminal.send("}) RETURN a;\r")
        terminal.expect("kg> ")
        terminal.send("MATCH (a {name: \"Volodymyr Z\t")
        terminal.expect("elensky\"")
        terminal.send("}) RETURN a;\r")
        terminal.expect("kg> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        // Whether a space follows the completed name is libedit's choice.
        let entries = try historyEntries().map { $0.replacingOccurrences(of: "\" }", with: "\"}") }
        XCTAssertEqual(
            entries,
            [
                "MATCH (a {name: \"Vladimir Putin\"}) RETURN a;",
                "MATCH (a {name: \"Volodymyr Zelensky\"}) RETURN a;",
            ])
    }

    func testNonAsciiTextEditsOneCharacterAtATime() throws {
        let terminal = try startShell()
        // Left twice puts the cursor on "ó"; Ctrl-D deletes it; then type "o".
        terminal.send(".param set city Kraków\u{1B}[D\u{1B}[D\u{04}o\r")
        terminal.expect("kg> ")
        // Backspace takes "ź" whole.
        terminal.send(".param set town Łódź\u{7F}z\r")
        terminal.expect("kg> ")
        terminal.send(".param list\r")
        terminal.expect("$city = 'Krakow'")
        terminal.expect("$town = 'Łódz'")
        // A non-ASCII entity name completes, and the cursor moves over it a character at a time:
        // Ctrl-A, then right past `MATCH (a {name: "Krak`, and "ó" deleted there with Ctrl-D.
        terminal.send("MATCH (a {name: krak\t")
        terminal.expect("Kraków\"")
        terminal.send("}) RETURN a;\u{01}" + String(repeating: "\u{1B}[C", count: 21) + "\u{04}\r")
        terminal.expect("kg> ")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(try historyEntries().last, "MATCH (a {name: \"Krakw\" }) RETURN a;")
    }

    func testCtrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let terminal = try startShell()
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertEqual(terminal.transcript.unicodeScalars.last, "\n", "Ctrl-D leaves a fresh line")
    }

    func testHistoryFromAnEarlierSessionIsRecalled() throws {
        let first = try startShell()
        first.send(".mode csv\r")
        first.expect("kg> ")
        first.send("\u{04}")
        XCTAssertEqual(first.waitForExit(), 0)

        let second = try startShell()
        second.send("\u{1B}[A")
        second.expect(".mode csv")
        second.send("\r")
        second.expect("kg> ")
        second.send(".mode\r")
        second.expect("csv\r\n")
        second.send("\u{04}")
        XCTAssertEqual(second.waitForExit(), 0)
    }

    func testExitCodeFromTheTerminal() throws {
        let terminal = try startShell()
        terminal.send(".exit 7\r")
        XCTAssertEqual(terminal.waitForExit(), 7)
    }

    func testDumbTerminalGetsPlainPromptsAndCtrlCStillCancels() throws {
        let terminal = try startShell(term: "dumb")
        terminal.send("MATCH (a)\r", waitForEditor: false)
        terminal.expect("...> ")

        terminal.send("\u{03}", waitForEditor: false)
        terminal.expect("kg> ")
        terminal.send(".param list\r", waitForEditor: false)
        terminal.expect("no parameters")
        terminal.expect("kg> ")
        terminal.send("\u{04}", waitForEditor: false)
        XCTAssertEqual(terminal.waitForExit(), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: historyPath), "no editing, no history")
    }

    func testCtrlCInterruptsARunningQueryAndTheShellGoesOn() throws {
        // A dense graph: paths up to length 12 are far too many to count quickly.
        let store = try GraphStore(path: dbPath)
        try store.database.transaction {
            let insert = try store.database.prepare(
                "INSERT INTO relations (subject_id, object_id, action, cameo, kind) VALUES (?, ?, 'meet', '04', 'action')")
            for subject in 1...5 {
                for object in 1...5 where object != subject {
                    for _ in 0..<4 { try insert.run([.int(subject), .int(object)]) }
                }
            }
        }
        let terminal = try startShell()
        terminal.send("MATCH p=(a)-[*1..12]-(b) RETURN count(p);\r")
        let soFar = terminal.settle(quiet: 0.5)
        XCTAssertFalse(soFar.contains("kg> "), "the query should still be running: \(soFar.debugDescription)")
        terminal.send("\u{03}", waitForEditor: false)
        terminal.expect("interrupted\r\n")
        terminal.expect("kg> ")
        terminal.send(".param list\r")
        terminal.expect("no parameters")
        terminal.send("\u{04}")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }
}
