/// A name found in a sentence before the document's entities are resolved.
struct RawMention: Sendable {
    enum Origin: Sendable, Equatable {
        case gazetteer(GazetteerEntry.Kind)
        /// An unknown capitalized name typed by its context.
        case name
        /// A country's institution named with its demonym: `Russian army`.
        case demonymOrganization
    }

    var range: Range<Int>
    var type: EntityType
    /// The canonical name (gazetteer) or the name as written (unknown names).
    var name: String
    var origin: Origin
    /// A single unknown capitalized word whose type only other mentions can tell.
    var needsResolution = false
    /// Names a modifier only (`pro-Russian`), never an actor.
    var modifierOnly = false
}

/// A role noun in the text: `President`, `foreign minister`, `spokesperson`.
struct RoleSpan: Sendable {
    var range: Range<Int>
    var name: String
}

/// Finds names in sentences: gazetteer entries (longest match, case rules), institutions named
/// with a demonym, and capitalized name sequences typed by their context.
///
/// ```swift
/// // "Russian President Vladimir Putin met NATO chief Jens Stoltenberg in Brussels."
/// // -> Russia (demonym), Vladimir Putin (person: title before), NATO, Jens Stoltenberg, Brussels
/// ```
struct EntityRecognizer {
    let lexicons: Lexicons

