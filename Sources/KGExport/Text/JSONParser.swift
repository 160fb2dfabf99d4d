/// A JSON value read from a file, with the line and column where it starts.
struct LocatedJSON {
    indirect enum Value {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([LocatedJSON])
        case object([(key: String, value: LocatedJSON)])
    }

    var value: Value
    var line: Int
    var column: Int

    /// The member named `key` of an object.
    subscript(key: String) -> LocatedJSON? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What kind of value this is, for error messages.
    var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Parses JSON text, reporting the line and column of the first problem.
///
/// ```swift
/// let json = try JSONParser.parse(Array("{\"nodes\": []}".utf8), file: "graph.json")
/// ```
/// Its own parser rather than Foundation's so that errors, and the nodes and edges built from the
/// values, can name the exact place in the file.
struct JSONParser {
    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    /// Arrays and objects nested deeper than this are refused: the parser recurses, and a file
    /// of a million `[` must fail with a message, not overflow the stack.
    static let maximumDepth = 512

    static func parse(_ bytes: [UInt8], file: String) throws -> LocatedJSON {
        var parser = JSONParser(bytes: bytes, file: file)
        // A UTF-8 byte-order mark is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        try parser.checkUTF8()
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.failure("unexpected text after the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Refuses bytes that are not UTF-8 at the first bad one, as CSV import does, rather than
    /// storing U+FFFD in their place.
    private mutating func checkUTF8() throws {
        var decoder = Unicode.UTF8.ForwardParser()
        var iterator = bytes[index...].makeIterator()
        var offset = index
        while true {
            switch decoder.parseScalar(from: &iterator) {
            case let .valid(scalar):
                offset += scalar.count
            case .emptyInput:
                return
            case .error:
                while index < offset { advance() }
                throw failure("not UTF-8 text (\(describe(bytes[offset]))); save the file as UTF-8")
            }
        }
    }

    private func failure(_ message: String) -> ExportError {
        .badInput(FileLocation(file: file, line: line, column: column), "invalid JSON: " + message)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            advance()
        }
    }

    private func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "end of file" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16)
    }

    private mutating func parseValue() throws -> LocatedJSON {
        let (startLine, startColumn) = (line, column)
        func located(_ value: LocatedJSON.Value) -> LocatedJSON {
            LocatedJSON(value: value, line: startLine, column: startColumn)
        }
        switch current {
        case UInt8(ascii: "{"):
            return located(try parseObject())
        case UInt8(ascii: "["):
            return located(try parseArray())
        case UInt8(ascii: "\""):
            return located(.string(try parseString()))
        case UInt8(ascii: "t"):
            try expectWord("true")
            return located(.bool(true))
        case UInt8(ascii: "f"):
            try expectWord("false")
            return located(.bool(false))
        case UInt8(ascii: "n"):
            try expectWord("null")
            return located(.null)
        case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
            return located(try parseNumber())
        default:
            throw failure("expected a value, found \(describe(current))")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        for expected in word.utf8 {
            guard current == expected else {
                throw failure("expected '\(word)', found \(describe(current))")
            }
            advance()
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth { throw failure("nested too deeply (more than \(Self.maximumDepth) levels)") }
    }

    private mutating func parseObject() throws -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        advance()
        var members: [(key: String, value: LocatedJSON)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw failure("expected a member name in quotes, found \(describe(current))")
            }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw failure("expected ':' after member name, found \(describe(current))")
            }
            advance()
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                advance()
                return .object(members)
            default:
                throw failure("expected ',' or '}' in object, found \(describe(current))")
            }
        }
    }

    private mutating func parseArray() throws -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        advance()
        var items: [LocatedJSON] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                return .array(items)
            default:
                throw failure("expected ',' or ']' in array, found \(describe(current))")
            }
        }
    }

    private mutating func parseString() throws -> String {
        advance()  // the opening quote
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else { throw failure("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                // checkUTF8 vetted every byte, and escapes add only valid UTF-8.
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                try parseEscape(into: &utf8)
            case 0..<0x20:
                throw failure("control character in string (escape it, e.g. \\n)")
            default:
                utf8.append(byte)
                advance()
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws {
        guard let byte = current else { throw failure("unterminated string") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] {
            utf8.append(replacement)
            advance()
            return
        }
        guard byte == UInt8(ascii: "u") else { throw failure("invalid escape \\\(describe(byte))") }
        advance()
        var value = try parseHex4()
        if (0xD800...0xDBFF).contains(value) {
            // A high surrogate must be followed by `\u` and a low one.
            guard current == UInt8(ascii: "\\") else { throw failure("unpaired surrogate in \\u escape") }
            advance()
            guard current == UInt8(ascii: "u") else { throw failure("unpaired surrogate in \\u escape") }
            advance()
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw failure("invalid \\u escape") }
        // SQLite and C strings end at NUL: a name holding one would be stored cut short.
        if value == 0 { throw failure("\\u0000 (NUL) is not allowed in text") }
        utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw failure("expected four hex digits in \\u escape")
            }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws -> LocatedJSON.Value {
        var text = ""
        var isInteger = true
        func take() {
            if let byte = current { text.append(Character(Unicode.Scalar(byte))) }
            advance()
        }
        func digits() throws {
            guard let byte = current, (0x30...0x39).contains(byte) else {
                throw failure("expected a digit, found \(describe(current))")
            }
            while let byte = current, (0x30...0x39).contains(byte) { take() }
        }
        if current == UInt8(ascii: "-") { take() }
        if current == UInt8(ascii: "0"), index + 1 < bytes.count, (0x30...0x39).contains(bytes[index + 1]) {
            throw failure("leading zeros are not allowed in numbers")
        }
        try digits()
        if current == UInt8(ascii: ".") {
            isInteger = false
            take()
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            take()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { take() }
            try digits()
        }
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw failure("invalid number \(text)") }
        return .double(value)
    }
}
