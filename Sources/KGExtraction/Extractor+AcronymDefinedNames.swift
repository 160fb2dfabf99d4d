/// Institutions' names that their acronym in parentheses shows to run on past a connector.
extension Extractor {
    /// Lower-case words that may join the parts of an institution's long name.
    static let longNameConnectors: Set<String> = ["and", "of", "for", "on", "in", "the", "&", "against"]

    /// The longest stretch of words a long name may run on for before its acronym.
    static let longNameTailLimit = 8

    /// The longest such stretch before an acronym that holds every initial of the name but one
    /// ("for the Recovery of Democracy and the Restoration of the State (CNRDR)").
    static let initialsTailLimit = 12

    /// "the Front for Change and Concord in Chad (FACT)", "the Organisation for Security and
    /// Co-operation in Europe (OSCE)": an institution's name cut at a connector ("Front for Change")
    /// runs on to the acronym in parentheses that closes it, when the acronym starts with the name's
    /// first letter and only capitalized words and connectors stand between.
    ///
    /// A place named inside the longer name after "in" or "of" stays an entity of its own, nested
    /// (no relation's argument); any other mention inside ("Concord") is part of the name. "the European Union and the
    /// United States (US)" stays two names: "US" does not start with the name's letter.
    static func extendNamesToTheirAcronyms(_ tokens: [Token], raw: inout [RawMention], rawSentence: inout [Int]) {
        var swallowed = Set<Int>()
        var longNames: [[String]] = []
        func extend(_ k: Int, to close: Int) {
            let extended = raw[k].range.lowerBound..<close
            raw[k].range = extended
            raw[k].name = tokens[extended].map(\.text).joined(separator: " ").joinedWordParts
            raw[k].origin = .name
            for j in raw.indices where j != k && extended.contains(raw[j].range.lowerBound) {
                takeIntoLongerName(j, tokens, raw: &raw, swallowed: &swallowed)
            }
        }
        for k in raw.indices where raw[k].type == .organization && !raw[k].nested && !swallowed.contains(k) {
            guard let close = acronymClosingLongName(tokens, after: raw[k].range) else { continue }
            extend(k, to: close)
            longNames.append(tokens[raw[k].range].map(\.text))
        }
        // "The Organisation for Security and Cooperation in Europe welcomed": the long name written
        // again without its acronym runs on as far
        for k in raw.indices where raw[k].type == .organization && !raw[k].nested && !swallowed.contains(k) {
            let start = raw[k].range.lowerBound
            guard
                let words = longNames.first(where: {
                    $0.count > raw[k].range.count && start + $0.count <= tokens.count && tokens[start..<(start + $0.count)].map(\.text) == $0
                })
            else { continue }
            extend(k, to: start + words.count)
        }
        remove(swallowed, from: &raw, rawSentence: &rawSentence)
    }

    /// Mention `k`, found inside a longer name: a place after "in" or "of" stays an entity of its own,
    /// nested (no relation's argument); any other mention is part of the name, `swallowed`.
    static func takeIntoLongerName(_ k: Int, _ tokens: [Token], raw: inout [RawMention], swallowed: inout Set<Int>) {
        let afterPreposition = raw[k].range.lowerBound > 0 && ["in", "of"].contains(tokens[raw[k].range.lowerBound - 1].lower)
        if raw[k].type == .location || raw[k].type == .country, afterPreposition {
            raw[k].nested = true
        } else {
            swallowed.insert(k)
        }
    }

    /// `raw` (and the sentence index of each) without the mentions at `swallowed`.
    static func remove(_ swallowed: Set<Int>, from raw: inout [RawMention], rawSentence: inout [Int]) {
        guard !swallowed.isEmpty else { return }
        let kept = raw.indices.filter { !swallowed.contains($0) }
        raw = kept.map { raw[$0] }
        rawSentence = kept.map { rawSentence[$0] }
    }

    /// "Liberians United for Reconciliation and Democracy (LURD)": capitalized words and connectors
    /// whose initials are exactly the acronym in parentheses after them name a body (a place when
    /// the last word is a landmark's noun, nothing when it is a law's or an event's), though no
    /// word of them was typed as its name (the run opens with a people's plural here). Names the text
    /// already gives over the same words stay ("the Democratic Republic of Congo (DRC)"); a place
    /// after "in" or "of" inside stays an entity of its own, nested; any other mention inside is
    /// part of the name.
    static func addNamesSpelledByTheirAcronyms(
        _ tokens: [Token], mask: [Bool], sentences: [Range<Int>], raw: inout [RawMention], rawSentence: inout [Int]
    ) {
        var added: [(RawMention, Int)] = []
        var swallowed = Set<Int>()
        for (index, sentence) in sentences.enumerated() {
            for open in sentence where tokens[open].text == "(" && open + 2 < sentence.upperBound && tokens[open + 2].text == ")" {
                let acronym = tokens[open + 1]
                guard acronym.isWord, acronym.isAllCaps, (3...8).contains(acronym.text.count), acronym.text.allSatisfy(\.isLetter),
                    let start = initialsStart(tokens, mask: mask, before: open, sentence: sentence, spelling: Array(acronym.text))
                else { continue }
                let name = start..<open
                // ("the Comprehensive Peace Plan (CPP)" names no actor; "the Grand Ethiopian Renaissance Dam (GERD)" a place)
                let head = tokens[open - 1]
                guard !NameCues.nonEntityHeads.contains(head.lower, hash: head.lowerHash) else { continue }
                let isPlace = NameCues.landmarkNouns.contains(head.lower, hash: head.lowerHash) || NameCues.facilityNouns.contains(head.lower, hash: head.lowerHash)
                // a mention over these very words, or one reaching into them from outside, is the text's own reading
                let inside = raw.indices.filter { rawSentence[$0] == index && name.contains(raw[$0].range.lowerBound) }
                guard
                    !raw.indices.contains(where: {
                        rawSentence[$0] == index && (raw[$0].range == name || raw[$0].range.lowerBound < start && raw[$0].range.upperBound > start)
                    }), inside.allSatisfy({ raw[$0].range.upperBound <= open })
                else { continue }
                for k in inside { takeIntoLongerName(k, tokens, raw: &raw, swallowed: &swallowed) }
                let text = tokens[name].map(\.text).joined(separator: " ").joinedWordParts
                added.append((RawMention(range: name, type: isPlace ? .location : .organization, name: text, origin: .name), index))
            }
        }
        guard !added.isEmpty else { return }
        remove(swallowed, from: &raw, rawSentence: &rawSentence)
        insert(added, into: &raw, rawSentence: &rawSentence)
    }

