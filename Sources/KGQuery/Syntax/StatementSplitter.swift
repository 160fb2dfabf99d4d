import Foundation

/// One statement cut from a script, with the line it starts on.
public struct ScriptStatement: Hashable, Sendable {
    public var text: String
    /// 1-based line in the script where the statement's first non-blank character is.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Cuts query text into statements at `;`, ignoring semicolons in strings and `--` comments.
///
/// ```swift
/// StatementSplitter.split("MATCH (a) RETURN a;\nMATCH (b)")
/// // ([ScriptStatement("MATCH (a) RETURN a;", line: 1)], remainder: "\nMATCH (b)")
/// ```
/// The shell asks `isComplete` to choose between running the input and a continuation prompt.
public enum StatementSplitter {
    /// The complete statements in `text`, and whatever follows the last `;`.
    public static func split(_ text: String) -> (statements: [ScriptStatement], remainder: String) {
        var statements: [ScriptStatement] = []
        var current = ""
        var startLine: Int?
        var line = 1
        var quote: Character?
        var inComment = false
        var previous: Character?
        for character in text {
            if inComment {
                if character == "\n" { inComment = false }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "-" && previous == "-" {
                inComment = true
                // The first '-' was counted as the start of a statement; it was a comment.
                if current.trimmingCharacters(in: .whitespacesAndNewlines) == "-" { startLine = nil }
            } else if character == ";" {
                if !stripComments(current).isEmpty {
                    statements.append(ScriptStatement(text: current + ";", line: startLine ?? line))
                }
                current = ""
                startLine = nil
                previous = character
                continue
            } else {
                if character == "\"" || character == "'" || character == "`" { quote = character }
                if startLine == nil && !character.isWhitespace { startLine = line }
            }
            current.append(character)
            if character == "\n" { line += 1 }
            previous = character
        }
        return (statements, current)
    }

    /// True when `text` holds at least one `;` outside strings and comments and nothing but
    /// blanks and comments after the last one.
    public static func isComplete(_ text: String) -> Bool {
        let (statements, remainder) = split(text)
        return !statements.isEmpty && stripComments(remainder).isEmpty
    }

    /// The text with `--` comments and surrounding blanks removed.
    static func stripComments(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                if let range = line.range(of: "--") { return line[..<range.lowerBound] }
                return line
            }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
