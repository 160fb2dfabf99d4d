/// Where a stretch of a sentence holds two finite clauses joined by ", and" or ", but", so that each
/// is parsed on its own: "Zambian prosecutors dropped charges against Hichilema, and he walked out
/// of prison" (the parser, reading both at once, often hangs the second clause's words on the first).
///
/// ```swift
/// // "Chile recalled its envoy , and Peru closed its border ." -> the two clauses' token ranges
/// let parts = CoordinatedClauses.split(stretch, folded: folded, tags: tags)
/// ```
enum CoordinatedClauses {
    /// Conjunctions that can join two main clauses after a comma.
    static let conjunctions: Set<String> = ["and", "but"]

    /// Finite verbs and modals: a clause's own verb.
    static let finiteVerbTags: Set<PennTag> = [.VBD, .VBZ, .VBP, .MD]

    /// Words a new clause's subject can start with ("he", "the", "its", "Peru", "Turkish").
    static let subjectStarts: Set<UPOS> = [.DET, .PRON, .NOUN, .PROPN, .ADJ, .NUM]

    /// Words that open a relative clause: a verb after them is not the second clause's own.
    static let relativeWords: Set<String> = ["which", "who", "whom", "whose"]

    /// How far after the conjunction the second clause's verb may lie, in folded words.
    static let verbReach = 10

    /// The most folded words after "but" (its final stop included) of a clause read with the one
    /// before it: "but Tonga declined .", "but the US objected .".
    static let answerLength = 5

    /// The parts of `stretch` (token ranges, in order): the whole stretch unless a comma and a
    /// conjunction there join two clauses each with a finite verb, the second with a subject of its
    /// own ("..., and this month removed Korea" is one subject's two acts and stays whole only when
    /// its first word is a verb). `folded` and `tags` are the folded words around the stretch.
    static func split(_ stretch: Range<Int>, folded: MentionFolding.Folded, tags: [PartOfSpeech]) -> [Range<Int>] {
        let words = folded.words.indices.filter { stretch.contains(folded.tokensOf[$0].lowerBound) && $0 < tags.count }
        guard let firstWord = words.first, let lastWord = words.last else { return [stretch] }
        var parts: [Range<Int>] = []
        var partStart = stretch.lowerBound, partFirstWord = firstWord
        var k = firstWord
        while k + 2 <= lastWord {
            defer { k += 1 }
            guard folded.words[k] == ",", conjunctions.contains(folded.words[k + 1].lowercased()), subjectStarts.contains(tags[k + 2].upos) else { continue }
            // ", but the US objected .": a short clause that ends the stretch answers the one before it,
            // and is read with it (the parser hangs so few words right)
            if folded.words[k + 1].lowercased() == "but", lastWord - (k + 1) <= answerLength { continue }
            let before = partFirstWord..<k, after = (k + 2)...min(lastWord, k + 1 + verbReach)
            guard before.contains(where: { finiteVerbTags.contains(tags[$0].xpos) }), hasOwnVerb(after, folded: folded, tags: tags) else { continue }
            parts.append(partStart..<folded.tokensOf[k].lowerBound)
            partStart = folded.tokensOf[k + 2].lowerBound
            partFirstWord = k + 2
        }
        parts.append(partStart..<stretch.upperBound)
        return parts
    }

    /// Whether `words` hold a finite verb outside a relative clause set off by commas, before any
    /// other comma and conjunction: in ", and Saudi adviser X, which were hosted by Y" the verb is
    /// the relative clause's and the name one more conjunct; in ", but Zambian President X, who
    /// chairs the SADC, called ..." "called" is the second clause's own.
    static func hasOwnVerb(_ words: ClosedRange<Int>, folded: MentionFolding.Folded, tags: [PartOfSpeech]) -> Bool {
        var inRelativeClause = false
        for k in words {
            let word = folded.words[k].lowercased()
            if inRelativeClause {
                if word == "," { inRelativeClause = false }
            } else if relativeWords.contains(word) {
                inRelativeClause = true
            } else if word == ",", k + 1 < folded.words.count, conjunctions.contains(folded.words[k + 1].lowercased()) {
                // a later ", and" before any verb: that one joins the clauses ("summoned X, and Y, and
                // Z accused ..." lists X and Y)
                return false
            } else if finiteVerbTags.contains(tags[k].xpos) {
                return true
            }
        }
        return false
    }
}