    func recognize(_ tokens: [Token], mask: [Bool], sentence: Range<Int>) -> (mentions: [RawMention], roles: [RoleSpan]) {
        var mentions: [RawMention] = []
        var roles: [RoleSpan] = []
        var i = sentence.lowerBound
        let end = sentence.upperBound
        while i < end {
            guard mask[i] else { i += 1; continue }
            let token = tokens[i]
            let gazetteer = gazetteerMatch(tokens, mask: mask, at: i, end: end)
            // demonym + institution: "Russian army", "Ukrainian Foreign Ministry"; "Sudan's army"
            if let (gEnd, entry) = gazetteer,
               entry.type == .country, entry.kind == .demonym || entry.kind == .name,
               entry.kind == .name && gEnd < end && tokens[gEnd].lower == "'s",
               let orgEnd = demonymOrganizationEnd(tokens, mask: mask, at: gEnd + 1, end: end),
               let demonym = lexicons.demonymOf[entry.canonical] {
                let head = tokens[(gEnd + 1)..<orgEnd].map { capitalizedWord($0.text) }.joined(separator: " ").institutionCanonical
                mentions.append(RawMention(range: i..<orgEnd, type: .organization, name: "\(demonym) \(head)",
                                           origin: .demonymOrganization))
                i = orgEnd
                continue
            }
            // a country's name heading a capitalized institution: "Guyana Defence Force", "U.S. Southern Command"
            if let (gEnd, entry) = gazetteer, entry.type == .country,
               gEnd < end, tokens[gEnd].isCapitalized, tokens[gEnd].isWord, !isTitleCaseLine(tokens, sentence) {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: gEnd, end: end)
                if runEnd - gEnd >= 2, NameCues.organizationHeads.contains(tokens[runEnd - 1].lower) {
                    let name = tokens[i..<runEnd].map(\.text).joined(separator: " ").joinedHyphens
                    mentions.append(RawMention(range: i..<runEnd, type: .organization, name: name, origin: .name))
                    i = runEnd
                    continue
                }
            }
            if let (gEnd, entry) = gazetteer,
               entry.type == .country, entry.kind == .demonym || entry.kind == .name,
               let orgEnd = demonymOrganizationEnd(tokens, mask: mask, at: gEnd, end: end) {
                let head = tokens[gEnd..<orgEnd].map { capitalizedWord($0.text) }.joined(separator: " ").institutionCanonical
                let demonym = tokens[i..<gEnd].map(\.text).joined(separator: " ")
                mentions.append(RawMention(range: i..<orgEnd, type: .organization, name: "\(demonym) \(head)",
                                           origin: .demonymOrganization))
                i = orgEnd
                continue
            }
            let roleEnd = roleMatch(tokens, mask: mask, at: i, end: end)
            // "General Assembly", "Supreme Court": a title word heading an institution's name is no title
            let headsInstitution = roleEnd.map { $0 == i + 1 && token.isCapitalized && $0 < end && tokens[$0].isCapitalized
                && NameCues.organizationHeads.contains(tokens[$0].lower) } ?? false
            if let roleEnd, roleEnd > (gazetteer?.0 ?? i), !headsInstitution {
                let name = tokens[i..<roleEnd].map(\.lower).joined(separator: " ").joinedHyphens
                roles.append(RoleSpan(range: i..<roleEnd, name: name))
                i = roleEnd
                continue
            }
            if let (gEnd, entry) = gazetteer, !isInsideLongerName(tokens, mask: mask, range: i..<gEnd, entry: entry, sentence: sentence) {
                var mention = RawMention(range: i..<gEnd, type: entry.type, name: entry.canonical,
                                         origin: .gazetteer(entry.kind))
                var stop = gEnd
                if entry.kind == .capital && capitalIsPlace(tokens, at: i, end: end, sentence: sentence) {
                    mention.type = .location
                    mention.name = tokens[i..<gEnd].map(\.text).joined(separator: " ")
                }
                // a dateline names where the story was filed, never an actor
                if tokens[i].startsLine, isDateline(tokens, range: i..<gEnd, end: end) { mention.modifierOnly = true }
                // "Donetsk People's Republic", "Luhansk region": the place's longer name
                if entry.type == .location || mention.type == .location,
                   let longer = locationSuffixEnd(tokens, mask: mask, at: gEnd, end: end) {
                    stop = longer
                    mention.range = i..<longer
                }
                if i >= sentence.lowerBound + 2, tokens[i - 1].text == "-", tokens[i - 2].lower == "pro" { mention.modifierOnly = true }
                mentions.append(mention)
                i = stop
                continue
            }
            if token.isWord, token.isCapitalized, !token.isAllCaps || token.text.count > 5 || token.text.hasSuffix(".") {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i, end: end)
                mentions.append(contentsOf: typeNames(tokens, run: i..<runEnd, sentence: sentence, roles: roles))
                i = max(runEnd, i + 1)
                continue
            }
            i += 1
        }
        return (mentions, roles)
    }

    // MARK: - gazetteer and roles

    func gazetteerMatch(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> (Int, GazetteerEntry)? {
        let first = tokens[i]
        guard first.kind != .punctuation, lexicons.gazetteerFirstWords.contains(first.lower) else { return nil }
        guard first.isCapitalized || first.kind == .number else { return nil }
        var key = ""
        var best: (Int, GazetteerEntry)?
        var j = i
        while j < end, j - i < lexicons.gazetteerMaxTokens, mask[j] {
            if j > i {
                if tokens[j].startsLine { break }
                key += " "
            }
            key += tokens[j].lower
            j += 1
            if let entries = lexicons.gazetteer[key] {
                // case rules: acronyms must be written in capitals; later words keep the lexicon's case
                let written = tokens[i..<j]
                if entries.contains(where: { $0.kind == .acronym }) && !written.allSatisfy({ $0.isAllCaps || $0.kind != .word }) {
                    continue
                }
                if tokens[j - 1].kind == .punctuation { continue }
                if written.dropFirst().contains(where: { $0.isWord && !$0.isCapitalized && !["of", "the", "and", "for", "de", "al", "on", "in"].contains($0.lower) }),
                   !entries.contains(where: \.lowerTail) {
                    continue
                }
                let preferred = entries.first(where: { $0.type == .country }) ?? entries.first(where: { $0.type == .organization }) ?? entries[0]
                best = (j, preferred)
            }
        }
        return best
    }

    /// A city's or capital's name next to other capitalized words belongs to a longer name:
    /// `Vladimir Putin`, `Linda Thomas-Greenfield`, `Minsk Agreements`.
    func isInsideLongerName(_ tokens: [Token], mask: [Bool], range: Range<Int>, entry: GazetteerEntry, sentence: Range<Int>) -> Bool {
        guard entry.type == .location || entry.kind == .capital else { return false }
        if range.count == 1, lexicons.firstNames.contains(tokens[range.lowerBound].text) {
            let next = range.upperBound
            if next < sentence.upperBound, tokens[next].isCapitalized, tokens[next].isWord, mask[next] { return true }
        }
        let next = range.upperBound
        if next < sentence.upperBound, mask[next], tokens[next].isWord, tokens[next].isCapitalized,
           !tokens[next].startsLine, lexicons.gazetteer[tokens[next].lower] == nil,
           !lexicons.roleFirstWords.contains(tokens[next].lower), !NameCues.locationHeads.contains(tokens[next].lower),
           !NameCues.calendarWords.contains(tokens[next].lower), !NameCues.neverNames.contains(tokens[next].lower),
           !isTitleCaseLine(tokens, sentence) {
            return true
        }
        let previous = range.lowerBound - 1
        if previous >= sentence.lowerBound, mask[previous], tokens[previous].isWord, tokens[previous].isCapitalized,
           lexicons.firstNames.contains(tokens[previous].text) || tokens[previous].text == "-",
           !NameCues.calendarWords.contains(tokens[previous].lower), !NameCues.neverNames.contains(tokens[previous].lower) {
            return true
        }
        if previous >= sentence.lowerBound + 1, tokens[previous].text == "-", tokens[previous].attached, tokens[previous - 1].isCapitalized {
            return true
        }
        return false
    }

    /// "KHARTOUM -", "BEIJING, April 10 (Reuters) -", "Moscow:": a place opening the line, then a dash or colon.
    func isDateline(_ tokens: [Token], range: Range<Int>, end: Int) -> Bool {
        var j = range.upperBound
        var steps = 0
        while j < end, steps < 8 {
            let t = tokens[j].text
            if ["-", "\u{2014}", "\u{2013}", ":"].contains(t) { return steps == 0 || tokens[range.lowerBound].isAllCaps || t != ":" }
            if t == "." || tokens[j].isWord && !tokens[j].isCapitalized && tokens[j].kind != .number { return false }
            j += 1
            steps += 1
        }
        return false
    }

    /// Headlines written in title case capitalize every word.
    func isTitleCaseLine(_ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        let words = tokens[sentence].filter { $0.isWord && $0.text.count > 3 }
        return words.count >= 4 && words.allSatisfy(\.isCapitalized)
    }

    func roleMatch(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        guard tokens[i].isWord, lexicons.roleFirstWords.contains(tokens[i].lower) else { return nil }
        var key = ""
        var best: Int?
        var j = i
        while j < end, j - i < lexicons.roleMaxTokens + 4, mask[j] {
            if j > i { key += " " }
            key += tokens[j].lower
            j += 1
            if lexicons.roles.contains(key) { best = j }
        }
        return best
    }

    func demonymOrganizationEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        var best: Int?
        for pattern in NameCues.demonymOrganizations where i + pattern.count <= end {
            var ok = true
            for (k, word) in pattern.enumerated() where tokens[i + k].lower != word || !mask[i + k] { ok = false; break }
            guard ok else { continue }
            let stop = i + pattern.count
            // "Russian army convoys": the head must end the noun phrase
            if stop < end, tokens[stop].isWord, !tokens[stop].isCapitalized, NameCues.militaryNouns.contains(tokens[stop].lower) {
                continue
            }
            if best == nil || stop > best! { best = stop }
        }
        return best
    }

    func locationSuffixEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        // "People's Republic", "Region", "Oblast" written with capitals
        var j = i
        while j < end, mask[j], tokens[j].isCapitalized || tokens[j].lower == "'s" {
            if NameCues.locationHeads.contains(tokens[j].lower) { return j + 1 }
            j += 1
            if j - i > 3 { break }
        }
        return nil
    }

    /// A capital names the city, not the government, after a place preposition or as a dateline.
    func capitalIsPlace(_ tokens: [Token], at i: Int, end: Int, sentence: Range<Int>) -> Bool {
        if i > sentence.lowerBound {
            let previous = tokens[i - 1].lower
            if NameCues.placePrepositions.contains(previous) && previous != "from" && previous != "to" { return true }
            // "left Tehran", "visited Moscow": where someone goes or leaves is the city
            if NameCues.travelVerbs.contains(previous) { return true }
            if previous == "of", i - 2 >= sentence.lowerBound, ["out", "city", "streets", "centre", "center", "mayor"].contains(tokens[i - 2].lower) { return true }
        }
        if i + 1 < end, tokens[i + 1].text == ":" { return true }  // dateline
        // "JERUSALEM (Reuters) -", "ADDIS ABABA, Jan 12 (AFP) -": a dateline opening the line
        if tokens[i].startsLine, tokens[i].isAllCaps || (i + 1 < end && [",", "(", "-", "\u{2014}", "\u{2013}"].contains(tokens[i + 1].text)) {
            var j = i + 1
            while j < end, tokens[j].isWord, tokens[j].isCapitalized { j += 1 }
            if j < end, [",", "(", "-", ":", "\u{2014}", "\u{2013}"].contains(tokens[j].text) { return true }
        }
        if i + 1 < end, ["-", "based"].contains(tokens[i + 1].lower), i + 2 < end, tokens[i + 2].lower == "based" { return true }
        return false
    }

    // MARK: - unknown names

    func capitalizedRunEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int {
        var j = i + 1
        while j < end, mask[j], !tokens[j].startsLine {
            let t = tokens[j]
            if t.isWord && t.isCapitalized && !NameCues.calendarWords.contains(t.lower)
                && (gazetteerMatch(tokens, mask: mask, at: j, end: end).map { $0.1.type == .location && $0.0 == j + 1 } ?? true)
                && roleMatch(tokens, mask: mask, at: j, end: end) == nil {
                j += 1
                continue
            }
            // name particles: "Abdel Fattah al-Burhan", "Ursula von der Leyen"
            if NameCues.nameParticles.contains(t.lower), j + 1 < end, mask[j + 1],
               tokens[j + 1].isCapitalized || tokens[j + 1].text == "-" && tokens[j + 1].attached
                || NameCues.nameParticles.contains(tokens[j + 1].lower) && j + 2 < end && tokens[j + 2].isCapitalized,
               tokens[j - 1].isCapitalized || NameCues.nameParticles.contains(tokens[j - 1].lower) {
                j += 1
                continue
            }
            // Thomas-Greenfield; "Tsai Ing-wen", "Moon Jae-in": a short lower-case syllable after a hyphen
            if t.text == "-", t.attached, j + 1 < end, tokens[j + 1].attached, mask[j + 1],
               tokens[j + 1].isCapitalized || tokens[j + 1].isWord && tokens[j + 1].text.count <= 4
                && (tokens[j + 1].text.count <= 3 || !lexicons.commonWords.contains(tokens[j + 1].lower))
                && lexicons.verbs[tokens[j + 1].lower] == nil {
                j += 2
                continue
            }
            // connectors inside institution names: "Ministry of Defence", "Council for ..."
            if (t.lower == "of" || t.lower == "for"), j + 1 < end, tokens[j + 1].isCapitalized, mask[j + 1],
               NameCues.organizationHeads.contains(tokens[j - 1].lower) {
                j += 1
                continue
            }
            break
        }
        return j
    }

    /// Types the names inside a capitalized run by their words and context.
    func typeNames(_ tokens: [Token], run: Range<Int>, sentence: Range<Int>, roles: [RoleSpan]) -> [RawMention] {
        // split the run at common words; an institution head keeps the common words before it
        var out: [RawMention] = []
        var segment: [Int] = []
        func flush() {
            guard !segment.isEmpty else { return }
            // "Peacekeeping Rosemary DiCarlo": a first name inside a segment starts the person's name,
            // unless a title says the name starts earlier ("Prime Minister Abiy Ahmed")
            let titled = roles.contains { $0.range.upperBound == segment.first! }
                || (segment.first! > sentence.lowerBound && lexicons.honorifics.contains(tokens[segment.first! - 1].lower))
            if !titled, let firstName = segment.dropFirst().first(where: { lexicons.firstNames.contains(tokens[$0].text) }),
               !lexicons.firstNames.contains(tokens[segment.first!].text) {
                segment = Array(segment[segment.firstIndex(of: firstName)!...])
            }
            if let m = typeSegment(tokens, segment.first!..<(segment.last! + 1), sentence: sentence, roles: roles) { out.append(m) }
            segment = []
        }
        var k = run.lowerBound
        while k < run.upperBound {
            let t = tokens[k]
            let lower = t.lower
            let insideName = (NameCues.nameParticles.contains(lower) && !t.isCapitalized && !segment.isEmpty)
                || (t.attached && !t.isCapitalized && k > run.lowerBound && tokens[k - 1].text == "-" && !segment.isEmpty)
            let isCommon = !insideName
                && ((lexicons.commonWords.contains(lower) || NameCues.neverNames.contains(lower)) && !lexicons.firstNames.contains(t.text)
                    || NameCues.calendarWords.contains(lower) || lexicons.honorifics.contains(lower) && k + 1 == run.upperBound)
            if NameCues.organizationHeads.contains(lower) && k > run.lowerBound {
                // institution: from the start of the run (or segment) up to the head
                var start = segment.first ?? k
                if segment.isEmpty {
                    start = k
                    var b = k - 1
                    while b >= run.lowerBound, !NameCues.neverNames.contains(tokens[b].lower) || NameCues.regionalWords.contains(tokens[b].lower) {
                        start = b
                        b -= 1
                    }
                }
                var stop = k + 1
                // "Ministry of Defence"
                while stop < run.upperBound, tokens[stop].lower == "of" || tokens[stop].lower == "for" || tokens[stop].isCapitalized {
                    stop += 1
                }
                while stop > k + 1, ["of", "for"].contains(tokens[stop - 1].lower) { stop -= 1 }
                let name = tokens[start..<stop].map(\.text).joined(separator: " ").joinedHyphens
                if stop - start >= 2 {  // a head alone ("Command") names nothing
                    out.append(RawMention(range: start..<stop, type: .organization, name: name, origin: .name))
                }
                segment = []
                k = stop
                continue
            }
            if isCommon || t.text == "-" && segment.isEmpty {
                flush()
            } else if t.isWord || t.text == "-" {
                segment.append(k)
            }
            k += 1
        }
        flush()
        return out
    }

    func typeSegment(_ tokens: [Token], _ range: Range<Int>, sentence: Range<Int>, roles: [RoleSpan]) -> RawMention? {
        var range = range
        while range.count > 0, tokens[range.upperBound - 1].text == "-" { range = range.lowerBound..<(range.upperBound - 1) }
        // a title written inside the capitalized run: "Ms Bauchtman", "General Scott"
        var strippedTitle = false
        while range.count > 1, lexicons.honorifics.contains(tokens[range.lowerBound].lower) || lexicons.roles.contains(tokens[range.lowerBound].lower) {
            range = (range.lowerBound + 1)..<range.upperBound
            strippedTitle = true
        }
        guard !range.isEmpty else { return nil }
        let words = tokens[range]
        let name = words.map(\.text).joined(separator: " ").joinedHyphens
        let before = range.lowerBound > sentence.lowerBound ? tokens[range.lowerBound - 1] : nil
        let before2 = range.lowerBound > sentence.lowerBound + 1 ? tokens[range.lowerBound - 2] : nil
        let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound] : nil
        let titled = strippedTitle || roles.contains { $0.range.upperBound == range.lowerBound }
            || (before.map { lexicons.honorifics.contains($0.lower) } ?? false)
        let firstName = lexicons.firstNames.contains(words.first!.text)
        let lastLower = words.last!.lower
        if NameCues.locationHeads.contains(lastLower) && words.count > 1 {
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        if after.map({ NameCues.locationHeads.contains($0.lower) && !$0.isCapitalized }) ?? false, words.count == 1 {
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        let wordCount = words.filter(\.isWord).count
        // initials alone ("S. F."), or a plural title ("Republican Senators"), are not a person's name
        if words.allSatisfy({ $0.text.hasSuffix(".") || !$0.isWord }) { return nil }
        if lastLower.hasSuffix("s"), lexicons.roles.contains(String(lastLower.dropLast())) { return nil }
        if titled || (firstName && wordCount >= 2) {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        if wordCount >= 2 && wordCount <= 4 && words.allSatisfy({ !$0.isAllCaps || $0.text.hasSuffix(".") && $0.text.count <= 5 }) {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        if wordCount == 1 {
            let afterSpeech = after.map { NameCues.speechForms.contains($0.lower) } ?? false
            if let b = before {
                let prepositionPlace = NameCues.placePrepositions.contains(b.lower) && b.lower != "to"
                let articlePlace = b.lower == "the" && before2.map { NameCues.placePrepositions.contains($0.lower) } ?? false
                if (prepositionPlace || articlePlace) && !afterSpeech && !words.first!.isAllCaps {
                    return RawMention(range: range, type: .location, name: name, origin: .name)
                }
            }
            if words.first!.isAllCaps { return nil }
            // "the Constitution", "Justice": a lone capitalized word after "the", or a title, is not a person
            if before?.lower == "the" || lexicons.roles.contains(words.first!.lower) || lexicons.honorifics.contains(words.first!.lower) {
                return nil
            }
            var m = RawMention(range: range, type: .person, name: name, origin: .name)
            m.needsResolution = !afterSpeech
            return m
        }
        return nil
    }

    func capitalizedWord(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

}

private extension String {
    /// "Thomas - Greenfield" written back as "Thomas-Greenfield" (names are joined from tokens).
    var joinedHyphens: String {
        guard utf8.contains(45) else { return self }
        return replacingOccurrences(of: " - ", with: "-")
    }
}

private extension String {
    /// The one name of an institution known under two ("Military" -> "Armed Forces").
    var institutionCanonical: String { NameCues.institutionSynonyms[self] ?? self }
}
