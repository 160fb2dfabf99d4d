import KGQuery

extension ShellState {
    /// `.param set NAME VALUE`, `.param unset NAME`, `.param list`, `.param clear`.
    func changeParameters(_ line: DotCommandLine, usage: ShellError) throws {
        let arguments = line.arguments
        switch arguments.first?.lowercased() {
        case "set":
            guard arguments.count >= 3 else { throw usage }
            let name = try Self.parameterName(arguments[1])
            parameters[name] = Self.parameterValue(line.rest(afterWord: 2))
        case "unset":
            guard arguments.count == 2 else { throw usage }
            let name = try Self.parameterName(arguments[1])
            guard parameters.removeValue(forKey: name) != nil else {
                throw ShellError.invalidArgument("no parameter named '$\(name)'")
            }
        case "list":
            guard arguments.count == 1 else { throw usage }
            if parameters.isEmpty { output.writeLine("no parameters; set one with .param set NAME VALUE") }
            for name in parameters.keys.sorted() {
                output.writeLine("$\(name) = \(Self.literal(parameters[name] ?? .null))")
            }
        case "clear":
            guard arguments.count == 1 else { throw usage }
            parameters.removeAll()
        default:
            throw usage
        }
    }

    /// The name without its `$`, checked to be one a statement can write after `$`.
    static func parameterName(_ text: String) throws -> String {
        let name = text.hasPrefix("$") ? String(text.dropFirst()) : text
        guard let first = name.first, first.isLetter || first == "_",
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else {
            throw ShellError.invalidArgument(
                "'\(text)' is not a parameter name (letters, digits and _, not starting with a digit)")
        }
        return name
    }

    /// A value as typed: a number, `true`/`false`, `null`, a quoted string, or else the text.
    ///
    /// ```swift
    /// ShellState.parameterValue("42")         // .int(42)
    /// ShellState.parameterValue("'Kyiv'")     // .string("Kyiv")
    /// ShellState.parameterValue("NATO")       // .string("NATO")
    /// ```
    static func parameterValue(_ text: String) -> QueryValue {
        if let int = Int(text) { return .int(int) }
        if let double = Double(text), text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }),
            double.isFinite
        {
            return .double(double)
        }
        switch text.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return .string(String(text.dropFirst().dropLast()))
        }
        return .string(text)
    }

    /// The value as `.param list` shows it, the way it would be typed.
    static func literal(_ value: QueryValue) -> String {
        switch value {
        case .null: return "null"
        case let .string(text): return "'" + text + "'"
        default: return value.text
        }
    }
}
