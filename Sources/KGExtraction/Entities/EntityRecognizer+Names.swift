import KGModel

/// Unknown capitalized names: where a run of them ends and what kind of thing it names.
extension EntityRecognizer {
    func capitalizedRunEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int {
        var j = i + 1
        while j < end, mask[j], !tokens[j].startsLine {
            let t = tokens[j]
            // "The ZANU-PF": a hyphenated acronym is a name of its own
            if t.isWord, t.isAllCaps, j + 2 < end, tokens[j + 1].text == "-", tokens[j + 1].attached, tokens[j + 2].attached,
                tokens[j + 2].isAllCaps, tokens[j + 2].isWord
            {
                break
            }
            // "Pakistan People's Party", "People's Liberation Army": a possessive after a word for a people
            // inside a capitalized name
            if t.lower == "'s", tokens.lower(j - 1, isIn: Self.possessiveNameWords), tokens[j - 1].isCapitalized,
                j + 1 < end, mask[j + 1], tokens[j + 1].isWord, tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps
            {
                j += 1
                continue
            }
            // "Spanish Socialist Workers' Party", "Kurdistan Workers' Party": a plural's apostrophe inside a
            // capitalized name
            if t.text == "'", t.attached, tokens[j - 1].isWord, tokens[j - 1].isCapitalized, tokens[j - 1].lower.hasSuffix("s"),
                j + 1 < end, mask[j + 1], tokens[j + 1].isWord, tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps
            {
                j += 1
                continue
            }
            // a head noun continues the name even where a gazetteer knows the word: "Busuanga Island"
            // (not after a sentence's "The" alone, where a known name opens with it: "The Council of Europe")
            if t.isWord && t.isCapitalized && !t.isAllCaps,
                NameCues.locationHeads.contains(t.lower, hash: t.lowerHash) || NameCues.organizationHeads.contains(t.lower, hash: t.lowerHash),
                !(tokens[i..<j].allSatisfy { NameCues.neverNames.contains($0.lower) } && gazetteerMatch(tokens, mask: mask, at: j, end: end) != nil)
            {
                j += 1
                continue
            }
            // "Police Service of Northern Ireland": a known place of several words after "of" is taken whole
            if t.isWord, t.isCapitalized, tokens[j - 1].lower == "of", let (placeEnd, entry) = gazetteerMatch(tokens, mask: mask, at: j, end: end),
                placeEnd > j + 1, entry.type == .location || entry.type == .country
            {
                j = placeEnd
                continue
            }
            // "Hassan Sheikh Mohamud": a Somali or Arabic name's "Sheikh" after a known first name, before
            // another name word, is part of the name
            if j == i + 1, tokens.lower(j, isIn: NameCues.innerNameTitles), j + 1 < end, mask[j + 1], tokens[j + 1].isWord, tokens[j + 1].isCapitalized,
                !tokens[j + 1].isAllCaps, lexicons.isFirstName(tokens[i].text)
            {
                j += 1
                continue
            }
            // "Julie Bishop said", "Theresa May met": a title's or a month's word ending a name right
            // after a known first name is the surname
            if isSurnameAfterFirstName(tokens, mask: mask, at: j, runStart: i, end: end) {
                j += 1
                continue
            }
            // "National Security Council", "Supreme National Security Council": everyday words before a
            // known institution's name ending in a head noun name another institution, not a word and it
            // (the gazetteer's reading of the word, asked once for this rule and the next)
            let match = t.isWord && t.isCapitalized ? gazetteerMatch(tokens, mask: mask, at: j, end: end) : nil
            if let institutionEnd = qualifiedInstitutionEnd(tokens, match: match, at: j, runStart: i) {
                j = institutionEnd
                continue
            }
            // "Royal Canadian Mounted Police", "Free Syrian Army", "Grand Ethiopian Renaissance Dam": a
            // name's opening word before a state's name or people's word, the name going on to a head
            // noun, opens one name (not the state's institution with a stray word before it)
            // (after a sentence's "The" too)
            if j == i + 1 || j == i + 2 && tokens[i].lower == "the", tokens.lower(j - 1, isIn: NameCues.stateNameOpeners),
                let (placeEnd, entry) = match, entry.type == .country,
                let headEnd = headNounRunEnd(tokens, mask: mask, at: placeEnd, end: end)
            {
                j = headEnd
                continue
            }
            // "the Bougainville Revolutionary Army": a known place's name before a known body's name that
            // ends in its head noun names another body, the place's
            if let (matchEnd, entry) = match, entry.type == .organization, entry.kind == .name, matchEnd - j >= 2,
                tokens.lower(matchEnd - 1, isIn: NameCues.organizationHeads),
                let (placeEnd, place) = gazetteerMatch(tokens, mask: mask, at: i, end: end), placeEnd == j, place.type == .location, place.kind == .name
            {
                j = matchEnd
                continue
            }
            if t.isWord && t.isCapitalized && !NameCues.calendarWords.contains(t.lower, hash: t.lowerHash)
                && (match.map {
                    $0.1.type == .location && $0.0 == j + 1 || isSurnameSpelledLikeACapital($0, at: j, runStart: i, tokens)
                        || isSurnameSpelledLikeABody($0, at: j, runStart: i, tokens, end: end)
                } ?? true
                    // ("the State House of Kenyan President X": a people's word after "of" goes on only
                    // into a longer name, "Union of Soviet Socialist Republics")
                    || tokens[j - 1].lower == "of" && (match?.1.kind != .demonym || continuesCapitalizedName(tokens, mask: mask, at: j + 1, end: end))
                    // ("Rally for Malian Democracy": a people's word after an institution's "for")
                    || tokens[j - 1].lower == "for" && match?.1.kind == .demonym)
                && roleMatch(tokens, mask: mask, at: j, end: end) == nil
            {
                j += 1
                continue
            }
            // "Cote d'Ivoire", "Mossos d'Esquadra": an elided particle joined to a capitalized word
            if Self.isElidedParticleName(t), tokens[j - 1].isCapitalized {
                j += 1
                continue
            }
            // name particles: "Omar Said al-Rashid", "Anke van der Berg"
            if NameCues.nameParticles.contains(t.lower, hash: t.lowerHash), j + 1 < end, mask[j + 1],
                tokens[j + 1].isCapitalized || tokens[j + 1].text == "-" && tokens[j + 1].attached
                    || tokens.lower(j + 1, isIn: NameCues.nameParticles) && j + 2 < end && tokens[j + 2].isCapitalized,
                tokens[j - 1].isCapitalized || tokens.lower(j - 1, isIn: NameCues.nameParticles)
            {
                j += 1
                continue
            }
            // "Lund-Berg"; "Lee Min-jun", "Park Ji-woo": a short lower-case syllable after a hyphen
            // ("Ban Ki-moon": after a surname and a one-syllable given name, even a common word)
            if t.text == "-", t.attached, j + 1 < end, tokens[j + 1].attached, mask[j + 1],
                tokens[j + 1].isCapitalized
                    || tokens[j + 1].isWord && tokens[j + 1].text.count <= 4
                        && (tokens[j + 1].text.count <= 3 || !tokens.lower(j + 1, isIn: lexicons.commonWords)
                            || isGivenNameSyllable(tokens, j - 1, runStart: i))
                        && tokens.lower(j + 1, in: lexicons.verbs) == nil
                    // ("Kim Tae-young", "Lee Jae-myung": after a surname, a given name's second syllable of
                    // five letters, though an everyday word)
                    || j - 2 >= i && Self.isEastAsianSurname(tokens[j - 2]) && Self.isHyphenatedGivenName(tokens, at: j - 1, end: end)
            {
                j += 2
                continue
            }
            // "Commission on Decommissioning", "Commission against Impunity": "on" or "against" after an
            // institution's head, before a capitalized word that is no day, month or known place
            // ("the Security Council on Monday", "briefed the Council on Syria" end the name)
            if Self.topicConnectors.contains(t.lower), j + 1 < end, mask[j + 1], tokens[j + 1].isWord, tokens[j + 1].isCapitalized,
                tokens.lower(j - 1, isIn: NameCues.organizationHeads), !tokens.lower(j + 1, isIn: NameCues.calendarWords),
                gazetteerMatch(tokens, mask: mask, at: j + 1, end: end) == nil
            {
                j += 1
                continue
            }
            // "Peace and Security Council", "Land and Titles Court": capitalized everyday words joined by
            // "and" to an institution's name are part of it (not "Russia and Security Council": a name)
            if t.lower == "and" || t.text == "&", j + 1 < end, mask[j + 1],
                tokens[i..<j].allSatisfy({ $0.isWord && $0.isCapitalized && lexicons.commonWords.contains($0.lower) && !lexicons.roles.contains($0.lower) }),
                let headEnd = institutionHeadEnd(tokens, mask: mask, from: j + 1, end: end)
            {
                j = headEnd
                continue
            }
            // "Party of the Democratic Revolution", "Ministry of the Interior": "of the" after an
            // institution's head, before a capitalized word no other name has taken (not the start of a
            // known body's name of several words: "the Minsk Group of the Organization for Security and
            // Co-operation in Europe" is two bodies)
            if t.lower == "of", j + 2 < end, tokens[j + 1].lower == "the", mask[j + 1], mask[j + 2], tokens[j + 2].isWord, tokens[j + 2].isCapitalized,
                !tokens[j + 2].isAllCaps, tokens.lower(j - 1, isIn: NameCues.organizationHeads),
                !isKnownBodyOfSeveralWords(tokens, mask: mask, at: j + 2, end: end)
            {
                j += 2
                continue
            }
            // "Front for the Liberation of Oman", "Movement for the Restoration of Democracy": "for the",
            // after an institution's head, before a capitalized word, and an "of" and a capitalized word
            // after that word (a place's name included: the body's name goes on over it)
            if t.lower == "for", j + 2 < end, tokens[j + 1].lower == "the", mask[j + 1], mask[j + 2], tokens[j + 2].isWord, tokens[j + 2].isCapitalized,
                !tokens[j + 2].isAllCaps, tokens.lower(j - 1, isIn: NameCues.organizationHeads), gazetteerMatch(tokens, mask: mask, at: j + 2, end: end) == nil
            {
                j += 3
                // ("of the Enclave of Cabinda": an article may open the "of" phrase)
                if j + 1 < end, tokens[j].lower == "of" {
                    let word = tokens[j + 1].lower == "the" ? j + 2 : j + 1
                    if word < end, tokens[word].isWord, tokens[word].isCapitalized, !tokens[word].isAllCaps { j = word + 1 }
                }
                continue
            }
            // connectors inside institution names: "Ministry of Defence", "Council for ..."
            if (t.lower == "of" || t.lower == "for"), j + 1 < end, tokens[j + 1].isCapitalized, mask[j + 1],
                tokens.lower(j - 1, isIn: NameCues.organizationHeads) || t.lower == "of" && tokens.lower(j - 1, isIn: NameCues.locationHeads)
                    || t.lower == "of" && tokens.lower(j - 1, isIn: NameCues.ofNameOpeners)
            {
                j += 1
                continue
            }
            break
        }
        return j
    }

