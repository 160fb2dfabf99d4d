import Foundation

/// What a command fails on by itself, beyond the errors of the layers it calls: a file it reads
/// directly. Like every error a command throws, the executable reports it once, in one line
/// after ArgumentParser's `Error: ` prefix, and exits with status 1.
///
/// ```swift
/// throw CommandError.unreadable(path: "q.kgq", reason: "not UTF-8 text")
/// // Error: q.kgq: cannot read: not UTF-8 text
/// ```
enum CommandError: Error, LocalizedError, Equatable {
    /// An input file the command reads itself (a query script, a text for `kg extract`).
    case unreadable(path: String, reason: String)
    /// An output file the command writes itself (`kg extract --origins`).
    case unwritable(path: String)

    var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case let .unwritable(path): "\(path): cannot write"
        }
    }
}
