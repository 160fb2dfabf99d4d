extension AnaphoraResolver {
    /// Forms of the verbs of appealing to someone (a closed class) whose object "them" or "both" may
    /// stand for a list just named: "urged them to", "urging both to", "asked them to".
    static let appealForms: WordSet = [
        "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "press", "pressed", "presses", "pressing", "tell", "told",
        "tells", "telling",
    ]

    /// Forms of "call", whose "on" or "upon" makes an appeal: "called on both to show restraint".
    static let callForms: WordSet = ["call", "called", "calls", "calling"]

    /// Particles (a closed class) that make "call" an appeal to someone: "called on", "called upon".
    static let callParticles: WordSet = ["on", "upon"]

    /// Where the verb of appealing before word `i` starts, if one stands right before it: "urged" in
    /// "urged both", "called" in "called on both".
    static func appealStart(_ tokens: [Token], before i: Int, range: Range<Int>) -> Int? {
        if i - 1 >= range.lowerBound, tokens.lower(i - 1, isIn: appealForms) { return i - 1 }
        if i - 2 >= range.lowerBound, tokens.lower(i - 1, isIn: callParticles), tokens.lower(i - 2, isIn: callForms) { return i - 2 }
        return nil
    }

    /// "them" or "both" right after a verb of appealing ("urged", "called on"), before "to" ("telephoned
    /// Putin and Yushchenko and urged both to accept monitors", "Kiir and Machar met ... at talks hosted by X, who has urged
    /// them to end the conflict"): the last list of two names or more before it in the sentence that
    /// is not its opening subject's (the one who appeals), else nothing.
    ///
    /// ```swift
    /// // "Merkel telephoned Putin and Yushchenko and urged both to accept monitors." -> "both": Putin, Yushchenko
    /// ```
    static func appealedList(_ tokens: [Token], _ i: Int, range: Range<Int>, spans: [SentenceView.Span]) -> SentenceView.Span? {
        let lower = tokens[i].lower
        // (not after an infinitive's "to": "telephoned X and Y to urge them", whose subject the word
        // rules would look for among the names of the list)
        guard lower == "them" || lower == "both", i + 1 < range.upperBound, let verb = appealStart(tokens, before: i, range: range), verb - 1 >= range.lowerBound,
            tokens[i + 1].lower == "to", !tokens[i].isCapitalized, tokens[verb - 1].lower != "to"
        else { return nil }
        var named = spans.filter {
            $0.range.upperBound < verb && range.contains($0.range.lowerBound) && !$0.modifierOnly && !$0.isDemonym && !$0.isPronoun && $0.type != .location
        }
        guard let first = named.first else { return nil }
        // ("at talks hosted by Z, who has urged them": the name a relative clause opens on appeals)
        var relativeAppealer = false
        if let appealer = named.last, appealer.range.upperBound < i,
            tokens[appealer.range.upperBound].lower == "who" || tokens[appealer.range.upperBound].text == "," && appealer.range.upperBound + 1 < i && tokens[appealer.range.upperBound + 1].lower == "who"
        {
            named.removeLast()
            relativeAppealer = true
        }
        // the list ending last before the verb, its members joined by commas and "and" (a list further
        // back names others than those appealed to)
        if let last = named.last, last.range.lowerBound > first.range.lowerBound {
            let members = coordinatedList(endingWith: last, among: named, tokens, joiners: [",", "and"], after: Int.min)
            // (a list opening the sentence is the appealing subject itself, unless another name, the one
            // who appeals, stands between it and the verb: "X and Y met at talks hosted by Z, who urged them")
            if members.count >= 2, members[0].range.lowerBound > first.range.lowerBound || relativeAppealer {
                return SentenceView.Span(
                    range: i..<(i + 1), entity: members[0].entity, type: last.type, modifierOnly: false, isDemonym: false,
                    group: members.map(\.entity), isPronoun: true)
            }
        }
        return nil
    }

    /// The names of `named` (in text order) joined to `last` by `joiners` alone, `last` included,
    /// in text order; none starting at or before `after`.
    ///
    /// ```swift
    /// // "... Oxfam, MSF and CARE" -> [Oxfam, MSF, CARE] from CARE
    /// ```
    static func coordinatedList(
        endingWith last: SentenceView.Span, among named: [SentenceView.Span], _ tokens: [Token], joiners: WordSet, after: Int
    ) -> [SentenceView.Span] {
        var members = [last]
        var start = last.range.lowerBound
        while let previous = named.last(where: { $0.range.upperBound < start }), previous.range.lowerBound > after,
            (previous.range.upperBound..<start).allSatisfy({ tokens.lower($0, isIn: joiners) })
        {
            members.insert(previous, at: 0)
            start = previous.range.lowerBound
        }
        return members
    }
}
