import Foundation
import KGExport

/// A dot-command or shell input that could not be carried out, with what the user needs to fix it.
///
/// The input loop prints it as one line, prefixed with `FILE:LINE:` when it came from a script:
/// ```
/// script.kgq:3: error: unknown command '.modd'; did you mean '.mode'?
/// ```
public enum ShellError: Error, LocalizedError, Equatable {
    /// No dot-command starts with `name`; `suggestion` is the nearest by edit distance.
    case unknownCommand(name: String, suggestion: String?)
    /// More than one dot-command starts with `name`.
    case ambiguousCommand(name: String, candidates: [String])
    /// The command's arguments did not fit; `usage` is its usage line.
    case usage(String)
    /// An argument had the right place but a wrong value.
    case invalidArgument(String)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// `.export` without a statement before any statement ran.
    case noResultToExport
    /// `.read` files that read each other too deeply (a loop).
    case readNestedTooDeeply(path: String, limit: Int)
    /// A `.read` script stopped at an error already printed with its own file and line.
    case scriptFailed(path: String)
    /// The end of input came in the middle of a quoted string.
    case unterminatedStatement
    /// A DOT drawing (`.mode dot`, `.export dot`) of more nodes than Graphviz lays out readably.
    case graphTooLarge(nodes: Int, limit: Int)
    /// A failure from a lower layer (the store, the exporter), already readable.
    case underlying(String)

    /// The exporter's error in the shell's words: its advice names shell commands, not options.
    init(_ error: ExportError) {
        switch error {
        case let .graphTooLarge(nodes, limit):
            self = .graphTooLarge(nodes: nodes, limit: limit)
        case let .file(path, message):
            self = .cannotWrite(path: path, reason: message)
        case .badInput, .needsFolder:
            self = .underlying(error.errorDescription ?? "\(error)")
        }
    }

    public var errorDescription: String? {
        switch self {
        case let .unknownCommand(name, suggestion):
            if let suggestion { return "unknown command '\(name)'; did you mean '\(suggestion)'?" }
            return "unknown command '\(name)'; enter .help for the list"
        case let .ambiguousCommand(name, candidates):
            return "ambiguous command '\(name)': " + candidates.joined(separator: ", ")
        case let .usage(usage):
            return "usage: \(usage)"
        case let .invalidArgument(message):
            return message
        case let .cannotRead(path, reason):
            return "cannot read '\(path)': \(reason)"
        case let .cannotWrite(path, reason):
            return "cannot write '\(path)': \(reason)"
        case .noResultToExport:
            return "no result to export yet; run a statement first or give one after the file name"
        case let .readNestedTooDeeply(path, limit):
            return "'\(path)': .read nested more than \(limit) deep"
        case let .scriptFailed(path):
            return "'\(path)' stopped at an error"
        case .unterminatedStatement:
            return "input ended inside a quoted string"
        case let .graphTooLarge(nodes, limit):
            return "the result has \(nodes) nodes, more than a DOT drawing can show (\(limit)); "
                + "add LIMIT to the statement, or use .mode table or json"
        case let .underlying(message):
            return message
        }
    }

    /// True when the error was printed where it happened and must not be printed again.
    var isAlreadyReported: Bool {
        if case .scriptFailed = self { return true }
        return false
    }
}
