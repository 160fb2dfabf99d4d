import KGModel

/// Finds roles stated by titles and appositions.
///
/// - `Kenyan President Amina Odhiambo`, `ASEAN Secretary-General Lim Wei`,
///   `Ghana's President Kofi Mensah` -> person role body
/// - `Chilean Ambassador to the United Nations Rosa Vidal` -> both bodies
/// - `President Kofi Mensah of Ghana`
/// - `Marta Ruiz, the European Union's High Commissioner`, `Tom Hale, Reuters correspondent`
/// - `Ali Hassan, head of the Puntland administration`
/// - `The Élysée spokesperson, Claire Dubois`
///
/// ```swift
/// // "Kenyan Ambassador Joseph Kamau" -> Fact(Joseph Kamau, "ambassador", Kenya, cameo .role)
/// ```
struct RoleExtractor {
    /// Words of rule by soldiers (a closed class) that modify a title of rule without naming a body:
    /// "Mali's junta leader", "Nigeria's military ruler".
    static let soldiersRuleModifiers: WordSet = ["military", "junta"]

    /// Whether a lower-case word between a body and a title reads as a verb, not the title's modifier:
    /// a past form ("called", "praised") or a speech verb ("said", "told"). The role rules read their
    /// sentences untagged, so this is the word's shape.
    static func mayBeAVerb(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") || QuoteSpeakerResolver.speechForms.contains(word)
    }

