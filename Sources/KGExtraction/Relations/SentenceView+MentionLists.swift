/// Lists of names joined by commas and "and": "Chad, Niger and Mali".
extension SentenceView {
    /// The mentions of the list that opens at token `start`, each one `fits` accepts, in order, and
    /// where the list ends: right after its last name (a comma or "and" after it that no fitting name
    /// follows is not the list's).
    ///
    /// ```swift
    /// // "The presidents of Chad, Niger and Mali, X, Y and Z": from "Chad", countries only
    /// let bodies = view.mentionList(from: 3) { $0.type == .country }  // three mentions, ending at the comma before X
    /// ```
    func mentionList(from start: Int, where fits: (Span) -> Bool) -> (members: [Int], end: Int) {
        var members: [Int] = [], j = start
        while let m = mention(startingAt: j), fits(mentions[m]) {
            members.append(m)
            j = mentions[m].range.upperBound
            guard lower(j) == "," || lower(j) == "and" else { break }
            let next = lower(j + 1) == "and" ? j + 2 : j + 1
            guard let following = mention(startingAt: next), fits(mentions[following]) else { break }
            j = next
        }
        return (members, j)
    }
}
