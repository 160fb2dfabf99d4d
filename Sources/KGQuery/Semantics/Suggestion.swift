/// "Did you mean" candidates by edit distance, for names in queries and the shell's commands.
///
/// ```swift
/// Suggestion.closest(to: "persn", among: ["person", "country"])  // "person"
/// ```
public enum Suggestion {
    /// The candidate nearest to `word` (case-insensitively), if it is close enough to be a typo:
    /// at most 2 edits, and at most a third of the word's length for short words.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        let limit = max(1, min(2, target.count / 3 + 1))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let folded = Array(candidate.lowercased())
            if abs(folded.count - target.count) > limit { continue }
            let distance = editDistance(target, folded, limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` or nothing.
    public static func clause(for word: String, among candidates: some Sequence<String>) -> String {
        guard let found = closest(to: word, among: candidates) else { return "" }
        return "; did you mean '\(found)'?"
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
