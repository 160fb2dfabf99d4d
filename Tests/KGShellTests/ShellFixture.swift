import Foundation
import KGShell
import XCTest

@testable import KGStore

/// A real store in a temporary folder, with a few entities, and a shell state whose console and
/// errors are captured.
final class ShellFixture {
    let directory: URL
    let store: GraphStore
    let state: ShellState
    let console = TextSink.capture()
    let errors = TextSink.capture()

    var dbPath: String { store.path }

    init(bailOnError: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kgshell-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try GraphStore(path: directory.appendingPathComponent("kg.sqlite").path)
        try Self.insertEntities(into: store)
        state = ShellState(
            store: store, version: "test", console: console, errors: errors,
            bailOnError: bailOnError)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Entities, their aliases (key = normalized name) and one relation, written with SQL.
    static func insertEntities(into store: GraphStore) throws {
        try store.database.execute(
            """
            INSERT INTO entities (id, name, type) VALUES
              (1, 'Vladimir Putin', 'person'), (2, 'Volodymyr Zelensky', 'person'),
              (3, 'Kraków', 'location'), (4, 'NATO', 'organization'), (5, 'Russia', 'country');
            INSERT INTO aliases (entity_id, surface, key) VALUES
              (1, 'Vladimir Putin', 'vladimir putin'), (1, 'Putin', 'putin'),
              (2, 'Volodymyr Zelensky', 'volodymyr zelensky'), (3, 'Kraków', 'kraków'),
              (4, 'NATO', 'nato'), (5, 'Russia', 'russia');
            INSERT INTO relations (subject_id, object_id, action, cameo, kind)
              VALUES (4, 5, 'condemn', '11', 'action');
            """)
    }

    /// Runs `script` through the input loop as non-interactive input named `name`.
    @discardableResult
    func run(_ script: String, name: String = "script.kgq", bail: Bool? = nil) -> InputLoop.End {
        InputLoop(state: state).run(ScriptLineSource(text: script), sourceName: name, bail: bail)
    }

    /// Runs `script` as if typed at the terminal (no bail, no file positions).
    @discardableResult
    func type(_ script: String) -> InputLoop.End {
        InputLoop(state: state).run(ScriptLineSource(text: script, isInteractive: true), sourceName: "stdin")
    }

    /// Runs a program found on PATH (`dot`, `python3`) and returns its status and standard output.
    static func runTool(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}
