import Foundation
import KGStore

/// `kg shell`: the interactive shell on a terminal, or batch input from a pipe or file.
///
/// ```swift
/// let status = ShellSession.run(store: try GraphStore(path: "kg.sqlite"), version: "0.1.0")
/// ```
/// On a terminal: a welcome line, the `kg> ` prompt, line editing with history
/// (`$KG_HISTORY`, else `~/.kg_history`) and tab completion when `TERM` allows it, and Ctrl-C
/// that cancels the input or the running statement instead of ending the shell. Ctrl-D on an
/// empty line leaves with status 0.
///
/// Otherwise standard input is read as a script, without prompts: the first error stops it with
/// status 1 (like `sqlite3 -bail`); after `.bail off` every statement runs and the status is 1
/// if any failed.
public enum ShellSession {
    public static func run(
        store: GraphStore, version: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int32 {
        let interactive = TerminalInfo.standardInputIsTerminal
        let terminal = TerminalInfo.detect(environment: environment)
        let state = ShellState(
            store: store, version: version, terminal: terminal,
            bailOnError: !interactive)
        if terminal.isTerminal { state.refreshTerminal = { TerminalInfo.detect(environment: environment) } }
        // A script's output is all wanted, even on a terminal; a person gets a screenful.
        if !interactive { state.rowLimit = nil }

        let source: LineSource
        if interactive {
            SignalInterrupt.install()
            if TerminalInfo.lineEditingAvailable(environment: environment) {
                let editor = LineEditor(
                    historyPath: LineEditor.defaultHistoryPath(environment: environment),
                    completer: state.completer)
                state.onCompleterChange = { editor.updateCompleter($0) }
                source = editor
            } else {
                source = StandardInputLineSource(isInteractive: true, prompts: state.console)
            }
            state.console.writeLine(state.welcomeLine)
        } else {
            source = StandardInputLineSource(isInteractive: false, prompts: nil)
        }

        let end = InputLoop(state: state).run(source, sourceName: "stdin")
        state.redirectOutput(to: nil)
        switch end {
        case let .exitRequested(code):
            return code
        case .stoppedOnError:
            return 1
        case .endOfInput:
            return !interactive && state.errorCount > 0 ? 1 : 0
        }
    }
}
