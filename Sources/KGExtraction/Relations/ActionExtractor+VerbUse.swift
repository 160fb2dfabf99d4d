/// How a word is used where it stands: a verb or a noun, negated or conditional, passive, an
/// infinitive, inside a prepositional phrase.
extension ActionExtractor {
    /// A known verb form used as a verb: not after a determiner, a demonym or a hyphen.
    func isVerbUse(_ s: SentenceView, _ i: Int) -> Bool {
        let w = s.lower(i)
        guard lexicons.verbs[w] != nil, !Self.nonVerbForms.contains(w), s.roleAt[i] == nil, s.mentionAt[i] == nil else { return false }
        if Self.determiners.contains(s.lower(i - 1)) || s.lower(i - 1) == "-" { return false }
        if let m = s.mention(endingBefore: i), s.mentions[m].isDemonym { return false }
        let previous = s.lower(i - 1)
        // "in occupied Donetsk", "in charge of": after a preposition it is not a finite verb
        if Self.prepositions.contains(previous) && previous != "to" { return false }
        let base = lexicons.verbs[w].map { $0.lemma == w } ?? false
        if base, s.range.contains(i - 1), s.tokens[i - 1].isWord, !s.tokens[i - 1].isCapitalized, s.mentionAt[i - 1] == nil,
           !previous.hasSuffix("s"), !previous.hasSuffix("ly"), !Self.baseFormOpeners.contains(previous) {
            return false  // "the military command": a base form needs "to", a modal or a plural subject
        }
        // "of peacekeeping forces": a plural noun inside a prepositional phrase
        if w.hasSuffix("s"), !base, Self.prepositions.contains(s.lower(i - 2)) && s.mentionAt[i - 1] == nil && !s.tokens[i - 1].isCapitalized {
            return false
        }
        // "struck targets": a verb form right after another verb is its object noun
        if !w.hasSuffix("ing"), !w.hasSuffix("ed"), lexicons.verbs[previous] != nil, !Self.transparent.contains(previous),
           s.mentionAt[i - 1] == nil, s.roleAt[i - 1] == nil { return false }
        // "as fighting spreads": a gerund opening a clause is its subject, not a verb
        if w.hasSuffix("ing"), ["as", "while", "when", "since", "until", "because"].contains(previous) { return false }
        // "an emergency meeting", "an emergency public meeting": a gerund inside a noun phrase
        if w.hasSuffix("ing"), Self.determiners.contains(s.lower(i - 3)), s.range.contains(i - 2), s.tokens[i - 1].isWord,
           s.tokens[i - 2].isWord, !s.tokens[i - 1].isCapitalized, !s.tokens[i - 2].isCapitalized,
           lexicons.verbs[s.lower(i - 1)] == nil, lexicons.verbs[s.lower(i - 2)] == nil,
           s.mentionAt[i + 1] == nil, !Self.determiners.contains(s.lower(i + 1)) { return false }
        if w.hasSuffix("ing"), Self.determiners.contains(s.lower(i - 2)), s.range.contains(i - 1), s.tokens[i - 1].isWord,
           !previous.hasSuffix("ly"), !Self.transparent.contains(previous), s.lower(i - 2) != "'s" || s.mentionAt[i - 1] == nil,
           s.mentionAt[i + 1] == nil, !Self.determiners.contains(s.lower(i + 1)) { return false }
        if w.hasSuffix("s"), !base, !w.hasSuffix("ss"), s.lower(i + 1) == "to", s.range.contains(i + 2), s.tokens[i + 2].isWord,
           !s.tokens[i + 2].isCapitalized { return false }  // "forces to maintain"
        return true
    }

    /// The length of an adverbial "in ..." phrase starting at `i`, if it is one.
    static func adverbialIn(_ s: SentenceView, _ i: Int) -> Int? {
        let next = s.lower(i + 1)
        if ["particular", "turn", "addition", "fact", "general", "short", "principle", "part"].contains(next) { return 2 }
        if ["this", "that", "any"].contains(next), ["context", "regard", "respect", "sense", "case", "way"].contains(s.lower(i + 2)) { return 3 }
        return nil
    }

    func isNegatedOrHypothetical(_ s: SentenceView, _ v: Int) -> Bool {
        // inside a clause opened by "if"/"unless": a condition, not a fact
        var c = v - 1
        while s.range.contains(c), ![",", ";", ":"].contains(s.lower(c)) {
            if ["if", "unless", "lest"].contains(s.lower(c)) { return true }
            c -= 1
        }
        var i = v - 1
        var steps = 0
        while s.range.contains(i), steps < 4 {
            let w = s.lower(i)
            // "said X would send": reported intent, not a condition, when no "if" is around
            if w == "would", reportedIntent(s, before: i) { i -= 1; steps += 1; continue }
            if Self.negations.contains(w) || Self.hypotheticals.contains(w) { return true }
            if let m = s.mentionAt[i] {
                // "should Russia invade": a conditional written by inversion
                let before = s.lower(s.mentions[m].range.lowerBound - 1)
                return ["should", "if", "unless", "whether", "were", "lest"].contains(before)
            }
            if [",", ";"].contains(w) { break }
            i -= 1
            steps += 1
        }
        return false
    }

    /// A speech verb earlier in the sentence and no condition: "would" reports a stated intent.
    func reportedIntent(_ s: SentenceView, before i: Int) -> Bool {
        let window = s.range.lowerBound..<i
        guard !s.range.contains(where: { ["if", "unless", "whether"].contains(s.lower($0)) }) else { return false }
        return window.contains { QuoteSpeakerResolver.speechForms.contains(s.lower($0)) || ["announced", "promised", "pledged", "vowed"].contains(s.lower($0)) }
    }

    func isPassive(_ s: SentenceView, _ v: Int) -> Bool {
        let w = s.lower(v)
        guard w.hasSuffix("ed") || w.hasSuffix("en") || (lexicons.verbs[w].map { $0.lemma != w && !w.hasSuffix("s") && !w.hasSuffix("ing") } ?? false) else { return false }
        var i = v - 1
        var steps = 0
        while s.range.contains(i), steps < 3 {
            let x = s.lower(i)
            if Self.beForms.contains(x) && x != "'s" { return true }
            if !(x.hasSuffix("ly") || ["also", "already", "not", "been", "being", "since", "then"].contains(x)) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// "to return", "to think": a lower-case word after "to" that is not a determiner or a place adjective.
    func isInfinitive(_ s: SentenceView, _ i: Int) -> Bool {
        guard s.range.contains(i), s.mentionAt[i] == nil, s.tokens[i].isWord, !s.tokens[i].isCapitalized else { return false }
        let w = s.lower(i)
        if Self.determiners.contains(w) || Self.placeAdjectives.contains(w) || s.tokens[i].kind == .number { return false }
        if lexicons.verbs[w] != nil { return true }
        let plural = w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us")
        return lexicons.commonWords.contains(w) && !plural && !w.hasSuffix("ern") && !w.hasSuffix("ed")
    }

    /// The preposition heading the phrase a mention sits in: `in eastern Ukraine` -> "in".
    func governingPreposition(_ s: SentenceView, _ start: Int) -> String? {
        var i = start - 1
        var steps = 0
        while s.range.contains(i), steps < 4 {
            let w = s.lower(i)
            if w == "to", isInfinitive(s, i + 1) { return nil }  // "to discuss X": a verb's object, not a phrase
            if Self.prepositions.contains(w) { return w }
            guard s.tokens[i].isWord, !s.tokens[i].isCapitalized, s.mentionAt[i] == nil, lexicons.verbs[w] == nil || Self.determiners.contains(w) else { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }
}
