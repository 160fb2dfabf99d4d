import KGExport
import KGQuery

/// One of the shell's dot-commands: its name, its arguments as the usage line shows them, and
/// what it does.
///
/// ```swift
/// try DotCommand.resolve(".he").name   // ".help": a unique prefix is enough
/// try DotCommand.resolve(".modd")      // throws: unknown command '.modd'; did you mean '.mode'?
/// ```
public struct DotCommand: Sendable, Equatable {
    /// Every dot-command there is; `switch` over it is checked for completeness.
    public enum Kind: String, CaseIterable, Sendable {
        case help = ".help"
        case schema = ".schema"
        case stats = ".stats"
        case entities = ".entities"
        case mode = ".mode"
        case maxrows = ".maxrows"
        case output = ".output"
        case read = ".read"
        case timer = ".timer"
        case timeout = ".timeout"
        case param = ".param"
        case ingest = ".ingest"
        case export = ".export"
        case echo = ".echo"
        case bail = ".bail"
        case quit = ".quit"
        case exit = ".exit"
    }

    public let kind: Kind
    public let arguments: String
    public let summary: String

    /// `.mode`: what the user types.
    public var name: String { kind.rawValue }

    init(_ kind: Kind, arguments: String, summary: String) {
        self.kind = kind
        self.arguments = arguments
        self.summary = summary
    }

    /// `.mode table|csv|...`
    public var usage: String { arguments.isEmpty ? name : "\(name) \(arguments)" }

    /// Every command, in the order `.help` lists them.
    public static let all: [DotCommand] = [
        DotCommand(.help, arguments: "[COMMAND]", summary: "Show the commands, or one command's usage"),
        DotCommand(.schema, arguments: "", summary: "Labels, actions and properties the graph holds"),
        DotCommand(.stats, arguments: "", summary: "Counts of documents, entities and relations"),
        DotCommand(
            .entities, arguments: "[TYPE] [PATTERN]",
            summary: "List entities, by type and/or a part of the name"),
        DotCommand(
            .mode, arguments: OutputMode.allCases.map(\.rawValue).joined(separator: "|"),
            summary: "How results are printed (no argument: show the current mode)"),
        DotCommand(
            .maxrows, arguments: "[N|all]",
            summary: "Rows a table shows on the screen before it says how many it left out"),
        DotCommand(.output, arguments: "[FILE]", summary: "Send results to FILE, or back to the screen"),
        DotCommand(.read, arguments: "FILE", summary: "Run the statements and commands in FILE"),
        DotCommand(.timer, arguments: "on|off", summary: "Print how long each statement took"),
        DotCommand(
            .timeout, arguments: "[SECONDS|off]",
            summary: "Stop any statement that runs longer (no argument: show the limit)"),
        DotCommand(
            .param, arguments: "set NAME VALUE | unset NAME | list | clear",
            summary: "Values for $NAME placeholders in statements"),
        DotCommand(.ingest, arguments: "PATH...", summary: "Read articles (files or folders) into the graph"),
        DotCommand(
            .export,
            arguments: ExportFormat.allCases.map(\.rawValue).joined(separator: "|")
                + " FILE [STATEMENT]",
            summary: "Write the last result, or STATEMENT's, as a graph file"),
        DotCommand(.echo, arguments: "on|off", summary: "Print each statement before running it"),
        DotCommand(.bail, arguments: "on|off", summary: "Stop at the first error (on by default for scripts)"),
        DotCommand(.quit, arguments: "", summary: "Leave the shell"),
        DotCommand(.exit, arguments: "[CODE]", summary: "Leave the shell with exit status CODE"),
    ]

    /// The command `typed` names: an exact name, else the one command it is a prefix of.
    ///
    /// Throws `ShellError.ambiguousCommand` when several commands start with it and
    /// `ShellError.unknownCommand` (with the nearest name) when none does.
    public static func resolve(_ typed: String) throws -> DotCommand {
        let lowered = typed.lowercased()
        if let exact = all.first(where: { $0.name == lowered }) { return exact }
        let candidates = all.filter { $0.name.hasPrefix(lowered) }
        if candidates.count == 1, lowered.count > 1 { return candidates[0] }
        if candidates.count > 1 {
            throw ShellError.ambiguousCommand(name: typed, candidates: candidates.map(\.name))
        }
        throw ShellError.unknownCommand(name: typed, suggestion: suggestion(for: lowered))
    }

    /// The command nearest to `typed` by edit distance, if it is near enough to be a typo.
    static func suggestion(for typed: String) -> String? {
        Suggestion.closest(to: typed, among: all.map(\.name))
    }
}
