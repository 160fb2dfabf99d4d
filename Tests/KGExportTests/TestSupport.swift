import Foundation
import KGExport
import XCTest

@testable import KGStore

/// A real store in a fresh temporary folder, removed when the test ends.
final class TemporaryStore {
    let folder: URL
    let store: GraphStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try GraphStore(path: folder.appendingPathComponent("kg.sqlite").path)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func file(_ name: String, _ contents: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    func count(_ table: String) throws -> Int {
        try store.database.scalarInt("SELECT count(*) FROM \(table)") ?? -1
    }
}

/// A small graph with awkward names: quotes, a backslash, a line break, CJK and an emoji flag.
enum SampleGraph {
    static let nodesCSV = """
        id,name,type,aliases,documents
        1,NATO,organization,North Atlantic Treaty Organization,
        2,Russia,country,Russian;Moscow,
        3,"Joe ""Sleepy"" Biden",person,Biden,
        4,"東京 🇯🇵",location,Tokyo,c.txt
        5,"Back\\slash
        Corp",organization,,

        """
    static let edgesCSV = """
        subject,object,action,cameo,kind,document,sentence,confidence
        1,2,condemn,11,,a.txt,"NATO condemned Russia, again.",0.9
        1,2,condemn,11,,b.txt,NATO condemned Russia.,
        1,2,condemn,11,,b.txt,NATO condemned Russia twice.,
        3,1,president,,role,,,
        3,4,visit,04,,a.txt,"Biden visited ""Tokyo""
        today.",
        5,2,sanction,16,,,,

        """

    @discardableResult
    static func load(into temporary: TemporaryStore) throws -> ImportReport {
        try GraphImporter(store: temporary.store).importCSV(nodes: nodesCSV, edges: edgesCSV)
    }
}

/// Runs a program and returns its exit status and output.
func runProgram(
    _ path: String, _ arguments: [String], input: String? = nil
) throws
    -> (status: Int32, stdout: String, stderr: String)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}

/// Skips the test unless python3 with networkx is installed.
func requireNetworkX() throws {
    guard (try? runProgram("/usr/bin/env", ["python3", "-c", "import networkx"]).status) == 0 else {
        throw XCTSkip("python3 with networkx is not installed")
    }
}

/// Runs a Python snippet that reads the graph text from stdin; returns its stdout.
func python(_ script: String, input: String) throws -> String {
    let result = try runProgram("/usr/bin/env", ["python3", "-c", script], input: input)
    XCTAssertEqual(result.status, 0, result.stderr)
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}
