import Foundation
import KGExport
import KGQuery

extension ShellState {
    /// Runs one statement, prints its result in the current mode to the current output and its
    /// notices on standard error, and says how long it took when the timer is on. Returns false
    /// after reporting an error.
    ///
    /// ```swift
    /// state.runStatement("MATCH (a:person) RETURN a.name;", sourceName: "query", firstLine: 1)
    /// ```
    /// `firstColumn` is where the statement starts on `firstLine` when another came before it
    /// on that line, so error carets point at the line as it was typed.
    @discardableResult
    public func runStatement(
        _ text: String, sourceName: String, firstLine: Int,
        firstColumn: Int? = nil
    ) -> Bool {
        if SignalInterrupt.isPending {
            report(QueryError(message: "interrupted", sourceName: sourceName, isInterrupt: true), at: nil)
            return false
        }
        let clock = ContinuousClock()
        let started = clock.now
        if echoEnabled { output.writeLine(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        // Like sqlite3, the time is shown for failed statements too.
        defer {
            if timerEnabled { console.writeLine(Self.runTimeLine(seconds: (clock.now - started).seconds)) }
        }
        do {
            let result = try engine.run(
                text, parameters: parameters, sourceName: sourceName,
                firstLine: firstLine, firstColumn: firstColumn)
            // The engine may finish before it polls the flag; the user still asked to stop.
            if SignalInterrupt.isPending {
                report(QueryError(message: "interrupted", sourceName: sourceName, isInterrupt: true), at: nil)
                return false
            }
            try printResult(result)
            // After the result, so "no rows" is followed by why (a name the graph lacks).
            result.notices.forEach(errors.writeLine)
            return true
        } catch {
            report(error, at: nil)
            return false
        }
    }

    /// Prints `result` in the current mode and keeps it for `.export`. A DOT drawing too large
    /// to lay out is an error rather than a graph whose label says so.
    func printResult(_ result: QueryResult) throws {
        lastResult = result
        do {
            output.write(try mode.renderer.checkedRender(result, options: renderOptions))
        } catch let error as ExportError {
            throw ShellError(error)
        }
        try checkOutput()
    }

    /// Throws when text written to the output since the last check was lost (a full disk), so
    /// the failure counts as an error and a batch run exits non-zero.
    func checkOutput() throws {
        if let failure = output.takeFailure() { throw failure }
    }

    /// `Run Time: 0.012345 s`: microseconds, since a query on the in-memory graph often takes less than a millisecond.
    static func runTimeLine(seconds: Double) -> String {
        "Run Time: " + String(format: "%.6f", seconds) + " s"
    }

    /// Prints `error` on standard error: a query error as the engine wrote it (with its own file,
    /// line and caret), anything else as `FILE:LINE: error: message`.
    func report(_ error: any Error, at location: InputLocation?) {
        if let error = error as? ShellError, error.isAlreadyReported { return }
        errorCount += 1
        switch error {
        case let error as QueryError where error.isInterrupt:
            // The terminal echoed "^C" where the cursor was.
            errors.writeLine(terminal.isTerminal ? "\ninterrupted" : "interrupted")
        case let error as QueryError:
            errors.writeLine(error.description)
        case let error as ShellError:
            errors.writeLine((location?.prefix ?? "") + "error: " + (error.errorDescription ?? "\(error)"))
        default:
            let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            errors.writeLine((location?.prefix ?? "") + "error: " + message)
        }
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
