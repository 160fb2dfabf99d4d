import KGModel

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
    /// A single word before a leader's noun ("Polisario leader X"): the document's body whose name
    /// it opens ("Polisario Front"), if any, else nothing.
    var opensKnownBodyName = false
    /// Such a word that is shaped like a body's own name, not a people's ("Podemos leader X"): the
    /// body it names when the document names no longer one it opens.
    var namesItself = false
    /// Names a modifier only (`pro-Russian`), never an actor.
    var modifierOnly = false
    /// A place named inside a longer name (`Oslo` in `University of Oslo`): an entity of its own,
    /// never an argument of a relation.
    var nested = false
    /// A capital read as the city for want of a government cue (no place cue either): the country
    /// whose government it stands for when another mention of it in the document speaks or acts.
    var undecidedCapitalOf: String?
    /// Where an institution named with its state's demonym or possessive starts its own words
    /// (`Supreme Court` in `Ukraine's Supreme Court`): a name of the body as the text writes it.
    var ownWordsStart: Int?
    /// Where the name alone ends in a landmark named with a lower-case noun after it (`Manas` in
    /// `Manas air base`): readers, and annotators, know the landmark by that name alone too.
    var bareNameEnd: Int?
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
/// // "Chilean President Marta Quiroga met OECD chief Lars Holmberg in Vienna."
/// // -> Chile (demonym), Marta Quiroga (person: title before), OECD, Lars Holmberg, Vienna
/// ```
struct EntityRecognizer {
    let lexicons: Lexicons

    /// "in Cairo and Alexandria": the words that coordinate a name with a place before it (a word
    /// set: an array literal was made and destroyed at every word).
    static let placeCoordinators: WordSet = ["and", "or", ","]

