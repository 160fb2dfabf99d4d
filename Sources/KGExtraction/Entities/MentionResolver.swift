import KGModel

/// Joins a document's raw mentions into entities: one entity per canonical name and type, short
/// person names to the full name they abbreviate, spelling variants to one key, and shorter
/// institution names (`Security Council`) or acronyms to the longer name they stand for.
///
/// ```swift
/// // "Marta Quiroga ... Quiroga ... President Quiroga" -> one person, aliases [Marta Quiroga, Quiroga]
/// ```
/// Within one document only; the store's `EntityResolver` joins entities across documents.
struct MentionResolver {
    struct Resolved {
        var entities: [ExtractedEntity]
        /// For each raw mention, the entity id (nil when the mention was dropped).
        var entityOfMention: [Int?]

        /// Adds `alias` to entity `id`'s aliases unless it is the name or one of them already.
        mutating func addAlias(_ alias: String, to id: Int) {
            if alias != entities[id].name, !entities[id].aliases.contains(alias) { entities[id].aliases.append(alias) }
        }
    }

    /// Words (a closed class) after which an Arabic name gives the father's name: "bin", "ibn", "bint".
    static let patronymicMarkers: Set<String> = ["bin", "ibn", "bint"]

    /// The surname a name's last word stands for without its Arabic article: "Burhan" for
    /// "al-Burhan", "Sisi" for "el-Sisi". News writes the full name once and the bare surname after.
    static func surnameWithoutArticle(_ word: Substring) -> Substring? {
        let lowered = word.lowercased()
        for article in ["al-", "el-"] where lowered.hasPrefix(article) {
            let rest = word.dropFirst(article.count)
            guard rest.count >= 3, rest.first?.isUppercase == true, !rest.contains("-") else { return nil }
            return rest
        }
        return nil
    }

    /// Two full names with one surname are one person when their first names could be one name
    /// written two ways (`Volodymyr`/`Vladimir`), not relatives (`Thomas Sam`/`Manju Sam`).
    static func compatibleFirstNames(_ a: String, _ b: String) -> Bool {
        guard let fa = a.spaceSeparatedWords.first, let fb = b.spaceSeparatedWords.first else { return true }
        return
            (SharedLookupKeys.lookupKey(String(fa)) == SharedLookupKeys.lookupKey(String(fb)) || fa.first == fb.first
            || FirstNameVariants.areEquivalent(String(fa), String(fb)))  // "Yevgeny"/"Evgeny"
            && !haveDifferentMiddleNames(a, b)
    }

    /// Whether two names of three words or more, as long as each other, differ in a middle word that is
    /// no initial: "Mohammed bin Khalifa al-Khalifa" and "Mohammed bin Mubarak al-Khalifa" are cousins,
    /// not one man ("George W. Bush" beside "George Walker Bush" stays one).
    static func haveDifferentMiddleNames(_ a: String, _ b: String) -> Bool {
        let wa = a.spaceSeparatedWords, wb = b.spaceSeparatedWords
        guard wa.count >= 3, wa.count == wb.count else { return false }
        func isInitial(_ word: Substring) -> Bool { word.count <= 2 || word.hasSuffix(".") }
        return (1..<(wa.count - 1)).contains { k in
            !isInitial(wa[k]) && !isInitial(wb[k]) && SharedLookupKeys.lookupKey(String(wa[k])) != SharedLookupKeys.lookupKey(String(wb[k]))
        }
    }

    /// A name named after `full` is its last two words or more: "Lopez Obrador" after "Andres Manuel
    /// Lopez Obrador", "Oligui Nguema" after "Brice Oligui Nguema" (a two-word surname said without
    /// the given names). Not the other way round: "Mahamat Idriss Deby" after "Idriss Deby" is his son.
    static func isTailName(_ full: String, _ later: String) -> Bool {
        let long = full.spaceSeparatedWords.map { SharedLookupKeys.lookupKey(String($0)) }
        let short = later.spaceSeparatedWords.map { SharedLookupKeys.lookupKey(String($0)) }
        return short.count >= 2 && short.count < long.count && Array(long.suffix(short.count)) == short
    }

