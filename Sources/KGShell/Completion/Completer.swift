/// What tab completion offers for the word before the cursor.
///
/// `word` is the completer's idea of the word; each candidate replaces all of it.
public struct Completion: Equatable, Sendable {
    public var word: String
    public var candidates: [String]
    /// A space after a single match (not after a label, where `)` usually follows).
    public var appendsSpace: Bool
    /// Let the line editor complete file names instead (`.read`, `.output`, `.ingest`).
    public var wantsFileNames: Bool

    public init(
        word: String, candidates: [String], appendsSpace: Bool = true,
        wantsFileNames: Bool = false
    ) {
        self.word = word
        self.candidates = candidates
        self.appendsSpace = appendsSpace
        self.wantsFileNames = wantsFileNames
    }

    /// The candidates in the form libedit's readline wants, for an editor whose word is
    /// `editorWord`: the common prefix, then every match (so one match comes twice; libedit
    /// reads a third entry to tell one match from several).
    ///
    /// ```swift
    /// // The editor's word is "a:pers", ours is "pers": keep the "a:".
    /// Completion(word: "pers", candidates: ["person"]).readlineMatches(editorWord: "a:pers")
    /// // ["a:person", "a:person"]
    /// ```
    /// The editor and the completer may cut words differently (inside quotes the completer's
    /// word runs back to the quote), so each candidate is lined up with the editor's word.
    public func readlineMatches(editorWord: String) -> [String] {
        let aligned = candidates.map { candidate -> String in
            if editorWord.count >= word.count {
                return String(editorWord.prefix(editorWord.count - word.count)) + candidate
            }
            return String(candidate.dropFirst(word.count - editorWord.count))
        }
        guard aligned.count > 1 else { return aligned + aligned }
        var prefix = Self.commonPrefixIgnoringCase(aligned)
        // Keep what was typed unless the prefix extends it (names found by an alias, like
        // `Zel` for "Volodymyr Zelenskiy" and "Vladimir Zelensky", share no useful prefix).
        let unquoted = prefix.drop { $0 == "\"" || $0 == "'" }
        if !unquoted.lowercased().hasPrefix(editorWord.lowercased()) { prefix = editorWord }
        return [prefix] + aligned
    }

    static func commonPrefixIgnoringCase(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var length = 0
            while length < prefix.count, length < characters.count,
                prefix[length].lowercased() == characters[length].lowercased()
            {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }
}

/// Decides what tab completion offers from the line before the cursor.
///
/// ```swift
/// let completer = Completer(vocabulary: vocabulary)
/// completer.complete(lineBeforeCursor: "MATCH (a {name: Vlad")?.candidates
/// // ["\"Vladimir Putin\""]
/// ```
/// Prefixes match without regard to case. Dot-commands and their fixed arguments, keywords,
/// labels after `(x:`, actions after `[r:`, properties after `x.`, parameters after `$`, entity
/// names (quoted, canonical; an alias like `Putin` offers `"Vladimir Putin"`).
public struct Completer: Sendable {
    public var vocabulary: CompletionVocabulary
    /// Parameter names set with `.param set`, offered after `$`.
    public var parameterNames: [String]

    public init(vocabulary: CompletionVocabulary, parameterNames: [String] = []) {
        self.vocabulary = vocabulary
        self.parameterNames = parameterNames
    }

    /// The completion for the word that ends at the cursor; nil when nothing applies.
    public func complete(lineBeforeCursor line: String) -> Completion? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.hasPrefix(".") { return completeDotCommand(String(trimmed)) }
        if let quote = Self.openQuote(in: line) {
            // Backticks quote identifiers, not names.
            guard quote.character != "`" else { return nil }
            let word = String(line[line.index(after: quote.index)...])
            return Completion(word: word, candidates: entityNames(matching: word).map { $0 + String(quote.character) })
        }
        let word = String(line.reversed().prefix(while: Self.isWordCharacter).reversed())
        let before = line.dropLast(word.count)
        switch before.last {
        case ":":
            let inEdge = Self.innermostOpenBracket(in: before) == "["
            let names = inEdge ? vocabulary.actions : vocabulary.labels
            return Completion(word: word, candidates: matches(names, prefix: word), appendsSpace: false)
        case ".":
            return Completion(
                word: word, candidates: matches(vocabulary.properties, prefix: word),
                appendsSpace: false)
        case "$":
            return Completion(
                word: word, candidates: matches(parameterNames, prefix: word),
                appendsSpace: false)
        default:
            guard !word.isEmpty else { return nil }
            let keywords = matches(vocabulary.keywords, prefix: word)
            let names = entityNames(matching: word).map { Self.quoted($0) }
            return Completion(word: word, candidates: keywords + names)
        }
    }

    private func completeDotCommand(_ line: String) -> Completion? {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count > 1 else {
            return Completion(word: line, candidates: matches(vocabulary.dotCommands, prefix: line))
        }
        guard let command = try? DotCommand.resolve(String(parts[0])) else { return nil }
        let word = String(parts.last ?? "")
        let argumentIndex = parts.dropFirst().filter { !$0.isEmpty }.count - (word.isEmpty ? 0 : 1)
        switch command.kind {
        case .read, .output, .ingest:
            return Completion(word: word, candidates: [], wantsFileNames: true)
        case .export where argumentIndex >= 1:
            return argumentIndex == 1 ? Completion(word: word, candidates: [], wantsFileNames: true) : nil
        case .help:
            let names = vocabulary.dotCommands.map { String($0.dropFirst()) }
            return Completion(word: word, candidates: matches(names, prefix: word))
        default:
            guard argumentIndex == 0, let values = CompletionVocabulary.dotCommandArguments[command.kind]
            else { return nil }
            return Completion(word: word, candidates: matches(values, prefix: word))
        }
    }

    private func matches(_ words: [String], prefix: String) -> [String] {
        let lowered = prefix.lowercased()
        return words.filter { $0.lowercased().hasPrefix(lowered) }
    }

    /// Canonical names whose name or one of whose aliases starts with `prefix`, sorted, once each.
    func entityNames(matching prefix: String) -> [String] {
        let lowered = prefix.lowercased()
        var seen = Set<String>()
        var names: [String] = []
        let fromNames = vocabulary.entityNames.filter { $0.lowercased().hasPrefix(lowered) }
        let fromAliases = vocabulary.aliases.filter { $0.surface.lowercased().hasPrefix(lowered) }.map(\.name)
        for name in fromNames + fromAliases where seen.insert(name).inserted {
            names.append(name)
        }
        return names.sorted()
    }

    /// The name as a query string: double quotes, or single ones when it holds a double quote.
    static func quoted(_ name: String) -> String {
        name.contains("\"") ? "'\(name)'" : "\"\(name)\""
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The quote left open at the end of `line` (outside `--` comments), with where it is.
    static func openQuote(in line: String) -> (character: Character, index: String.Index)? {
        var open: (character: Character, index: String.Index)?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let current = open {
                if character == current.character { open = nil }
            } else if character == "\"" || character == "'" || character == "`" {
                open = (character, index)
            } else if character == "-" || character == "/",
                line[line.index(after: index)...].hasPrefix(String(character))
            {
                // A comment runs to the end of the line.
                guard let newline = line[index...].firstIndex(of: "\n") else { return nil }
                index = newline
            }
            index = line.index(after: index)
        }
        return open
    }

    /// The last `(` or `[` not yet closed in `text`, if any.
    static func innermostOpenBracket(in text: Substring) -> Character? {
        var stack: [Character] = []
        for character in text {
            switch character {
            case "(", "[": stack.append(character)
            case ")", "]": if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        return stack.last
    }
}
