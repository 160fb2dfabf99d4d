import Foundation
import XCTest

@testable import KGStore

/// The scripts in queries/ run with the real `kg` binary and print what their .expected files say.
final class ExampleQueriesTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `kg`, built next to the test bundle.
    static func kgBinary() throws -> URL {
        let candidates = [
            Bundle(for: ExampleQueriesTests.self).bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("kg") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("no kg binary next to the tests (looked in \(candidates.map(\.path)))")
        }
        return found
    }

    static func scripts() throws -> [URL] {
        let folder = repository.appendingPathComponent("queries")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "kgq" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Runs kg with `arguments`; returns exit status, stdout and stderr.
    static func kg(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = try kgBinary()
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kg-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testThereAreAtLeastEightExamplesEachWithExpectedOutput() throws {
        let scripts = try Self.scripts()
        XCTAssertGreaterThanOrEqual(scripts.count, 8)
        for script in scripts {
            let expected = script.deletingPathExtension().appendingPathExtension("expected")
            XCTAssertTrue(FileManager.default.fileExists(atPath: expected.path), "missing \(expected.lastPathComponent)")
            let text = try String(contentsOf: script, encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("--"), "\(script.lastPathComponent) should open with a comment saying what it asks")
        }
    }

    func testEveryExampleScriptRunsOnAnEmptyGraph() throws {
        let database = directory.appendingPathComponent("empty.sqlite").path
        _ = try GraphStore(path: database)
        for script in try Self.scripts() {
            let run = try Self.kg(["query", "--db", database, "-f", script.path, "--format", "csv"])
            XCTAssertEqual(run.status, 0, "\(script.lastPathComponent): \(run.errors)")
        }
    }

    func testExampleScriptsPrintTheirExpectedOutputOnTheCorpusGraph() throws {
        let database = directory.appendingPathComponent("corpus.sqlite").path
        let ingest = try Self.kg(["ingest", "--db", database, "corpus"])
        guard ingest.status == 0 else { return XCTFail("kg ingest failed: \(ingest.errors)") }
        for script in try Self.scripts() {
            let relative = "queries/" + script.lastPathComponent
            let run = try Self.kg(["query", "--db", database, "-f", relative, "--format", "csv"])
            XCTAssertEqual(run.status, 0, "\(relative): \(run.errors)")
            let expectedURL = script.deletingPathExtension().appendingPathExtension("expected")
            let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? ""
            XCTAssertEqual(run.output, expected, "\(relative) differs from its .expected; if the change is right, run scripts/update-examples.sh")
        }
    }
}