    /// Where a run of two or more capitalized words and connectors right before `open` starts so that
    /// the initials of its capitalized words spell `spelling` exactly; nil when no such run is there.
    static func initialsStart(_ tokens: [Token], mask: [Bool], before open: Int, sentence: Range<Int>, spelling: [Character]) -> Int? {
        var initials: [Character] = []
        var j = open
        while j > sentence.lowerBound, mask[j - 1], initials.count < spelling.count {
            let t = tokens[j - 1]
            if t.isWord, t.isCapitalized, let first = t.text.first {
                initials.append(first)
            } else if t.lower == "'s", j - 2 >= sentence.lowerBound, tokens[j - 2].isWord, tokens[j - 2].isCapitalized {
                // "Lord's Resistance Army (LRA)": a possessive inside the name spells nothing
            } else if !longNameConnectors.contains(t.lower) || j == open {
                return nil
            }
            j -= 1
        }
        // (the run starts at a capitalized word, after none: not the tail of a longer name)
        guard initials.count == spelling.count, initials.reversed() == spelling, j < open - 1,
            j == sentence.lowerBound || !(tokens[j - 1].isWord && tokens[j - 1].isCapitalized)
        else { return nil }
        return j
    }

    /// Where the long name after `range` ends, right before "(ACRONYM)": nil unless it runs on past
    /// a connector and the acronym starts with the name's first letter.
    static func acronymClosingLongName(_ tokens: [Token], after range: Range<Int>) -> Int? {
        var j = range.upperBound
        guard j < tokens.count, longNameConnectors.contains(tokens[j].lower) || tokens[j].text == "-" && tokens[j].attached
        else { return nil }
        while j < tokens.count, j - range.upperBound <= initialsTailLimit {
            let t = tokens[j]
            if t.text == "(" { break }
            let hyphenPart = t.text == "-" && t.attached || t.attached && j > 0 && tokens[j - 1].text == "-" && t.isWord
            guard t.isWord && t.isCapitalized || longNameConnectors.contains(t.lower) || hyphenPart else { return nil }
            j += 1
        }
        guard j + 2 < tokens.count, j > range.upperBound, tokens[j].text == "(", tokens[j + 2].text == ")",
            tokens[j - 1].isWord, tokens[j - 1].isCapitalized
        else { return nil }
        let acronym = tokens[j + 1]
        guard acronym.isWord, acronym.isAllCaps, (2...8).contains(acronym.text.count), let initial = acronym.text.first else { return nil }
        // (as the scan does, the parenthesis may stand one word past the limit)
        let withinTail = j - range.upperBound <= longNameTailLimit + 1
        if withinTail, tokens[range.lowerBound].text.first == initial { return j }
        // "the International Commission against Impunity in Guatemala (CICIG)": an acronym of the name in
        // another language still holds the initials of its capitalized words, in their order
        let initials = tokens[range.lowerBound..<j].filter { $0.isWord && $0.isCapitalized }.compactMap(\.text.first)
        if withinTail, initials.count >= 3 && isSubsequence(initials, of: Array(acronym.text)) { return j }
        // "the National Movement for the Liberation of Azawad (MNLA)", "the National Committee for the
        // Recovery of Democracy and the Restoration of the State (CNRDR)": a French or Spanish acronym puts
        // the noun before its adjective, so it holds the same initials in another order, a word's at most left out
        let letters = Array(acronym.text)
        // (not after an acronym of another body: "the NATO-led International Security Assistance Force (ISAF)")
        guard !tokens[range.lowerBound].isAllCaps, initials.count >= 3, letters.count >= initials.count - 1, initials.prefix(2).contains(initial),
            isSubMultiset(letters, of: initials)
        else { return nil }
        return j
    }

    /// Whether every element of `part` occurs in `whole` at least as often.
    static func isSubMultiset(_ part: [Character], of whole: [Character]) -> Bool {
        var counts: [Character: Int] = [:]
        for c in whole { counts[c, default: 0] += 1 }
        for c in part {
            guard let left = counts[c], left > 0 else { return false }
            counts[c] = left - 1
        }
        return true
    }

    /// Whether every element of `part` occurs in `whole` in the same order.
    static func isSubsequence(_ part: [Character], of whole: [Character]) -> Bool {
        var k = whole.startIndex
        for c in part {
            guard let found = whole[k...].firstIndex(of: c) else { return false }
            k = found + 1
        }
        return true
    }
}
