/// Cuts a statement's text into tokens, skipping blanks and `--` or `//` comments.
///
/// ```swift
/// let tokens = try Lexer.tokenize("MATCH (a)-[:condemn]->(b) RETURN b.name")
/// tokens.first?.keyword  // "MATCH"
/// ```
/// The last token is always `.end`.
struct Lexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) {
        characters = Array(text)
    }

    static func tokenize(_ text: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(text)
        return try lexer.tokens()
    }

    private var position: Position { Position(offset: index, line: line, column: column) }

    private func peek(_ ahead: Int = 0) -> Character? {
        let at = index + ahead
        return at < characters.count ? characters[at] : nil
    }

    private mutating func advance() {
        guard index < characters.count else { return }
        if characters[index].isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func tokens() throws(Diagnostic) -> [Token] {
        var out: [Token] = []
        while true {
            try skipBlanksAndComments()
            let start = position
            guard let character = peek() else {
                out.append(Token(kind: .end, position: start, text: "", endOffset: index))
                return out
            }
            let kind: Token.Kind
            if character.isLetter || character == "_" {
                kind = .identifier(readWord())
            } else if character.isNumber && character.isASCII {
                kind = try readNumber(start: start)
            } else if character == "\"" || character == "'" {
                kind = .string(try readString(quote: character, start: start))
            } else if character == "`" {
                kind = .quotedIdentifier(try readQuotedName(start: start))
            } else if character == "$" {
                advance()
                guard let next = peek(), next.isLetter || next == "_" || next.isNumber else {
                    throw Diagnostic("expected a parameter name after '$'", at: start)
                }
                kind = .parameter(readWord())
            } else {
                kind = .symbol(try readSymbol(start: start))
            }
            let text = String(characters[start.offset..<index])
            out.append(Token(kind: kind, position: start, text: text, endOffset: index))
        }
    }

    private mutating func skipBlanksAndComments() throws(Diagnostic) {
        while let character = peek() {
            // A byte-order mark from a Windows editor counts as a blank.
            if character.isWhitespace || character == "\u{FEFF}" {
                advance()
            } else if (character == "-" && peek(1) == "-") || (character == "/" && peek(1) == "/") {
                // `(a)--(b)`, `(a)-->(b)` and `(a)<--(b)` are Cypher, but here `--` starts a comment.
                if character == "-", index > 0, characters[index - 1] == ")" || characters[index - 1] == "<" {
                    throw Diagnostic("'--' starts a comment; write relationships with brackets: -[]->, <-[]- or -[]-", at: position)
                }
                while let next = peek(), !next.isNewline { advance() }
            } else {
                return
            }
        }
    }

    private mutating func readWord() -> String {
        var word = ""
        while let character = peek(), character.isLetter || character.isNumber || character == "_" {
            word.append(character)
            advance()
        }
        return word
    }

    private mutating func readNumber(start: Position) throws(Diagnostic) -> Token.Kind {
        var digits = ""
        while let character = peek(), character.isASCII, character.isNumber {
            digits.append(character)
            advance()
        }
        // `1..3` is a range, so a '.' makes a fraction only when a digit follows it.
        var isFloat = false
        if peek() == ".", let next = peek(1), next.isASCII, next.isNumber {
            isFloat = true
            digits.append(".")
            advance()
            while let character = peek(), character.isASCII, character.isNumber {
                digits.append(character)
                advance()
            }
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1)
            let hasSign = sign == "+" || sign == "-"
            if let digit = peek(hasSign ? 2 : 1), digit.isASCII, digit.isNumber {
                isFloat = true
                digits.append("e")
                advance()
                if hasSign, let sign {
                    digits.append(sign)
                    advance()
                }
                while let character = peek(), character.isASCII, character.isNumber {
                    digits.append(character)
                    advance()
                }
            }
        }
        if let character = peek(), character.isLetter || character == "_" {
            throw Diagnostic("unexpected '\(character)' in a number", at: position)
        }
        if isFloat {
            guard let value = Double(digits) else {
                throw Diagnostic("invalid number '\(digits)'", at: start)
            }
            return .float(value)
        }
        guard let value = Int(digits) else {
            throw Diagnostic("number '\(digits)' is too large", at: start)
        }
        return .integer(value)
    }

    private mutating func readString(quote: Character, start: Position) throws(Diagnostic) -> String {
        advance()
        var value = ""
        while true {
            guard let character = peek() else {
                throw Diagnostic("unterminated string; expected a closing \(quote)", at: start)
            }
            advance()
            if character == quote { return value }
            if character == "\\" {
                let escapeStart = position
                guard let escaped = peek() else {
                    throw Diagnostic("unterminated string; expected a closing \(quote)", at: start)
                }
                advance()
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "\\", "\"", "'", "`": value.append(escaped)
                default:
                    throw Diagnostic("unknown escape '\\\(escaped)' in a string", at: escapeStart)
                }
            } else {
                value.append(character)
            }
        }
    }

    private mutating func readQuotedName(start: Position) throws(Diagnostic) -> String {
        advance()
        var name = ""
        while true {
            guard let character = peek() else {
                throw Diagnostic("unterminated name; expected a closing `", at: start)
            }
            advance()
            if character == "`" {
                // A doubled back-quote stands for one inside the name.
                if peek() == "`" {
                    advance()
                    name.append("`")
                    continue
                }
                return name
            }
            name.append(character)
        }
    }

    private static let twoCharacterSymbols: Set<String> = ["<>", "<=", ">=", "!=", ".."]
    private static let oneCharacterSymbols: Set<Character> = [
        "(", ")", "[", "]", "{", "}", ",", ":", ".", "|", "*", ";", "=", "<", ">", "-", "+", "/", "%",
    ]

    private mutating func readSymbol(start: Position) throws(Diagnostic) -> String {
        guard let first = peek() else { throw Diagnostic("unexpected end of statement", at: start) }
        if let second = peek(1), Self.twoCharacterSymbols.contains(String([first, second])) {
            advance()
            advance()
            let symbol = String([first, second])
            return symbol == "!=" ? "<>" : symbol
        }
        if Self.oneCharacterSymbols.contains(first) {
            advance()
            return String(first)
        }
        throw Diagnostic("unexpected character '\(first)'", at: start)
    }
}
