import Foundation
import KGStore
import XCTest

/// `kg shell` reading a script from a pipe: no prompt, no editing, errors on stderr with the
/// line, and the exit status a script runner can check.
final class BatchShellTests: XCTestCase {
    private var directory: URL!
    private var dbPath: String { directory.appendingPathComponent("kg.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kgpipe-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try ShellFixture.insertEntities(into: try GraphStore(path: dbPath))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `kg shell --db` with `script` on its standard input.
    private func runShell(_ script: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PseudoTerminal.kgExecutable())
        process.arguments = ["shell", "--db", dbPath]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory.path, "TERM": "xterm"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(script.utf8))
        try input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    func testPipedCommandsRunWithoutPromptOrWelcome() throws {
        let run = try runShell(".mode csv\n.entities person\n")
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.output.contains("Vladimir Putin"))
        XCTAssertFalse(run.output.contains("kg> "))
        XCTAssertFalse(run.output.contains("Enter .help"))
        XCTAssertEqual(run.errors, "")
    }

    func testFirstErrorStopsThePipeWithStatusOne() throws {
        let run = try runShell(".entities country\n.mdoe csv\n.stats\n")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "stdin:2: error: unknown command '.mdoe'; did you mean '.mode'?\n")
        XCTAssertTrue(run.output.contains("Russia"))
        XCTAssertFalse(run.output.contains("documents"), "nothing after the error runs")
    }

    func testBailOffRunsEverythingAndStillExitsOne() throws {
        let run = try runShell(".bail off\n.nope\n.stats\n")
        XCTAssertEqual(run.status, 1)
        XCTAssertNotNil(run.output.range(of: "documents +0\n", options: .regularExpression), run.output)
    }

    func testFailingStatementFromAPipeExitsNonZero() throws {
        let run = try runShell("MATCH (a:person RETURN a;\n")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("error:"), run.errors)
    }

    func testExitCodeFromAScript() throws {
        XCTAssertEqual(try runShell(".exit 4\n.stats\n").status, 4)
    }
}
