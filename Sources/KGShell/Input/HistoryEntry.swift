import Foundation

/// One history entry for a statement typed over several lines, so up-arrow recalls it whole.
///
/// ```swift
/// HistoryEntry.joining(["MATCH (a)-[r]->(b)  -- who did what", "RETURN a, b;"])
/// // "MATCH (a)-[r]->(b) RETURN a, b;"
/// ```
/// Lines are trimmed and joined with spaces, and `--` comments dropped (a comment joined into
/// one line would swallow the rest of the statement). A string that runs over a line break
/// keeps its line breaks.
public enum HistoryEntry {
    public static func joining(_ lines: [String]) -> String {
        var pieces: [String] = []
        var quote: Character?
        for line in lines {
            var kept = ""
            var previous: Character?
            for character in line {
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" || character == "`" {
                    quote = character
                } else if character == "-", previous == "-" {
                    kept.removeLast()
                    break
                }
                kept.append(character)
                previous = character
            }
            if quote != nil {
                // The string goes on past this line; joining with a space would change it.
                return lines.joined(separator: "\n")
            }
            let trimmed = kept.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { pieces.append(trimmed) }
        }
        return pieces.joined(separator: " ")
    }
}
