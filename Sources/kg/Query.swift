import ArgumentParser
import Foundation
import KGExport
import KGQuery
import KGStore

extension OutputMode: ExpressibleByArgument {}

/// `kg query`: runs one statement or a script of them and prints each result.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run path queries (a Cypher subset) against the graph.",
        discussion: """
            Statements in a script end with ';'; '--' starts a comment. With neither a
            statement nor -f, the script is read from standard input when it is not a
            terminal (like sqlite3). The first error stops the run:
            FILE:LINE:COLUMN: error: MESSAGE, exit status 1.
            The language is described in docs/query-language.md.

            Examples:
              kg query 'MATCH (a)-[r:condemn]->(b) RETURN a.name, b.name;'
              kg query --param who=Zelensky \\
                'MATCH (a {name: $who})-[r]-(b) RETURN b.name, r.action;'
              kg query -f queries/who-condemned-whom.kgq --format csv
              kg query --format json < queries/who-condemned-whom.kgq
            """)

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "format"))
    var format: OutputMode = .table

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp(
            "A value for $name in the query (numbers are numbers, true/false booleans, quoted \"11\" or '11' text); repeatable.",
            valueName: "name=value"))
    var parameters: [String] = []

    @Option(
        name: .customLong("param-string"),
        help: ArgumentHelp(
            "A text value for $name, taken as it is (a CAMEO code such as 11 stays text); repeatable.",
            valueName: "name=value"))
    var stringParameters: [String] = []

    @Option(
        name: [.customShort("f"), .customLong("file")],
        help: ArgumentHelp(
            "Run the statements in this script ('-': standard input).", valueName: "file"))
    var file: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Stop a statement that runs longer than this many seconds.", valueName: "seconds"))
    var timeout: Double?

    @Flag(name: .long, help: "After each statement, print its run time on standard error (to the microsecond).")
    var timer = false

    @Argument(help: "A statement to run, when no -f is given.")
    var statement: String?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout <= 86_400) {
            throw ValidationError("--timeout wants a number of seconds above 0 (at most 86400)")
        }
        if file == nil && statement == nil && isatty(STDIN_FILENO) == 1 {
            throw ValidationError("give a statement or a script with -f FILE")
        }
        if file != nil && statement != nil {
            throw ValidationError("give either a statement or -f FILE, not both")
        }
        _ = try Self.parse(parameters: parameters, strings: stringParameters)
    }

    /// `name=value` pairs as query values: integers, decimals, booleans, a value in matching
    /// quotes as the text inside them, else text; `strings` are text whatever they look like.
    static func parse(parameters: [String], strings: [String] = []) throws -> [String: QueryValue] {
        var values: [String: QueryValue] = [:]
        for pair in strings {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ValidationError("--param-string wants name=value, not '\(pair)'")
            }
            var name = String(pair[..<equals])
            if name.hasPrefix("$") { name.removeFirst() }
            values[name] = .string(String(pair[pair.index(after: equals)...]))
        }
        for pair in parameters {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw ValidationError("--param wants name=value, not '\(pair)'")
            }
            var name = String(pair[..<equals])
            if name.hasPrefix("$") { name.removeFirst() }
            let text = String(pair[pair.index(after: equals)...])
            if text.count >= 2, let quote = text.first, quote == "\"" || quote == "'", text.last == quote {
                values[name] = .string(String(text.dropFirst().dropLast()))
            } else if let integer = Int(text) {
                values[name] = .int(integer)
            } else if let number = Double(text), number.isFinite, text.contains(where: \.isNumber) {
                values[name] = .double(number)
            } else if text == "true" || text == "false" {
                values[name] = .bool(text == "true")
            } else {
                values[name] = .string(text)
            }
        }
        return values
    }

    func run() throws {
        let mode = format
        let values = try Self.parse(parameters: parameters, strings: stringParameters)
        let store = try GraphStore(path: database.path, access: .reading)
        let engine = QueryEngine(store: store)
        if let timeout { engine.timeout = .milliseconds(Int(timeout * 1000)) }

        var statements: [ScriptStatement]
        let sourceName: String
        // no statement and no -f: a script piped in, as `validate` allowed only off a terminal
        if let file = file ?? (statement == nil ? "-" : nil) {
            let contents =
                file == "-"
                ? FileHandle.standardInput.readDataToEndOfFile()
                : FileManager.default.contents(atPath: file)
            guard let data = contents else {
                throw CommandError.unreadable(path: file, reason: "no such file, or no permission")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CommandError.unreadable(path: file, reason: "not UTF-8 text")
            }
            sourceName = file == "-" ? "stdin" : file
            // A last statement without ';' still runs; one with an unterminated string fails.
            statements = StatementSplitter.statements(in: text)
        } else {
            sourceName = "query"
            statements = [ScriptStatement(text: statement ?? "", line: 1)]
        }

        let renderer = mode.renderer
        for (index, script) in statements.enumerated() {
            // A monotonic clock, to the microsecond: the shell's `.timer` line, sqlite3's Run Time.
            let clock = ContinuousClock()
            let started = clock.now
            defer {
                if timer {
                    let elapsed = (clock.now - started).components
                    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
                    FileHandle.standardError.write(Data("Run Time: \(String(format: "%.6f", seconds)) s\n".utf8))
                }
            }
            let result = try engine.run(
                script.text, parameters: values, sourceName: sourceName,
                firstLine: script.line, firstColumn: script.column)
            for notice in result.notices { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
            let separator = index > 0 && (mode == .table || mode == .markdown) ? "\n" : ""
            try StandardOutput.write(separator + renderer.render(result, options: RenderOptions()))
        }
    }
}
