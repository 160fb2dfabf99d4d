/// A problem found while reading, checking or running a statement, located in that statement.
///
/// ```swift
/// throw Diagnostic("unknown label 'persn'; did you mean 'person'?", at: token.position)
/// ```
/// `QueryEngine.run` turns it into a `QueryError` that names the file, line and column.
struct Diagnostic: Error, Sendable {
    var message: String
    var position: Position?
    var isInterrupt = false

    init(_ message: String, at position: Position? = nil) {
        self.message = message
        self.position = position
    }

    static let interrupted: Diagnostic = {
        var diagnostic = Diagnostic("interrupted")
        diagnostic.isInterrupt = true
        return diagnostic
    }()
}
