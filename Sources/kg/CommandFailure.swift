import ArgumentParser
import Foundation
import KGQuery

/// How a subcommand fails once its arguments are valid: one line on standard error, then exit
/// status 1 by throwing the returned `ExitCode`, so `run()` unwinds (closing the store) instead
/// of the process stopping mid-command.
///
/// ```swift
/// throw CommandFailure.report("kg: no graph at kg.sqlite")
/// ```
enum CommandFailure {
    /// Writes `message` and a newline to standard error; throw the result.
    static func report(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode.failure
    }

    /// Reports `error` by its description: a `QueryError` with its position, a `LocalizedError`
    /// by its `errorDescription`.
    static func report(_ error: any Error) -> ExitCode {
        switch error {
        case let error as QueryError:
            return report(error.description)
        case let error as LocalizedError:
            return report(error.errorDescription ?? "\(error)")
        default:
            return report("\(error)")
        }
    }
}
