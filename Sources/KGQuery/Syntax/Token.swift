/// A place in one statement's text: a character offset and its 1-based line and column there.
///
/// ```swift
/// Position(offset: 6, line: 1, column: 7)   // the `(` in "MATCH (a)"
/// ```
/// The engine maps it to a `SourceLocation` in the user's file when it reports an error.
struct Position: Hashable, Sendable {
    var offset: Int
    var line: Int
    var column: Int

    static let start = Position(offset: 0, line: 1, column: 1)
}

/// One lexical unit of the query language.
///
/// ```swift
/// Token(kind: .identifier("MATCH"), position: .start, text: "MATCH")
/// ```
struct Token: Sendable {
    enum Kind: Hashable, Sendable {
        /// A name or keyword; keywords are recognized by the parser, case-insensitively.
        case identifier(String)
        /// A back-quoted name: never a keyword.
        case quotedIdentifier(String)
        case string(String)
        case integer(Int)
        case float(Double)
        /// `$name`
        case parameter(String)
        /// Punctuation and operators: `(` `)` `[` `]` `{` `}` `,` `:` `.` `..` `|` `*` `;` `=`
        /// `<>` `<` `>` `<=` `>=` `-` `+` `/` `%`.
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: Position
    /// The characters as written.
    var text: String
    /// Offset just past the token's last character.
    var endOffset: Int

    /// The keyword this token spells, uppercased, if it is an unquoted identifier.
    var keyword: String? {
        if case let .identifier(name) = kind { return name.uppercased() }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
    func isKeyword(_ word: String) -> Bool { keyword == word }

    /// How the token reads in "expected X, found Y" messages.
    var displayName: String {
        switch kind {
        case .end: return "end of statement"
        case .string: return "string \(text)"
        case .integer, .float: return "number \(text)"
        case .parameter: return "parameter \(text)"
        case .identifier, .quotedIdentifier, .symbol: return "'\(text)'"
        }
    }
}
