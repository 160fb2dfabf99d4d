import Foundation

/// One statement cut from a script, with the line it starts on.
public struct ScriptStatement: Hashable, Sendable {
    public var text: String
    /// 1-based line in the script where the statement's first non-blank character is.
    public var line: Int
    /// 1-based column of that character; pass it to `QueryEngine.run(firstColumn:)`.
    public var column: Int

    public init(text: String, line: Int, column: Int = 1) {
        self.text = text
        self.line = line
        self.column = column
    }
}

/// Cuts query text into statements at `;`, ignoring semicolons in strings and in `--` or `//`
/// comments (the lexer's two comment forms).
///
/// ```swift
/// StatementSplitter.split("MATCH (a) RETURN a;\nMATCH (b)")
/// // ([ScriptStatement("MATCH (a) RETURN a;", line: 1)], remainder: "\nMATCH (b)")
/// ```
/// The shell asks `isComplete` to choose between running the input and a continuation prompt.
public enum StatementSplitter {
    /// The complete statements in `text`, and whatever follows the last `;`.
    public static func split(_ text: String) -> (statements: [ScriptStatement], remainder: String) {
        let scan = scan(text)
        return (scan.statements, scan.remainder)
    }

    /// Every statement in a script: the complete ones and, when anything but blanks and comments
    /// follows the last `;`, that text too (a last statement may lack its `;`; one with an
    /// unterminated string is handed on so that running it reports the string).
    ///
    /// ```swift
    /// StatementSplitter.statements(in: "MATCH (a) RETURN a;\nMATCH (b) RETURN 'b")
    /// // [ScriptStatement("MATCH (a) RETURN a;", line: 1), ScriptStatement("MATCH (b) RETURN 'b", line: 2)]
    /// ```
    public static func statements(in text: String) -> [ScriptStatement] {
        let scan = scan(text)
        var statements = scan.statements
        if let start = scan.remainderStart, !stripComments(scan.remainder).isEmpty {
            statements.append(ScriptStatement(text: scan.remainder, line: start.line, column: start.column))
        }
        return statements
    }

    private static func scan(
        _ text: String
    )
        -> (statements: [ScriptStatement], remainder: String, remainderStart: (line: Int, column: Int)?)
    {
        var statements: [ScriptStatement] = []
        var current = ""
        var startLine: Int?
        var startColumn = 1
        var line = 1
        var column = 0
        var quote: Character?
        var inComment = false
        var escaped = false
        var previous: Character?
        for character in text {
            column += 1
            if inComment {
                if character.isNewline { inComment = false }
            } else if let open = quote {
                // A backslash escapes the next character, as the lexer reads strings.
                if escaped {
                    escaped = false
                } else if character == "\\" && open != "`" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if (character == "-" || character == "/") && previous == character {
                inComment = true
                // The first '-' or '/' was counted as the start of a statement; it was a comment.
                if stripComments(current) == String(character) { startLine = nil }
            } else if character == ";" {
                if !stripComments(current).isEmpty {
                    statements.append(
                        ScriptStatement(
                            text: current + ";", line: startLine ?? line,
                            column: startLine == nil ? column : startColumn))
                }
                current = ""
                startLine = nil
                previous = character
                continue
            } else {
                if character == "\"" || character == "'" || character == "`" { quote = character }
                if startLine == nil && !character.isWhitespace {
                    startLine = line
                    startColumn = column
                }
            }
            current.append(character)
            if character.isNewline {
                line += 1
                column = 0
            }
            // A third '-' or '/' must not start a comment again inside one.
            previous = inComment ? nil : character
        }
        return (statements, current, startLine.map { ($0, startColumn) })
    }

    /// True when `text` holds at least one `;` outside strings and comments and nothing but
    /// blanks and comments after the last one.
    public static func isComplete(_ text: String) -> Bool {
        let (statements, remainder) = split(text)
        return !statements.isEmpty && stripComments(remainder).isEmpty
    }

    /// True when `line` holds nothing but blanks and a `--` or `//` comment.
    public static func isBlankOrComment(_ line: String) -> Bool {
        stripComments(line).isEmpty
    }

    /// The text with `--` and `//` comments and surrounding blanks removed.
    static func stripComments(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { line -> Substring in
                let cuts = [line.range(of: "--"), line.range(of: "//")].compactMap { $0?.lowerBound }
                if let cut = cuts.min() { return line[..<cut] }
                return line
            }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
