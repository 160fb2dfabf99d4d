/// Where a line of input came from, for error messages: `script.kgq:3:` in a script or a pipe,
/// nothing at the terminal (the user just typed it).
///
/// ```swift
/// InputLocation(sourceName: "script.kgq", line: 3, isInteractive: false).prefix  // "script.kgq:3: "
/// ```
public struct InputLocation: Sendable, Equatable {
    public var sourceName: String
    public var line: Int
    public var isInteractive: Bool

    public init(sourceName: String, line: Int, isInteractive: Bool) {
        self.sourceName = sourceName
        self.line = line
        self.isInteractive = isInteractive
    }

    public var prefix: String { isInteractive ? "" : "\(sourceName):\(line): " }
}
