/// Gazetteer and title matching, and the place-or-government decision for capitals.
extension EntityRecognizer {
    func gazetteerMatch(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> (Int, GazetteerEntry)? {
        // the first token read in place: a copy retained and released its strings at every word
        guard tokens[i].kind != .punctuation else { return nil }
        // "al-Shabab": a name particle joined by a hyphen may open a name in lower case (the
        // word's shape is read before the look-ups: most words are lower case and open nothing)
        // ("al Qaeda": or by a space, before a capitalized word)
        guard
            tokens[i].isCapitalized || tokens[i].kind == .number
                || i + 2 < end && tokens[i + 1].attached && tokens[i + 2].isCapitalized && tokens[i + 1].text == "-"
                    && NameCues.nameParticles.contains(tokens[i].lower, hash: tokens[i].lowerHash)
                || i + 1 < end && tokens[i + 1].isCapitalized && tokens[i + 1].isWord && NameCues.nameParticles.contains(tokens[i].lower, hash: tokens[i].lowerHash)
        else { return nil }
        guard lexicons.gazetteerFirstWords.contains(tokens[i].lower, hash: tokens[i].lowerHash) else { return nil }
        var key = ""
        var best: (Int, GazetteerEntry)?
        var j = i
        while j < end, j - i < lexicons.gazetteerMaxTokens, mask[j] {
            if j > i {
                // no key goes on from the words read so far
                if tokens[j].startsLine || !lexicons.gazetteerPrefixes.contains(key) { break }
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
                if j == i + 1, !tokens[i].isAllCaps, entries.allSatisfy(\.spelledInCapitals) { continue }
                if tokens[j - 1].kind == .punctuation { continue }
                // "the OAS said": a short word in capitals inside a line is an acronym, not a town's name
                if j == i + 1, tokens[i].isAllCaps, tokens[i].text.count <= 5, !tokens[i].startsLine, entries.allSatisfy({ $0.type == .location }) {
                    continue
                }
                // (a particle inside a hyphenated name may be lower case whatever the lexicon's case:
                // "Lashkar-e-Taiba", "Hizb-ul-Mujahideen")
                if written.indices.dropFirst().contains(where: { k in
                    let word = tokens[k]
                    return word.isWord && !word.isCapitalized && !tokens.lower(k, isIn: Self.lowerCaseNameWords) && !(word.attached && tokens[k - 1].text == "-")
                }),
                    !entries.contains(where: \.lowerTail)
                {
                    continue
                }
                let preferred = entries.first(where: { $0.type == .country }) ?? entries.first(where: { $0.type == .organization }) ?? entries[0]
                // "Soviet President X", "Soviet troops"; not "the former Soviet republic", "post-Soviet"
                if preferred.actorOnly, !(j < end && mask[j] && (tokens.lower(j, isIn: lexicons.roleFirstWords) || tokens.lower(j, isIn: Self.actingForStateNouns))) {
                    continue
                }
                best = (j, preferred)
            }
        }
        return best
    }

    /// Nouns of those acting for a state (a closed class), after which a past state's adjective is
    /// the state: "Soviet troops", "East German authorities".
    static let actingForStateNouns: WordSet = [
        "troops", "forces", "army", "navy", "military", "soldiers", "government", "authorities", "officials", "leader", "leaders",
        "leadership", "delegation", "diplomats", "negotiators", "tanks", "warplanes", "jets", "warships", "embassy", "state",
    ]

    /// Lower-case words a known name may hold after its first word whatever the lexicon writes:
    /// "Bank of England", "Lashkar al Islam" (a closed class).
    static let lowerCaseNameWords: WordSet = ["of", "the", "and", "for", "de", "al", "on", "in"]

    /// The words that join an institution's head to the rest of its name: "Rally for", "Ministry of".
    static let institutionConnectors: WordSet = ["for", "of"]

    /// A city's or capital's name next to other capitalized words belongs to a longer name:
    /// `Marta Lima`, `Anna Lund-Berg`, `Geneva Conventions`.
    /// So is a demonym between an institution's head and "for" or "of" and a capitalized word:
    /// `Rally for Congolese Democracy`, `Union for Malian Progress`.
    func isInsideLongerName(_ tokens: [Token], mask: [Bool], range: Range<Int>, entry: GazetteerEntry, sentence: Range<Int>) -> Bool {
        if entry.kind == .demonym, range.count == 1, range.lowerBound - 2 >= sentence.lowerBound, range.upperBound < sentence.upperBound,
            tokens.lower(range.lowerBound - 1, isIn: Self.institutionConnectors), tokens[range.lowerBound - 2].isCapitalized,
            tokens.lower(range.lowerBound - 2, isIn: NameCues.organizationHeads)
        {
            let next = range.upperBound
            return mask[next] && tokens[next].isWord && tokens[next].isCapitalized && !tokens[next].isAllCaps && !tokens[next].startsLine
                && lexicons.gazetteer[tokens[next].lower] == nil && !tokens.lower(next, isIn: lexicons.roleFirstWords)
                && !tokens.lower(next, isIn: NameCues.calendarWords)
        }
        guard entry.type == .location || entry.kind == .capital else { return false }
        // "Donetsk People's Republic": the place's own longer name, which the gazetteer's match extends
        if entry.type == .location, locationSuffixEnd(tokens, mask: mask, at: range.upperBound, end: sentence.upperBound) != nil { return false }
        if range.count == 1, lexicons.isFirstName(tokens[range.lowerBound].text) {
            let next = range.upperBound
            if next < sentence.upperBound, tokens[next].isCapitalized, tokens[next].isWord, mask[next] { return true }
        }
        let next = range.upperBound
        if next < sentence.upperBound, mask[next], tokens[next].isWord, tokens[next].isCapitalized,
            !tokens[next].startsLine, lexicons.gazetteer[tokens[next].lower] == nil,
            !tokens.lower(next, isIn: lexicons.roleFirstWords), !tokens.lower(next, isIn: NameCues.locationHeads),
            !tokens.lower(next, isIn: NameCues.calendarWords), !tokens.lower(next, isIn: NameCues.neverNames),
            !isTitleCaseLine(tokens, sentence)
        {
            return true
        }
        let previous = range.lowerBound - 1
        if previous >= sentence.lowerBound, mask[previous], tokens[previous].isWord, tokens[previous].isCapitalized,
            lexicons.isFirstName(tokens[previous].text) || tokens[previous].text == "-",
            !tokens.lower(previous, isIn: NameCues.calendarWords), !tokens.lower(previous, isIn: NameCues.neverNames)
        {
            return true
        }
        if previous >= sentence.lowerBound + 1, tokens[previous].text == "-", tokens[previous].attached, tokens[previous - 1].isCapitalized {
            return true
        }
        return false
    }

    /// The document defines the acronym after a name, "... Alliance (SDA)": that name's entity
    /// takes every later use of it.
    func isDefinedAcronym(_ tokens: [Token], at i: Int) -> Bool {
        let text = tokens[i].text
        let window = max(1, i - 3000)..<max(1, min(tokens.count - 1, i + 3000))
        for k in window where tokens[k].text == text && tokens[k - 1].text == "(" && tokens[k + 1].text == ")" {
            return true
        }
        return false
    }

    /// An acronym written again nearby in the document stands for something
    /// the text keeps naming, not a unit or a measure mentioned in passing.
    func isRecurringAcronym(_ tokens: [Token], at i: Int) -> Bool {
        let text = tokens[i].text
        var seen = 0
        // a window around the word keeps long documents linear
        let window = max(0, i - 3000)..<min(tokens.count, i + 3000)
        for token in tokens[window] where token.text == text {
            seen += 1
            if seen >= 2 { return true }
        }
        return false
    }

    /// "LIMA -", "OSLO, May 3 (AFP) -", "Quito:": a place opening the line, then a dash or colon.
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

    /// Headlines written in title case capitalize every word: at least four words of more than
    /// three characters, all capitalized.
    ///
    /// Read in one pass that stops at the first such word in lower case (most sentences' first few
    /// words), without an array of the sentence's tokens copied, as the rules ask it at many words.
    func isTitleCaseLine(_ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        var longWords = 0
        for i in sentence where tokens[i].isWord && tokens[i].text.count > 3 {
            guard tokens[i].isCapitalized else { return false }
            longWords += 1
        }
        return longWords >= 4
    }

    func roleMatch(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        guard tokens[i].isWord, tokens.lower(i, isIn: lexicons.roleFirstWords) else { return nil }
        var key = ""
        var best: Int?
        var j = i
        while j < end, j - i < lexicons.roleMaxTokens + 4, mask[j] {
            if j > i { key += " " }
            key += tokens[j].lower
            j += 1
            if lexicons.roles.contains(key) { best = j }
            // a key that is no title's opening words (`rolePrefixes`) grows into no title
            if !lexicons.rolePrefixes.contains(key) { break }
        }
        return best
    }

    func demonymOrganizationEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        // (a phrase matches only where its first word stands: the phrases are found by it)
        guard i < end, mask[i], let patterns = tokens.lower(i, in: NameCues.demonymOrganizationsByFirstWord) else { return nil }
        var best: Int?
        for pattern in patterns where i + pattern.count <= end {
            var ok = true
            for (k, word) in pattern.enumerated() where tokens[i + k].lower != word || !mask[i + k] { ok = false; break }
            guard ok else { continue }
            let stop = i + pattern.count
            // "Chilean army convoys": the head must end the noun phrase, unless a title after it names
            // its holder ("Chadian army spokesman General X", "Thailand's army chief, General X": the army's)
            if stop < end, tokens[stop].isWord, !tokens[stop].isCapitalized, tokens.lower(stop, isIn: NameCues.militaryNouns),
                !titleBeforeName(tokens, at: stop, end: end)
            {
                continue
            }
            // "Nigeria's military ruler", "the Thai military government": "military" before a noun of rule
            // is the country's rule by soldiers, not its armed forces
            if stop < end, tokens[stop - 1].lower == "military", tokens.lower(stop, isIn: Self.nounsOfMilitaryRule) { continue }
            if stop > best ?? Int.min { best = stop }
        }
        return best
    }

