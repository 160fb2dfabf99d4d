import Foundation
import XCTest

/// Runs the built `kg` binary as a user would.
final class CommandLineTests: XCTestCase {
    /// `.build/<config>/kg`, in the folder that holds the test bundle (on Linux the bundle is an
    /// executable file there; on macOS a directory whose parent is that folder).
    static var kgBinary: URL {
        let bundle = Bundle(for: CommandLineTests.self).bundleURL
        let candidates = [
            bundle.appendingPathComponent("kg"),
            bundle.deletingLastPathComponent().appendingPathComponent("kg"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    func testHelpListsEverySubcommand() throws {
        let process = Process()
        process.executableURL = Self.kgBinary
        process.arguments = ["--help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        for command in ["ingest", "export", "import", "stats", "query", "shell", "extract", "train"] {
            XCTAssertTrue(output.contains(command), "missing \(command) in:\n\(output)")
        }
    }
}
