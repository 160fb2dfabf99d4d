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
    public let name: String
    public let arguments: String
    public let summary: String

    /// `.mode table|csv|...`
    public var usage: String { arguments.isEmpty ? name : "\(name) \(arguments)" }

    /// Every command, in the order `.help` lists them.
    public static let all: [DotCommand] = [
        DotCommand(name: ".help", arguments: "[COMMAND]", summary: "Show the commands, or one command's usage"),
        DotCommand(name: ".schema", arguments: "", summary: "Labels, actions and properties the graph holds"),
        DotCommand(name: ".stats", arguments: "", summary: "Counts of documents, entities and relations"),
        DotCommand(name: ".entities", arguments: "[TYPE] [PATTERN]",
                   summary: "List entities, by type and/or a part of the name"),
        DotCommand(name: ".mode", arguments: OutputMode.allCases.map(\.rawValue).joined(separator: "|"),
                   summary: "How results are printed (no argument: show the current mode)"),
        DotCommand(name: ".maxrows", arguments: "[N|all]",
                   summary: "Rows a table shows on the screen before it says how many it left out"),
        DotCommand(name: ".output", arguments: "[FILE]", summary: "Send results to FILE, or back to the screen"),
        DotCommand(name: ".read", arguments: "FILE", summary: "Run the statements and commands in FILE"),
        DotCommand(name: ".timer", arguments: "on|off", summary: "Print how long each statement took"),
        DotCommand(name: ".param", arguments: "set NAME VALUE | unset NAME | list | clear",
                   summary: "Values for $NAME placeholders in statements"),
        DotCommand(name: ".ingest", arguments: "PATH...", summary: "Read articles (files or folders) into the graph"),
        DotCommand(name: ".export", arguments: ExportFormat.allCases.map(\.rawValue).joined(separator: "|")
                       + " FILE [STATEMENT]",
                   summary: "Write the last result, or STATEMENT's, as a graph file"),
        DotCommand(name: ".echo", arguments: "on|off", summary: "Print each statement before running it"),
        DotCommand(name: ".bail", arguments: "on|off", summary: "Stop at the first error (on by default for scripts)"),
        DotCommand(name: ".quit", arguments: "", summary: "Leave the shell"),
        DotCommand(name: ".exit", arguments: "[CODE]", summary: "Leave the shell with exit status CODE"),
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
