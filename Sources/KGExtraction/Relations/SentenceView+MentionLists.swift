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

extension SentenceView {
    /// The countries and bodies listed from token `start`, each maybe after "the" and before its
    /// acronym in brackets: "the Myanmar National Democratic Alliance Army (MNDAA), the TNLA and the
    /// Arakan Army", "Russia, China, Uzbekistan and three other states" (the first three).
    ///
    /// ```swift
    /// // "which groups Russia, China and the United States": from "Russia"
    /// view.bodyList(from: 3)  // three mentions
    /// ```
    func bodyList(from start: Int) -> [Int] {
        var members: [Int] = [], j = start
        while true {
            if lower(j) == "the" { j += 1 }
            guard let m = mention(startingAt: j), mentions[m].type == .country || mentions[m].type == .organization, !mentions[m].modifierOnly, !mentions[m].isDemonym
            else { break }
            members.append(m)
            j = mentions[m].range.upperBound
            // "(MNDAA)": the acronym given after the name
            if lower(j) == "(", let acronym = mention(startingAt: j + 1), lower(mentions[acronym].range.upperBound) == ")" {
                j = mentions[acronym].range.upperBound + 1
            }
            guard lower(j) == "," || lower(j) == "and" else { break }
            j = lower(j + 1) == "and" ? j + 2 : j + 1
        }
        return members
    }
}