    /// A place named as a military base's name alone ("Manas" beside "the Manas air base") is the
    /// base: the story that names a base talks about the base when it names it again.
    ///
    /// ```swift
    /// // "US troops left the Manas air base. ... paid to close Manas." -> both are "Manas air base"
    /// ```
    static func basesNamedByTheirBareNames(_ mentions: [RawMention]) -> [RawMention] {
        var baseOfBareName: [String: String] = [:]
        for m in mentions where m.type == .location && m.bareNameEnd != nil {
            guard let last = m.name.spaceSeparatedWords.last, NameCues.baseNouns.contains(last.lowercased()), let end = m.bareNameEnd else { continue }
            let bare = m.name.spaceSeparatedWords.prefix(end - m.range.lowerBound).joined(separator: " ")
            baseOfBareName[bare] = m.name
        }
        guard !baseOfBareName.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .location, m.bareNameEnd == nil, !m.modifierOnly, let base = baseOfBareName[m.name] else { return m }
            var named = m
            named.name = base
            named.undecidedCapitalOf = nil
            return named
        }
    }

    /// A lone word that opens a headed place name elsewhere in the document is that place:
    /// "Varnaka" beside "Varnaka Island" or "Varnaka Bay" is the island's town, not a person.
    static func placesNamedByTheirHeadedNames(_ mentions: [RawMention]) -> [RawMention] {
        var placeFirstWords = Set<String>()
        for m in mentions where m.type == .location && m.origin == .name {
            let words = m.name.spaceSeparatedWords
            if words.count == 2, let last = words.last, NameCues.locationHeads.contains(last.lowercased()) {
                placeFirstWords.insert(String(words[0]))
            }
        }
        guard !placeFirstWords.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .person, m.range.count == 1, m.origin == .name, placeFirstWords.contains(m.name) else { return m }
            var place = m
            place.type = .location
            place.needsResolution = false
            return place
        }
    }

    /// A lone word that opens exactly one longer unknown place name of the document, one without a
    /// head noun, is that place: "Mocimboa" beside "Mocimboa da Praia" (not "Coron" beside "Coron Island").
    static func placesNamedByTheirFirstWord(_ mentions: [RawMention]) -> [RawMention] {
        let fullName = fullNamesByFirstWord(
            mentions.lazy.filter { $0.type == .location && $0.origin == .name && $0.range.count >= 2 }.map(\.name).filter { name in
                // "Coron Island" and the town "Coron" are two places: a head noun tells them apart
                let words = name.spaceSeparatedWords
                return words.count >= 2 && !NameCues.locationHeads.contains(words[words.count - 1].lowercased())
            })
        guard !fullName.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .location, m.range.count == 1, m.origin == .name, let full = fullName[m.name] else { return m }
            var place = m
            place.name = full
            return place
        }
    }

    /// Each first word of `names` that opens exactly one of them (however often named), with that name:
    /// the full name a lone word may stand for. ["Mocimboa da Praia", "Rio Tinto", "Rio Grande"] ->
    /// ["Mocimboa": "Mocimboa da Praia"].
    static func fullNamesByFirstWord(_ names: some Sequence<String>) -> [String: String] {
        var fullName: [String: String?] = [:]
        for name in names {
            guard let first = name.spaceSeparatedWords.first else { continue }
            let key = String(first)
            if let existing = fullName[key] { if existing != name { fullName[key] = .some(nil) } } else { fullName[key] = name }
        }
        return fullName.compactMapValues { $0 }
    }

    /// A lone word typed a place by its context that opens a Korean-style name of the document, a
    /// family name and a hyphenated given name, is that person: "Hong accused Pyongyang" after
    /// "Unification Minister Hong Yong-pyo" (the family name, written first, is the short form).
    static func familyNamesOfPeople(_ mentions: [RawMention]) -> [RawMention] {
        let fullName = fullNamesByFirstWord(
            mentions.lazy.filter { $0.type == .person }.map(\.name).filter { name in
                let words = name.spaceSeparatedWords
                return words.count == 2 && isHyphenatedGivenName(words[1])
            })
        guard !fullName.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .location, m.range.count == 1, m.origin == .name, let full = fullName[m.name] else { return m }
            var person = m
            person.type = .person
            person.name = full
            return person
        }
    }

    /// Whether `word`, a resolved name's word, is a given name of two short syllables joined by a
    /// hyphen, the second in lower case: "Yong-pyo", "Geun-hye" (the recognizer's
    /// `EntityRecognizer.isHyphenatedGivenName` reads the same shape on tokens).
    static func isHyphenatedGivenName(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts.first, let second = parts.last else { return false }
        return (2...5).contains(first.count) && (2...5).contains(second.count) && first.first?.isUppercase == true
            && first.dropFirst().allSatisfy(\.isLowercase) && second.allSatisfy(\.isLowercase)
    }

    /// A capital stands for its government wherever no place cue says otherwise when the document
    /// names its country, by name or by the capital's own use as its voice: "a go-between for
    /// Washington and the Taliban" beside "Washington said" or "the United States"; "Washington and
    /// the European Union backed the plan" in a story about the United States. With the country never
    /// named it stays the city. (Annotators read such a capital as the government: on the tuning sets,
    /// 20 fewer places stated, 3 more matched; only the country named by the capital's voice, before.)
    static func capitalsOfNamedCountries(_ mentions: [RawMention]) -> [RawMention] {
        var governments = Set<String>()
        for m in mentions where m.type == .country { governments.insert(m.name) }
        guard !governments.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .location, let country = m.undecidedCapitalOf, governments.contains(country) else { return m }
            var government = m
            government.type = .country
            government.name = country
            government.undecidedCapitalOf = nil
            return government
        }
    }

    /// Short names two states share, with the state each names by default and the other state it may
    /// mean: the wire services write "Congo" for the Democratic Republic of the Congo (the gazetteer's
    /// default) and "Republic of Congo" for its neighbour, which a story may then call "Congo" too.
    static let sharedShortNames: [String: (default: String, other: String)] = [
        "congo": ("Democratic Republic of the Congo", "Republic of the Congo")
    ]

    /// A short name two states share names the one the document names in full: "Democratic Republic
    /// of Congo ... Congo" is one state; with only the short name, or both states named, the default.
    static func shortNamesOfTheStateNamedInFull(_ mentions: [RawMention], surfaces: [String]) -> [RawMention] {
        guard mentions.count == surfaces.count else { return mentions }
        var out = mentions
        for (short, states) in sharedShortNames {
            let isShort = mentions.indices.map { mentions[$0].name == states.default && surfaces[$0].lowercased() == short }
            guard isShort.contains(true) else { continue }
            let namedInFull = { (state: String) in mentions.indices.contains { !isShort[$0] && mentions[$0].name == state } }
            guard namedInFull(states.other), !namedInFull(states.default) else { continue }
            for i in out.indices where isShort[i] { out[i].name = states.other }
        }
        return out
    }

    /// A headline's unknown name typed as a body or a place is the person the body names the same way
    /// in full:
    /// "Sushila Karki sworn in as ..." over "appointed former Chief Justice Sushila Karki" (a headline's
    /// few words give the name typer little to go on).
    static func headlineNamesOfPeople(_ mentions: [RawMention], headlineMentions: Set<Int>) -> [RawMention] {
        guard !headlineMentions.isEmpty else { return mentions }
        // full names only: a one-word "person" of the body is too often a place the typer misread
        let people = Set(
            mentions.indices.filter { !headlineMentions.contains($0) && mentions[$0].type == .person && mentions[$0].name.containsASCII(" ") }.map {
                mentions[$0].name
            })
        guard !people.isEmpty else { return mentions }
        var out = mentions
        for i in headlineMentions where out.indices.contains(i) && out[i].origin == .name && out[i].type != .person && people.contains(out[i].name) {
            out[i].type = .person
        }
        return out
    }

    /// Titles (a closed class) of a monarch or a member of a royal house, who is named by a given name
    /// after them: "King Abdullah", "Emir Tamim".
    static let royalTitles: WordSet = ["king", "queen", "emir", "sultan", "prince", "princess", "crown prince", "crown princess"]

    /// `headlineMentions`: the indices of the mentions written in a headline (a line without a
    /// sentence's final stop), where a person is often named by a surname alone. `titles`: the title
    /// written right before a person mention, by the mention's index.
    func resolve(_ mentions: [RawMention], surfaces: [String], headlineMentions: Set<Int> = [], titles: [Int: String] = [:]) -> Resolved {
        let typed = Self.headlineNamesOfPeople(mentions, headlineMentions: headlineMentions)
        let mentions = Self.shortNamesOfTheStateNamedInFull(
            Self.familyNamesOfPeople(
                Self.basesNamedByTheirBareNames(
                    Self.placesNamedByTheirFirstWord(Self.placesNamedByTheirHeadedNames(Self.capitalsOfNamedCountries(typed))))),
            surfaces: surfaces)
        var entities: [ExtractedEntity] = []
        var byKey: [String: Int] = [:]
        var entityOf = [Int?](repeating: nil, count: mentions.count)
        // a document names the same few things again and again: each name's key is read once
        // (made once per process: `SharedLookupKeys`)
        var lookupKeys: [String: String] = [:]
        func lookupKey(_ name: String) -> String {
            if let known = lookupKeys[name] { return known }
            let made = SharedLookupKeys.lookupKey(name)
            lookupKeys[name] = made
            return made
        }

        func key(_ type: EntityType, _ name: String) -> String { "\(type.rawValue):\(lookupKey(name))" }
        func add(_ type: EntityType, _ name: String) -> Int {
            let k = key(type, name)
            if let id = byKey[k] { return id }
            let id = entities.count
            entities.append(ExtractedEntity(id: id, name: name, type: type, aliases: []))
            byKey[k] = id
            return id
        }

        // full person names first, so short forms can find them
        var surnames: [String: Int] = [:]
        // persons named so far in headlines only
        var namedInHeadlinesOnly = Set<Int>()
        var longOrganizations: [(words: [String], id: Int)] = []
        for (i, m) in mentions.enumerated() where m.type == .person && m.name.spaceSeparatedWords.count >= 2 {
            guard let surname = m.name.spaceSeparatedWords.last else { continue }
            let last = lookupKey(String(surname))
            let inHeadline = headlineMentions.contains(i)
            // "Perez Molina resigns" over "President Otto Perez Molina resigned ...": a headline's
            // short form, the last words of a full name the body gives, is that person (the body's
            // "Idriss Deby" and "Mahamat Idriss Deby" stay father and son)
            let headlineShortForm =
                surnames[last].map { !inHeadline && namedInHeadlinesOnly.contains($0) && Self.isTailName(m.name, entities[$0].name) } ?? false
            if let existing = surnames[last],
                Self.compatibleFirstNames(entities[existing].name, m.name) || Self.isTailName(entities[existing].name, m.name) || headlineShortForm
            {
                entityOf[i] = existing  // "Dmitry Orlovsky" and "Dmitri Orlovskiy"
                byKey[key(.person, m.name)] = existing
                if m.name.count > entities[existing].name.count { entities[existing].name = m.name }
                if !inHeadline { namedInHeadlinesOnly.remove(existing) }
            } else if !m.needsResolution {
                let id = add(.person, m.name)
                entityOf[i] = id
                if inHeadline, byKey[key(.person, m.name)] == id, id == entities.count - 1 { namedInHeadlinesOnly.insert(id) }
                if !inHeadline { namedInHeadlinesOnly.remove(id) }
                // the first full name with a surname keeps it: relatives named later do not take it over
                if surnames[last] == nil { surnames[last] = id }
                if let bare = Self.surnameWithoutArticle(surname) {
                    let bareKey = lookupKey(String(bare))
                    if surnames[bareKey] == nil { surnames[bareKey] = id }
                }
            }
        }
        // every proper word-suffix of an institution's name: "security council" of "un security council"
        var properSuffixes = Set<String>()
        for m in mentions where m.type == .organization {
            let words = m.name.lowercased().spaceSeparatedWords
            for k in 1..<max(1, words.count) { properSuffixes.insert(words[k...].joined(separator: " ")) }
        }
        for (i, m) in mentions.enumerated() where m.type == .organization && m.name.spaceSeparatedWords.count >= 2 {
            if properSuffixes.contains(m.name.lowercased()) { continue }
            let id = add(.organization, m.name)
            entityOf[i] = id
            longOrganizations.append((m.name.lowercased().spaceSeparatedWords.map(String.init), id))
        }
        // The first longer institution each word-suffix ends (in mention order), found in one
        // look-up: a search through all of them per mention made a page of 50,000 councils quadratic.
        var firstLongerEnding: [String: Int] = [:]
        for organization in longOrganizations {
            for k in 1..<max(1, organization.words.count) {
                let suffix = organization.words[k...].joined(separator: " ")
                if firstLongerEnding[suffix] == nil { firstLongerEnding[suffix] = organization.id }
            }
        }
        func longerOrganization(endingWith name: String) -> Int? {
            firstLongerEnding[name.lowercased().spaceSeparatedWords.joined(separator: " ")]
        }
        // "Polisario" before "leader": the first institution whose name it opens
        func longerOrganization(openedBy word: String) -> Int? {
            let lower = word.lowercased()
            return longOrganizations.first { $0.words.first == lower }?.id
        }
        for (i, m) in mentions.enumerated() where m.type == .organization && m.origin == .name {
            guard entityOf[i] != nil else { continue }
            // "Security Council" inside "United Nations Security Council"
            if let longer = longerOrganization(endingWith: m.name) {
                entityOf[i] = longer
            }
        }
        for (i, m) in mentions.enumerated() where entityOf[i] == nil {
            switch m.type {
            case .person:
                let k = lookupKey(m.name)
                if let id = surnames[k] {
                    entityOf[i] = id
                } else if let id = byKey[key(.person, m.name)] {
                    entityOf[i] = id
                } else if !m.needsResolution {
                    let id = add(.person, m.name)
                    entityOf[i] = id
                    surnames[k] = id
                }
            default:
                if m.type == .organization, m.opensKnownBodyName {
                    if let longer = longerOrganization(openedBy: m.name) {
                        entityOf[i] = longer
                    } else if m.namesItself {
                        // "Podemos leader Pablo Iglesias": a word shaped like no people's name is the body's own
                        entityOf[i] = byKey[key(.organization, m.name)] ?? add(.organization, m.name)
                    }
                    continue
                }
                if m.type == .organization, let longer = longerOrganization(endingWith: m.name) {
                    entityOf[i] = longer
                    continue
                }
                // ("the League" with no league named: nothing)
                if m.type == .organization, m.needsResolution { continue }
                entityOf[i] = add(m.type, m.name)
            }
        }
        // "King Abdullah" after "President Ali Abdullah Saleh" or "Prime Minister Abdullah bin Nasser
        // al-Thani" is another man: a royal title's given name joins no full name written under a title
        // of another kind
        var otherTitled = Set<Int>()
        for (i, title) in titles where !Self.royalTitles.contains(title) {
            if let id = entityOf[i], mentions[i].range.count >= 2 { otherTitled.insert(id) }
        }
        func royalTitled(_ i: Int) -> Bool { titles[i].map { Self.royalTitles.contains($0) } ?? false }
        // a one-word name that is part of a person's full name is that person ("Omar", "Lima"),
        // even when a gazetteer knows a place of that name
        var nameParts: [String: Int] = [:]
        var middleParts = Set<String>()
        for entity in entities where entity.type == .person {
            let parts = entity.name.spaceSeparatedWords
            guard parts.count >= 2 else { continue }
            for (k, written) in parts.enumerated().dropFirst() {
                // "Sarraj" of "Fayez al-Sarraj"
                let part = Self.surnameWithoutArticle(written) ?? written
                guard part.count >= 3, part.first?.isUppercase == true else { continue }
                // "Hamad" of "Salman bin Hamad al-Khalifa" is his father's name, not his
                if Self.patronymicMarkers.contains(parts[k - 1].lowercased()) { continue }
                let key = lookupKey(String(part))
                if nameParts[key] == nil {
                    nameParts[key] = entity.id
                    if k < parts.count - 1 { middleParts.insert(key) }
                }
            }
        }
        // ("Londono" after "Rodrigo Londono": a capital's spelling that is a person's surname is the person too)
        for (i, m) in mentions.enumerated()
        where m.range.count == 1 && (m.type == .person || m.type == .location || m.type == .country && m.origin == .gazetteer(.capital)) {
            let key = lookupKey(surfaces[i])
            guard let person = nameParts[key] else { continue }
            // ("Saudi King Abdullah" is not "Ali Abdullah Saleh": a monarch is named by his own given name)
            if royalTitled(i), middleParts.contains(key) || otherTitled.contains(person) { continue }
            if let current = entityOf[i], entities[current].type == .person, current == person { continue }
            entityOf[i] = person
        }
        // a first name alone is the one person of the document with that first name: "Jenna" is
        // "Jenna Marsh" when no other Jenna is named
        var byFirstName: [String: Int?] = [:]
        // "Liu" after "Liu Xiaobo" and then his wife "Liu Xia": a first word several full names share
        // is a family name written first, and stays with the first person named by it, as a surname
        // does ("relatives named later")
        var firstByFamilyName: [String: Int] = [:]
        for entity in entities where entity.type == .person {
            let parts = entity.name.spaceSeparatedWords
            guard parts.count >= 2, let first = parts.first, first.count >= 2 else { continue }
            let key = lookupKey(String(first))
            if let existing = byFirstName[key] { if existing != entity.id { byFirstName[key] = .some(nil) } } else { byFirstName[key] = entity.id }
            if firstByFamilyName[key] == nil { firstByFamilyName[key] = entity.id }
        }
        for (i, m) in mentions.enumerated() where m.range.count == 1 && m.type == .person {
            let key = lookupKey(surfaces[i])
            guard let match = byFirstName[key], let person = match ?? firstByFamilyName[key] else { continue }
            if royalTitled(i), otherTitled.contains(person) { continue }
            if let current = entityOf[i], entities[current].name.containsASCII(" ") { continue }
            entityOf[i] = person
        }
        // "Seleka said" after "the Seleka rebel coalition", "Sinn Fein members" after "Sinn Fein, the
        // political wing of ...": a name typed a person only by the words around it or a first name is
        // the institution a cue named so in the same document (not a full name's surname: "Holmberg")
        for (i, m) in mentions.enumerated() where m.type == .person {
            guard let current = entityOf[i], let body = byKey[key(.organization, m.name)],
                !entities[current].name.containsASCII(" ") || lookupKey(entities[current].name) == lookupKey(m.name)
            else { continue }
            entityOf[i] = body
        }
        // unresolved single names: a place or institution of the same spelling, else dropped
        for (i, m) in mentions.enumerated() where entityOf[i] == nil && m.needsResolution {
            for type in [EntityType.location, .organization, .country] {
                if let id = byKey[key(type, m.name)] { entityOf[i] = id; break }
            }
            // "the Peshmerga" after "Kurdish Peshmerga fighters": the last words of a body's longer name
            if entityOf[i] == nil, m.type == .person, let longer = longerOrganization(endingWith: m.name) { entityOf[i] = longer }
        }
        // entities left without mentions (their mentions went to a person) are dropped; ids stay indices
        let used = Set(entityOf.compactMap { $0 })
        if used.count < entities.count {
            var newID: [Int: Int] = [:]
            var kept: [ExtractedEntity] = []
            for entity in entities where used.contains(entity.id) {
                newID[entity.id] = kept.count
                var e = entity
                e.id = kept.count
                kept.append(e)
            }
            entities = kept
            entityOf = entityOf.map { $0.flatMap { newID[$0] } }
        }
        // aliases: every surface form used, the name included (a set per entity keeps an entity
        // written a thousand ways linear)
        var aliasSets = [Set<String>](repeating: [], count: entities.count)
        for (i, id) in entityOf.enumerated() {
            guard let id else { continue }
            let surface = surfaces[i]
            if aliasSets[id].insert(surface).inserted { entities[id].aliases.append(surface) }
        }
        for id in entities.indices where !entities[id].aliases.contains(entities[id].name) {
            entities[id].aliases.insert(entities[id].name, at: 0)
        }
        return Resolved(entities: entities, entityOfMention: entityOf)
    }
}