    /// Whether a known organization's name of several words starts at `j`.
    func isKnownBodyOfSeveralWords(_ tokens: [Token], mask: [Bool], at j: Int, end: Int) -> Bool {
        guard let (matchEnd, entry) = gazetteerMatch(tokens, mask: mask, at: j, end: end) else { return false }
        return matchEnd > j + 1 && entry.type == .organization
    }

    /// A word made of an elided particle and a capitalized word, `d'Ivoire`, `l'Homme`: part of
    /// the name around it, though it starts in lower case.
    static func isElidedParticleName(_ t: Token) -> Bool {
        // the first byte first: asked of most capitalized runs' words, and the scalars' array cost
        // about 1,300 instructions
        guard let first = t.text.utf8.first, first == UInt8(ascii: "d") || first == UInt8(ascii: "l") else { return false }
        let scalars = Array(t.text.unicodeScalars.prefix(3))
        guard t.isWord, scalars.count == 3, scalars[0] == "d" || scalars[0] == "l" else { return false }
        return (scalars[1] == "'" || scalars[1] == "\u{2019}") && scalars[2].properties.isUppercase
    }

    /// The end of a known institution's name at `j` (the gazetteer's `match` there) that the everyday
    /// capitalized words from `runStart` qualify ("National" before "Security Council"), or nil.
    ///
    /// The qualifiers are adjectives and nouns a dictionary has (no verb forms, which a headline's
    /// title case capitalizes: "Asks Security Council"), no titles, days or "The".
    func qualifiedInstitutionEnd(_ tokens: [Token], match: (Int, GazetteerEntry)?, at j: Int, runStart: Int) -> Int? {
        guard j > runStart, tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isAllCaps,
            let (matchEnd, entry) = match, entry.type == .organization,
            entry.kind == .name, matchEnd - j >= 2, tokens.lower(matchEnd - 1, isIn: NameCues.organizationHeads)
        else { return nil }
        for k in runStart..<j {
            let word = tokens[k]
            guard word.isWord, word.isCapitalized, !word.isAllCaps, lexicons.commonWords.contains(word.lower, hash: word.lowerHash),
                tokens.lower(k, in: lexicons.verbs) == nil, !lexicons.roles.contains(word.lower, hash: word.lowerHash),
                !NameCues.calendarWords.contains(word.lower, hash: word.lowerHash), !NameCues.neverNames.contains(word.lower, hash: word.lowerHash)
            else { return nil }
        }
        return matchEnd
    }

    /// Particles of descent written in lower case inside an Arabic name: "Musaed bin Mohammed Al-Aiban".
    static let sonOfParticles: WordSet = ["bin", "ibn", "bint"]

    /// Words for a people or a class of it whose possessive stays inside a name: "People's Party".
    static let possessiveNameWords: WordSet = ["people", "workers", "women", "children", "citizens", "farmers", "martyrs"]

    /// Connectors after an institution's head that open the topic it deals with: "Commission on ...".
    static let topicConnectors: Set<String> = ["on", "against"]

    /// Where capitalized words from `k`, at most four, reach an institution's head noun ("Security
    /// Council"): the index after the head, or nil.
    func institutionHeadEnd(_ tokens: [Token], mask: [Bool], from k: Int, end: Int) -> Int? {
        var j = k
        while j < end, j - k < 4, mask[j], tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isAllCaps {
            if tokens.lower(j, isIn: NameCues.organizationHeads) { return j + 1 }
            j += 1
        }
        return nil
    }

    /// "Rodrigo Londono": one word a gazetteer knows as a capital's spelling, right after a lone first
    /// name that is no everyday word nor a day's or month's name, is the person's surname (a town's name already continues a run so).
    func isSurnameSpelledLikeACapital(_ match: (Int, GazetteerEntry), at j: Int, runStart: Int, _ tokens: [Token]) -> Bool {
        let first = tokens[runStart]
        return match.0 == j + 1 && match.1.kind == .capital && j == runStart + 1 && !first.isAllCaps
            && lexicons.isFirstName(first.text) && !lexicons.commonWords.contains(first.lower, hash: first.lowerHash)
            && !NameCues.calendarWords.contains(first.lower, hash: first.lowerHash)  // "On Friday Kigali recognized ..."
    }

    /// "Therese Kayikwamba Wagner": one word a gazetteer knows as a body's name (not in capitals),
    /// ending a run of name words that opens with a known first name, is the person's surname.
    func isSurnameSpelledLikeABody(_ match: (Int, GazetteerEntry), at j: Int, runStart: Int, _ tokens: [Token], end: Int) -> Bool {
        let word = tokens[j]
        guard match.0 == j + 1, match.1.type == .organization, !word.isAllCaps, j > runStart,
            lexicons.isFirstName(tokens[runStart].text), !tokens[runStart].isAllCaps,
            tokens[runStart..<j].allSatisfy({ $0.isWord && $0.isCapitalized && !lexicons.commonWords.contains($0.lower, hash: $0.lowerHash) })
        else { return false }
        // the name ends with it: no capitalized word goes on after it
        return j + 1 >= end || !(tokens[j + 1].isWord && tokens[j + 1].isCapitalized)
    }

    /// "Ki" in "Ban Ki-moon", "Jae" in "Moon Jae-in": a capitalized syllable of at most three letters
    /// after another name word of the run, written before a hyphen: the first half of an East Asian
    /// given name, whose second half may spell a common English word.
    func isGivenNameSyllable(_ tokens: [Token], _ k: Int, runStart: Int) -> Bool {
        k > runStart && tokens[k].isWord && tokens[k].isCapitalized && !tokens[k].isAllCaps && tokens[k].text.count <= 3
            && tokens[k - 1].isWord && tokens[k - 1].isCapitalized
    }

    /// "Ji-won" in "Park Ji-won", "You-geun" in "Kim You-geun": a capitalized syllable of at most
    /// five letters joined by a hyphen to a lower-case one of at most five, as East Asian given names
    /// are written in English.
    static func isHyphenatedGivenName(_ tokens: [Token], at k: Int, end: Int) -> Bool {
        guard k + 2 < end else { return false }
        let first = tokens[k], hyphen = tokens[k + 1], second = tokens[k + 2]
        return first.isWord && first.isCapitalized && !first.isAllCaps && first.text.count <= 5
            && hyphen.text == "-" && hyphen.attached && second.attached && second.isWord && !second.isCapitalized
            && second.text.count <= 5
    }

    /// Whether the capitalized word at `j`, right after a known first name opening a run at `i` and
    /// ending the name, is a surname though it spells a title or a month: "Julie Bishop", "Theresa May"
    /// (not after a first name a gazetteer knows as a place: "Georgia President ...").
    func isSurnameAfterFirstName(_ tokens: [Token], mask: [Bool]?, at j: Int, runStart i: Int, end: Int) -> Bool {
        guard j == i + 1, j < end else { return false }
        let first = tokens[i], t = tokens[j]
        guard t.isWord, t.isCapitalized, !t.isAllCaps, first.isWord, first.isCapitalized, !first.isAllCaps,
            NameCues.calendarWords.contains(t.lower, hash: t.lowerHash) || lexicons.roles.contains(t.lower, hash: t.lowerHash),
            lexicons.isFirstName(first.text), !lexicons.commonWords.contains(first.lower, hash: first.lowerHash),
            !NameCues.calendarWords.contains(first.lower, hash: first.lowerHash), lexicons.gazetteer[first.lower] == nil
        else { return false }
        if let mask, j + 1 < mask.count, !mask[j + 1] { return true }
        return j + 1 >= tokens.count || !(tokens[j + 1].isWord && tokens[j + 1].isCapitalized)
    }

    /// Whether the country's name at `i`, also a first name, opens a person's name: "Defence Minister
    /// Israel Katz", "far-right leader Jordan Bardella" (not where the country is named: "Israel
    /// Radio", "Jordan Valley", "Prime Minister Chad").
    ///
    /// The country's one-word name, known as a first name, followed by a capitalized word no
    /// lexicon knows as a place, a title, an institution's noun or an everyday word, is read as a
    /// person's name where a title or honorific comes right before it, or where the two words are
    /// an office holder's full name.
    func opensCountryNamedPerson(
        _ tokens: [Token], mask: [Bool], at i: Int, gazetteerEnd: Int, sentence: Range<Int>, roles: [RoleSpan]
    ) -> Bool {
        let first = tokens[i], surname = i + 1
        guard gazetteerEnd == surname, surname < sentence.upperBound, mask[surname], first.isWord, first.isCapitalized,
            !first.isAllCaps, lexicons.gender(ofFirstName: first.text) != nil, let entries = lexicons.gazetteer[first.lower],
            entries.contains(where: { $0.type == .country && $0.kind == .name })
        else { return false }
        // "Dominique de Villepin": a name particle may stand before the surname
        var surnameAt = surname
        if tokens.lower(surname, isIn: NameCues.nameParticles), !tokens[surname].isCapitalized, surname + 1 < sentence.upperBound, mask[surname + 1] {
            surnameAt = surname + 1
        }
        let next = tokens[surnameAt]
        // "Dominique Strauss-Kahn", "Dominique Pin": a state's name in another language (Dominica's French
        // one) that is a first name opens a person's name before a surname, titled or not, and the surname
        // may be an everyday word
        let foreignName = entries.allSatisfy { $0.type != .country || $0.canonical.lowercased() != first.lower }
        guard next.isWord, next.isCapitalized, !next.isAllCaps, !next.attached,
            foreignName || !lexicons.commonWords.contains(next.lower, hash: next.lowerHash), !lexicons.roles.contains(next.lower, hash: next.lowerHash),
            !NameCues.organizationHeads.contains(next.lower), lexicons.gazetteer[next.lower] == nil,
            !NameCues.calendarWords.contains(next.lower, hash: next.lowerHash)
        else { return false }
        let titled =
            roles.last?.range.upperBound == i || (i > sentence.lowerBound && tokens.lower(i - 1, isIn: lexicons.honorifics))
        return titled || foreignName || OfficeHolders.country(of: tokens[i...surnameAt].map(\.text).joined(separator: " ")) != nil
    }

