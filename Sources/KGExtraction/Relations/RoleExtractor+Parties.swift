import KGModel

/// A person's party named with a possessive or "of": a party named as a person's ("Morales's
/// Movement for Socialism", "Puigdemont's party, the Catalan European Democratic Party", "Barzani,
/// whose Kurdistan Democratic Party dominates the region") is the party the person leads, as "his
/// party" is (`possessivePartyLeaders`); "Mmusi Maimane of the Democratic Alliance" is a member.
///
/// ```swift
/// // "Nasheed's Maldivian Democratic Party dismissed the charge."
/// // -> Fact(Mohamed Nasheed, "leader", Maldivian Democratic Party, cameo .role)
/// ```
extension RoleExtractor {
    /// Words that make a body's name a party's or a political movement's: "Democratic Party",
    /// "Movement for Socialism", "Muslim Brotherhood".
    static let partyNameWords: WordSet = WordLists.wordSet("RoleExtractor.partyNameWords")

    /// Whether the body at mention `m` of `s` is named as a party: a word of its name is a party word,
    /// or a party's class noun follows the name ("the LIDER party", "Bukele's Nuevas Ideas party",
    /// "whose Sairoon bloc").
    func isNamedParty(_ s: SentenceView, _ m: Int) -> Bool {
        let end = s.mentions[m].range.upperBound
        return s.mentions[m].type == .organization
            && (s.mentions[m].range.contains { s.lower($0, isIn: Self.partyNameWords) } || s.lower(end, isIn: Self.partyNouns)
                // "whose SPLM-N rebel movement", "the PDP opposition party"
                || s.lower(end, isIn: Self.partyNounModifiers) && s.lower(end + 1, isIn: Self.partyNouns))
    }

    /// Words that may stand between a party's name and its class noun: "SPLM-N rebel movement".
    static let partyNounModifiers: WordSet = ["rebel", "opposition", "ruling", "political", "armed", "separatist", "militant", "islamist"]

    /// Words that make a body's name a state's office, which a person's possessive does not make
    /// the person's to lead ("His Ministry of Finance", "Herrera's Foreign Ministry").
    static let stateOfficeWords: WordSet = [
        "ministry", "department", "court", "tribunal", "duma", "rada", "assembly", "senate", "parliament", "cabinet", "office", "agency",
        "commission", "embassy", "police",
    ]

    /// Whether the body at mention `m` of `s`, named as a person's, is one the person leads: a
    /// party, or any body but a state's office ("Koroma's Armed Forces Revolutionary Council",
    /// "Sharaa's Hayat Tahrir al-Sham").
    func isLedBody(_ s: SentenceView, _ m: Int) -> Bool {
        let mention = s.mentions[m]
        guard mention.type == .organization, !mention.modifierOnly else { return false }
        return isNamedParty(s, m) || !mention.range.contains { s.lower($0, isIn: Self.stateOfficeWords) }
    }

    /// The first token at or after `start`, past at most two lower-case words that name nothing:
    /// where a party's name starts in "whose conservative People's Party", "Haider's far-right Freedom Party".
    static func pastLowerCaseWords(_ s: SentenceView, from start: Int) -> Int {
        func isLowerCaseWord(_ k: Int) -> Bool { s.range.contains(k) && s.mentionAt[k] == nil && s.tokens[k].isWord && !s.tokens[k].isCapitalized }
        var j = start, words = 0
        while words < 2 {
            if s.lower(j, isIn: EntityRecognizer.modifierPrefixes), s.lower(j + 1, is: "-"), s.range.contains(j + 2), s.tokens[j + 2].isWord {
                // "anti-Islam", "pro-Moscow"
                j += 3
            } else if isLowerCaseWord(j) {
                j += 1
            } else if s.range.contains(j + 2), s.tokens[j].isWord, s.lower(j + 1, is: "-"), isLowerCaseWord(j + 2) {
                // "Uganda-backed", "Western-led": a name joined to a participle is one modifier
                j += 3
            } else {
                break
            }
            // a hyphenated word is one ("far-right", "left-wing")
            while s.lower(j, is: "-"), isLowerCaseWord(j + 1) { j += 2 }
            words += 1
        }
        return j
    }

    /// The memberships of `s` stated by a person's possessive before a party or by "of" after the person.
    func partyMemberships(_ s: SentenceView, _ facts: inout [Fact]) {
        func add(_ person: Int, _ party: Int, role: String = "leader") {
            Self.addRole(mention: person, role, mention: party, in: s, confidence: FactConfidence.Role.sideClause, into: &facts)
        }
        for i in s.range {
            // "Morales's Movement for Socialism"; "Puigdemont's party, the Catalan European Democratic Party"
            if s.lower(i, is: "'s"), let person = s.mention(endingBefore: i), s.mentions[person].type == .person {
                // "Haider's far-right Freedom Party", "Orban's ruling Fidesz party": past a lower-case
                // word or two, only a body named as a party (as after "whose")
                let start = Self.pastLowerCaseWords(s, from: i + 1)
                if let party = s.mention(startingAt: start), start == i + 1 ? isLedBody(s, party) : isNamedParty(s, party) {
                    add(person, party)
                } else if s.lower(i + 1, is: "party") {
                    var j = i + 2
                    if s.lower(j, is: ",") { j += 1 }
                    if s.lower(j, is: "the") { j += 1 }
                    if let party = s.mention(startingAt: j), s.mentions[party].type == .organization { add(person, party) }
                }
            }
            // "Mmusi Maimane of the Democratic Alliance said": a titled name's "of" is the title's body
            // ("Leader X of the Y Party" gives the title's role); "X of the ruling Y party": past a
            // lower-case word or two
            if s.lower(i, is: "of"), let person = s.mention(endingBefore: i), s.mentions[person].type == .person,
                s.roleAt[s.mentions[person].range.lowerBound - 1] == nil,
                let party = s.mention(startingAt: Self.pastLowerCaseWords(s, from: s.lower(i + 1, is: "the") ? i + 2 : i + 1)), isNamedParty(s, party)
            {
                add(person, party, role: "member")
            }
            // "Barzani, whose Kurdistan Democratic Party dominates"; "Schuessel, whose conservative People's
            // Party governs": past a lower-case word or two, only a body named as a party ("whose former
            // employer Google" is no body he leads)
            if s.lower(i, is: "whose"), s.lower(i - 1, is: ","), let person = s.mention(endingBefore: i - 1), s.mentions[person].type == .person {
                let j = Self.pastLowerCaseWords(s, from: i + 1)
                if let party = s.mention(startingAt: j), j == i + 1 ? isLedBody(s, party) : isNamedParty(s, party) { add(person, party) }
            }
        }
    }
}
