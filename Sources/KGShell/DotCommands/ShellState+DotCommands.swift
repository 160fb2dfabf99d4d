import Foundation
import KGExport
import KGQuery

extension ShellState {
    /// Runs one dot-command line (`.mode csv`), reporting any error at `location`. Returns false
    /// after an error.
    @discardableResult
    public func runDotCommand(_ line: String, location: InputLocation) -> Bool {
        do {
            try performDotCommand(DotCommandLine(line), location: location)
            try checkOutput()
            return true
        } catch {
            report(error, at: location)
            return false
        }
    }

    private func performDotCommand(_ line: DotCommandLine, location: InputLocation) throws {
        let command = try DotCommand.resolve(line.command)
        let arguments = line.arguments
        let usage = ShellError.usage(command.usage)
        switch command.kind {
        case .help:
            guard arguments.count <= 1 else { throw usage }
            try showHelp(for: arguments.first)
        case .schema:
            guard arguments.isEmpty else { throw usage }
            try showSchema()
        case .stats:
            guard arguments.isEmpty else { throw usage }
            try showStatistics()
        case .entities:
            guard arguments.count <= 2 else { throw usage }
            try listEntities(arguments: arguments)
        case .mode:
            guard arguments.count <= 1 else { throw usage }
            try setMode(arguments.first)
        case .maxrows:
            guard arguments.count <= 1 else { throw usage }
            guard let argument = arguments.first else {
                output.writeLine(rowLimit.map(String.init) ?? "all")
                return
            }
            if argument.lowercased() == "all" {
                rowLimit = nil
            } else if let limit = Int(argument), limit > 0 {
                rowLimit = limit
            } else {
                throw usage
            }
        case .output:
            guard arguments.count <= 1 else { throw usage }
            try redirectOutput(to: arguments.first.map { try TextSink.file($0) })
        case .read:
            guard arguments.count == 1 else { throw usage }
            try readScript(at: arguments[0])
        case .timer:
            guard arguments.count == 1, let on = Self.switchValue(arguments[0]) else { throw usage }
            timerEnabled = on
        case .timeout:
            guard arguments.count <= 1 else { throw usage }
            guard let argument = arguments.first else {
                output.writeLine(engine.timeout.map { "\($0.components.seconds) s" } ?? "off")
                return
            }
            if argument.lowercased() == "off" || argument == "0" {
                engine.timeout = nil
            } else if let seconds = Double(argument), seconds > 0, seconds <= 86_400 {
                engine.timeout = .milliseconds(Int(seconds * 1000))
            } else {
                throw usage
            }
        case .echo:
            guard arguments.count == 1, let on = Self.switchValue(arguments[0]) else { throw usage }
            echoEnabled = on
        case .bail:
            guard arguments.count == 1, let on = Self.switchValue(arguments[0]) else { throw usage }
            bailOnError = on
        case .param:
            try changeParameters(line, usage: usage)
        case .ingest:
            guard !arguments.isEmpty else { throw usage }
            try ingest(paths: arguments)
        case .export:
            guard arguments.count >= 2 else { throw usage }
            try export(
                formatName: arguments[0], path: arguments[1],
                statement: line.rest(afterWord: 2), statementColumn: line.restColumn(afterWord: 2),
                location: location)
        case .quit:
            guard arguments.isEmpty else { throw usage }
            exitRequest = 0
        case .exit:
            guard arguments.count <= 1 else { throw usage }
            guard let code = arguments.first.map({ Int32($0) }) ?? 0 else { throw usage }
            exitRequest = code
        }
    }

    /// `on`/`off` (also `yes`/`no`, `true`/`false`, `1`/`0`) as a Bool; nil for anything else.
    static func switchValue(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: return nil
        }
    }

    private func showHelp(for name: String?) throws {
        if let name {
            let command = try DotCommand.resolve(name.hasPrefix(".") ? name : "." + name)
            output.writeLine("usage: \(command.usage)")
            output.writeLine("  \(command.summary)")
            return
        }
        // A long usage gets a line of its own rather than widening the whole column.
        let width = 28
        for command in DotCommand.all {
            if command.usage.count < width {
                output.writeLine(
                    command.usage.padding(toLength: width, withPad: " ", startingAt: 0)
                        + command.summary)
            } else {
                output.writeLine(command.usage)
                output.writeLine(String(repeating: " ", count: width) + command.summary)
            }
        }
        output.writeLine("Statements end with ';' and may span lines, e.g.")
        output.writeLine("  MATCH (a:person)-[r:condemn]->(b) RETURN a.name, b.name;")
    }

    private func setMode(_ name: String?) throws {
        guard let name else {
            output.writeLine(mode.rawValue)
            return
        }
        guard let chosen = OutputMode(rawValue: name.lowercased()) else {
            let names = OutputMode.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: name, among: names).map { "did you mean '\($0)'? " } ?? ""
            throw ShellError.invalidArgument(
                "unknown mode '\(name)'; \(hint)modes: " + names.joined(separator: ", "))
        }
        mode = chosen
    }

    private func readScript(at path: String) throws {
        guard readDepth < Self.readDepthLimit else {
            throw ShellError.readNestedTooDeeply(path: path, limit: Self.readDepthLimit)
        }
        let source = try ScriptLineSource(contentsOfFile: path)
        readDepth += 1
        defer { readDepth -= 1 }
        // A script stops at its first error whatever the session does: the statements after it
        // may depend on the one that failed.
        if InputLoop(state: self).run(source, sourceName: path, bail: true) == .stoppedOnError {
            throw ShellError.scriptFailed(path: path)
        }
    }
}