    func extract(_ s: SentenceView) -> [Fact] {
        var facts: [Fact] = []
        membership(s, &facts)
        partyMemberships(s, &facts)
        appositionStandings(s, &facts)
        standingsBeforeTheirHolders(s, &facts)
        listStandings(s, &facts)
        territories(s, &facts)
        namedPlaces(s, &facts)
        bodyNationalities(s, &facts)
        possessedInstitutions(s, &facts)
        companyNationalities(s, &facts)
        possessiveLeaders(s, &facts)
        leadership(s, &facts)
        ledBy(s, &facts)
        successions(s, &facts)
        appointments(s, &facts)
        sharedTitles(s, &facts)
        listedTitlesOfAState(s, &facts)
        copulaTitles(s, &facts)
        whoseTitleIsTitles(s, &facts)
        bodyParts(s, &facts)
        for role in s.roles {
            let r = role.range
            // body before the title: "Kenyan President", "ASEAN Secretary-General", "Ghana's President"
            var bodies: [Int] = []
            var bodyStart = r.lowerBound
            var b = r.lowerBound
            // "Eritrea's information minister", "Myanmar's de facto leader": the title's own modifiers stand
            // between the body and it (not a body's part: "Myanmar's army chief" heads the army)
            // ("Burkina Faso's military leader", "Mali's junta leader": soldiers' rule of the country, not its army's head)
            var k = b
            let ruleBySoldiers = EntityRecognizer.nounsOfMilitaryRule.contains(role.name)
            while k > b - 3, s.range.contains(k - 1), s.mentionAt[k - 1] == nil, s.tokens[k - 1].isWord, !s.tokens[k - 1].isCapitalized,
                !s.lower(k - 1, isIn: ActionExtractor.actingBodyNouns) || ruleBySoldiers && s.lower(k - 1, isIn: Self.soldiersRuleModifiers),
                !s.lower(k - 1, isIn: Self.notTitleModifiers)
            {
                k -= 1
            }
            if k < b, s.lower(k - 1, is: "'s") {
                b = k
            }
            // "U.N. human rights chief X", "EU foreign policy chief X": an institution before the modifiers
            // (not over another title: "army spokesman General X" is no general's title in the army)
            // (nor over a verb: "The State Department called King Abdullah a partner" names no king of it)
            else if k < b, let m = s.mention(endingBefore: k), s.mentions[m].type == .organization, !s.mentions[m].modifierOnly,
                !(k..<b).contains(where: { s.roleAt[$0] != nil || Self.mayBeAVerb(s.lower($0)) })
            {
                b = k
            }
            // "the Colombian former judge X": a demonym before "former" is the title's, as right before it
            else if k < b, (k..<b).allSatisfy({ s.lower($0, isIn: WordSet.formerTitleWords) }), let m = s.mention(endingBefore: k), s.mentions[m].isDemonym {
                b = k
            }
            // "Kurdistan Regional Government (KRG) President X": the acronym a body is given stands between
            if s.lower(b - 1, is: ")"), s.lower(b - 3, is: "("), s.range.contains(b - 3) { b -= 3 }
            if s.lower(b - 1, is: "'s") { b -= 1 }
            // "Brazil, whose President Jair Bolsonaro": the body the relative clause hangs on ("the Union of
            // Forces for Change (UFC), whose leader X": over the acronym it is given)
            let whoseBodyEnd = s.beforeParenthesizedAcronym(b - 2)
            // ("the left-wing Broad Front coalition, whose leader, X": over a body's class noun)
            if s.lower(b - 1, is: "whose"), s.lower(b - 2, is: ","),
                let m = s.mention(endingBefore: whoseBodyEnd).flatMap({ s.mentions[$0].type != .person ? $0 : nil }) ?? bodyBeforeWhose(s, at: b - 1)
            {
                bodies.append(m)
                bodyStart = s.mentions[m].range.lowerBound
            }
            // "the Public Ministry under Attorney General X": the body the title serves in comes before "under"
            if s.lower(b - 1, is: "under"), let m = s.mention(endingBefore: b - 1), s.mentions[m].type == .organization, !s.mentions[m].modifierOnly {
                bodies.append(m)
                bodyStart = s.mentions[m].range.lowerBound
            }
            if bodies.isEmpty, var m = s.mention(endingBefore: b), s.mentions[m].type != .person, s.range.contains(b - 1) {
                // "U.S. Middle East envoy X", "British Africa minister X": a world region before the title is
                // the post's brief; the state or body named before it employs the holder, and with none
                // named, the region does not
                var employed = true
                if s.mentions[m].type == .location, Self.worldRegions.contains(s.mentions[m].range.map { s.lower($0) }.joined(separator: " ")) {
                    if let employer = s.mention(endingBefore: s.mentions[m].range.lowerBound),
                        s.mentions[employer].type == .country || s.mentions[employer].type == .organization
                    {
                        m = employer
                    } else {
                        employed = false
                    }
                }
                if employed {
                    bodies.append(m)
                    bodyStart = s.mentions[m].range.lowerBound
                }
                // "Russia's U.N. envoy X", "Iraqi U.N. ambassador X": a state's envoy to the body, the
                // post held for both
                if employed, s.mentions[m].type == .organization, s.mentions[m].range.upperBound == b, Self.postsAtABody.contains(role.name) {
                    var owner = s.mentions[m].range.lowerBound
                    if s.lower(owner - 1, is: "'s") { owner -= 1 }
                    if let state = s.mention(endingBefore: owner), s.mentions[state].type == .country, s.mentions[state].entity != s.mentions[m].entity {
                        bodies.append(state)
                        bodyStart = s.mentions[state].range.lowerBound
                    }
                }
            }
            // after the title: optional "to/at (the) BODY" or "for ... and ..." then the person
            var i = r.upperBound
            // "U.N. envoy for Yemen Hans Grundberg", "Ambassador to the UN X"
            if ["to", "at", "of", "for"].contains(s.lower(i)) {
                var j = i + 1
                if s.lower(j, is: "the") { j += 1 }
                // "of" names the body only right before the person: "President of Ghana Kofi Mensah"
                // ("a magistrate at Spain's National Court": a possessive's owner is not the body)
                // ("an adviser to Turkish Prime Minister X": a demonym opening another title is that title's, and
                // the person after it the one served)
                if let m = s.mention(startingAt: j), s.mentions[m].type != .person, !s.mentions[m].modifierOnly,
                    !s.lower(s.mentions[m].range.upperBound, is: "'s"), !(s.mentions[m].isDemonym && s.roleAt[s.mentions[m].range.upperBound] != nil),
                    !s.lower(i, is: "of") || s.mention(startingAt: s.mentions[m].range.upperBound).map({ s.mentions[$0].type == .person }) ?? false
                {
                    bodies.append(m)
                    i = s.mentions[m].range.upperBound
                } else if s.lower(i, is: "to"), s.mention(startingAt: j) == nil, s.range.contains(j), s.tokens[j].isCapitalized {
                    // "U.S. Ambassador to Manila MaryKay Carlson": a post's city, no name of its own, before the holder
                    i = j
                }
            } else if s.lower(i, is: "in"), !bodies.isEmpty, let place = s.mention(startingAt: s.lower(i + 1, is: "the") ? i + 2 : i + 1),
                [.location, .country].contains(s.mentions[place].type), s.lower(s.mentions[place].range.upperBound, is: ",")
            {
                // "Syria's ambassador in Berlin, X": where the post is, not whom it serves
                i = s.mentions[place].range.upperBound
            }
            let afterTitle = i  // after "to the United Nations" in "Kenya's ambassador to the United Nations, X"
            var skipped = 0
            while s.range.contains(i), s.mention(startingAt: i) == nil, skipped < 7,
                s.tokens[i].isCapitalized || ["for", "and", "of", "-", "the"].contains(s.lower(i))
            {
                i += 1
                skipped += 1
            }
            if let p = s.mention(startingAt: i), s.mentions[p].type == .person {
                let personEnd = s.mentions[p].range.upperBound
                var found = bodies
                // "President Kofi Mensah of Ghana"
                if found.isEmpty, s.lower(personEnd, is: "of"), let m = s.mention(startingAt: personEnd + (s.lower(personEnd + 1, is: "the") ? 2 : 1)),
                    s.mentions[m].type != .person
                {
                    found.append(m)
                }
                for body in found {
                    Self.addRole(
                        s.mentions[p].entity, role.name, s.mentions[body].entity, in: s, from: bodyStart, to: max(personEnd, s.mentions[body].range.upperBound),
                        confidence: FactConfidence.Role.titleBesideName, into: &facts)
                }
                if !found.isEmpty { continue }
            }
            // "The Élysée spokesperson, Claire Dubois"
            // "the U.N. High Commissioner for Refugees, X", "Montenegro's special prosecutor for organised crime, X":
            // the title's own phrase, naming no body, stands before the comma
            let comma = bodies.isEmpty ? afterTitle : titlePhraseEnd(s, from: afterTitle)
            // apposition after a person: "X, the Y's ROLE", "X, BODY ROLE", "X, ROLE of BODY"
            var a = bodyStart - 1
            // "X, the 35-year-old head of Y", "X, a senior official of Y": the title's own modifiers
            // ("X, a former Norwegian foreign minister": before the body the title names too)
            let opener = Self.pastTitleModifiers(s, from: a)
            if s.lower(opener, isIn: WordSet.articles), s.lower(opener - 1, is: ",") { a = opener }
            // "X, Guterres's special adviser on Cyprus and a former Norwegian foreign minister": a second
            // apposition after "and" describes the same person
            if s.lower(opener, isIn: WordSet.articles), s.lower(opener - 1, is: "and"), let comma = firstAppositionComma(s, and: opener - 1) { a = comma }
            // "X, the parliament speaker and leader of Y": the title joined by "and" to the apposition's first
            if opener == a, s.lower(a, is: "and"), let first = coordinatedTitleOpener(s, and: a) { a = first }
            if s.lower(a, isIn: WordSet.articles) { a -= 1 }
            // "X, now Mali's interim president"
            if s.lower(a, isIn: Self.appositionAdverbs), s.lower(a - 1, is: ",") { a -= 1 }
            // "X, 55, leader of Y": the person's age stands between the name and the apposition
            if s.lower(a, is: ","), s.range.contains(a - 2), s.tokens[a - 1].kind == .number, s.lower(a - 2, is: ",") { a -= 2 }
            if s.lower(a, is: ","), let p = s.mention(endingBefore: a), s.mentions[p].type == .person,
                bodies.isEmpty || !Self.opensNextListedName(s, titleEnd: comma)
            {
                let personStart = s.mentions[p].range.lowerBound
                // "X, the Swiss head of the OSCE": a demonym before a title with its own "of BODY" states
                // the holder's nationality; the body after "of" is the title's too
                let ofBody = s.lower(r.upperBound, is: "of") ? s.mention(startingAt: r.upperBound + (s.lower(r.upperBound + 1, is: "the") ? 2 : 1)) : nil
                if let ofBody, [.organization, .country].contains(s.mentions[ofBody].type), !s.mentions[ofBody].modifierOnly,
                    !bodies.isEmpty, bodies.allSatisfy({ s.mentions[$0].isDemonym })
                {
                    bodies.append(ofBody)
                }
                if !bodies.isEmpty {
                    for body in bodies {
                        Self.addRole(
                            s.mentions[p].entity, role.name, s.mentions[body].entity, in: s, from: personStart, to: r.upperBound,
                            confidence: FactConfidence.Role.apposition, into: &facts)
                    }
                    continue
                }
                // "X, the president of Z", "X, a spokeswoman for Z", "X, an analyst at Z"
                if ["of", "for", "at"].contains(s.lower(r.upperBound)) {
                    var j = r.upperBound + 1
                    var steps = 0
                    var owner: Int?
                    var placed = false
                    while s.range.contains(j), steps < Self.appositionBodyWords {
                        // "deputy director of South Korea's National Security Office": the office, not its owner
                        if let m = s.mention(startingAt: j), s.lower(s.mentions[m].range.upperBound, is: "'s") {
                            if owner == nil { owner = m }
                            j = s.mentions[m].range.upperBound + 1
                            steps += 1
                            continue
                        }
                        // "the chief financial officer of Chinese telecommunications giant Huawei": the body the
                        // demonym and its class nouns describe
                        if let m = s.mention(startingAt: j), s.mentions[m].isDemonym, let body = bodyAfterClassNouns(s, from: s.mentions[m].range.upperBound) {
                            steps += body - j
                            j = body
                            continue
                        }
                        if let m = s.mention(startingAt: j), s.mentions[m].type != .person, !s.mentions[m].modifierOnly {
                            // "X, the head of the U.N. observer mission (UNSMIS)": the body the acronym names,
                            // a part of the one before its class noun
                            if let (unit, noun) = acronymedUnit(s, after: m) {
                                Self.addRole(
                                    s.mentions[p].entity, role.name, s.mentions[unit].entity, in: s, from: personStart, to: s.mentions[unit].range.upperBound,
                                    confidence: FactConfidence.Role.apposition, into: &facts)
                                Self.addRole(mention: unit, noun, mention: m, in: s, through: s.mentions[unit].range.upperBound, confidence: FactConfidence.Role.apposition, into: &facts)
                                placed = true
                                break
                            }
                            Self.addRole(
                                s.mentions[p].entity, role.name, s.mentions[m].entity, in: s, from: personStart, to: s.mentions[m].range.upperBound,
                                confidence: FactConfidence.Role.apposition, into: &facts)
                            placed = true
                            break
                        }
                        if [",", ".", ";"].contains(s.lower(j)) { break }
                        j += 1
                        steps += 1
                    }
                    // "X, a former commander of Serbia's gendarmerie": an office the text does not name holds
                    // in the country that owns it
                    if !placed, let owner, s.mentions[owner].type == .country, !s.range.contains(j) || [",", ".", ";"].contains(s.lower(j)) {
                        Self.addRole(
                            s.mentions[p].entity, role.name, s.mentions[owner].entity, in: s, from: personStart, to: s.mentions[owner].range.upperBound,
                            confidence: FactConfidence.Role.apposition, into: &facts)
                    }
                }
                continue
            }
            // "The head of the Atomic Agency, Rafael Ortiz": the body after "of", the person after the comma
            if bodies.isEmpty, s.lower(r.upperBound, is: "of"), s.lower(r.lowerBound - 1, isIn: WordSet.articles) || r.lowerBound == s.range.lowerBound {
                var j = r.upperBound + 1
                if s.lower(j, is: "the") { j += 1 }
                // "the leader of the Seleka rebel coalition, X", "the leader of the Y (ACR), X": the body's acronym
                // and a few lower-case class nouns may stand between the body and the comma
                var comma = s.mention(startingAt: j).map { s.mentions[$0].range.upperBound } ?? j
                if s.lower(comma, is: "("), s.lower(comma + 2, is: ")") { comma += 3 }
                let classNounsEnd = comma + Self.bodyClassNounWords
                while comma < classNounsEnd, s.range.contains(comma), s.mentionAt[comma] == nil, s.tokens[comma].isWord, !s.tokens[comma].isCapitalized,
                    !s.lower(comma, isIn: Self.notTitleModifiers)
                {
                    comma += 1
                }
                // "the commander of Bolivia's military, General X", "the foreign minister of the United Arab
                // Emirates, Sheikh X": a rank or an honorific may stand before the name
                let named = Self.pastRanks(s, from: comma + 1, atMost: j + 11 - comma, orHonorifics: true)
                if let body = s.mention(startingAt: j), s.mentions[body].type != .person, s.lower(comma, is: ","),
                    let p = s.mention(startingAt: named), s.mentions[p].type == .person
                {
                    Self.addRole(
                        s.mentions[p].entity, role.name, s.mentions[body].entity, in: s, from: r.lowerBound, to: s.mentions[p].range.upperBound,
                        confidence: FactConfidence.Role.apposition, into: &facts)
                    continue
                }
            }
            var named = Self.pastOwnTitle(s, at: Self.pastTitleOfAddress(s, after: comma))
            // "CICIG's head, the Colombian former judge X", "INTERFET's commander, Australian Major General X"
            if !bodies.isEmpty, s.lower(comma, is: ","), s.mention(startingAt: named).map({ s.mentions[$0].type != .person }) ?? true,
                let start = describedNameStart(s, from: comma + 1)
            {
                named = start
            }
            if !bodies.isEmpty, s.lower(comma, is: ","), let p = s.mention(startingAt: named),
                s.mentions[p].type == .person
            {
                for body in bodies {
                    Self.addRole(
                        s.mentions[p].entity, role.name, s.mentions[body].entity, in: s, from: bodyStart, to: s.mentions[p].range.upperBound,
                        confidence: FactConfidence.Role.apposition, into: &facts)
                }
            }
        }
        bodyOfficeTitles(s, &facts)
        counterparts(s, &facts)
        return facts
    }

