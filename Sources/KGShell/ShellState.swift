import Foundation
import KGExport
import KGQuery
import KGStore

/// Everything the shell remembers between inputs: the store and its query engine, the output
/// mode and destination, parameters, settings, and the last result.
///
/// ```swift
/// let state = ShellState(store: try GraphStore(path: "kg.sqlite"))
/// let end = InputLoop(state: state).run(ScriptLineSource(text: ".mode csv\nMATCH (a) RETURN a;"),
///                                       sourceName: "script", bail: true)
/// ```
/// One per shell session, used from one thread, like sqlite3's `ShellState`.
public final class ShellState {
    public let store: GraphStore
    public let engine: QueryEngine
    /// The version the welcome line shows.
    public let version: String

    /// How results are printed (`.mode`).
    public var mode: OutputMode = .table
    /// Where results go: the console, or a file after `.output FILE`.
    public private(set) var output: TextSink
    /// Standard output: prompts' companion, timings, reports of `.ingest` and `.export`.
    public let console: TextSink
    /// Standard error: every error message.
    public let errors: TextSink
    /// The console's size and colour; refreshed before each result on a terminal.
    public var terminal: TerminalInfo
    /// The most rows a table shows on the console (`.maxrows`); nil for all. Files get all rows.
    public var rowLimit: Int?
    /// Re-reads the terminal (its width changes when the window is resized); nil keeps `terminal`.
    public var refreshTerminal: (() -> TerminalInfo)?

    /// Values for `$name` placeholders (`.param`), by name without the `$`.
    public var parameters: [String: QueryValue] = [:] {
        didSet { completer.parameterNames = parameters.keys.sorted() }
    }
    /// Print "Run Time: 0.012345 s" after each statement (`.timer`), to the microsecond.
    public var timerEnabled = false
    /// Print each statement before running it (`.echo`), to see what a script did.
    public var echoEnabled = false
    /// Stop reading the current input at its first error (`.bail`; on for batch input).
    public var bailOnError: Bool

    /// The last statement's result, which `.export` writes when given no statement.
    public internal(set) var lastResult: QueryResult?
    /// Errors reported so far; batch input without bail exits non-zero when it is not zero.
    public internal(set) var errorCount = 0
    /// Set by `.quit` / `.exit CODE`; every input loop stops when it is set.
    public internal(set) var exitRequest: Int32?

    /// What tab completion offers; `onCompleterChange` hears about every change.
    public internal(set) var completer: Completer {
        didSet { onCompleterChange?(completer) }
    }
    public var onCompleterChange: ((Completer) -> Void)?

    /// How many `.read` files are open inside each other.
    var readDepth = 0
    static let readDepthLimit = 16

    public init(
        store: GraphStore, version: String = "", console: TextSink = .standardOutput(),
        errors: TextSink = .standardError(), terminal: TerminalInfo = .unlimited,
        bailOnError: Bool = false
    ) {
        self.store = store
        self.engine = QueryEngine(store: store)
        self.version = version
        self.console = console
        self.output = console
        self.errors = errors
        self.terminal = terminal
        self.rowLimit = terminal.maxRows
        self.bailOnError = bailOnError
        let vocabulary = (try? CompletionVocabulary(store: store)) ?? CompletionVocabulary()
        self.completer = Completer(vocabulary: vocabulary)
        engine.isInterrupted = { SignalInterrupt.isPending }
    }

    /// Sends results to `sink` from now on, closing a previous `.output` file.
    public func redirectOutput(to sink: TextSink?) {
        if output !== console { output.close() }
        output = sink ?? console
    }

    /// Reloads the store's names and actions for completion (after `.ingest`).
    func reloadVocabulary() {
        if let vocabulary = try? CompletionVocabulary(store: store) {
            completer.vocabulary = vocabulary
        }
    }

    /// Options for rendering to the current output: the terminal's limits on the console,
    /// none in a file.
    var renderOptions: RenderOptions {
        guard output === console else { return RenderOptions() }
        if let refreshTerminal { terminal = refreshTerminal() }
        return RenderOptions(maxWidth: terminal.columns, maxRows: rowLimit, color: terminal.color)
    }

    /// The one-line greeting on a terminal: version, database, counts, where help is.
    public var welcomeLine: String {
        let counts: String
        if let stats = try? store.statistics(topActions: 0) {
            counts = [(stats.documents, "document"), (stats.entities, "entity"), (stats.relations, "relation")]
                .map { count, noun in
                    let plural = noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s"
                    return "\(count) " + (count == 1 ? noun : String(plural))
                }
                .joined(separator: ", ")
        } else {
            counts = "statistics unavailable"
        }
        let name = version.isEmpty ? "kg" : "kg \(version)"
        return "\(name) - \(store.path): \(counts). Enter .help for help."
    }
}