    /// Nouns of a government or its head (a closed class) that "military" before them makes a
    /// country's rule by soldiers: "military ruler", "military junta".
    static let nounsOfMilitaryRule: WordSet = [
        "ruler", "rulers", "leader", "leaders", "government", "junta", "regime", "dictator", "dictatorship", "strongman", "rule",
        "authorities",
    ]

    /// A title noun at `i` followed by a capitalized name, right after it or after a comma:
    /// "spokesman General X", "chief, General X".
    func titleBeforeName(_ tokens: [Token], at i: Int, end: Int) -> Bool {
        guard tokens.lower(i, isIn: lexicons.roles) else { return false }
        let next = i + 1 < end && tokens[i + 1].text == "," ? i + 2 : i + 1
        return next < end && tokens[next].isWord && tokens[next].isCapitalized
    }

    func locationSuffixEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        // "Rakhine state", "Ladakh region": an administrative noun in lower case right after the name
        if i < end, mask[i], !tokens[i].isCapitalized, tokens.lower(i, isIn: NameCues.administrativeNouns) { return i + 1 }
        // "People's Republic", "Region", "Province" written with capitals (not a place's possessive:
        // "Moscow's Red Square" is the square of Moscow)
        if i < end, tokens[i].lower == "'s" { return nil }
        var j = i
        while j < end, mask[j], tokens[j].isCapitalized || tokens[j].lower == "'s" {
            if tokens.lower(j, isIn: NameCues.locationHeads) { return j + 1 }
            j += 1
            if j - i > 3 { break }
        }
        return nil
    }

    /// Participles joined to a capital by a hyphen that make it the government acting ("Moscow-led",
    /// "Beijing-backed", "Washington-brokered"); "Paris-based" stays the city.
    static let governmentParticiples: WordSet = [
        "led", "backed", "brokered", "sponsored", "funded", "financed", "supported", "allied", "aligned", "armed", "drafted", "imposed",
        "mediated", "installed", "controlled", "dominated",
    ]

    /// A capital stands for its country's government only where it acts or speaks: the subject of a
    /// verb ("Lima protested", "Oslo has said"), a possessor ("Quito's decision"), an action's object
    /// or a party to talks ("talks between Lima and Quito"). Elsewhere it is the city ("the Lima
    /// music critic", "Oslo is large"); a capital whose name is also another place's acts only as a subject.
    func capitalActsAsGovernment(_ tokens: [Token], range: Range<Int>, sentence: Range<Int>) -> Bool {
        var next = range.upperBound
        // "Washington also welcomed", "Riyadh has long accused": an adverb between the name and its verb
        while next + 1 < sentence.upperBound, tokens.lower(next, isIn: NameCues.verbAdverbs) { next += 1 }
        // "Washington, which has armed ...": a relative clause says what the government does
        if next + 2 < sentence.upperBound, tokens[next].text == ",", tokens[next + 1].lower == "which",
            tokens.lower(next + 2, isIn: NameCues.governmentAuxiliaries) || isVerbForm(tokens[next + 2].lower)
        {
            return true
        }
        // "the Moscow-led alliance", "the Moscow-backed Igor Dodon": the government leads or backs it
        if next + 1 < sentence.upperBound, tokens[next].text == "-", tokens.lower(next + 1, isIn: Self.governmentParticiples) { return true }
        if next < sentence.upperBound {
            let word = tokens[next].lower
            if word == "'s" || NameCues.speechForms.contains(word) || NameCues.governmentAuxiliaries.contains(word)
                || NameCues.governmentNouns.contains(word)
            {
                return true
            }
            // "Lima is pressing": a progressive or passive after is/was
            // ("Lima is still pressing": an adverb may come between)
            // ("Moscow was ready to help": an adjective of intent says the government means to act)
            // ("Lima was \"deeply concerned\"": quotes and an adverb in "-ly" may come between)
            var state = next + 1
            while state < min(next + 4, sentence.upperBound), tokens[state].kind == .punctuation || tokens[state].lower.hasSuffix("ly") { state += 1 }
            if word == "is" || word == "was",
                tokens[state..<min(state + 2, sentence.upperBound)].contains(where: {
                    $0.lower.hasSuffix("ing") || $0.lower.hasSuffix("ed") || NameCues.intentAdjectives.contains($0.lower)
                })
            {
                return true
            }
            if !tokens[next].isCapitalized, tokens[next].isWord, isVerbForm(word) { return true }
        }
        if actsAsGovernmentBeyondDoubt(tokens, range: range, sentence: sentence) { return true }
        // a name that is also a place elsewhere (a region, another city) acts only as a subject
        let key = tokens[range].map(\.lower).joined(separator: " ")
        if lexicons.gazetteer[key]?.contains(where: { $0.type == .location }) ?? false { return false }
        let previous = range.lowerBound - 1
        if previous >= sentence.lowerBound {
            let word = tokens[previous].lower
            if NameCues.partyWords.contains(word) || lexicons.verbs.containsKey(word) { return true }
            // "wrote to Lima", "appealed to Quito": whom a message is addressed to
            if word == "to", previous - 1 >= sentence.lowerBound, tokens.lower(previous - 1, isIn: NameCues.addressVerbs) { return true }
            // "threats from Lima", "criticism of Quito": what a government does or has done to it
            if word == "from" || word == "of", previous - 1 >= sentence.lowerBound, tokens.lower(previous - 1, isIn: NameCues.governmentActs) {
                return true
            }
            // "between Lima and Quito", "Lima and Quito agreed"
            if word == "and", previous - 1 >= sentence.lowerBound, tokens[previous - 1].isCapitalized,
                previous - 2 >= sentence.lowerBound, tokens.lower(previous - 2, isIn: NameCues.partyWords)
            {
                return true
            }
        }
        if next + 1 < sentence.upperBound, tokens[next].lower == "and", tokens[next + 1].isCapitalized,
            let after = (next + 2 < sentence.upperBound ? tokens[next + 2] : nil),
            NameCues.speechForms.contains(after.lower, hash: after.lowerHash) || lexicons.verbs.containsKey(after.lower, hash: after.lowerHash)
                || NameCues.governmentAuxiliaries.contains(after.lower, hash: after.lowerHash)
        {
            return true
        }
        return false
    }

    /// A known verb's form, or a word written like a verb's past or third person: "continues", "protested".
    func isVerbForm(_ word: String) -> Bool {
        if lexicons.verbs.containsKey(word) { return true }
        if word.hasSuffix("ed") && word.count > 4 { return true }
        if word.hasSuffix("s"), lexicons.verbs.containsKey(String(word.dropLast())) || word.hasSuffix("es") && lexicons.verbs.containsKey(String(word.dropLast(2))) {
            return true
        }
        return false
    }

    /// Cues that make a capital its government even when its name is another place's too: the subject
    /// of reported speech ("said Washington took"), the one accused or warned ("accused Washington of"),
    /// the agent of a passive ("invented by Washington"), the government an envoy is sent to ("its
    /// ambassador to Jakarta"), a party beside a body or a state ("a go-between for Washington and the
    /// Taliban").
    func actsAsGovernmentBeyondDoubt(_ tokens: [Token], range: Range<Int>, sentence: Range<Int>) -> Bool {
        let previous = range.lowerBound - 1
        guard previous >= sentence.lowerBound else { return false }
        let before = tokens[previous].lower
        if NameCues.speechForms.contains(before) { return true }
        if before == "by", previous - 1 >= sentence.lowerBound, tokens[previous - 1].lower.hasSuffix("ed") { return true }
        if before == "from", envoyRecalledFrom(tokens, before: previous, sentence: sentence) { return true }
        // "its ambassador to Jakarta", "Canada's envoy to Riyadh": an envoy's post is with a government
        // (not "sent envoys to Washington": where they travel is the city)
        if before == "to", previous - 2 >= sentence.lowerBound, tokens.lower(previous - 1, isIn: NameCues.envoyNouns),
            tokens.lower(previous - 2, isIn: Self.envoyOwners)
        {
            return true
        }
        let next = range.upperBound
        guard next + 1 < sentence.upperBound else { return false }
        if tokens[next].lower == "of", lexicons.verbs.containsKey(before), !NameCues.travelVerbs.contains(before) { return true }
        if tokens[next].lower == "and" {
            var other = next + 1
            if tokens[other].lower == "the", other + 1 < sentence.upperBound { other += 1 }
            guard tokens[other].isCapitalized else { return false }
            // the one or two words of the other party's name
            let one = tokens[other].lower
            let two = other + 1 < sentence.upperBound ? one + " " + tokens[other + 1].lower : one
            return [two, one].contains { key in
                lexicons.gazetteer[key]?.contains { $0.type == .organization || $0.type == .country && $0.kind == .name } ?? false
            }
        }
        return false
    }

    /// Words before an envoy noun that say whose envoy it is (a closed class): "its", "the", "'s".
    static let envoyOwners: WordSet = ["its", "their", "his", "her", "the", "'s", "new", "former"]

    /// "recalled its ambassador from Lima", "withdrew the ambassadors of its member states from
    /// Quito": an envoy called home leaves a government, not a city. Looks back from the "from" at
    /// `from` for an envoy noun (a few words of its own phrase between) right after a recall verb.
    func envoyRecalledFrom(_ tokens: [Token], before from: Int, sentence: Range<Int>) -> Bool {
        var envoy = from - 1
        let lowest = max(sentence.lowerBound, from - 8)
        while envoy >= lowest, !tokens.lower(envoy, isIn: NameCues.envoyNouns) {
            if tokens[envoy].kind == .punctuation { return false }
            envoy -= 1
        }
        guard envoy >= lowest else { return false }
        // "recalled its own envoy", "withdrew the ambassadors": at most three words between the verb and the envoy noun
        let verbLowest = max(sentence.lowerBound, envoy - 4)
        return (verbLowest..<envoy).contains { tokens.lower($0, isIn: NameCues.recallVerbs) }
    }

    /// Nouns of a government's bidding a capital's possessive names after a place preposition:
    /// "at Helsinki's request", "at Moscow's behest", "on Beijing's orders".
    static let governmentBiddingNouns: WordSet = ["request", "behest", "invitation", "urging", "insistence", "orders", "initiative", "expense"]

    /// Whether the seat of government at `i` ("White House", "Kremlin") is named as the building: after
    /// "at", "in", "into", "outside", "inside" or "near", with "the" between or not ("according to the
    /// Kremlin", "an appeal to the Kremlin" name the government).
    func seatIsPlace(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        var k = i - 1
        if k >= sentence.lowerBound, tokens[k].lower == "the" { k -= 1 }
        return k >= sentence.lowerBound && tokens.lower(k, isIn: Self.buildingPrepositions)
    }

    /// Prepositions of being at or going into a building (a closed class).
    static let buildingPrepositions: WordSet = ["at", "in", "into", "outside", "inside", "near"]

    /// A capital names the city where its phrase says it is one: "the capital Khartoum", "the political
    /// capital, Yamoussoukro", or the last of a list opened by a place preposition or a journey ("met in
    /// Bern and Geneva", "will travel to Brasilia and Caracas", "a trip to the United States and
    /// London"). ("accused Washington and Brussels of ...", "sells weapons to New Delhi and Beijing":
    /// no place opens the list, and the capital is left undecided.)
    func capitalIsPlaceByItsPhrase(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        var k = i - 1
        if k >= sentence.lowerBound, tokens[k].text == "," { k -= 1 }
        if k >= sentence.lowerBound, tokens[k].lower == "capital" { return true }
        // the last member of a list ("X and Y", "X, Y or Z"): back over its earlier members (a name
        // each, "the" before it or not) to the word before the first
        k = i - 1
        guard k >= sentence.lowerBound, tokens[k].lower == "and" || tokens[k].lower == "or" else { return false }
        var members = 0
        while k >= sentence.lowerBound, members < 4, tokens.lower(k, isIn: Self.placeCoordinators) {
            while k >= sentence.lowerBound, tokens.lower(k, isIn: Self.placeCoordinators) { k -= 1 }
            let nameEnd = k
            while k >= sentence.lowerBound, tokens[k].isWord, tokens[k].isCapitalized { k -= 1 }
            guard k < nameEnd else { return false }
            if k >= sentence.lowerBound, tokens[k].lower == "the" { k -= 1 }
            members += 1
        }
        guard k >= sentence.lowerBound else { return false }
        let word = tokens[k].lower
        if word == "to" || word == "from" {
            // ("sells weapons to X and Y", "pressure from X and Y": governments; "a trip to X and Y": places)
            return k - 1 >= sentence.lowerBound && tokens.lower(k - 1, isIn: Self.journeyWords)
        }
        return NameCues.placePrepositions.contains(word) || NameCues.travelVerbs.contains(word)
    }

    /// Words of a journey before "to" or "from" (a closed class): "travel to", "a trip to", "flights from".
    static let journeyWords: WordSet = [
        "travel", "travels", "travelled", "traveled", "travelling", "traveling", "trip", "trips", "visit", "visits", "flight", "flights",
        "fly", "flies", "flew", "flying", "return", "returns", "returned", "returning", "journey", "tour", "go", "goes", "went", "going",
        "came", "come", "move", "moved", "head", "headed", "heading", "drove", "drive", "route", "routes", "road", "roads",
    ]

    /// A capital names the city, not the government, after a place preposition or as a dateline.
    func capitalIsPlace(_ tokens: [Token], at i: Int, end: Int, sentence: Range<Int>) -> Bool {
        if i > sentence.lowerBound {
            let previous = tokens[i - 1].lower
            // ("at Helsinki's request", "on Moscow's orders": the government's act, after any preposition)
            let ownsAnAct = i + 2 < end && tokens[i + 1].lower == "'s" && tokens.lower(i + 2, isIn: Self.governmentBiddingNouns)
            if NameCues.placePrepositions.contains(previous) && previous != "from" && previous != "to" && !ownsAnAct { return true }
            // "left Tehran", "visited Moscow": where someone goes or leaves is the city
            if NameCues.travelVerbs.contains(previous) { return true }
            if previous == "of", i - 2 >= sentence.lowerBound, ["out", "city", "streets", "centre", "center", "mayor"].contains(tokens[i - 2].lower) { return true }
        }
        if i + 1 < end, tokens[i + 1].text == ":" { return true }  // dateline
        // "JERUSALEM (Reuters) -", "ADDIS ABABA, Jan 12 (AFP) -": a dateline opening the line
        // ("Washington, which has armed ..." opens a sentence, not a dateline: a dateline's comma is
        // followed by a date or a place, never by a lower-case word)
        if tokens[i].startsLine,
            tokens[i].isAllCaps
                || (i + 1 < end && [",", "(", "-", "\u{2014}", "\u{2013}"].contains(tokens[i + 1].text)
                    && !(tokens[i + 1].text == "," && i + 2 < end && tokens[i + 2].isWord && !tokens[i + 2].isCapitalized))
        {
            var j = i + 1
            while j < end, tokens[j].isWord, tokens[j].isCapitalized { j += 1 }
            if j < end, [",", "(", "-", ":", "\u{2014}", "\u{2013}"].contains(tokens[j].text) { return true }
        }
        if i + 1 < end, ["-", "based"].contains(tokens[i + 1].lower), i + 2 < end, tokens[i + 2].lower == "based" { return true }
        return false
    }
}
