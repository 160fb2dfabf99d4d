import Foundation
import KGQuery

/// The one loop that reads the terminal, `.read` scripts and piped input: lines gather until the
/// statement is complete (`;`), whole lines starting with `.` are dot-commands, and each
/// statement runs and prints in the current mode.
///
/// ```swift
/// let end = InputLoop(state: state).run(ScriptLineSource(text: "MATCH (a)\nRETURN a;"),
///                                       sourceName: "script.kgq", bail: true)
/// ```
/// Interactive input never stops at an error. Other input stops at its first error when `bail`
/// is true (`.read` scripts), or when it is nil and `ShellState.bailOnError` is set (piped input
/// by default, like `sqlite3 -bail`; `.bail off` turns it off); otherwise every error is
/// reported, the input goes on, and `ShellState.errorCount` says how many there were.
public struct InputLoop {
    /// Why the loop returned.
    public enum End: Equatable, Sendable {
        case endOfInput
        case exitRequested(Int32)
        case stoppedOnError
    }

    public static let prompt = "kg> "
    public static let continuationPrompt = "...> "

    public let state: ShellState

    public init(state: ShellState) {
        self.state = state
    }

    public func run(_ source: LineSource, sourceName: String, bail: Bool? = nil) -> End {
        var stopsAtErrors: Bool { (bail ?? state.bailOnError) && !source.isInteractive }
        var pending: [String] = []
        var pendingStart = 0
        var lineNumber = 0
        while true {
            if let code = state.exitRequest { return .exitRequested(code) }
            let prompt = pending.isEmpty ? Self.prompt : Self.continuationPrompt
            let line: String
            switch source.nextLine(prompt: prompt) {
            case .interrupt:
                pending = []
                continue
            case .endOfInput:
                if !pending.isEmpty {
                    source.remember(HistoryEntry.joining(pending))
                    // The last statement may lack its `;`: run it anyway.
                    let location = InputLocation(
                        sourceName: sourceName, line: pendingStart,
                        isInteractive: source.isInteractive)
                    if !runStatements(
                        in: pending.joined(separator: "\n"), location: location,
                        finishing: true, stopsAtErrors: stopsAtErrors) && stopsAtErrors
                    {
                        return .stoppedOnError
                    }
                }
                if let code = state.exitRequest { return .exitRequested(code) }
                return .endOfInput
            case let .line(text):
                line = text
            }
            lineNumber += 1
            if pending.isEmpty {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix(".") {
                    source.remember(trimmed)
                    let location = InputLocation(
                        sourceName: sourceName, line: lineNumber,
                        isInteractive: source.isInteractive)
                    if !state.runDotCommand(trimmed, location: location) && stopsAtErrors {
                        return .stoppedOnError
                    }
                    continue
                }
                // Blank lines and comments between statements are not the start of one.
                if Self.isBlankOrComment(trimmed) { continue }
                pendingStart = lineNumber
            }
            pending.append(line)
            let text = pending.joined(separator: "\n")
            guard StatementSplitter.isComplete(text) else { continue }
            source.remember(HistoryEntry.joining(pending))
            pending = []
            let location = InputLocation(
                sourceName: sourceName, line: pendingStart,
                isInteractive: source.isInteractive)
            if !runStatements(
                in: text, location: location, finishing: false,
                stopsAtErrors: stopsAtErrors) && stopsAtErrors
            {
                return .stoppedOnError
            }
        }
    }

    /// Runs each statement in `text`, which starts at `location`; with `finishing`, also the
    /// text after the last `;`. Returns false if any failed.
    private func runStatements(
        in text: String, location: InputLocation, finishing: Bool,
        stopsAtErrors: Bool
    ) -> Bool {
        var (statements, remainder) = StatementSplitter.split(text)
        if finishing && !Self.isBlankOrComment(remainder.trimmingCharacters(in: .whitespacesAndNewlines)) {
            if Completer.openQuote(in: remainder) != nil {
                state.report(ShellError.unterminatedStatement, at: location)
                return false
            }
            statements.append(Self.statement(from: remainder, endingText: text))
        }
        var succeeded = true
        for statement in statements {
            // At the terminal a statement's lines count from 1; in a file, from the file's start.
            let firstLine = location.isInteractive ? statement.line : location.line + statement.line - 1
            let sourceName = location.isInteractive ? "query" : location.sourceName
            if !state.runStatement(
                statement.text, sourceName: sourceName, firstLine: firstLine,
                firstColumn: statement.column)
            {
                succeeded = false
                if stopsAtErrors { break }
            }
        }
        return succeeded
    }

    /// The unterminated `remainder` at the end of `text` as a statement, with the line and
    /// column in `text` of its first non-blank character.
    static func statement(from remainder: String, endingText text: String) -> ScriptStatement {
        let before = text.prefix(text.count - remainder.count)
        let linesBefore = before.filter(\.isNewline).count
        // The remainder's first line continues a line of `text` after the last `;`.
        let columnsBefore = before.reversed().prefix { !$0.isNewline }.count
        let lines = remainder.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let firstLine = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0
        let indent = lines.isEmpty ? 0 : lines[firstLine].prefix { $0.isWhitespace }.count
        return ScriptStatement(
            text: remainder, line: linesBefore + firstLine + 1,
            column: (firstLine == 0 ? columnsBefore : 0) + indent + 1)
    }

    /// True when every line of `text` is blank or holds only a `--` or `//` comment.
    static func isBlankOrComment(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("//")
        }
    }
}
