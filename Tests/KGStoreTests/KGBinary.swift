import Foundation
import XCTest

/// The built `kg` executable, run as a user would, for end-to-end checks.
///
/// ```swift
/// let run = try KGBinary.locate().run(["stats", "--db", path])
/// XCTAssertEqual(run.status, 0)
/// ```
/// Found beside the test bundle (`.build/<triple>/debug/kg`); tests skip when it is not built.
struct KGBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard error without the trailing newline, as lines.
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    let url: URL

    static func locate() throws -> KGBinary {
        let candidates = [
            Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in candidates {
            let binary = folder.appendingPathComponent("kg")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return KGBinary(url: binary) }
        }
        throw XCTSkip("kg binary not found beside the tests (run `swift build` first)")
    }

    /// Starts `kg arguments` with output discarded; the caller waits or kills.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `kg arguments` to the end and collects its output.
    func run(_ arguments: [String], in folder: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot stall the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The test's environment without `KG_DB`, so only `--db` picks the database.
    private var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["KG_DB"] = nil
        return environment
    }
}

private final class BundleMarker {}
