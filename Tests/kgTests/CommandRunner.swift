import Foundation
import XCTest

/// Runs the built `kg` (or `$KG_BINARY`, to check an older build) as a user would, in a fresh
/// temporary folder, with standard output going to a pipe or to a file such as `/dev/full`.
///
/// ```swift
/// let runner = try CommandRunner()
/// let run = try runner.kg(["stats", "--db", runner.path("kg.sqlite")])
/// XCTAssertEqual(run.status, 0)
/// ```
final class CommandRunner {
    struct Run {
        var status: Int32
        /// False when a signal (a Swift runtime trap) ended the process.
        var exited: Bool
        var stdout: String
        var stderr: String
    }

    let folder: URL
    let binary: URL
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        if let override = ProcessInfo.processInfo.environment["KG_BINARY"] {
            binary = URL(fileURLWithPath: override)
        } else {
            binary = CommandLineTests.kgBinary
        }
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("kg binary not found at \(binary.path) (run `swift build` first)")
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Readable by the unprivileged user some tests run kg as.
        chmod(folder.path, 0o777)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    /// A database holding the example graph of `docs/examples` (7 entities, 9 edges).
    func exampleDatabase(_ name: String = "example.sqlite") throws -> String {
        let examples = Self.repository.appendingPathComponent("docs/examples")
        let run = try kg([
            "import", "--db", path(name), "--nodes", examples.appendingPathComponent("nodes.csv").path,
            "--edges", examples.appendingPathComponent("edges.csv").path,
        ])
        XCTAssertEqual(run.status, 0, run.stderr)
        return path(name)
    }

    /// Runs `kg arguments`. `stdout` names a file to write standard output to instead of a pipe
    /// (`/dev/full`); `stdin` is text for standard input; `prefix` runs kg through another program
    /// (`setpriv ...`, `sh -c`).
    func kg(_ arguments: [String], stdin: String? = nil, stdout: String? = nil, prefix: [String] = []) throws -> Run {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = prefix + [binary.path] + arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["KG_DB"] = nil
        environment["KG_HISTORY"] = path(".history")
        process.environment = environment
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe(), input = Pipe()
        if let stdout {
            guard let handle = FileHandle(forWritingAtPath: stdout) else {
                throw XCTSkip("cannot open \(stdout)")
            }
            process.standardOutput = handle
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The prefix that runs kg as an unprivileged user when the tests run as root (root ignores
    /// file permissions); empty otherwise.
    static var unprivileged: [String]? {
        if getuid() != 0 { return [] }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
}