    /// Titles (a closed class) of a state's post at a body: "Russia's U.N. envoy", "Iraq's U.N. ambassador".
    static let postsAtABody: WordSet = ["envoy", "ambassador", "representative", "permanent representative", "special envoy", "deputy ambassador"]

    /// Lower-case words between a body's name and the class noun of its unit, at most ("the U.N.
    /// observer mission").
    static let unitModifierWords = 2

    /// Nouns of a body's unit that an acronym in parentheses names: "the U.N. mission (UNMIT)".
    static let unitNouns: WordSet = ["mission", "force", "office", "agency", "operation", "commission", "tribunal", "court"]

    /// The unit an acronym in parentheses names right after body `m`, a few lower-case words and a
    /// unit noun ("the U.N. observer mission (UNSMIS)" -> UNSMIS, "observer mission"), or nil.
    func acronymedUnit(_ s: SentenceView, after m: Int) -> (unit: Int, noun: String)? {
        var k = s.mentions[m].range.upperBound
        let first = k
        while k < first + Self.unitModifierWords, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord, !s.tokens[k].isCapitalized,
            !s.lower(k, isIn: Self.unitNouns)
        {
            k += 1
        }
        guard s.lower(k, isIn: Self.unitNouns), s.lower(k + 1, is: "("), let unit = s.mention(startingAt: k + 2),
            s.mentions[unit].type == .organization, s.lower(s.mentions[unit].range.upperBound, is: ")"), s.mentions[unit].entity != s.mentions[m].entity
        else { return nil }
        return (unit, s.tokens[first...k].map(\.lower).joined(separator: " "))
    }

