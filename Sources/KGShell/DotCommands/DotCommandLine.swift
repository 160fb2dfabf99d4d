import Foundation

/// A dot-command line cut into words: blanks separate them, quotes ("a b" or 'a b') group them.
///
/// ```swift
/// let line = DotCommandLine(".export dot out.dot MATCH (a) RETURN a;")
/// line.words[1]              // "dot"
/// line.rest(afterWord: 2)    // "MATCH (a) RETURN a;"
/// ```
struct DotCommandLine {
    /// The words, the command first, quotes removed.
    private(set) var words: [String] = []
    /// Where in `text` each word ends.
    private var ends: [String.Index] = []
    let text: String

    init(_ text: String) {
        self.text = text
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
            guard index < text.endIndex else { break }
            var word = ""
            if text[index] == "\"" || text[index] == "'" {
                let quote = text[index]
                index = text.index(after: index)
                while index < text.endIndex, text[index] != quote {
                    word.append(text[index])
                    index = text.index(after: index)
                }
                if index < text.endIndex { index = text.index(after: index) }
            } else {
                while index < text.endIndex, !text[index].isWhitespace {
                    word.append(text[index])
                    index = text.index(after: index)
                }
            }
            words.append(word)
            ends.append(index)
        }
    }

    /// The command as typed (`.mo`).
    var command: String { words.first ?? "" }
    /// The words after the command.
    var arguments: [String] { Array(words.dropFirst()) }

    /// The raw text after word `index` (0 is the command), trimmed; "" when there is none.
    func rest(afterWord index: Int) -> String {
        guard index < ends.count else { return "" }
        return text[ends[index]...].trimmingCharacters(in: .whitespaces)
    }

    /// The 1-based column in `text` where `rest(afterWord:)` starts, for error positions in a
    /// statement given to a command.
    func restColumn(afterWord index: Int) -> Int {
        guard index < ends.count else { return text.count + 1 }
        let start = text[ends[index]...].firstIndex { !$0.isWhitespace } ?? text.endIndex
        return text.distance(from: text.startIndex, to: start) + 1
    }
}