    func recognize(_ tokens: [Token], mask: [Bool], sentence: Range<Int>) -> (mentions: [RawMention], roles: [RoleSpan]) {
        var mentions: [RawMention] = []
        var roles: [RoleSpan] = []
        var i = sentence.lowerBound
        let end = sentence.upperBound
        while i < end {
            guard mask[i] else { i += 1; continue }
            let token = tokens[i]
            // "wrote on X that ...", "said on X": the platform once called Twitter
            if token.text == "X", isPlatformX(tokens, at: i, sentence: sentence) {
                // (where one says a thing, not whom it is said to: no end of an act)
                var platform = RawMention(range: i..<(i + 1), type: .organization, name: "X", origin: .name)
                platform.modifierOnly = true
                mentions.append(platform)
                i += 1
                continue
            }
            // "ZANU-PF", "ISIS-K": an acronym joined to letters in capitals by a hyphen is one name
            if let acronymEnd = hyphenatedAcronymEnd(tokens, mask: mask, at: i, end: end, sentence: sentence) {
                let name = tokens[i..<acronymEnd].map(\.text).joined()
                mentions.append(RawMention(range: i..<acronymEnd, type: .organization, name: name, origin: .name))
                i = acronymEnd
                continue
            }
            // "Radio Australia", "Radio Free Europe/Radio Liberty": a station named by its medium and a name
            if let stationEnd = stationNameEnd(tokens, mask: mask, at: i, end: end) {
                let name = tokens[i..<stationEnd].map(\.text).joined(separator: " ").joinedWordParts.replacingASCIIMatches(of: " / ", with: "/")
                mentions.append(RawMention(range: i..<stationEnd, type: .organization, name: name, origin: .name))
                i = stationEnd
                continue
            }
            let gazetteer = gazetteerMatch(tokens, mask: mask, at: i, end: end)
            if gazetteer == nil, let placeEnd = compassPlaceEnd(tokens, mask: mask, at: i, end: end) {
                let name = tokens[i..<placeEnd].map(\.text).joined(separator: " ").joinedWordParts
                mentions.append(RawMention(range: i..<placeEnd, type: .location, name: name, origin: .name))
                i = placeEnd
                continue
            }
            // "the pro-Moscow Party of Regions": the capitalized half of a prefixed modifier opens no longer name
            let prefixedModifier =
                i >= sentence.lowerBound + 2 && token.attached && tokens[i - 1].text == "-" && tokens[i - 1].attached
                && tokens.lower(i - 2, isIn: Self.modifierPrefixes)
            // demonym + institution: "Chilean army", "Peruvian Foreign Ministry"; "Mali's army"
            if let (gEnd, entry) = gazetteer,
                entry.type == .country, entry.kind == .demonym || entry.kind == .name,
                entry.kind == .name && gEnd < end && tokens[gEnd].lower == "'s",
                var orgEnd = demonymOrganizationEnd(tokens, mask: mask, at: gEnd + 1, end: end),
                let demonym = lexicons.demonymOf[entry.canonical]
            {
                orgEnd = ofComplementEnd(tokens, mask: mask, at: orgEnd, end: end)
                let head = tokens[(gEnd + 1)..<orgEnd].map { $0.lower == "of" ? "of" : capitalizedWord($0.text) }.joined(separator: " ").institutionCanonical
                mentions.append(
                    RawMention(
                        range: i..<orgEnd, type: .organization, name: "\(demonym) \(head)",
                        origin: .demonymOrganization, ownWordsStart: gEnd + 1))
                i = orgEnd
                continue
            }
            // a country's name heading a capitalized institution: "Ruritania Defence Force", "U.S. Pacific Command"
            if let (gEnd, entry) = gazetteer, entry.type == .country, !prefixedModifier,
                gEnd < end, tokens[gEnd].isCapitalized, tokens[gEnd].isWord, !isTitleCaseLine(tokens, sentence)
            {
                var runEnd = capitalizedRunEnd(tokens, mask: mask, at: gEnd, end: end)
                // "Brazilian Supreme Court Justice Alexandre de Moraes": a title after the institution's
                // head starts its holder's name
                if let title = ((gEnd + 1)..<max(gEnd + 1, runEnd - 1)).first(where: {
                    tokens.lower($0 - 1, isIn: NameCues.organizationHeads) && lexicons.isFirstName(tokens[$0 + 1].text)
                        && (tokens.lower($0, isIn: lexicons.roles) || tokens.lower($0, isIn: lexicons.honorifics)
                            || tokens.lower($0, isIn: Self.judicialTitles))
                }) {
                    runEnd = title
                }
                // "Oslo Harbour Authority", "Danish Press" (not "Danish Army": a demonym's institution, below)
                let headed = tokens[gEnd..<runEnd].contains { NameCues.organizationHeads.contains($0.lower) }
                let institution = demonymOrganizationEnd(tokens, mask: mask, at: gEnd, end: end) != nil
                if runEnd - gEnd >= 2 && headed || runEnd - gEnd >= 1 && headed && !institution && entry.kind == .demonym {
                    let name = tokens[i..<runEnd].map(\.text).joined(separator: " ").joinedWordParts
                    mentions.append(
                        RawMention(
                            range: i..<runEnd, type: .organization, name: name, origin: .name,
                            ownWordsStart: entry.kind == .demonym && NameCues.stateChamberHeads.contains(tokens[runEnd - 1].lower) ? gEnd : nil))
                    i = runEnd
                    continue
                }
            }
            // a known name opening a longer capitalized name with a head noun: "Lincoln Memorial Hall",
            // "Oslo Harbour Authority" name the hall and the authority, not the person or the city
            if let (gEnd, entry) = gazetteer, entry.type != .country || entry.kind != .demonym, !prefixedModifier,
                gEnd < end, tokens[gEnd].isCapitalized || tokens[gEnd].lower == "of", !isTitleCaseLine(tokens, sentence)
            {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i, end: end)
                if runEnd > gEnd, let named = typeNames(tokens, run: i..<runEnd, sentence: sentence, roles: roles).first,
                    named.range.lowerBound == i, named.range.upperBound > gEnd, named.type != .person
                {
                    mentions.append(named)
                    i = named.range.upperBound
                    continue
                }
            }
            if let (gEnd, entry) = gazetteer,
                entry.type == .country, entry.kind == .demonym || entry.kind == .name,
                let orgEnd = demonymOrganizationEnd(tokens, mask: mask, at: gEnd, end: end)
            {
                let head = tokens[gEnd..<orgEnd].map { capitalizedWord($0.text) }.joined(separator: " ").institutionCanonical
                let demonym = tokens[i..<gEnd].map(\.text).joined(separator: " ")
                mentions.append(
                    RawMention(
                        range: i..<orgEnd, type: .organization, name: "\(demonym) \(head)",
                        origin: .demonymOrganization, ownWordsStart: gEnd))
                i = orgEnd
                continue
            }
            var roleEnd = roleMatch(tokens, mask: mask, at: i, end: end)
            // "Hydrocarbons Minister X": a portfolio no lexicon lists, capitalized before "Minister", is the title's
            // (an unknown word, or a plural: "Mines Minister")
            if roleEnd == nil, gazetteer == nil, token.isCapitalized, i + 1 < end, tokens[i + 1].lower == "minister",
                !lexicons.commonWords.contains(token.lower, hash: token.lowerHash) || token.lower.hasSuffix("s"),
                let after = roleMatch(tokens, mask: mask, at: i + 1, end: end)
            {
                roleEnd = after
            }
            // "General Assembly", "Supreme Court": a title word heading an institution's name is no title
            // "Emperor Norton Bridge", "King Street": nor one heading a capitalized name that ends in a head noun
            let headsInstitution =
                roleEnd.map {
                    $0 == i + 1 && token.isCapitalized && $0 < end && tokens[$0].isCapitalized
                        && (tokens.lower($0, isIn: NameCues.organizationHeads)
                            // ("Ambassador Kathryn Hall": a first name after the title opens a person's name when
                            // the head is also a surname; "King Fahd Causeway" stays a place)
                            || endsInHead(tokens, mask: mask, from: i, end: end)
                                && !($0 + 1 < end && isFirstNameAndSurnameHead(tokens[$0], tokens[$0 + 1])))
                } ?? false
            if let roleEnd, roleEnd > (gazetteer?.0 ?? i), !headsInstitution {
                let name = tokens[i..<roleEnd].map(\.lower).joined(separator: " ").joinedWordParts
                roles.append(RoleSpan(range: i..<roleEnd, name: name))
                i = roleEnd
                continue
            }
            // "Gloria", "Isabel": a town's name that is usually a woman's or man's first name is a name
            // to type like any other, unless a place preposition comes before it or it is coordinated
            // with a place ("in Cairo and Alexandria")
            let coordinatedWithPlace =
                i >= sentence.lowerBound + 2 && tokens.lower(i - 1, isIn: Self.placeCoordinators)
                && mentions.last.map { $0.range.upperBound == i - 1 && $0.type == .location && !$0.modifierOnly } ?? false
            let firstNameOfPlace =
                gazetteer.map {
                    $0.1.type == .location && $0.0 == i + 1 && lexicons.gender(ofFirstName: token.text) != nil
                        && !(i > sentence.lowerBound && tokens.lower(i - 1, isIn: NameCues.placePrepositions)) && !coordinatedWithPlace
                } ?? false
            // "the state news agency SANA": a word in capitals after a kind of institution is its
            // acronym, not the place spelled so (Sana)
            let acronymAfterClassNoun =
                gazetteer.map { $0.0 == i + 1 && $0.1.kind != .acronym } ?? false && token.isAllCaps && token.text.count >= 3
                && afterClassNoun(tokens, at: i, sentence: sentence)
            // "Riyad al-Maliki": a place's name that is also a given name, right before an Arabic surname
            // joined to its particle, opens a person's name
            // (the surname tested first: most places have none after them)
            if let (gEnd, entry) = gazetteer, gEnd == i + 1, gEnd + 3 <= end, isJoinedArabicSurname(tokens[gEnd], tokens[gEnd + 1], tokens[gEnd + 2]),
                entry.type == .location || entry.type == .country, mask[gEnd..<(gEnd + 3)].allSatisfy({ $0 }),
                arabicNameType(tokens[i..<(gEnd + 3)]) == .person,
                lexicons.gazetteer[tokens[i..<(gEnd + 3)].map(\.lower).joined(separator: " ")] == nil
            {
                // "Sabah al-Ahmad al-Sabah": each further surname joined to its particle is the name's too
                var nameEnd = gEnd + 3
                while nameEnd + 3 <= end, mask[nameEnd..<(nameEnd + 3)].allSatisfy({ $0 }),
                    isJoinedArabicSurname(tokens[nameEnd], tokens[nameEnd + 1], tokens[nameEnd + 2])
                {
                    nameEnd += 3
                }
                let name = tokens[i..<nameEnd].map(\.text).joined(separator: " ").joinedWordParts
                mentions.append(RawMention(range: i..<nameEnd, type: .person, name: name, origin: .name))
                i = nameEnd
                continue
            }
            // "Director General Yukiya Amano": a place's one-word name (Amano, a spelling of Amman) right after
            // a titled one-word name is that person's surname
            if let (gEnd, entry) = gazetteer, gEnd == i + 1, token.isCapitalized, !token.isAllCaps,
                entry.type == .location || entry.type == .country && entry.kind == .capital,
                let last = mentions.last, last.type == .person, last.range.count == 1, last.range.upperBound == i,
                roles.last?.range.upperBound == last.range.lowerBound
            {
                let range = last.range.lowerBound..<(hyphenatedNameEnd(tokens, mask: mask, at: gEnd, end: end) ?? gEnd)
                mentions[mentions.count - 1] = RawMention(
                    range: range, type: .person, name: tokens[range].map(\.text).joined(separator: " ").joinedWordParts, origin: .name)
                i = range.upperBound
                continue
            }
            // "the state news agency Petra", "Syria's state news agency, SANA,", "Granma, the official newspaper of
            // the party": a place's one-word name that a body's class noun names, right before it or in
            // apposition, is the body's (not a first name: "the Seleka rebel coalition, Michel Djotodia,")
            if let (gEnd, entry) = gazetteer, gEnd == i + 1, entry.type == .location || entry.kind == .capital, token.isCapitalized,
                lexicons.gender(ofFirstName: token.text) == nil,
                afterClassNoun(tokens, at: i, sentence: sentence)
                    || i >= sentence.lowerBound + 2 && tokens[i - 1].text == "," && afterClassNoun(tokens, at: i - 1, sentence: sentence)
                    || gEnd < end && tokens[gEnd].text == "," && classNounInApposition(tokens, from: gEnd + 1, sentence: sentence, ofFollows: true)
            {
                mentions.append(RawMention(range: i..<gEnd, type: .organization, name: token.text, origin: .name))
                i = gEnd
                continue
            }
            if let (gEnd, _) = gazetteer, opensCountryNamedPerson(tokens, mask: mask, at: i, gazetteerEnd: gEnd, sentence: sentence, roles: roles) {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i, end: end)
                mentions.append(contentsOf: typeNames(tokens, run: i..<runEnd, sentence: sentence, roles: roles))
                i = max(runEnd, i + 1)
                continue
            }
            if let (gEnd, entry) = gazetteer, !firstNameOfPlace, !acronymAfterClassNoun,
                !isInsideLongerName(tokens, mask: mask, range: i..<gEnd, entry: entry, sentence: sentence)
            {
                var mention = RawMention(
                    range: i..<gEnd, type: entry.type, name: entry.canonical,
                    origin: .gazetteer(entry.kind))
                var stop = gEnd
                // "Senator Ashby", "Dr. Marlow": a place's name after a person's title is a surname
                let afterTitle =
                    roles.last?.range.upperBound == i
                    || i > sentence.lowerBound && tokens.lower(i - 1, isIn: lexicons.honorifics)
                if afterTitle, entry.type == .location, gEnd - i == 1 {
                    mention.type = .person
                    mention.name = tokens[i].text
                    mention.origin = .name
                }
                // "pressure from London and Paris", "urged Bamako, Ouagadougou and Niamey": a capital
                // coordinated with a government is one too
                let coordinatedWithGovernment =
                    i >= sentence.lowerBound + 2 && tokens.lower(i - 1, isIn: Self.placeCoordinators)
                    && mentions.last.map { $0.range.upperBound == i - 1 && $0.origin == .gazetteer(.capital) && $0.type == .country } ?? false
                // "told reporters at the White House", "a meeting in the Oval Office": a seat of government
                // after a preposition of place is the building, not the government's voice
                if entry.kind == .metonym, seatIsPlace(tokens, at: i, sentence: sentence) {
                    mention.type = .location
                    mention.name = tokens[i..<gEnd].map(\.text).joined(separator: " ").joinedWordParts
                }
                if entry.kind == .capital, !coordinatedWithGovernment {
                    let isPlace = capitalIsPlace(tokens, at: i, end: end, sentence: sentence) || capitalIsPlaceByItsPhrase(tokens, at: i, sentence: sentence)
                    if isPlace || !capitalActsAsGovernment(tokens, range: i..<gEnd, sentence: sentence) {
                        // "flew to Bangkok", "supplies to Khartoum": a destination stays the city
                        let destination = i > sentence.lowerBound && ["to", "from"].contains(tokens[i - 1].lower)
                        if !isPlace, !destination { mention.undecidedCapitalOf = entry.canonical }
                        mention.type = .location
                        mention.name = tokens[i..<gEnd].map(\.text).joined(separator: " ").joinedWordParts
                    }
                }
                // a dateline names where the story was filed, never an actor
                if tokens[i].startsLine, isDateline(tokens, range: i..<gEnd, end: end) { mention.modifierOnly = true }
                // "Colombo airport", "the Miraflores presidential palace": a known place's name before a
                // landmark's noun names the landmark (the place is no entity of its own here: the
                // annotators leave Miraflores out, and a city the story is about is named elsewhere)
                // ("the Manas air base": so does a military base's noun)
                if mention.type == .location, !mention.modifierOnly,
                    let landmarkEnd = landmarkNounEnd(tokens, mask: mask, at: gEnd, end: end, nouns: Self.knownPlaceLandmarkNouns)
                        ?? baseNounEnd(tokens, at: gEnd, end: end).flatMap({ e in (gEnd..<e).allSatisfy { mask[$0] } ? e : nil })
                {
                    let name = tokens[i..<landmarkEnd].map(\.text).joined(separator: " ")
                    var landmark = RawMention(range: i..<landmarkEnd, type: .location, name: name, origin: .name)
                    landmark.bareNameEnd = gEnd
                    mentions.append(landmark)
                    i = landmarkEnd
                    continue
                }
                // "Tarsk People's Republic", "Vorsk region": the place's longer name
                if entry.type == .location || mention.type == .location,
                    let longer = locationSuffixEnd(tokens, mask: mask, at: gEnd, end: end)
                {
                    stop = longer
                    mention.range = i..<longer
                    mention.undecidedCapitalOf = nil
                }
                if i >= sentence.lowerBound + 2, tokens[i - 1].text == "-", tokens[i - 2].lower == "pro" { mention.modifierOnly = true }
                // "Kurgan-Tyube", "Fergus Cochrane-Dyet": a known place's name joined by a hyphen to a
                // capitalized word no gazetteer knows is part of a longer name of a place or a person
                if mention.type == .location || mention.type == .person, let joined = hyphenatedNameEnd(tokens, mask: mask, at: stop, end: end) {
                    stop = joined
                    mention.range = mention.range.lowerBound..<joined
                    mention.name = tokens[mention.range].map(\.text).joined(separator: " ").joinedWordParts
                    mention.origin = .name
                    mention.undecidedCapitalOf = nil
                }
                mentions.append(mention)
                i = stop
                continue
            }
            // "the 201st Motor Rifle Division", "the 14th Army": an ordinal opening a unit's capitalized name
            if Self.isOrdinalNumber(token.text), i + 1 < end, mask[i + 1], tokens[i + 1].isWord, tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i + 1, end: end)
                if tokens.lower(runEnd - 1, isIn: Self.unitHeads) {
                    let name = tokens[i..<runEnd].map(\.text).joined(separator: " ")
                    mentions.append(RawMention(range: i..<runEnd, type: .organization, name: name, origin: .name))
                    i = runEnd
                    continue
                }
            }
            // a name written in capitals: "MARTA LIMA said"; a first name, then one or two surnames
            if token.isWord, token.isAllCaps, token.text.count >= 2, !isTitleCaseLine(tokens, sentence),
                lexicons.isFirstName(capitalizedWord(token.lower)), i + 1 < end, mask[i + 1]
            {
                var stop = i + 1
                while stop < end, stop - i < 3, mask[stop], tokens[stop].isWord, tokens[stop].isAllCaps, tokens[stop].text.count >= 2,
                    !tokens.lower(stop, isIn: lexicons.commonWords)
                {
                    stop += 1
                }
                if stop > i + 1 {
                    let name = tokens[i..<stop].map { capitalizedWord($0.lower) }.joined(separator: " ")
                    mentions.append(RawMention(range: i..<stop, type: .person, name: name, origin: .name))
                    i = stop
                    continue
                }
            }
            // an unknown acronym of three to six capitals used more than once names an institution: "the WXTA board"
            // ("the news agency SANA": after a kind of institution, even one spelled like a first name;
            // "the FAST party": before a party's or an armed group's noun, even one spelled like a word)
            if token.isWord, token.isAllCaps, (3...6).contains(token.text.count), token.text.allSatisfy(\.isLetter),
                !lexicons.commonWords.contains(token.lower, hash: token.lowerHash) || beforeBodyNoun(tokens, at: i, sentence: sentence), !lexicons.roles.contains(token.lower, hash: token.lowerHash),
                !lexicons.isFirstName(capitalizedWord(token.lower)) || afterClassNoun(tokens, at: i, sentence: sentence),
                !isTitleCaseLine(tokens, sentence),
                !tokens[sentence].filter(\.isWord).allSatisfy(\.isAllCaps), isRecurringAcronym(tokens, at: i) || nextToClassNoun(tokens, at: i, sentence: sentence),
                !isDefinedAcronym(tokens, at: i)
            {
                mentions.append(RawMention(range: i..<(i + 1), type: .organization, name: token.text, origin: .name))
                i += 1
                continue
            }
            // "Vice President JD Vance", "AK Dissanayake": initials written as capitals open a titled
            // person's name, or an office holder's the lexicon knows
            if token.isWord, token.isAllCaps, (2...3).contains(token.text.count), i + 1 < end, mask[i + 1], tokens[i + 1].isWord,
                tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps, !lexicons.commonWords.contains(token.lower, hash: token.lowerHash),
                roles.last?.range.upperBound == i || OfficeHolders.country(of: "\(token.text) \(tokens[i + 1].text)") != nil
            {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i + 1, end: end)
                let name = tokens[i..<runEnd].map(\.text).joined(separator: " ").joinedWordParts
                mentions.append(RawMention(range: i..<runEnd, type: .person, name: name, origin: .name))
                i = runEnd
                continue
            }
            if token.isWord, token.isCapitalized, !token.isAllCaps || token.text.count > 5 || token.text.hasSuffix(".") {
                let runEnd = capitalizedRunEnd(tokens, mask: mask, at: i, end: end)
                // "the anti-Islam Freedom Party": the capitalized half of a prefixed modifier is not the
                // first word of the name after it
                if runEnd > i + 1, prefixedModifier {
                    i += 1
                    continue
                }
                let typed = typeNames(tokens, run: i..<runEnd, sentence: sentence, roles: roles)
                // "Prince Faisal bin Farhan and Hossein Amirabdollahian": plain unfamiliar words joined to a
                // person's name by "and" name another person
                // (a short form the typer cannot place, kept only if it resolves, is such a name too)
                let unplaced = typed.isEmpty || typed.count == 1 && typed[0].needsResolution && typed[0].type == .person && typed[0].range == i..<runEnd
                if unplaced, (2...3).contains(runEnd - i), i >= sentence.lowerBound + 2, tokens[i - 1].lower == "and",
                    mentions.last.map({ $0.type == .person && $0.range.upperBound == i - 1 }) == true,
                    plainNameWords(tokens[i..<runEnd]), tokens[i..<runEnd].allSatisfy({ $0.isWord && $0.isCapitalized })
                {
                    let name = tokens[i..<runEnd].map(\.text).joined(separator: " ")
                    mentions.append(RawMention(range: i..<runEnd, type: .person, name: name, origin: .name))
                } else {
                    mentions.append(contentsOf: typed)
                }
                i = max(runEnd, i + 1)
                continue
            }
            i += 1
        }
        // "executed Australians Andrew Chan and Myuran Sukumaran": a people's plural right before the
        // names of people describes them, and stands for no state
        for k in mentions.indices.dropLast() where mentions[k].origin == .gazetteer(.demonym) && mentions[k].type == .country {
            let last = mentions[k].range.upperBound - 1
            guard tokens[last].lower.hasSuffix("s"), mentions[k + 1].range.lowerBound == last + 1, mentions[k + 1].type == .person else { continue }
            mentions[k].modifierOnly = true
        }
        nameChambersByTheirOwnNames(tokens, mask: mask, sentence: sentence, mentions: &mentions)
        return (mentions + nestedPlaces(tokens, mask: mask, in: mentions), roles)
    }

    /// Where an institution's name ending at `stop` ends with its "of" complement: "Spain's Congress of
    /// Deputies" past "Deputies"; `stop` itself when no "of" and capitalized words that name no known
    /// place follow.
    func ofComplementEnd(_ tokens: [Token], mask: [Bool], at stop: Int, end: Int) -> Int {
        guard stop < end, tokens[stop].lower == "of" else { return stop }
        var j = stop + 1
        while j < end, mask[j], tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isAllCaps, gazetteerMatch(tokens, mask: mask, at: j, end: end) == nil { j += 1 }
        return j > stop + 1 ? j : stop
    }

    /// Where a name ending at `stop` ends with a capitalized word joined to it by a hyphen that no
    /// gazetteer knows ("Kurgan" + "-Tyube"); nil when none is joined there.
    func hyphenatedNameEnd(_ tokens: [Token], mask: [Bool], at stop: Int, end: Int) -> Int? {
        guard stop + 1 < end, mask[stop + 1], tokens[stop].text == "-", tokens[stop].attached, tokens[stop + 1].attached, tokens[stop + 1].isWord,
            tokens[stop + 1].isCapitalized, !tokens[stop + 1].isAllCaps, gazetteerMatch(tokens, mask: mask, at: stop + 1, end: end) == nil
        else { return nil }
        return stop + 2
    }

    /// Head nouns of a military unit an ordinal may number: "14th Army", "201st Motor Rifle Division".
    static let unitHeads: WordSet = ["army", "division", "brigade", "corps", "regiment", "battalion", "fleet", "squadron"]

    /// Whether `text` is a number written as an ordinal: "201st", "14th", "2nd".
    static func isOrdinalNumber(_ text: String) -> Bool {
        // Asked of every word: one that starts with no ASCII digit is answered from its first byte,
        // without walking its characters.
        guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(text.dropFirst(digits.count))
    }

    /// Prefixes that make a capitalized word after their hyphen a modifier: "anti-Islam", "pro-Beijing".
    static let modifierPrefixes: WordSet = ["anti", "pro", "non", "ex"]

    /// A court's members' titles, which no lexicon of offices lists alone: "Supreme Court Justice X".
    static let judicialTitles: WordSet = ["justice", "judge"]

    /// Media nouns that open a station's name: "Radio Australia".
    static let stationOpeners: WordSet = ["radio", "television"]

    /// The end of a station's name at `i`: "Radio" and a capitalized name, a known place's whole
    /// ("Radio Australia", "Radio Free Europe"), perhaps joined by a slash to another ("/Radio Liberty").
    func stationNameEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int) -> Int? {
        guard tokens[i].isWord, tokens[i].isCapitalized, !tokens[i].isAllCaps, tokens.lower(i, isIn: Self.stationOpeners), i + 1 < end, mask[i + 1],
            tokens[i + 1].isWord, tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps
        else { return nil }
        var stop: Int
        if let (placeEnd, entry) = gazetteerMatch(tokens, mask: mask, at: i + 1, end: end), entry.type == .country || entry.type == .location {
            stop = placeEnd
            // "Radio Free Europe": the place may end a longer name
            while stop < end, mask[stop], tokens[stop].isWord, tokens[stop].isCapitalized, !tokens[stop].isAllCaps { stop += 1 }
        } else {
            stop = capitalizedRunEnd(tokens, mask: mask, at: i + 1, end: end)
        }
        if stop + 1 < end, tokens[stop].text == "/", tokens[stop].attached, let next = stationNameEnd(tokens, mask: mask, at: stop + 1, end: end) {
            stop = next
        }
        return stop
    }

    /// "the YPG militia", "news agency SANA", "state television RTS": a kind of institution or medium
    /// written right before or after the word.
    func nextToClassNoun(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        if afterClassNoun(tokens, at: i, sentence: sentence) { return true }
        // "he told CTV", "told the SABC by telephone": whom one tells, spelled in capitals, is a
        // broadcaster or an agency (a person's name is never written so)
        let told = i > sentence.lowerBound && tokens[i - 1].lower == "the" ? i - 2 : i - 1
        if told >= sentence.lowerBound, tokens[told].lower == "told" { return true }
        // "KFOR peacekeepers", "AMISOM troops": the force they serve in
        if i + 1 < sentence.upperBound, !tokens[i + 1].isCapitalized,
            tokens.lower(i + 1, isIn: NameCues.organizationClassNouns) || tokens.lower(i + 1, isIn: NameCues.mediaNouns)
                || tokens.lower(i + 1, isIn: NameCues.forceNouns)
        {
            return true
        }
        // "GERB, a party led by X", "the ADF, an armed group": a body's class said in apposition
        if i + 2 < sentence.upperBound, tokens[i + 1].text == ",", tokens.lower(i + 2, isIn: WordSet.articles) {
            var k = i + 3
            while k < min(sentence.upperBound, i + 3 + NameCues.appositiveClassWords), tokens[k].isWord, !tokens[k].isCapitalized {
                if tokens.lower(k, isIn: NameCues.organizationClassNouns) { return true }
                k += 1
            }
        }
        return false
    }

    /// "the FAST party", "the CODA militia": a lower-case noun of a party or an armed group written right after the word.
    func beforeBodyNoun(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        i + 1 < sentence.upperBound && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized && tokens.lower(i + 1, isIn: NameCues.bodyNouns)
    }

    /// "news agency SANA", "state television RTS": a kind of institution or medium written right before the word.
    func afterClassNoun(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        i > sentence.lowerBound && !tokens[i - 1].isCapitalized
            && (tokens.lower(i - 1, isIn: NameCues.organizationClassNouns) || tokens.lower(i - 1, isIn: NameCues.mediaNouns))
    }

    /// Words (a closed class) of saying or posting that may come a few words before "on X".
    static let postingWords: WordSet = [
        "said", "says", "wrote", "writes", "writing", "posted", "posts", "posting", "post", "replied", "reply", "tweeted", "statement",
        "message", "announced", "thanked",
    ]

    /// Whether the "X" at `i` names the platform: right after "on", a word of saying or posting at most
    /// five words before "on", and no word of a name or a hyphen after it ("wrote on X that", not "Plan X-2").
    func isPlatformX(_ tokens: [Token], at i: Int, sentence: Range<Int>) -> Bool {
        guard i >= sentence.lowerBound + 2, tokens[i - 1].lower == "on" else { return false }
        if i + 1 < sentence.upperBound,
            tokens[i + 1].attached && (tokens[i + 1].isWord || tokens[i + 1].text == "-")
                || tokens[i + 1].isCapitalized && tokens[i + 1].isWord
        {
            return false
        }
        return (max(sentence.lowerBound, i - 6)..<(i - 1)).contains { tokens.lower($0, isIn: Self.postingWords) }
    }

    /// The end of an acronym written with a hyphen ("ZANU-PF", "ISIS-K"), where neither part is a
    /// country's or a place's short name ("US-UK" is two countries).
    func hyphenatedAcronymEnd(_ tokens: [Token], mask: [Bool], at i: Int, end: Int, sentence: Range<Int>) -> Int? {
        let first = tokens[i]
        guard first.isWord, first.isAllCaps, first.text.count >= 2, first.text.allSatisfy(\.isLetter), i + 2 < end,
            tokens[i + 1].text == "-", tokens[i + 1].attached, tokens[i + 2].attached, mask[i + 1], mask[i + 2],
            tokens[i + 2].isWord, tokens[i + 2].isAllCaps, tokens[i + 2].text.allSatisfy(\.isLetter),
            !(i + 3 < end && tokens[i + 3].text == "-" && tokens[i + 3].attached),
            !isTitleCaseLine(tokens, sentence), !tokens[sentence].filter(\.isWord).allSatisfy(\.isAllCaps)
        else { return nil }
        for part in [first.lower, tokens[i + 2].lower] {
            if let entries = lexicons.gazetteer[part], entries.contains(where: { $0.type == .country || $0.type == .location }) { return nil }
        }
        return i + 3
    }

    /// Known places inside the institutions' names found (`University of Oslo`, `Lima Opera House`)
    /// or after "of" in places' names (`Bay of Biscay`); not `Lima Avenue`'s Lima.
    func nestedPlaces(_ tokens: [Token], mask: [Bool], in mentions: [RawMention]) -> [RawMention] {
        var out: [RawMention] = []
        for m in mentions where m.origin == .name && m.range.count >= 2 && (m.type == .organization || m.type == .location) {
            // "Scotland Yard": a body's name of two words with no body's noun is one name, no place's
            if m.type == .organization, m.range.count == 2, !tokens.lower(m.range.upperBound - 1, isIn: NameCues.organizationHeads) { continue }
            var k = m.range.lowerBound
            while k < m.range.upperBound {
                let match = gazetteerMatch(tokens, mask: mask, at: k, end: m.range.upperBound)
                // "African Union Commission": a known body's name inside holds no place ("Union")
                if let (gEnd, entry) = match, entry.type == .organization, gEnd - k < m.range.count {
                    k = gEnd
                    continue
                }
                // "Union of Forces for Change": the institution's own noun is no town spelled like it
                if match?.0 == k + 1, NameCues.organizationHeads.contains(tokens[k].lower) {
                    k += 1
                    continue
                }
                if let (gEnd, entry) = match,
                    gEnd - k < m.range.count, entry.kind == .name || entry.kind == .capital,
                    k > m.range.lowerBound && tokens[k - 1].lower == "of" || m.type == .organization,
                    entry.type == .location || entry.type == .country
                {
                    var inner = RawMention(range: k..<gEnd, type: entry.type, name: entry.canonical, origin: .gazetteer(entry.kind))
                    if entry.kind == .capital {
                        inner.type = .location
                        inner.name = tokens[k..<gEnd].map(\.text).joined(separator: " ")
                    }
                    inner.nested = true
                    out.append(inner)
                    k = gEnd
                } else {
                    k += 1
                }
            }
        }
        return out
    }
}