    /// Where a name may start after the comma at `comma`, past a title of address of up to two
    /// capitalized words: "Qatar's emir, Sheikh Tamim".
    static func pastTitleOfAddress(_ s: SentenceView, after comma: Int) -> Int {
        var named = comma + 1
        while named < comma + 3, s.range.contains(named), s.mention(startingAt: named) == nil, s.tokens[named].isCapitalized { named += 1 }
        return named
    }

    /// Whether the title ending at `titleEnd` opens the name after it in a list of names: "Foreign
    /// Minister X, Japan's ambassador, Morihisa Aoki, and Bolivia's ambassador, Y" (the comma, the name,
    /// then "and" or ", and"): the title is that name's, not an apposition of the name before it.
    static func opensNextListedName(_ s: SentenceView, titleEnd comma: Int) -> Bool {
        guard s.lower(comma, is: ","), let next = s.mention(startingAt: pastTitleOfAddress(s, after: comma)), s.mentions[next].type == .person else {
            return false
        }
        let after = s.mentions[next].range.upperBound
        return s.lower(after, is: "and") || s.lower(after, is: ",") && s.lower(after + 1, is: "and")
    }

    /// Leadership stated by a verb in a relative clause: "X, who heads Y" -> X head Y; "X, who
    /// currently chairs the Russian-led Y", "X, a former prime minister who now chairs Y"; or by one in
    /// the present tense right after the person: "X now heads an 11-member Y".
    func leadership(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let leadershipVerbs = Self.leadershipVerbs
        for i in s.range where s.lower(i, isIn: leadershipVerbs) {
            var who = i - 1
            if s.lower(who, isIn: Self.appositionAdverbs) { who -= 1 }
            let person: Int
            if s.lower(who, is: "who"), let described = relativeClausePerson(s, who: who) {
                person = described
            } else if s.lower(i).hasSuffix("s"), let subject = s.mention(endingBefore: who + 1), s.mentions[subject].type == .person {
                person = subject
            } else {
                continue
            }
            var j = ["the", "a", "an"].contains(s.lower(i + 1)) ? i + 2 : i + 1
            // "an 11-member council": a size before the body's words
            if s.range.contains(j + 1), s.tokens[j].text.first?.isNumber == true {
                j += 1
                while s.range.contains(j + 1), s.lower(j, is: "-") || s.tokens[j].attached && s.tokens[j - 1].text == "-" { j += 1 }
            }
            // "the Russian-led CSTO": the body's leader is a modifier of it
            if let leader = s.mention(startingAt: j), s.lower(s.mentions[leader].range.upperBound, is: "-"),
                s.lower(s.mentions[leader].range.upperBound + 1, is: "led")
            {
                j = s.mentions[leader].range.upperBound + 2
            }
            // "who chairs the regional bloc IGAD": a body's class nouns may stand before its name (then only a
            // body's name, not a country's, is what is chaired)
            let classStart = j
            j = Self.pastClassWords(s, from: j, atMost: Self.leadershipClassWords)
            let classWords = j - classStart
            // "who leads Krajina": a region led is named bare, as a state is; "who heads Russia's
            // delegation", "who heads the Tripoli-based government" lead something of the name's, not the name
            guard let body = s.mention(startingAt: j),
                s.mentions[body].type == .organization || [.country, .location].contains(s.mentions[body].type) && classWords == 0,
                !s.lower(s.mentions[body].range.upperBound, is: "'s"),
                s.mentions[body].type != .location || !s.lower(s.mentions[body].range.upperBound, is: "-"),
                let role = s.lower(i, in: Self.leadershipVerbs)
            else { continue }
            Self.addRole(mention: person, role, mention: body, in: s, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }

    /// Lower-case words naming a body's class between a leadership verb and the body's name, at most
    /// ("who chairs the regional bloc IGAD").
    static let leadershipClassWords = 2

    /// Where a name starts past up to `limit` rank words before it ("Senior General Min Aung Hlaing",
    /// "Ayatollah Ali Khamenei"), or honorifics too with `orHonorifics` ("Sheikh Abdullah"): `start`
    /// itself when none stands there.
    static func pastRanks(_ s: SentenceView, from start: Int, atMost limit: Int, orHonorifics: Bool = false) -> Int {
        var k = start
        while k < start + limit, s.range.contains(k), s.mentionAt[k] == nil,
            s.lower(k, isIn: militaryRanks) || orHonorifics && s.lower(k, isIn: honorificsBeforeNames)
        {
            k += 1
        }
        return k
    }

    /// Past up to `limit` lower-case words that describe a body before its name ("the regional bloc IGAD",
    /// "the powerful Security Council"): no name, title, determiner, preposition or function word.
    static func pastClassWords(_ s: SentenceView, from start: Int, atMost limit: Int) -> Int {
        var j = start
        while j < start + limit, s.range.contains(j), s.mentionAt[j] == nil, s.roleAt[j] == nil, s.tokens[j].isWord, !s.tokens[j].isCapitalized,
            !s.lower(j, isIn: ActionExtractor.determiners), !s.lower(j, isIn: NameCues.functionWords), !s.lower(j, isIn: ActionExtractor.prepositions),
            !s.lower(j, isIn: TreeActionExtractor.relativeWords)
        {
            j += 1
        }
        return j
    }

    /// Words of an apposition between its comma and "who", at most: "X, a former Chadian prime minister who".
    static let appositionBeforeWhoWords = 8

    /// The person a "who" clause at `who` speaks of: the one right before ", who", or the one an
    /// apposition ending in "who" describes ("Moussa Faki, a former prime minister who now chairs").
    func relativeClausePerson(_ s: SentenceView, who: Int) -> Int? {
        if s.lower(who - 1, is: ","), let p = s.mention(endingBefore: who - 1), s.mentions[p].type == .person { return p }
        var k = who - 1
        while k > who - Self.appositionBeforeWhoWords, s.range.contains(k), s.tokens[k].isWord || s.lower(k, is: "-") {
            // only a demonym may stand among the apposition's words ("a former Chadian prime minister")
            if let m = s.mentionAt[k], s.mentions[m].type != .country { return nil }
            k -= 1
        }
        guard s.lower(k + 1, isIn: WordSet.articles), s.lower(k, is: ","), let p = s.mention(endingBefore: k), s.mentions[p].type == .person else { return nil }
        return p
    }

    /// Leadership stated by a participle: "the Council, led by X," -> X leader the Council; "a
    /// Military Council (TMC) led by his son, General X" (the acronym a body is given stands for the comma);
    /// "a meeting of the Higher Defence Council chaired by President X" (a named body right before the
    /// participle needs no comma; a country does, as "the invasion of Ukraine led by X" is no office).
    func ledBy(_ s: SentenceView, _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let leadershipParticiples = Self.leadershipParticiples
        for i in s.range where s.lower(i, isIn: leadershipParticiples) && s.lower(i + 1, is: "by") {
            // "ITN, a party led by X": a class noun in apposition to the body stands for it
            let apposed = appositiveClassNoun(s, endingBefore: i)
            // ("the DPP, now led by X": an adverb of time may open the participle's phrase)
            let at = apposed ?? (s.lower(i - 1, isIn: Self.appositionAdverbs) && s.lower(i - 2, is: ",") ? i - 1 : i)
            let acronymBefore = s.lower(at - 1, is: ")") && s.lower(at - 3, is: "(")
            // "NATO, which is led by the United States": a relative clause on the body before its comma
            let relative = apposed == nil && ["is", "was", "are", "were"].contains(s.lower(i - 1)) && s.lower(i - 2, is: "which") && s.lower(i - 3, is: ",")
            let comma = s.lower(at - 1, is: ",") || relative
            let bodyBefore = apposed == nil && (s.mention(endingBefore: i).map { s.mentions[$0].type == .organization } ?? false)
            guard comma || acronymBefore || bodyBefore else { continue }
            // "the conservative New Democracy party, led by X": a class noun may follow the body's name
            var end = acronymBefore ? at - 3 : relative ? i - 3 : comma ? at - 1 : at
            // "the Syrian National Council (SNC), led by X": the acronym the body is given before the comma
            if comma { end = s.beforeParenthesizedAcronym(end) }
            // (not the last word of the body's own name: "the Democratic Progressive Party, led by X")
            while comma || acronymBefore, end > at - 3, s.mentionAt[end - 1] == nil, s.lower(end - 1, isIn: NameCues.organizationClassNouns) { end -= 1 }
            // "GERB (Citizens for European Development), a party led by X"
            if apposed != nil, s.lower(end - 1, is: ")"), let open = (max(s.range.lowerBound, end - 8)..<(end - 1)).last(where: { s.lower($0, is: "(") }) { end = open }
            guard let body = s.mention(endingBefore: end), s.mentions[body].type == .organization || s.mentions[body].type == .country,
                // ("chaired by President X": past a title before the name)
                let person = personIntroduced(s, from: i + 2) ?? s.mention(startingAt: i + 2) ?? s.mention(startingAt: Self.pastOwnTitle(s, at: i + 2))
                    ?? (s.lower(i + 2, is: "the") ? s.mention(startingAt: i + 3) : nil)
                        // ("headed by retired army chief X": past a description of the person)
                        ?? describedNameStart(s, from: i + 2).flatMap({ s.mention(startingAt: $0) }),
                // ("a coalition led by Saudi Arabia", "NATO, which is led by the United States": a state leads a body)
                s.mentions[person].type == .person || s.mentions[person].type == .country && s.mentions[body].type == .organization,
                let role = s.lower(i, in: Self.leadershipParticiples)
            else { continue }
            Self.addRole(mention: person, role, mention: body, in: s, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
    }

    /// The article that opens a body's apposition naming its class, when that apposition ends right
    /// before `i`: "ITN, a party" or "the RSF, a paramilitary group" -> the index of "a"; nil when no
    /// such apposition (a comma, an article, plain lower-case words, a class noun) ends there.
    func appositiveClassNoun(_ s: SentenceView, endingBefore i: Int) -> Int? {
        guard s.lower(i - 1, isIn: NameCues.organizationClassNouns) else { return nil }
        var k = i - 2
        while k > i - NameCues.appositiveClassWords - 1, s.range.contains(k), !s.lower(k, isIn: WordSet.articles), s.tokens[k].isWord,
            // ("UNITA, the Angolan rebel movement led by X": a demonym among the class's modifiers)
            s.mentionAt[k] == nil && s.tokens[k].text.first?.isLowercase == true || s.mentionAt[k].map { s.mentions[$0].isDemonym } == true
        {
            k -= 1
        }
        guard s.lower(k, isIn: WordSet.articles), s.lower(k - 1, is: ",") else { return nil }
        return k
    }

    /// Words from the start of "his son, General X" to the name, at most.
    static let introducedPersonWords = 6

    /// The person a noun of family, staff or standing introduces at `from`: "Gbagbo ally X", "his
    /// son, General X" -> X; nil when no such noun stands there.
    func personIntroduced(_ s: SentenceView, from: Int) -> Int? {
        var k = from
        if let m = s.mention(startingAt: k), s.mentions[m].type == .person {
            k = s.mentions[m].range.upperBound
        } else if s.lower(k, isIn: WordSet.personPossessives) {
            k += 1
        } else {
            return nil
        }
        let noun = s.lower(k)
        guard Self.kinshipNouns[noun] != nil || Self.staffNouns[noun] != nil || noun == "ally" else { return nil }
        k += 1
        if s.lower(k, is: ",") { k += 1 }
        while k < from + Self.introducedPersonWords, s.range.contains(k), s.mention(startingAt: k) == nil, Self.militaryRanks.contains(s.lower(k)) { k += 1 }
        return s.mention(startingAt: k).flatMap { s.mentions[$0].type == .person ? $0 : nil }
    }

    /// Words of a first apposition before "and a ...", at most: "Guterres's special adviser on Cyprus".
    static let firstAppositionWords = 10
    /// Words that open a first apposition: "a former minister", "the head of Y", "his lawyer".
    static let appositionOpeners: WordSet = WordSet.articles.union(WordSet.personPossessives)

    /// The comma after a person that opens the first of two appositions joined by the "and" at `and`:
    /// "X, the head of Y and a former minister" -> the comma after X. The first apposition opens with an
    /// article, "his"/"her" or a name's possessive (not a second person: "X, Y and a former minister"
    /// lists three) and holds no comma or relative pronoun; nil otherwise.
    func firstAppositionComma(_ s: SentenceView, and: Int) -> Int? {
        var k = and - 1
        while k > and - Self.firstAppositionWords, s.range.contains(k), !s.lower(k, is: ",") {
            if ["who", "which", "that", ";"].contains(s.lower(k)) { return nil }
            k -= 1
        }
        guard s.lower(k, is: ","), k + 1 < and, let p = s.mention(endingBefore: k), s.mentions[p].type == .person else { return nil }
        if s.lower(k + 1, isIn: Self.appositionOpeners) { return k }
        if let owner = s.mention(startingAt: k + 1), s.lower(s.mentions[owner].range.upperBound, is: "'s") { return k }
        return nil
    }

    /// Where an apposition opens whose title is joined by the "and" at `and` to a second one: "X, the
    /// parliament speaker and leader of Y" -> the index of "the" (of the comma with no article: "X,
    /// speaker and leader of Y"); nil unless a title ends right before "and" and only its lower-case
    /// modifiers stand between it and the opener.
    func coordinatedTitleOpener(_ s: SentenceView, and: Int) -> Int? {
        guard let title = s.roleAt[and - 1] else { return nil }
        let k = Self.pastTitleModifiers(s, from: s.roles[title].range.lowerBound - 1)
        if s.lower(k, isIn: WordSet.articles), s.lower(k - 1, is: ",") { return k }
        return s.lower(k, is: ",") ? k : nil
    }

    /// The first word before a title's own lower-case modifiers that end at `from` ("the 35-year-old
    /// head", "a senior official", "the parliament speaker"): back over numbers, hyphens and lower-case
    /// words that are no article, preposition or conjunction, at most `appositionModifierWords`.
    static func pastTitleModifiers(_ s: SentenceView, from: Int) -> Int {
        var k = from
        while k > from - appositionModifierWords, s.range.contains(k), s.mentionAt[k] == nil,
            s.tokens[k].kind == .number || s.lower(k, is: "-") || s.tokens[k].isWord && !s.tokens[k].isCapitalized && !s.lower(k, isIn: notTitleModifiers)
        {
            k -= 1
        }
        return k
    }

    /// Words of a title's own phrase after it, at most, its opener included: "on the independence of judges".
    static let titlePhraseWords = 7
    /// Words that open a title's own phrase: "minister of state", "commissioner for refugees", "rapporteur on torture".
    static let titlePhraseOpeners: WordSet = ["of", "for", "on"]

    /// The comma that closes a title's own phrase at `from` ("for organised crime ,", "on the
    /// independence of judges ,"), a phrase of words naming no entity; `from` itself when no such
    /// phrase opens there.
    func titlePhraseEnd(_ s: SentenceView, from: Int) -> Int {
        guard s.lower(from, isIn: Self.titlePhraseOpeners) else { return from }
        var k = from + 1
        while k < from + Self.titlePhraseWords, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord || s.lower(k, is: "-") { k += 1 }
        return k > from + 1 && s.lower(k, is: ",") ? k : from
    }

    /// Where an organization's name starts after lower-case class nouns from `from` ("telecommunications
    /// giant Huawei", "nuclear group Areva"), when one or more such words and then the name stand there.
    func bodyAfterClassNouns(_ s: SentenceView, from: Int) -> Int? {
        var k = from
        while k < from + Self.bodyClassNounWords, s.range.contains(k), s.mentionAt[k] == nil, s.tokens[k].isWord, !s.tokens[k].isCapitalized { k += 1 }
        guard k > from, let body = s.mention(startingAt: k), s.mentions[body].type == .organization else { return nil }
        return k
    }

    /// Words between "X, the" and the title, at most: "X, the 35-year-old head of Y", "X, the 34-year-old former mayor of Y".
    static let appositionModifierWords = 6
    /// Words from "of" to the body in "X, the head of Y", at most: "of the state-linked oil company Albanisa".
    static let appositionBodyWords = 8
    /// Lower-case class nouns between a body and the comma before its officer, at most: "the Seleka rebel coalition, X".
    static let bodyClassNounWords = 3
    /// Adverbs of time an apposition may open with: "X, now Mali's interim president".
    static let appositionAdverbs: WordSet = ["now", "currently", "also", "formerly", "then"]

    /// Words that end a title's modifiers: "the", "and", "of" are no part of "information minister".
    static let notTitleModifiers: WordSet = ActionExtractor.determiners.union(ActionExtractor.prepositions).union(["and", "or", ","])

    /// "Sweden and Finland joining NATO", "Skopje's bids to join NATO": a joining still to come (the
    /// `evidence` says) is no act yet, and goes (nil); a joining done ("Cyprus joined the European
    /// Union") stays the act it is, as the annotated news writes it (the membership it starts is
    /// stated where a sentence says so: "Cyprus, a member of the EU"). The evidence is read only for
    /// a fact of joining a body.
    ///
    /// ```swift
    /// RoleExtractor.droppingJoiningToCome(joinFact, entities: doc.entities, evidence: "Norway's bid to join the EU")  // nil
    /// ```
    static func droppingJoiningToCome(_ fact: Fact, entities: [ExtractedEntity], evidence: @autoclosure () -> String) -> Fact? {
        guard fact.kind == .action, fact.action == "join", entities.indices.contains(fact.object), entities[fact.object].type == .organization,
            entities.indices.contains(fact.subject), entities[fact.subject].type != .location
        else { return fact }
        let forms = evidence().lowercased().split { !$0.isLetter }.filter { $0.hasPrefix("join") }
        if forms.contains(where: { Self.joiningToCome.contains(String($0)) }), !forms.contains(where: { Self.joiningDone.contains(String($0)) }) { return nil }
        return fact
    }

    /// Forms of "join" that state a joining still to come (an infinitive, a gerund) or done.
    static let joiningToCome: WordSet = ["join", "joining"]
    static let joiningDone: WordSet = ["joined", "joins"]

    /// Verbs of holding power over a country (a closed class).
    static let rulingLemmas: WordSet = ["rule", "govern"]

    /// "X, who has ruled Belarus since 1994": ruling or governing a country is a standing, not an act
    /// toward it (a party's is the ruling party's: "The BDP, which has governed Botswana since 1966";
    /// a state's the colonial ruler's: "Belgium, which ruled Burundi until 1962"); so is a person's
    /// commanding, heading, chairing or leading a body ("which Noriega commanded").
    ///
    /// ```swift
    /// RoleExtractor.rulingAsRole(ruleFact, entities: doc.entities).action  // "ruler"
    /// ```
    static func rulingAsRole(_ fact: Fact, entities: [ExtractedEntity], evidence: @autoclosure () -> String = "") -> Fact {
        guard fact.kind == .action, entities.indices.contains(fact.object), entities.indices.contains(fact.subject) else { return fact }
        let object = entities[fact.object].type
        let subject = entities[fact.subject].type
        let role: String
        if Self.rulingLemmas.contains(fact.action), object == .country || object == .location, subject != .location {
            // (a party by its name is the ruling party; any other body, a state or a person the ruler)
            role = subject == .organization && entities[fact.subject].name.lowercased().containsASCII("party") ? "ruling party" : "ruler"
        } else if object == .organization, subject == .person, let office = Self.officesOfLeadingABody[fact.action],
            // (not leading a country towards a body: "has led Montenegro towards NATO")
            fact.action != "lead" || !Self.leadsSomewhere(evidence())
        {
            role = office
        } else {
            return fact
        }
        var ruler = fact
        ruler.action = role
        ruler.cameo = .role
        ruler.kind = .role
        return ruler
    }

    /// Whether an act is a person's leading a state or a place ("Fico, who had led Slovakia", "Bill
    /// White, who led the U.S. delegation", "has led Montenegro towards NATO"): a standing the role
    /// rules state where the text gives one, never an act on the place (a body led is a role, see
    /// `rulingAsRole`).
    ///
    /// ```swift
    /// RoleExtractor.isPersonLeadingAPlace(leadFact, entities: doc.entities)  // true for Fico -lead-> Slovakia
    /// ```
    static func isPersonLeadingAPlace(_ fact: Fact, entities: [ExtractedEntity]) -> Bool {
        guard fact.kind == .action, fact.action == "lead", entities.indices.contains(fact.object), entities.indices.contains(fact.subject)
        else { return false }
        return entities[fact.subject].type == .person && [.country, .location].contains(entities[fact.object].type)
    }

    /// The office a person holds in a body they act on so: "the PDF, which Noriega commanded", "Abdel
    /// Aziz now heads the High State Council", "X leads the Labour Party"; founding a body makes its
    /// founder ("the SDS, which was founded by Radovan Karadzic").
    static let officesOfLeadingABody: [String: String] = [
        "command": "commander", "head": "head", "chair": "chair", "lead": "leader", "found": "founder",
    ]

    /// Whether a sentence's words lead someone or something to a place or goal ("led Montenegro
    /// towards NATO", "led the delegation to the talks"): then the body is where they go, not what is led.
    static func leadsSomewhere(_ evidence: String) -> Bool {
        evidence.lowercased().split(separator: " ").contains { ["to", "towards", "toward", "into"].contains($0) }
    }

    /// World regions (a closed class) that name a post's brief before its title, not its employer:
    /// "U.S. Middle East envoy", "British Africa minister", "Europe Minister".
    static let worldRegions: Set<String> = [
        "africa", "europe", "asia", "middle east", "the middle east", "latin america", "balkans", "the balkans", "western balkans",
        "sahel", "the sahel", "caucasus", "the caucasus", "central asia", "horn of africa", "the horn of africa", "great lakes",
        "pacific", "the pacific", "gulf", "the gulf", "americas", "the americas", "arctic", "the arctic", "north africa",
        "west africa", "east africa", "southern africa", "central africa", "east asia", "southeast asia", "south asia",
        "asia - pacific", "indo - pacific", "near east", "middle - east",
    ]

    static let leadershipParticiples: WordTable<String> = ["led": "leader", "headed": "head", "chaired": "chair"]

    /// The offices the leadership verbs name: "leader", "head", "chair", "director".
    static let leadershipOffices: Set<String> = Set(leadershipVerbs.dictionary.values)

    static let leadershipVerbs: WordTable<String> = [
        "heads": "head", "headed": "head", "leads": "leader", "led": "leader",
        "chairs": "chair", "chaired": "chair", "runs": "head", "directs": "director", "commands": "commander", "commanded": "commander",
    ]

    /// Words of a description before a name in apposition, at most: "the Colombian former judge".
    static let nameDescriptionWords = 5

    /// Where the person's name starts after a description that opens an apposition at `from`: an
    /// optional article, an optional demonym, then only words of a title, "former" or military ranks
    /// ("the Colombian former judge X", "Australian Major General X"); nil when anything else stands there.
    func describedNameStart(_ s: SentenceView, from: Int) -> Int? {
        var k = from
        if s.lower(k, isIn: WordSet.articles) { k += 1 }
        var described = false
        if let m = s.mention(startingAt: k), s.mentions[m].isDemonym {
            k = s.mentions[m].range.upperBound
            described = true
        }
        while k < from + Self.nameDescriptionWords, s.range.contains(k), s.mention(startingAt: k) == nil,
            s.roleAt[k] != nil || s.lower(k, isIn: WordSet.formerTitleWords) || s.lower(k, isIn: Self.militaryRanks)
        {
            k += 1
            described = true
        }
        guard described, let p = s.mention(startingAt: k), s.mentions[p].type == .person else { return nil }
        return k
    }

    /// The mention starting at `j`, over a leader written before it: "the Moscow-led CSTO" -> the CSTO.
    func bodyAfterLedBy(_ s: SentenceView, from j: Int) -> Int? {
        guard let m = s.mention(startingAt: j) else { return nil }
        let end = s.mentions[m].range.upperBound
        if s.lower(end, is: "-"), ["led", "backed", "dominated"].contains(s.lower(end + 1)) { return s.mention(startingAt: end + 2) }
        return m
    }
}
