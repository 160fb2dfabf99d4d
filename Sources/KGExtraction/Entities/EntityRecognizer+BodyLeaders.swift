extension EntityRecognizer {
    /// Lower-case nouns of leading a body (a closed class) that a party's or movement's name is
    /// written before, ahead of its leader's name: "Fianna Fail leader Micheal Martin".
    static let bodyLeaderNouns: WordSet = [
        "leader", "chairman", "chairwoman", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "commander",
    ]

    /// Words of a party's standing (a closed class) that open a sentence capitalized before its name:
    /// "Opposition Labour leader Jeremy Corbyn" names no "Opposition Labour".
    static let partyStandingWords: WordSet = ["opposition", "ruling", "governing", "former", "main"]

    /// Whether a single word before a leader's noun is shaped like a body's name rather than a
    /// people's ("Podemos", "Ciudadanos"; not "Hutu", "Abkhaz", "Tamil", "Kurdish", "Christian"): five
    /// letters or more, ending in no vowel, "z", "l", "-an" or people's adjective ending.
    static func isPartyShapedWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard lower.count >= 5, let last = lower.last, !"aeiouyzl".contains(last) else { return false }
        return !Self.isShapedLikeAPeoplesAdjective(lower) && !lower.hasSuffix("an")
    }

    /// "Fianna Fail leader Micheal Martin", "the opposition New Democracy leader Miltiadis Evert": an unknown capitalized run right before a lower-case noun of
    /// leading a body and a capitalized name is the body's name, everyday words and all (a person's
    /// name is not written before another's title).
    ///
    /// One word is mostly left to the other cues: a single word there is as often a people's ("Hutu
    /// leader Agathon Rwasa", "Abkhaz leader Sergei Bagapsh") as a party's; it names a body of its own
    /// only when shaped like one (`isPartyShapedWord`) and the document names no longer body it opens.
    func bodyBeforeItsLeader(_ tokens: [Token], run: Range<Int>, sentence: Range<Int>) -> RawMention? {
        let nounAt = run.upperBound
        guard nounAt + 1 < sentence.upperBound, tokens[nounAt].isWord, !tokens[nounAt].isCapitalized,
            tokens.lower(nounAt, isIn: Self.bodyLeaderNouns), tokens[nounAt + 1].isWord, tokens[nounAt + 1].isCapitalized
        else { return nil }
        var start = run.lowerBound
        while start < run.upperBound, tokens.lower(start, isIn: NameCues.neverNames) || tokens.lower(start, isIn: Self.partyStandingWords) {
            start += 1
        }
        let words = tokens[start..<run.upperBound]
        // "Polisario leader Brahim Ghali": one word is the body whose name it opens, if the document names one
        if words.count == 1, let word = words.first, word.isWord, !word.isAllCaps, !lexicons.roles.contains(word.lower),
            !NameCues.calendarWords.contains(word.lower)
        {
            var body = RawMention(range: start..<run.upperBound, type: .organization, name: word.text, origin: .name)
            body.needsResolution = true
            body.opensKnownBodyName = true
            body.namesItself =
                Self.isPartyShapedWord(word.text) && !lexicons.commonWords.contains(word.lower)
                && !NameCues.faithWords.contains(word.lower) && !NameCues.regionalWords.contains(word.lower)
            return body
        }
        guard words.count >= 2, words.count <= 4, words.allSatisfy({ $0.isWord || $0.text == "-" }),
            !words.contains(where: {
                lexicons.roles.contains($0.lower) || lexicons.honorifics.contains($0.lower) || NameCues.calendarWords.contains($0.lower)
            })
        else { return nil }
        let name = words.map(\.text).joined(separator: " ").joinedWordParts
        return RawMention(range: start..<run.upperBound, type: .organization, name: name, origin: .name)
    }
}
