import CEditLine
import Foundation

/// What the shell knows about the terminal it prints to: how wide it is, how many rows a table
/// may show, whether colour is welcome.
///
/// ```swift
/// let terminal = TerminalInfo.detect()        // on a terminal: its width, 40 rows, colour
/// TerminalInfo.unlimited.renderOptions        // for files and pipes: no limits, no colour
/// ```
public struct TerminalInfo: Sendable, Equatable {
    /// True when standard output is a terminal; limits and colour apply only then.
    public var isTerminal: Bool
    /// The width to fit tables to; nil for no limit.
    public var columns: Int?
    /// The most rows a table shows; nil for all.
    public var maxRows: Int?
    public var color: Bool

    public init(isTerminal: Bool, columns: Int?, maxRows: Int?, color: Bool) {
        self.isTerminal = isTerminal
        self.columns = columns
        self.maxRows = maxRows
        self.color = color
    }

    /// Output that is not a terminal: every row, full width, no colour.
    public static let unlimited = TerminalInfo(isTerminal: false, columns: nil, maxRows: nil, color: false)

    /// The rows a table shows on a terminal before it says how many it left out.
    public static let defaultMaxRows = 40

    /// Looks at standard output: its width from TIOCGWINSZ, else `$COLUMNS`, else 80; colour
    /// unless `TERM=dumb` or `NO_COLOR` is set.
    public static func detect(
        environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> TerminalInfo
    {
        guard isatty(STDOUT_FILENO) == 1 else { return .unlimited }
        return TerminalInfo(
            isTerminal: true,
            columns: columns(
                ioctlColumns: Int(kg_terminal_columns(STDOUT_FILENO)),
                environment: environment),
            maxRows: defaultMaxRows,
            color: colorAllowed(environment: environment))
    }

    /// The terminal's width: the kernel's answer when it has one, else `$COLUMNS`, else 80.
    static func columns(ioctlColumns: Int, environment: [String: String]) -> Int {
        if ioctlColumns > 0 { return ioctlColumns }
        if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        return 80
    }

    /// Colour on a terminal unless the user opted out (`NO_COLOR`, any value) or it cannot show it.
    static func colorAllowed(environment: [String: String]) -> Bool {
        if environment["NO_COLOR"] != nil { return false }
        return !isDumb(environment: environment)
    }

    /// `TERM` unset or `dumb`: no line editing, no colour.
    static func isDumb(environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        return term.isEmpty || term == "dumb"
    }

    /// True when standard input is a terminal: the shell is interactive.
    public static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Line editing (libedit) needs an interactive terminal that can move its cursor.
    public static func lineEditingAvailable(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        standardInputIsTerminal && !isDumb(environment: environment)
    }
}
