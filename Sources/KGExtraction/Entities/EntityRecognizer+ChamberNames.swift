import KGModel

/// A state's chamber named by its people's word or possessive and, set off by commas, by its own
/// name ("Iran's parliament, the Majlis," or "the Majlis, Iran's parliament,") is one body: the
/// chamber takes its own name, so that both mentions resolve to it.
extension EntityRecognizer {
    /// Nouns of a chamber that a state's people's word or possessive names without its own name.
    static let chamberNouns: WordSet = ["parliament", "legislature", "assembly", "chamber"]

    /// Gives each chamber named by its state ("Iran's parliament") the own name written beside it
    /// between commas, adding a body for that name when the sentence has none there yet.
    ///
    /// ```swift
    /// // "Latvia's parliament, the Kordal, voted on Monday." -> "Latvian Parliament" is named "Kordal"
    /// ```
    func nameChambersByTheirOwnNames(_ tokens: [Token], mask: [Bool], sentence: Range<Int>, mentions: inout [RawMention]) {
        var added: [RawMention] = []
        var replaced: [Range<Int>] = []
        for k in mentions.indices where mentions[k].origin == .demonymOrganization && mentions[k].type == .organization {
            let m = mentions[k]
            guard tokens.lower(m.range.upperBound - 1, isIn: Self.chamberNouns) else { continue }
            guard let own = ownNameBeside(tokens, mask: mask, sentence: sentence, chamber: m.range) else { continue }
            // another reading of the own name's words: a body's name is used as it is; a single unknown
            // word that only other mentions could type ("the Kordal") gives way to the body; any other
            // kind (a person, a place) leaves the chamber as it was
            let overlapping = (mentions + added).filter { $0.range.overlaps(own) }
            if let body = overlapping.first, overlapping.count == 1, body.range == own, body.type == .organization {
                mentions[k].name = body.name
            } else if overlapping.allSatisfy({ $0.needsResolution && $0.origin == .name }) {
                let name = tokens[own].map(\.text).joined(separator: " ").joinedWordParts
                replaced.append(own)
                added.append(RawMention(range: own, type: .organization, name: name, origin: .name))
                mentions[k].name = name
            }
        }
        guard !added.isEmpty else { return }
        mentions.removeAll { m in replaced.contains { $0.overlaps(m.range) } }
        mentions = (mentions + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The capitalized words set off by commas right after the chamber's mention ("parliament, the
    /// Majlis,") or right before it ("the Majlis, Iran's parliament"), at most four, or nil.
    ///
    /// ```swift
    /// // "He told the Kordal, Latvia's parliament, that ..." -> the range of "Kordal"
    /// ```
    func ownNameBeside(_ tokens: [Token], mask: [Bool], sentence: Range<Int>, chamber: Range<Int>) -> Range<Int>? {
        func nameWord(_ j: Int) -> Bool { sentence.contains(j) && mask[j] && tokens[j].isWord && tokens[j].isCapitalized }
        // after: ", the Majlis" and then a comma, a stop or the sentence's end
        var start = chamber.upperBound + 1
        if start < sentence.upperBound, tokens[chamber.upperBound].text == "," {
            if tokens.lower(start, isIn: WordSet.articles) { start += 1 }
            var stop = start
            while nameWord(stop), stop - start < 4 { stop += 1 }
            if stop > start, stop == sentence.upperBound || [",", ".", ";"].contains(tokens[stop].text) { return start..<stop }
        }
        // before: "the Majlis, " right after an article or the sentence's start
        let comma = chamber.lowerBound - 1
        guard comma > sentence.lowerBound, tokens[comma].text == "," else { return nil }
        var first = comma
        while nameWord(first - 1), comma - first < 4 { first -= 1 }
        guard first < comma, first == sentence.lowerBound || tokens.lower(first - 1, isIn: WordSet.articles) else { return nil }
        return first..<comma
    }
}