    /// Whether a first name and a place's head noun that is also a surname make a person's name when
    /// a title stands before them: "Kathryn Hall", "Christopher Hill" (not "King Fahd Causeway").
    func isFirstNameAndSurnameHead(_ first: Token, _ head: Token) -> Bool {
        lexicons.isFirstName(first.text) && NameCues.surnameHeads.contains(head.lower, hash: head.lowerHash)
    }

    /// A capitalized word short enough to be an East Asian surname ("Kim", "Park", "Chiang").
    static func isEastAsianSurname(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isAllCaps && token.text.count <= 6
    }

    /// A plural of an everyday noun or of a people's name: "hackers", "asians", "midwesterners".
    func isPluralNoun(_ lower: String) -> Bool {
        guard lower.hasSuffix("s"), lower.count > 4, !lower.hasSuffix("ss") else { return false }
        if lexicons.commonWords.contains(lower) || lexicons.commonWords.contains(String(lower.dropLast())) { return true }
        return ["ans", "ers", "ists", "ites", "ians"].contains { lower.hasSuffix($0) }
    }

    /// The type of a name of one or two capitalized words, then "al-" or "el-" and a capitalized word:
    /// a place's when it opens with an Arabic place noun ("Ras al-Ain"), a group's when with a group's
    /// noun ("Jaish al-Adl"), else a person's when its first words are plain name words ("Nouri
    /// al-Maliki"); nil for any other name.
    func arabicNameType(_ words: ArraySlice<Token>) -> EntityType? {
        guard (4...5).contains(words.count) else { return nil }
        let given = words.dropLast(3)
        let particle = words[words.endIndex - 3]
        let hyphen = words[words.endIndex - 2]
        let surname = words[words.endIndex - 1]
        guard isJoinedArabicSurname(particle, hyphen, surname), given.allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isAllCaps }),
            let first = given.first
        else { return nil }
        if NameCues.arabicPlaceOpeners.contains(first.lower, hash: first.lowerHash) { return .location }
        if NameCues.arabicBodyOpeners.contains(first.lower, hash: first.lowerHash) { return .organization }
        let headed = given.contains { NameCues.organizationHeads.contains($0.lower) || NameCues.locationHeads.contains($0.lower) }
        return !headed && plainNameWords(given) ? .person : nil
    }

    /// Whether three tokens are an Arabic surname joined to its particle: "al", "-", "Maliki".
    func isJoinedArabicSurname(_ particle: Token, _ hyphen: Token, _ surname: Token) -> Bool {
        NameCues.arabicSurnameParticles.contains(particle.lower, hash: particle.lowerHash) && !particle.isCapitalized && hyphen.text == "-"
            && hyphen.attached && surname.attached && surname.isCapitalized
    }

    /// No word is an everyday word (first names aside) nor written in capitals.
    func plainNameWords(_ words: ArraySlice<Token>) -> Bool {
        words.filter(\.isWord).allSatisfy {
            (!lexicons.commonWords.contains($0.lower) || lexicons.isFirstName($0.text))
                && (!$0.isAllCaps || $0.text.hasSuffix(".") && $0.text.count <= 5)
        }
    }

    /// The capitalized run from `i` ends in a place's or an institution's head noun.
    func endsInHead(_ tokens: [Token], mask: [Bool], from i: Int, end: Int) -> Bool {
        let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i, end: end)
        guard runEnd - i >= 3 else { return false }
        let last = tokens[runEnd - 1].lower
        return NameCues.locationHeads.contains(last) || NameCues.organizationHeads.contains(last)
    }

    /// Types the names inside a capitalized run by their words and context.
    func typeNames(_ tokens: [Token], run: Range<Int>, sentence: Range<Int>, roles: [RoleSpan]) -> [RawMention] {
        if let body = bodyBeforeItsNoun(tokens, run: run, sentence: sentence) ?? bodyBeforeItsLeader(tokens, run: run, sentence: sentence) {
            return [body]
        }
        // "the League's decision" after "the Arab League": an institution's head alone after "the" is the
        // document's institution whose name it ends, if any (`MentionResolver`), else nothing
        if run.count == 1, run.lowerBound > sentence.lowerBound, tokens[run.lowerBound - 1].lower == "the",
            tokens.lower(run.lowerBound, isIn: NameCues.shortFormHeads), !tokens[run.lowerBound].isAllCaps,
            run.upperBound >= sentence.upperBound || tokens[run.upperBound].lower != "of"
        {
            var body = RawMention(range: run, type: .organization, name: tokens[run.lowerBound].text, origin: .name)
            body.needsResolution = true
            return [body]
        }
        // split the run at common words; an institution head keeps the common words before it
        var out: [RawMention] = []
        var segment: [Int] = []
        func flush() {
            guard let first = segment.first, let last = segment.last else { return }
            // "Peacekeeping Marta Quiroga": a first name inside a segment starts the person's name,
            // unless a title says the name starts earlier ("Prime Minister Lars Holmberg")
            // ("the prime minister-elect, Fiame Naomi Mata'afa,": a title and a comma say so too)
            let titled =
                roles.contains { $0.range.upperBound == first }
                || (first > sentence.lowerBound && tokens.lower(first - 1, isIn: lexicons.honorifics))
                || (first > sentence.lowerBound && tokens[first - 1].text == ","
                    && titleEnds(tokens, before: first - 1, roles: roles))
            // ("Wife Manju Sam" keeps "Manju Sam": a first name ending the segment is a surname)
            var start = first
            // ("Park Ji-won": not the given name after an East Asian surname)
            if !titled, let firstName = segment.dropFirst().dropLast().first(where: { lexicons.isFirstName(tokens[$0].text) }),
                !lexicons.isFirstName(tokens[first].text),
                !(Self.isEastAsianSurname(tokens[first]) && Self.isHyphenatedGivenName(tokens, at: first + 1, end: last + 1)),
                // ("Musaed bin Mohammed Al-Aiban": a first name after a particle is a father's, inside the name;
                // "Saif al-Islam Gaddafi": so is one joined to it by a hyphen)
                !tokens.lower(firstName - 1, isIn: NameCues.nameParticles),
                !(tokens[firstName - 1].text == "-" && firstName - 2 >= first && tokens.lower(firstName - 2, isIn: NameCues.nameParticles))
            {
                start = firstName
            }
            // "Ambassador to Manila MaryKay Carlson": the post's capital or country before the holder's name
            if start == first, segment.count >= 3, first > sentence.lowerBound + 1, tokens[first - 1].lower == "to",
                tokens.lower(first - 2, isIn: lexicons.roles),
                lexicons.gazetteer[tokens[first].lower]?.contains(where: { $0.type == .country }) == true
            {
                start = segment[1]
            }
            let range = start..<(last + 1)
            let typed = typeSegment(tokens, range, sentence: sentence, roles: roles)
            if let typed { out.append(typed) }
            segment = []
        }
        let titledPair = isTitledNamePair(tokens, run: run, roles: roles)
        var k = run.lowerBound
        while k < run.upperBound {
            let t = tokens[k]
            let lower = t.lower, lowerHash = t.lowerHash
            // "Al-Rashid", "El-Amin": a capitalized particle joined by a hyphen opens the name
            let hyphenParticle =
                NameCues.nameParticles.contains(lower, hash: lowerHash) && k + 2 < run.upperBound
                && tokens[k + 1].text == "-" && tokens[k + 1].attached && tokens[k + 2].isCapitalized
            // ("Tamim bin Hamad Al Thani": a capitalized particle inside a name, before another name word, too)
            let insideName =
                hyphenParticle
                || (NameCues.nameParticles.contains(lower, hash: lowerHash) && !segment.isEmpty
                    && (!t.isCapitalized || k + 1 < run.upperBound && tokens[k + 1].isWord && tokens[k + 1].isCapitalized && !tokens[k + 1].isAllCaps))
                || (t.attached && !t.isCapitalized && k > run.lowerBound && tokens[k - 1].text == "-" && !segment.isEmpty)
                // ("Anne Gazeau-Secret": an everyday word joined by a hyphen to a name word is the name's)
                || (t.attached && t.isCapitalized && k > run.lowerBound && tokens[k - 1].text == "-" && tokens[k - 1].attached
                    && segment.filter { tokens[$0].isWord }.count >= 2)
                || (Self.isElidedParticleName(t) && !segment.isEmpty)
            // "Henry Sweet": an everyday word right after a first name is the surname ("Julie Bishop",
            // "Theresa May": a title's or a month's word too, ending the name)
            let surname =
                segment.count == 1 && lexicons.isFirstName(tokens[segment[0]].text) && t.isCapitalized
                && !NameCues.functionWords.contains(lower, hash: lowerHash)
                && (!NameCues.calendarWords.contains(lower, hash: lowerHash) && !lexicons.roles.contains(lower, hash: lowerHash)
                    || k + 1 == run.upperBound && k == segment[0] + 1 && isSurnameAfterFirstName(tokens, mask: nil, at: k, runStart: segment[0], end: run.upperBound))
            // "the energy company Total": a name in apposition to a kind of institution, even an everyday word
            let afterClassNoun =
                k == run.lowerBound && k > sentence.lowerBound && tokens.lower(k - 1, isIn: NameCues.organizationClassNouns)
            // "Ali Said Abdella": a given name spelled like a function word, capitalized inside a name
            // (not opening the sentence, before another name word) is the name's; so is one right after
            // a lower-case patronymic particle, ending the name ("Qaboos bin Said")
            let givenNameInside =
                !segment.isEmpty && k > sentence.lowerBound && t.isCapitalized && !t.isAllCaps
                && NameCues.givenNamesSpelledLikeWords.contains(lower, hash: lowerHash)
                && (k + 1 < run.upperBound && tokens[k + 1].isWord && tokens[k + 1].isCapitalized && !tokens[k + 1].isAllCaps
                    || !tokens[k - 1].isCapitalized && Self.patronymicParticles.contains(tokens[k - 1].lower))
            // "Al Masirah", "El Alto": a capitalized particle opening a name belongs to it
            let particleOpens =
                segment.isEmpty && t.isCapitalized && NameCues.nameParticles.contains(lower, hash: lowerHash) && k + 1 < run.upperBound
                && tokens[k + 1].isCapitalized && !tokens.lower(k + 1, isIn: lexicons.commonWords)
            // "Kim You-geun", "Park Ji-won": a hyphenated East Asian given name and the surname before
            // it are name words, though "You" and "Park" are everyday words
            // (only after such a surname: a sentence's "Post-war" or "Self-rule" is no name)
            let eastAsianName =
                k > run.lowerBound && Self.isEastAsianSurname(tokens[k - 1]) && Self.isHyphenatedGivenName(tokens, at: k, end: run.upperBound)
                || Self.isEastAsianSurname(t) && Self.isHyphenatedGivenName(tokens, at: k + 1, end: run.upperBound)
            let isCommon =
                !insideName && !surname && !afterClassNoun && !particleOpens && !eastAsianName && !givenNameInside && !titledPair
                && ((lexicons.commonWords.contains(lower, hash: lowerHash) || NameCues.neverNames.contains(lower, hash: lowerHash))
                    && !lexicons.isFirstName(t.text)
                    || NameCues.calendarWords.contains(lower, hash: lowerHash) || lexicons.honorifics.contains(lower, hash: lowerHash) && k + 1 == run.upperBound)
            let placeHead = NameCues.locationHeads.contains(lower, hash: lowerHash) && !t.isAllCaps
            // "University of Avalon": a head opening the run, continued by "of"
            // ("Party of the Democratic Revolution")
            let opensName =
                k + 2 < run.upperBound && ["of", "for"].contains(tokens[k + 1].lower)
                && (tokens[k + 2].isCapitalized || tokens[k + 2].lower == "the" && k + 3 < run.upperBound && tokens[k + 3].isCapitalized)
            // a head word followed by another name word is a modifier: "Village Voice", "Harbour Lights"
            let endsName =
                k + 1 == run.upperBound || opensName || !tokens[k + 1].isCapitalized
                || tokens.lower(k + 1, isIn: NameCues.organizationHeads) || tokens.lower(k + 1, isIn: NameCues.locationHeads)
                || tokens[k + 1].isAllCaps
            // "Ambassador Kathryn Hall", "its ambassador, Kathryn Hall": a first name and a place's head noun
            // right after a title are a person's name
            // ("Hydrocarbons Minister Andres Soliz Rada": so is a first name and a surname like an institution's head)
            let titledPerson =
                k + 1 == run.upperBound
                && (placeHead && k == run.lowerBound + 1 && isFirstNameAndSurnameHead(tokens[run.lowerBound], t)
                    || lexicons.isFirstName(tokens[run.lowerBound].text) && NameCues.organizationHeads.contains(lower, hash: lowerHash)
                        && !placeHead
                        && k > run.lowerBound && !opensName)
                && (roles.contains { $0.range.upperBound == run.lowerBound }
                    || run.lowerBound > 0 && tokens[run.lowerBound - 1].text == "," && titleEnds(tokens, before: run.lowerBound - 1, roles: roles))
            // (the word sets asked by the hash the token keeps)
            if (NameCues.organizationHeads.contains(lower, hash: lowerHash) || placeHead) && !titledPerson && (k > run.lowerBound || opensName) && endsName {
                // institution: from the start of the run (or segment) up to the head
                var start = segment.first ?? k
                // "Democratic Unionist Party": everyday words right before the name's own words belong to it
                // (they opened no mention of their own)
                if let first = segment.first {
                    var b = first - 1
                    // "Christian Democratic People's Party": before a people's possessive, every name word of
                    // the run is the body's, a first name and a surname-like word included
                    // (a place's: "Donetsk People's Republic" is the known place's longer name)
                    let peoplesName = !placeHead && tokens[first].lower == "'s" && tokens.lower(first - 1, isIn: Self.possessiveNameWords)
                    while b >= run.lowerBound, tokens[b].isWord,
                        peoplesName && tokens[b].isCapitalized
                            || tokens.lower(b, isIn: lexicons.commonWords)
                                && !out.contains(where: { $0.range.contains(b) }),
                        !tokens.lower(b, isIn: NameCues.neverNames) || tokens.lower(b, isIn: NameCues.regionalWords)
                            || peoplesName && tokens.lower(b, isIn: NameCues.faithWords),
                        !tokens.lower(b, isIn: NameCues.calendarWords)
                    {
                        start = b
                        b -= 1
                    }
                }
                if segment.isEmpty {
                    start = k
                    var b = k - 1
                    // ("Peace and Security Council": an "and" inside the run joins everyday words to the name)
                    while b >= run.lowerBound,
                        !tokens.lower(b, isIn: NameCues.neverNames) || tokens.lower(b, isIn: NameCues.regionalWords)
                            || tokens.lower(b, isIn: NameCues.faithWords) || tokens[b].lower == "and" && b > run.lowerBound
                            || b == run.lowerBound && tokens.lower(b, isIn: NameCues.institutionOpeners)
                    {
                        start = b
                        b -= 1
                    }
                }
                // "Hamid Karzai International Airport": a name the head's words take in is part of it, no person
                out.removeAll { $0.range.lowerBound >= start }
                var stop = k + 1
                // "Ministry of Defence"
                while stop < run.upperBound,
                    ["of", "for"].contains(tokens[stop].lower) || Self.topicConnectors.contains(tokens[stop].lower) || tokens[stop].isCapitalized
                        || Self.isElidedParticleName(tokens[stop]) || tokens[stop].lower == "the" && ["of", "for"].contains(tokens[stop - 1].lower)
                {
                    stop += 1
                }
                while stop > k + 1, ["of", "for", "the"].contains(tokens[stop - 1].lower) || Self.topicConnectors.contains(tokens[stop - 1].lower) { stop -= 1 }
                let name = tokens[start..<stop].map(\.text).joined(separator: " ").joinedWordParts
                if stop - start >= 2 || opensName {  // a head alone ("Command") names nothing
                    // the last head types the name: "Museum of Modern Art" is an institution, "Port Street" a place
                    let head = tokens[start..<stop].last(where: { NameCues.organizationHeads.contains($0.lower) || NameCues.locationHeads.contains($0.lower) })?.lower ?? lower
                    // ("Ministry of State Security", "Council of State": an institution's head before "of" keeps
                    // the name an institution, whatever place's noun its complement holds)
                    let of = tokens[start..<stop].firstIndex { $0.lower == "of" }
                    let headBeforeOf = of.map { tokens[start..<$0].contains { NameCues.organizationHeads.contains($0.lower) } } ?? false
                    let type: EntityType = NameCues.organizationHeads.contains(head) || headBeforeOf ? .organization : .location
                    out.append(RawMention(range: start..<stop, type: type, name: name, origin: .name))
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

    /// Whether `run` is two capitalized words right after a title, one of them no everyday word and
    /// neither a head noun, a title, a month or a function word: a person's given name and surname,
    /// though the other is an everyday word ("Prime Minister Guy Verhofstadt", "Foreign Minister Qin Gang").
    func isTitledNamePair(_ tokens: [Token], run: Range<Int>, roles: [RoleSpan]) -> Bool {
        guard run.count == 2, roles.contains(where: { $0.range.upperBound == run.lowerBound }) else { return false }
        let words = tokens[run]
        guard
            words.allSatisfy({
                $0.isWord && $0.isCapitalized && !$0.isAllCaps && !NameCues.organizationHeads.contains($0.lower, hash: $0.lowerHash)
                    && !NameCues.locationHeads.contains($0.lower, hash: $0.lowerHash) && !NameCues.calendarWords.contains($0.lower, hash: $0.lowerHash)
                    && !NameCues.functionWords.contains($0.lower, hash: $0.lowerHash) && !NameCues.neverNames.contains($0.lower, hash: $0.lowerHash)
                    && !lexicons.roles.contains($0.lower, hash: $0.lowerHash)
            })
        else { return false }
        return words.contains { !lexicons.commonWords.contains($0.lower, hash: $0.lowerHash) }
    }

    /// "the conservative New Democracy party", "his Falintil guerrillas": a capitalized run right
    /// before a lower-case noun of a party or an armed group names that body, everyday words and all.
    /// One word alone must stand before a noun of an armed body ("the Houthi movement" is the
    /// Houthis, "the Labour party" says too little) and be no everyday word nor shaped like a
    /// people's adjective ("Tigrayan", "Kurdish"). A word that says the body is armed or outlawed,
    /// between the name and its noun or before the name, makes a group, coalition or front one too
    /// ("the Seleka rebel coalition", "the banned Akramiya group").
    func bodyBeforeItsNoun(_ tokens: [Token], run: Range<Int>, sentence: Range<Int>) -> RawMention? {
        func lowerWord(_ j: Int) -> Bool { j < sentence.upperBound && tokens[j].isWord && !tokens[j].isCapitalized }
        var nounAt = run.upperBound
        let modifiedBetween = lowerWord(nounAt) && tokens.lower(nounAt, isIn: NameCues.armedBodyModifiers) && lowerWord(nounAt + 1)
        if modifiedBetween { nounAt += 1 }
        guard lowerWord(nounAt) else { return nil }
        let noun = tokens[nounAt].lower
        let modifiedBefore = run.lowerBound > sentence.lowerBound && tokens.lower(run.lowerBound - 1, isIn: NameCues.armedBodyModifiers)
        let armed = modifiedBetween || modifiedBefore
        guard NameCues.bodyNouns.contains(noun) || armed && NameCues.armedBodyClassNouns.contains(noun) else { return nil }
        var start = run.lowerBound
        while start < run.upperBound, tokens.lower(start, isIn: NameCues.neverNames) { start += 1 }
        let words = tokens[start..<run.upperBound]
        guard let first = words.first, words.count <= 4, words.allSatisfy({ $0.isWord || $0.text == "-" }),
            !words.contains(where: { lexicons.roles.contains($0.lower) || lexicons.honorifics.contains($0.lower) })
        else { return nil }
        if words.count == 1,
            !(armed || NameCues.armedBodyNouns.contains(noun) || Self.partyClassNouns.contains(noun) && ownedOrDetermined(tokens, before: start, sentence: sentence))
                || lexicons.commonWords.contains(first.lower, hash: first.lowerHash) || first.isAllCaps
                || Self.isShapedLikeAPeoplesAdjective(first.lower) || first.lower.hasSuffix("an")
        {
            return nil
        }
        let name = words.map(\.text).joined(separator: " ").joinedWordParts
        return RawMention(range: start..<run.upperBound, type: .organization, name: name, origin: .name)
    }

    /// Nouns of a party a single word names when written after it, owned or determined (a closed
    /// class): "whose Semilla party", "the opposition Waddani party", "whose Sairoon bloc" (not
    /// "movement": "the Gulen movement" is named after a person).
    static let partyClassNouns: WordSet = ["party", "bloc"]

    /// Whether a possessive ("whose", "his", "Fico's") or an article, perhaps with one lower-case word
    /// ("the dissolved", "the opposition"), stands right before `start`: a single word there before
    /// "party" is the party's name ("whose Semilla party", "the opposition Waddani party").
    func ownedOrDetermined(_ tokens: [Token], before start: Int, sentence: Range<Int>) -> Bool {
        let b = start - 1
        guard b >= sentence.lowerBound else { return false }
        if tokens.lower(b, isIn: Self.partyOwnerWords) || tokens.lower(b, isIn: WordSet.articles) { return true }
        return b - 1 >= sentence.lowerBound && tokens[b].isWord && !tokens[b].isCapitalized && tokens.lower(b - 1, isIn: WordSet.articles)
    }

    /// Possessives a party's name may follow (a closed class): "whose", "his", "her", "their", "its", "'s".
    static let partyOwnerWords: WordSet = ["whose", "his", "her", "their", "its", "'s"]

    /// Nouns of the landmarks a known place's name stands before as part of their own: "Colombo
    /// airport", "Lusaka prison", "the Matamoros barracks" (not a river's, dam's or bridge's noun, which a known place's name
    /// usually goes without).
    static let knownPlaceLandmarkNouns: WordSet = ["airport", "palace", "prison", "jail", "barracks"]

    /// Modifiers between a landmark's name and its noun: "the Miraflores presidential palace".
    static let landmarkModifiers: WordSet = ["presidential", "royal", "international"]

    /// The end of the last head noun of an institution or place in up to four capitalized words at
    /// `k`, or nil: "Mounted Police" in "Royal Canadian Mounted Police".
    ///
    /// ```swift
    /// // "the Free Syrian Army said" -> the end of "Army" (from "Army")
    /// ```
    func headNounRunEnd(_ tokens: [Token], mask: [Bool], at k: Int, end: Int) -> Int? {
        var headEnd: Int?
        var j = k
        while j < min(end, k + 4), mask[j], tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isAllCaps {
            if tokens.lower(j, isIn: NameCues.organizationHeads) || tokens.lower(j, isIn: NameCues.locationHeads) { headEnd = j + 1 }
            j += 1
        }
        return headEnd
    }

    /// Whether the word at `k` is a capitalized word that no title opens, going on with a name.
    ///
    /// ```swift
    /// // "Union of Soviet Socialist Republics": true at "Socialist"; "of Kenyan President Moi": false at "President"
    /// ```
    func continuesCapitalizedName(_ tokens: [Token], mask: [Bool], at k: Int, end: Int) -> Bool {
        k < end && mask[k] && tokens[k].isWord && tokens[k].isCapitalized && roleMatch(tokens, mask: mask, at: k, end: end) == nil
    }

    /// Lower-case words that may stand between a base's name and "base": "the Manas air base".
    static let baseModifiers: WordSet = ["air", "naval", "military", "army", "navy", "marine"]

    /// The end of a military base's lower-case noun written at `k` ("base", "air base", "airbase",
    /// "airfield"), or nil.
    ///
    /// ```swift
    /// // "troops left the Manas air base" -> the end of "air base"
    /// ```
    func baseNounEnd(_ tokens: [Token], at k: Int, end: Int) -> Int? {
        func lowerWord(_ j: Int) -> Bool { j < end && tokens[j].isWord && !tokens[j].isCapitalized }
        var j = k
        if lowerWord(j), tokens.lower(j, isIn: Self.baseModifiers) { j += 1 }
        guard lowerWord(j), tokens.lower(j, isIn: NameCues.baseNouns) else { return nil }
        return j + 1
    }

    /// The end of a landmark's lower-case noun written at `k`, perhaps after one modifier
    /// ("airport", "presidential palace"), or nil. An empty `mask` masks nothing.
    func landmarkNounEnd(_ tokens: [Token], mask: [Bool], at k: Int, end: Int, nouns: WordSet) -> Int? {
        func usable(_ j: Int) -> Bool { j < end && (mask.isEmpty || mask[j]) && tokens[j].isWord && !tokens[j].isCapitalized }
        var j = k
        if usable(j), tokens.lower(j, isIn: Self.landmarkModifiers) { j += 1 }
        guard usable(j), nouns.contains(tokens[j].lower) else { return nil }
        return j + 1
    }

    /// Nouns of places and facilities an apposition may name after a place's name: "a flood-prone
    /// island", "the main base", "a maximum-security prison".
    static let appositionPlaceNouns: Set<String> = ["prison", "jail", "camp", "compound", "headland", "peninsula", "mountain", "valley", "slum"]

    /// Whether the words from `start` are "a"/"the", up to three modifiers and a lower-case noun of a
    /// place or facility that ends the noun phrase: "a flood-prone island in", "the main Ecuadorian base,".
    func placeInApposition(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Bool {
        guard sentence.contains(start), tokens.lower(start, isIn: WordSet.articles) else { return false }
        var k = start + 1
        while k < min(sentence.upperBound, start + 6) {
            let t = tokens[k]
            let word = t.lower
            if t.isWord, !t.isCapitalized,
                NameCues.placeClassNouns.contains(word) || NameCues.facilityNouns.contains(word) || NameCues.landmarkNouns.contains(word)
                    || Self.appositionPlaceNouns.contains(word)
            {
                // the noun ends its phrase: not "a town councillor", "the city's mayor"
                let next = k + 1 < sentence.upperBound ? tokens[k + 1] : nil
                return next.map { !$0.isWord ? $0.text != "'s" && $0.text != "-" : ["in", "on", "near", "of", "that", "which", "where", "and"].contains($0.lower) } ?? true
            }
            guard t.isWord || t.text == "-", !lexicons.roles.contains(word) else { return false }
            k += 1
        }
        return false
    }

    /// Nouns of bodies an apposition may name after a body's name: "the political wing of", "a
    /// separatist movement".
    static let appositionBodyNouns: WordSet = ["wing", "party", "group", "movement", "militia", "faction", "coalition", "alliance", "bloc"]

    /// Whether the words from `start` are "a"/"the", up to three lower-case modifiers and a noun of a
    /// body that ends the noun phrase or goes on with "of": "the political wing of", "a rebel group,"
    /// (not "the party's leader" nor "a group leader").
    func bodyInApposition(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Bool {
        guard sentence.contains(start), tokens.lower(start, isIn: WordSet.articles) else { return false }
        var k = start + 1
        while k < min(sentence.upperBound, start + 5) {
            let t = tokens[k]
            guard t.isWord, !t.isCapitalized, !lexicons.roles.contains(t.lower, hash: t.lowerHash) else { return false }
            if Self.appositionBodyNouns.contains(t.lower, hash: t.lowerHash) {
                let next = k + 1 < sentence.upperBound ? tokens[k + 1] : nil
                return next.map { $0.isWord ? ["of", "that", "which"].contains($0.lower) : [",", ".", ";"].contains($0.text) } ?? true
            }
            k += 1
        }
        return false
    }

    /// Whether the words from `start` are a title in apposition: up to eight determiners, possessors and
    /// modifiers ("a former Norwegian", "Guterres's special", "the European Union's foreign policy"), then a
    /// title noun, before any comma.
    func titleInApposition(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        while k < min(sentence.upperBound, start + Self.appositionTitleReach) {
            let t = tokens[k]
            if [",", ".", ";", "(", ")"].contains(t.text) { return false }
            // a title right before another name is that person's: "X, President Y and Z"
            if lexicons.roles.contains(t.lower, hash: t.lowerHash) {
                let next = k + 1 < sentence.upperBound ? tokens[k + 1] : nil
                return next.map { !$0.isWord || !$0.isCapitalized } ?? true
            }
            k += 1
        }
        return false
    }

    /// Whether an apposition from `start` is an article or possessive, a few lower-case words and a
    /// body's class noun, closed by a comma or the sentence's end: ", the country's main opposition
    /// group,", ", a Tuareg rebel movement." (a person's apposition ends in a title).
    /// With `ofFollows`, the class noun may also be followed by "of" ("the official newspaper of the party").
    func classNounInApposition(_ tokens: [Token], from start: Int, sentence: Range<Int>, ofFollows: Bool = false) -> Bool {
        guard start < sentence.upperBound else { return false }
        var k = start + 1
        // ", Ukraine's state energy company,", ", Orban's party,": a name's possessive opens it as an article does
        if let owned = nameOwnerEnd(tokens, from: start, sentence: sentence) {
            k = owned
        } else {
            guard WordSet.articles.contains(tokens[start].lower) || tokens[start].lower == "its" else { return false }
        }
        // ("the country's": a common noun's possessive)
        if k + 1 < sentence.upperBound, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k + 1].text == "'s" { k += 2 }
        let first = k
        while k < min(sentence.upperBound, first + Self.classNounAppositionWords), tokens[k].isWord, !tokens[k].isCapitalized || tokens[k].text == "-" { k += 1 }
        // ("the official newspaper of the party": the noun before "of" ends the apposition)
        if ofFollows, let of = (first..<k).first(where: { tokens[$0].lower == "of" }), of > first { return isBodyClassNoun(tokens[of - 1]) }
        guard k > first, k < sentence.upperBound, [",", "."].contains(tokens[k].text) else { return false }
        return isBodyClassNoun(tokens[k - 1])
    }

    /// Where the words after a possessive of one or two capitalized words from `start` begin: past
    /// "Ukraine's" in "Ukraine's state energy company"; nil when `start` opens no such possessive.
    func nameOwnerEnd(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Int? {
        var k = start
        while k < min(sentence.upperBound, start + 2), tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
        guard k > start, k < sentence.upperBound, tokens[k].text == "'s" else { return nil }
        return k + 1
    }

    /// Whether an apposition from `start` is "a" or "an", a few lower-case words and a noun for a kind
    /// of person (`NameCues.personClassNouns`), ended by a comma, the sentence's end or a word that
    /// opens what is said of that person ("with", "who"): ", a retired law professor with no party".
    func personNounInApposition(_ tokens: [Token], from start: Int, sentence: Range<Int>) -> Bool {
        guard start < sentence.upperBound, ["a", "an"].contains(tokens[start].lower) else { return false }
        var k = start + 1
        while k < min(sentence.upperBound, start + 1 + Self.classNounAppositionWords), tokens[k].isWord, !tokens[k].isCapitalized {
            if NameCues.personClassNouns.contains(tokens[k].lower, hash: tokens[k].lowerHash) {
                let next = k + 1
                return next == sentence.upperBound || [",", "."].contains(tokens[next].text) || ["with", "who", "whose", "and"].contains(tokens[next].lower)
            }
            k += 1
        }
        return false
    }

    /// Whether `token` is a class noun of a body or a business: "group", "movement", "retailer", "carrier".
    func isBodyClassNoun(_ token: Token) -> Bool {
        NameCues.organizationClassNouns.contains(token.lower, hash: token.lowerHash) || RoleExtractor.companyNouns.contains(token.lower, hash: token.lowerHash)
    }

    /// Lower-case words of a body's apposition after its article, at most: "main opposition group".
    static let classNounAppositionWords = 4

    /// Words from an apposition's start to its title noun, at most: a body of three words, its
    /// possessive and two modifiers ("the European Union's foreign policy chief").
    static let appositionTitleReach = 9

    /// Place nouns whose one-word modifier is a people's or a state's adjective or the one honoured,
    /// rarely the place's own name: "the former Yugoslav republic", "the Soviet war memorial".
    static let headsOfWhoseNotWhere: WordSet = ["republic", "memorial", "monument"]

    /// Endings of the adjectives of peoples and languages that are rarely a place's or a body's own
    /// name: "Kurdish", "Flemish", "Coptic", "Uzbek", "Javanese", "Bavarian".
    static let peoplesAdjectiveEndings = ["ish", "ic", "ek", "ese", "ian"]

    /// Whether a lower-case word ends like a people's adjective (and is longer than the ending by three letters at least).
    static func isShapedLikeAPeoplesAdjective(_ word: String) -> Bool {
        peoplesAdjectiveEndings.contains { word.hasSuffix($0) && word.count >= $0.count + 3 }
    }

    /// A noun of a people's bodies, groups or places, singular or plural: "groups", "city", "broadcaster", "forces".
    static func isNounOfWhatAPeopleHas(_ word: String) -> Bool {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return [word, singular].contains {
            NameCues.organizationClassNouns.contains($0) || NameCues.mediaNouns.contains($0) || NameCues.placeClassNouns.contains($0)
                || NameCues.locationHeads.contains($0) || ActionExtractor.actingBodyNouns.contains($0)
        }
    }

    /// Whether a title ends right before `comma`, perhaps with a hyphenated lower-case word
    /// ("prime minister-elect,").
    func titleEnds(_ tokens: [Token], before comma: Int, roles: [RoleSpan]) -> Bool {
        roles.contains { role in
            let end = role.range.upperBound
            guard end <= comma else { return false }
            // "Haiti's ambassador to the United States, X", "the charge d'affaires in Washington, X": the
            // post's place (or brief: "the U.N. envoy for Sudan, X") between the title and the comma
            if comma - end <= Self.titlePlaceWords, ["to", "in", "at", "for"].contains(tokens[end].lower) {
                let place = tokens[(end + 1)..<comma].drop { $0.lower == "the" }
                return !place.isEmpty && place.allSatisfy { $0.isCapitalized || $0.text == "." || $0.text == "-" }
            }
            return comma - end <= 2 && (end == comma || tokens[end].text == "-")
                && tokens[end..<comma].allSatisfy { $0.text == "-" || $0.isWord && !$0.isCapitalized }
        }
    }

    /// Words from the end of a title to the comma before its holder's name, at most, when they name
    /// the post's place: "to the United Arab Emirates".
    static let titlePlaceWords = 6

    /// Lower-case particles of a patronymic (a closed class) after which a capitalized word is a
    /// name: "bin Said", "ibn Saud".
    static let patronymicParticles: WordSet = ["bin", "ibn", "bint", "ben"]

    /// Nouns of relatives a person's name follows: "his father ...", "Mugabe's wife ...".
    static let kinNouns: WordSet = [
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "nephew", "niece", "cousin",
        "grandfather", "grandmother", "grandson", "granddaughter", "widow", "widower", "stepfather", "stepmother", "stepson", "stepdaughter",
    ]

    /// Possessors before a relative's noun: "his", "her", "'s".
    static let kinPossessors: WordSet = ["his", "her", "their", "my", "our", "your", "'s"]

    func typeSegment(_ tokens: [Token], _ range: Range<Int>, sentence: Range<Int>, roles: [RoleSpan]) -> RawMention? {
        var range = range
        while range.count > 0, tokens[range.upperBound - 1].text == "-" { range = range.lowerBound..<(range.upperBound - 1) }
        // a title written inside the capitalized run: "Ms Bauchtman", "General Scott"
        var strippedTitle = false
        while range.count > 1, tokens.lower(range.lowerBound, isIn: lexicons.honorifics) || tokens.lower(range.lowerBound, isIn: lexicons.roles) {
            range = (range.lowerBound + 1)..<range.upperBound
            strippedTitle = true
        }
        guard !range.isEmpty else { return nil }
        let words = tokens[range]
        let firstWord = tokens[range.lowerBound]
        let lastWord = tokens[range.upperBound - 1]
        // "Gen Z protests": one letter after a title's abbreviation names no one
        if strippedTitle, words.count == 1, firstWord.text.count == 1 { return nil }
        let name = words.map(\.text).joined(separator: " ").joinedWordParts
        let before = range.lowerBound > sentence.lowerBound ? tokens[range.lowerBound - 1] : nil
        let before2 = range.lowerBound > sentence.lowerBound + 1 ? tokens[range.lowerBound - 2] : nil
        let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound] : nil
        // "the EU's foreign policy chief, Federica Mogherini, said": a name set off by commas after a
        // title is the title holder's
        // ("the main opposition leader, Mmusi Maimane of the Democratic Alliance,": or "of" and the body's name)
        let afterOfName =
            after?.lower == "of" && range.upperBound + 1 < sentence.upperBound
            && (tokens[range.upperBound + 1].lower == "the" || tokens[range.upperBound + 1].isCapitalized)
        let titledApposition =
            before?.text == "," && (after.map { [",", "."].contains($0.text) || NameCues.speechForms.contains($0.lower) } ?? true || afterOfName)
            && titleEnds(tokens, before: range.lowerBound - 1, roles: roles)
        // "his father Taufa'ahau Tupou IV", "Mugabe's wife Grace": a relative's noun after a possessor names a person
        let kinTitled =
            (before.map { !$0.isCapitalized && Self.kinNouns.contains($0.lower) } ?? false)
            && (before2.map { Self.kinPossessors.contains($0.lower) } ?? false)
        // "his Chinese counterpart Xi Jinping", "his Tajik counterpart, Imomali Rakhmonov,": a counterpart
        // is a title's holder, named right after, or set off by commas
        let isCounterpartNoun = { (token: Token?) in token.map { !$0.isCapitalized && RoleExtractor.counterpartNouns.contains($0.lower) } ?? false }
        let counterpartTitled =
            isCounterpartNoun(before)
            || before?.text == "," && isCounterpartNoun(before2) && (after.map { [",", ".", "and"].contains($0.lower) || NameCues.speechForms.contains($0.lower) } ?? true)
        let titled =
            strippedTitle || roles.contains { $0.range.upperBound == range.lowerBound } || titledApposition
            || (before.map { lexicons.honorifics.contains($0.lower) } ?? false) || kinTitled || counterpartTitled
        let firstName = lexicons.isFirstName(firstWord.text)
        let lastLower = lastWord.lower
        let firstLower = firstWord.lower
        // works, events and awards name no actor: "Harvest Symphony", "Cyclone Mira"
        if words.count > 1, NameCues.nonEntityHeads.contains(lastLower) || NameCues.nonEntityOpeners.contains(firstLower) {
            return nil
        }
        // ("its ambassador, Kathryn Hall": a first name and a place's head noun after a title are a person's name)
        let titledFirstAndSurname = words.count == 2 && titled && isFirstNameAndSurnameHead(firstWord, lastWord)
        if words.count > 1, !titledFirstAndSurname, NameCues.locationHeads.contains(lastLower) || NameCues.locationOpeners.contains(firstLower) {
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        // ("Minister Andres Soliz Rada": a titled first name opens a person's name, whatever its last word)
        if words.count > 1, NameCues.organizationHeads.contains(lastLower), !(titled && firstName) {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        // "the centre-right Ciudadanos", "Orban's ruling Fidesz": a name right after a word for a political
        // camp, that no first name opens and no noun of what it modifies follows, is a party
        if !titled, !firstName, let b = before, Self.isPoliticalCamp(b, before2),
            !(after.map { $0.isWord && !$0.isCapitalized && Self.campModifiedNouns.contains($0.lower, hash: $0.lowerHash) } ?? false)
        {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        // "a Nobel peace laureate", "an Arab state": one capitalized word after "a" that modifies a noun is no name
        if words.count == 1, let b = before, ["a", "an"].contains(b.lower), let after, after.isWord, !after.isCapitalized { return nil }
        // "the Kyrgyz town of Jalal-Abad": right after a place's noun and "of", even a first name opens a place's name
        if !titled, before?.lower == "of", let b2 = before2, NameCues.placeClassNouns.contains(b2.lower, hash: b2.lowerHash) {
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        // "DAKAR, Jan 19 (Reuters)": a month's short name before a day is a date, not "Jan" the person
        // (nor a place listed after one: "PORT OF SPAIN, Aug 1")
        if words.count == 1, DateWord.months[firstLower] != nil, after?.kind == .number { return nil }
        if !titled, !firstName || words.count == 1, let b = before, b.lower == "of" || ["and", ","].contains(b.lower) {
            // "the town of Palma", "the border towns of Ras al-Ain and Tal Abyad", "south of Crete"
            var k = range.lowerBound - 1
            if b.lower != "of" {
                k -= 1
                while k > max(sentence.lowerBound, range.lowerBound - 7), tokens[k].lower != "of" { k -= 1 }
            }
            if k > sentence.lowerBound, tokens[k].lower == "of", tokens.lower(k - 1, isIn: NameCues.placeClassNouns) {
                return RawMention(range: range, type: .location, name: name, origin: .name)
            }
        }
        // "the Uzbek city of Samarkand", "Flemish broadcaster VRT", "Kurdish groups": one unknown word
        // shaped like a people's adjective, before a common noun, names no place or body but who it is of
        // ("Dacic stressed", "Dacic and Thaci": a surname shaped so is followed by no such noun)
        if words.count == 1, !titled, !firstName, let after, after.isWord, !after.isCapitalized, Self.isShapedLikeAPeoplesAdjective(firstLower),
            Self.isNounOfWhatAPeopleHas(after.lower)
        {
            return nil
        }
        // "Al Masirah television", "the Habur border crossing", "its Hmeimim air base": what follows says what it is
        if let after, after.isWord, !after.isCapitalized {
            if NameCues.mediaNouns.contains(after.lower, hash: after.lowerHash) {
                return RawMention(range: range, type: .organization, name: name, origin: .name)
            }
            let next = range.upperBound + 1 < sentence.upperBound ? tokens[range.upperBound + 1] : nil
            if NameCues.facilityNouns.contains(after.lower, hash: after.lowerHash) || next.map({ NameCues.facilityNouns.contains($0.lower) && !$0.isCapitalized }) ?? false {
                // "the Manas air base": a military base's noun is part of its name (with the name alone
                // as an alias); a crossing's or checkpoint's is not ("the Habur border crossing")
                if let baseEnd = baseNounEnd(tokens, at: range.upperBound, end: sentence.upperBound) {
                    let base = tokens[range.upperBound..<baseEnd].map(\.text).joined(separator: " ")
                    var m = RawMention(range: range.lowerBound..<baseEnd, type: .location, name: name + " " + base, origin: .name)
                    m.bareNameEnd = range.upperBound
                    return m
                }
                return RawMention(range: range, type: .location, name: name, origin: .name)
            }
        }
        // "the Varnaka presidential palace": a landmark's noun after one modifier is part of its name too
        if !titled, !firstName || words.count == 1, let after, !NameCues.landmarkNouns.contains(after.lower, hash: after.lowerHash),
            let landmarkEnd = landmarkNounEnd(tokens, mask: [], at: range.upperBound, end: sentence.upperBound, nouns: NameCues.landmarkNouns)
        {
            let landmark = tokens[range.upperBound..<landmarkEnd].map(\.text).joined(separator: " ")
            var m = RawMention(range: range.lowerBound..<landmarkEnd, type: .location, name: name + " " + landmark, origin: .name)
            m.bareNameEnd = range.upperBound
            return m
        }
        // "the Varnaka district", "Old Varnaka quarter": a place noun written after the name
        if let after, NameCues.locationHeads.contains(after.lower, hash: after.lowerHash) || NameCues.landmarkNouns.contains(after.lower, hash: after.lowerHash), !after.isCapitalized,
            !firstName || words.count == 1
        {
            // "the Cenepa river", "Comoro airport": a landmark's noun is part of its name
            if NameCues.landmarkNouns.contains(after.lower, hash: after.lowerHash) {
                var m = RawMention(range: range.lowerBound..<(range.upperBound + 1), type: .location, name: name + " " + after.text, origin: .name)
                m.bareNameEnd = range.upperBound
                return m
            }
            // "the former Yugoslav republic", "a Soviet memorial": one word before a republic's or a
            // memorial's noun says whose it is or whom it honours, not where it is; kept only if it resolves
            if words.count == 1, Self.headsOfWhoseNotWhere.contains(after.lower, hash: after.lowerHash) {
                var m = RawMention(range: range, type: .person, name: name, origin: .name)
                m.needsResolution = true
                return m
            }
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        // "La Roca, a maximum-security prison in ...", "Tiwintza, the main Ecuadorian base,": a place in apposition
        if !titled, after?.text == ",", placeInApposition(tokens, from: range.upperBound + 1, sentence: sentence) {
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        let wordCount = words.filter(\.isWord).count
        // "the news agency SANA", "rights group Viasna": a name after a kind of institution names one
        if let b = before, !b.isCapitalized, NameCues.organizationClassNouns.contains(b.lower, hash: b.lowerHash), wordCount <= 4, !titled, !firstName {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        // "in Tal Abyad", "towards Ras al-Ain": a name of several words after a place preposition is a place
        if wordCount >= 2, let b = before, NameCues.placePrepositions.contains(b.lower, hash: b.lowerHash), !["to", "at"].contains(b.lower),
            !titled, !firstName, !words.contains(where: { $0.isAllCaps && $0.text.count > 1 })
        {
            return RawMention(range: range, type: .location, name: name, origin: .name)
        }
        if wordCount == 1, let b = before {
            // "Manbij and Kobani": a name coordinated with a known place is a place
            if ["and", "or", ","].contains(b.lower), range.lowerBound >= sentence.lowerBound + 2, !firstName,
                tokens[range.lowerBound - 2].isCapitalized,
                lexicons.gazetteer[tokens[range.lowerBound - 2].lower]?.contains(where: { $0.type == .location }) ?? false,
                !lexicons.commonWords.contains(lastLower)
            {
                return RawMention(range: range, type: .location, name: name, origin: .name)
            }
            // "the Houthis" beside "Houthi officials": a people's or movement's plural names the movement
            if b.lower == "the", isGroupPlural(tokens, at: range.lowerBound) {
                return RawMention(range: range, type: .organization, name: name, origin: .name)
            }
        }
        // initials alone ("S. F."), or a plural title ("Republican Senators"), are not a person's name
        if words.allSatisfy({ $0.text.hasSuffix(".") || !$0.isWord }) { return nil }
        if lastLower.hasSuffix("s"), lexicons.roles.contains(String(lastLower.dropLast())) { return nil }
        // "Sinn Fein, the political wing of the IRA": a body's noun in apposition says it is a body, even
        // when its first word is a first name
        if !titled, wordCount <= 4, after?.text == ",", bodyInApposition(tokens, from: range.upperBound + 1, sentence: sentence) {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        if titled || (firstName && wordCount >= 2) {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "jailed opposition figure Siarhei Tsikhanouski": plain unfamiliar words right after a noun for
        // a kind of person name that person
        // ("cleric Moqtada al-Sadr": over a name particle's hyphen)
        if (2...3).contains(wordCount), let b = before, b.isWord, !b.isCapitalized, NameCues.personClassNouns.contains(b.lower, hash: b.lowerHash),
            words.count == wordCount + words.indices.filter({ words[$0].text == "-" && $0 > words.startIndex && NameCues.nameParticles.contains(words[$0 - 1].lower) }).count,
            plainNameWords(ArraySlice(words.filter { $0.isCapitalized || !NameCues.nameParticles.contains($0.lower, hash: $0.lowerHash) }))
        {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // an unknown name of two to four words is a person's only when nothing says otherwise: no
        // word of it is an everyday word ("Silver Glove", "Behavioral Sciences"), or a speech verb follows
        let afterSpeechVerb = after.map { NameCues.speechForms.contains($0.lower) } ?? false
        // "Al-Rashid": a particle joined to a capitalized word by a hyphen is an Arabic or Berber surname
        if words.count >= 3, NameCues.nameParticles.contains(firstLower), tokens[range.lowerBound + 1].text == "-" {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Park Ji-won", "Kim You-geun": a surname and a hyphenated given name are a person's, everyday words or not
        if words.count == 4, Self.isEastAsianSurname(firstWord), Self.isHyphenatedGivenName(tokens, at: range.lowerBound + 1, end: range.upperBound) {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Musaed bin Mohammed Al-Aiban": "bin" or "ibn" (a son's "of") between name words is a person's name
        if wordCount >= 3, words.dropFirst().dropLast().contains(where: { Self.sonOfParticles.contains($0.text) }),
            !words.contains(where: { NameCues.organizationHeads.contains($0.lower) || NameCues.locationHeads.contains($0.lower) })
        {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Marta, who edits the paper": a name that "who" describes is a person's
        let afterWho =
            range.upperBound + 1 < sentence.upperBound && after?.text == "," && tokens[range.upperBound + 1].lower == "who"
            || after?.lower == "who"
        if afterWho && wordCount <= 3 && !firstWord.isAllCaps {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Geert Wilders, whose party leads the polls": two or three plain name words that ", whose"
        // describes are a person's (a body's or place's name has a head noun, or is known)
        if (2...3).contains(wordCount), words.count == wordCount, plainNameWords(words), after?.text == ",",
            range.upperBound + 1 < sentence.upperBound, tokens[range.upperBound + 1].lower == "whose"
        {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Espen Barth Eide, Guterres's special adviser", "Jan Eliasson, a former Swedish foreign minister":
        // a title in apposition describes a person
        if wordCount >= 2, after?.text == ",", titleInApposition(tokens, from: range.upperBound + 1, sentence: sentence) {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Kais Saied, a retired law professor, ...": a noun for a kind of person in apposition describes a person
        if (2...3).contains(wordCount), plainNameWords(words), after?.text == ",",
            personNounInApposition(tokens, from: range.upperBound + 1, sentence: sentence)
        {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan": a name between "of A and"
        // and "of B", A and B countries, is the second of a list of who serves where
        if (2...3).contains(wordCount), plainNameWords(words), after?.lower == "of", let b = before, ["and", ","].contains(b.lower),
            isCountryWord(tokens, at: range.upperBound + 1, sentence: sentence), isCountryWord(tokens, at: range.lowerBound - 2, sentence: sentence),
            range.lowerBound - 3 >= sentence.lowerBound, tokens[range.lowerBound - 3].lower == "of"
        {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        // "Repsol YPF", "Zain KSA": a name that ends in an acronym after a word in lower case is a company's
        // (a person's initials take a full stop)
        if !titled, !firstName, words.count == 2, !firstWord.isAllCaps, lastWord.isAllCaps, lastWord.text.count >= 3,
            lastWord.text.allSatisfy(\.isLetter), lexicons.gazetteer[lastWord.lower] == nil
        {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        // "Al Wefaq, the country's main opposition group,": a name a body's class noun describes in apposition
        if !titled, !firstName, after?.text == ",", classNounInApposition(tokens, from: range.upperBound + 1, sentence: sentence) {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        // "Chile's biggest retailer, Falabella,", "its flag carrier, LAN,": a name set off by commas after a
        // body's class noun is that body's
        if !titled, !firstName, before?.text == ",", let b2 = before2, b2.isWord, !b2.isCapitalized, isBodyClassNoun(b2),
            after.map({ [",", "."].contains($0.text) }) ?? true
        {
            return RawMention(range: range, type: .organization, name: name, origin: .name)
        }
        // "met Nouri al-Maliki": one or two plain name words before an Arabic surname joined to its
        // particle are a person's given names; a place or group so named opens with its class noun
        // ("Ras al-Ain", "Jaish al-Adl")
        if !titled, let type = arabicNameType(words) { return RawMention(range: range, type: type, name: name, origin: .name) }
        // no cue decides: the learned typer does, from the words and their neighbours
        if !lexicons.nameTyper.isEmpty, !afterSpeechVerb {
            let label = lexicons.nameTyper.label(tokens, range: range, sentence: sentence, isFirstName: lexicons.isFirstName)
            if wordCount >= 2 {
                // two or three unfamiliar words acting as a verb's subject: "Anzor Khadyrov spoke ..."
                if label == .none, wordCount <= 3, plainNameWords(words), let after, !after.isCapitalized, isVerbForm(after.lower) {
                    // "the G5 Sahel force", "the Zorba Mumbo alliance": after an article, before a body's class noun
                    // that is also a verb, the name is the body's (a person's name takes no article)
                    if let b = before, WordSet.articles.contains(b.lower), NameCues.organizationClassNouns.contains(after.lower, hash: after.lowerHash) {
                        return RawMention(range: range, type: .organization, name: name, origin: .name)
                    }
                    return RawMention(range: range, type: .person, name: name, origin: .name)
                }
                // "Joerg Haider's far-right party": two unfamiliar plain words owning what follows are a
                // person's given name and surname (a place or body of two words has a head, or is known)
                if label == .none, wordCount == 2, words.count == 2, plainNameWords(words), after?.lower == "'s" {
                    return RawMention(range: range, type: .person, name: name, origin: .name)
                }
                // three unfamiliar plain words with no head noun are a person's given names and surname
                // wherever they stand ("met Bassirou Diomaye Faye"): places and bodies of three words have a head
                if label == .none, wordCount == 3, words.count == 3, plainNameWords(words) { return RawMention(range: range, type: .person, name: name, origin: .name) }
                // "Scotland Yard detectives", "a Pan Am airliner", "the G5 Sahel force": an unfamiliar name with no
                // first name or title that modifies a common noun is a body's (a person's name takes a verb there)
                if label == .person, wordCount <= 3, let after, isCommonNounAfterAName(after) {
                    var body = RawMention(range: range, type: .organization, name: name, origin: .name)
                    // "Kurdish Peshmerga fighters": the words after a people's adjective are the body's own name too
                    if Self.isShapedLikeAPeoplesAdjective(firstLower), words.count >= 2 { body.ownWordsStart = range.lowerBound + 1 }
                    return body
                }
                // "accused Sassou Nguesso of ...": two or three plain words the typer cannot place may be the
                // last words of a person's name given in full elsewhere; kept only if they resolve to it
                if label == .none, wordCount <= 3, plainNameWords(words), !firstWord.isAllCaps {
                    var m = RawMention(range: range, type: .person, name: name, origin: .name)
                    m.needsResolution = true
                    return m
                }
                return label.entityType.map { RawMention(range: range, type: $0, name: name, origin: .name) }
            }
            if firstWord.isAllCaps && label != .organization { return nil }
            switch label {
            case .location where isModifierOfACommonNoun(words, after: after):
                // "the Catalan police", "Rafale fighter jets", "a Bosnian Serb republic": one unknown word
                // before a lower-case noun says whose or what kind the noun is; kept only if it resolves
                var m = RawMention(range: range, type: .person, name: name, origin: .name)
                m.needsResolution = true
                return m
            case .location, .organization:
                return label.entityType.map { RawMention(range: range, type: $0, name: name, origin: .name) }
            case .person:
                var m = RawMention(range: range, type: .person, name: name, origin: .name)
                // "Hackers", "Midwesterners": a plural noun names a group; kept only as a short form of a name
                m.needsResolution = isPluralNoun(firstWord.lower)
                return m
            case .none:
                // "at Angostura", "In Kibera,": a word the typer cannot place, after a preposition of
                // place, is a place the lexicons do not know
                if isPlaceAfterItsPreposition(words, before: before, before2: before2, after: after) {
                    return RawMention(range: range, type: .location, name: name, origin: .name)
                }
                // perhaps a short form of a name given in full elsewhere: kept only if it resolves
                var m = RawMention(range: range, type: .person, name: name, origin: .name)
                m.needsResolution = true
                return m
            }
        }
        let plainWords = plainNameWords(words)
        if wordCount >= 2 && wordCount <= 4 && words.allSatisfy({ !$0.isAllCaps || $0.text.hasSuffix(".") && $0.text.count <= 5 }),
            plainWords || afterSpeechVerb
        {
            return RawMention(range: range, type: .person, name: name, origin: .name)
        }
        if wordCount == 1 {
            let afterSpeech = after.map { NameCues.speechForms.contains($0.lower) } ?? false
            if let b = before {
                let prepositionPlace = NameCues.placePrepositions.contains(b.lower, hash: b.lowerHash) && b.lower != "to"
                let articlePlace = b.lower == "the" && before2.map { NameCues.placePrepositions.contains($0.lower) } ?? false
                if (prepositionPlace || articlePlace) && !afterSpeech && !firstWord.isAllCaps && !firstName {
                    return RawMention(range: range, type: .location, name: name, origin: .name)
                }
            }
            if firstWord.isAllCaps { return nil }
            // "the Constitution", "Justice": a lone capitalized word after "the", or a title, is not a person
            if before?.lower == "the" || lexicons.roles.contains(firstWord.lower) || lexicons.honorifics.contains(firstWord.lower) {
                return nil
            }
            var m = RawMention(range: range, type: .person, name: name, origin: .name)
            m.needsResolution = !afterSpeech
            return m
        }
        return nil
    }

    /// Whether one unknown word modifies the lower-case common noun after it ("Soviet memorial"):
    /// that word is no function word, auxiliary, speech verb or other verb form.
    func isModifierOfACommonNoun(_ words: ArraySlice<Token>, after: Token?) -> Bool {
        guard words.count == 1, let after, after.isWord, !after.isCapitalized else { return false }
        let next = after.lower
        return !NameCues.functionWords.contains(next) && !NameCues.governmentAuxiliaries.contains(next) && !NameCues.speechForms.contains(next)
            && !isVerbForm(next)
    }

    /// Nouns a person's name stands before as their owner: "the Tarvo Keldan government", "Keldan supporters".
    static let nounsAfterAPersonsName: WordSet = [
        "supporters", "loyalists", "allies", "aides", "followers", "camp", "family", "government", "administration", "regime", "era",
        "campaign", "presidency", "cabinet", "spokesman", "spokeswoman", "lawyer", "lawyers",
    ]

    /// Whether `after`, right after a name, reads as a common noun the name modifies ("detectives",
    /// "airliner") rather than its verb, an adverb or a function word ("said", "arrived", "also", "in").
    func isCommonNounAfterAName(_ after: Token) -> Bool {
        let word = after.lower
        guard after.isWord, !after.isCapitalized, word.count > 2, !NameCues.functionWords.contains(word),
            !NameCues.governmentAuxiliaries.contains(word), !NameCues.speechForms.contains(word)
        else { return false }
        if ["ed", "ing", "ly"].contains(where: { word.hasSuffix($0) }) || Self.nounsAfterAPersonsName.contains(word) { return false }
        if word.hasSuffix("s"), lexicons.verbs.containsKey(String(word.dropLast())) || word.hasSuffix("es") && lexicons.verbs.containsKey(String(word.dropLast(2))) {
            return false
        }
        // "denies", "carries": a verb ending in "y" takes "-ies"
        return !(word.hasSuffix("ies") && lexicons.verbs.containsKey(String(word.dropLast(3)) + "y"))
    }

    /// Whether one unknown word stands where a place does: after a preposition of place ("at
    /// Angostura", "in the Aegean"; not "to", which also takes people), ending its noun phrase (not
    /// "near the Chechen border", "in Cox's Bazar"), and neither an acronym, a first name, an everyday
    /// word nor, after "the", a plural ("from the Americas").
    func isPlaceAfterItsPreposition(_ words: ArraySlice<Token>, before: Token?, before2: Token?, after: Token?) -> Bool {
        guard words.count == 1, let word = words.first, let before, !word.isAllCaps,
            !lexicons.isFirstName(word.text), !lexicons.commonWords.contains(word.lower, hash: word.lowerHash)
        else { return false }
        if let after {
            let next = after.lower
            let endsPhrase =
                after.isWord
                ? !after.isCapitalized && !NameCues.speechForms.contains(next)
                    && (NameCues.functionWords.contains(next) || NameCues.governmentAuxiliaries.contains(next) || isVerbForm(next))
                : !["'s", "-"].contains(next)
            guard endsPhrase else { return false }
        }
        if before.lower == "the" {
            return !word.lower.hasSuffix("s") && before2.map { NameCues.placePrepositions.contains($0.lower) && $0.lower != "to" } ?? false
        }
        return NameCues.placePrepositions.contains(before.lower, hash: before.lowerHash) && before.lower != "to"
    }

    /// Whether token `i` of the sentence is a one-word name of a country in the gazetteer: "Tajikistan".
    func isCountryWord(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        guard sentence.contains(i), tokens[i].isCapitalized else { return false }
        return lexicons.gazetteer[tokens[i].lower]?.contains { $0.type == .country } ?? false
    }

    /// A capitalized plural ("Houthis") whose singular ("Houthi") the document also writes
    /// capitalized, and that no lexicon knows as an everyday word or a people.
    func isGroupPlural(_ tokens: [Token], at i: Int) -> Bool {
        let word = tokens[i].text
        guard word.count >= 5, word.hasSuffix("s"), !word.hasSuffix("ss"), !tokens[i].isAllCaps,
            !tokens.lower(i, isIn: lexicons.commonWords), !tokens.lower(i, isIn: NameCues.neverNames)
        else { return false }
        let singular = String(word.dropLast())
        guard !lexicons.commonWords.contains(singular.lowercased()), lexicons.gazetteer[singular.lowercased()] == nil else { return false }
        let window = max(0, i - 3000)..<min(tokens.count, i + 3000)
        return tokens[window].contains { $0.text == singular }
    }

    func capitalizedWord(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Words for a political camp before a party's name (a closed class): "the conservative X",
    /// "the ruling X"; "right", "left" and "wing" only as the end of a hyphened camp ("far-right",
    /// "centre-left", "right-wing").
    static let politicalCampWords: WordSet = [
        "conservative", "liberal", "socialist", "nationalist", "populist", "ruling", "opposition", "islamist", "communist",
    ]
    static let hyphenedCampEnds: WordSet = ["right", "left", "wing"]

    /// Whether `word` (with `before` the token before it) is a word for a political camp.
    static func isPoliticalCamp(_ word: Token, _ before: Token?) -> Bool {
        if word.isCapitalized { return false }
        if politicalCampWords.contains(word.lower, hash: word.lowerHash) { return true }
        return hyphenedCampEnds.contains(word.lower, hash: word.lowerHash) && before?.text == "-"
    }

    /// Nouns a party's name modifies after a camp word (a closed class): "the ruling Fidesz party" is
    /// read by its head, "the opposition Labor leader" names a person.
    static let campModifiedNouns: WordSet = [
        "party", "parties", "leader", "leaders", "government", "candidate", "candidates", "lawmaker", "lawmakers", "deputy",
        "deputies", "member", "members", "supporters", "movement", "alliance", "coalition", "bloc", "family", "senator", "mp",
    ]
}
