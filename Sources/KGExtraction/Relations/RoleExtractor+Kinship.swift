import KGModel

/// Kinship and service between two people a noun of family or staff states: "Grace Mugabe, his
/// wife", "Ortega's wife", "his lawyer, Sonia Vera", "his deputy Khairat al-Shater",
/// "Samar Badawi, whose brother, the blogger Raif Badawi", "X, a relative of Ortega".
///
/// ```swift
/// // "Rosario Murillo, who is also Ortega's wife, read it." -> Fact(Rosario Murillo, "wife", Daniel Ortega)
/// ```
extension RoleExtractor {
    /// Nouns of family, singular and plural, and the role each states.
    static let kinshipNouns = WordTable<String>(
        {
            var out: [String: String] = [:]
            for word in WordLists.list("RoleExtractor.kinshipNouns") {
                out[word] = word
                out[word.hasSuffix("y") ? String(word.dropLast()) + "ies" : word + "s"] = word
            }
            return out
        }())

    /// Nouns of a person's own staff and succession, and of a standing toward a person, singular and
    /// plural, and the role each states: "his lawyer, X", "his deputy X", "her predecessor X", "his
    /// rival X", "a friend of Y" serve, precede or face a person, not a body.
    static let staffNouns = WordTable<String>(
        {
            var out: [String: String] = [:]
            for word in WordLists.list("RoleExtractor.staffNouns") {
                out[word] = word
                out[word + "s"] = word
            }
            return out
        }())

    /// Two-word titles of a person's own staff, read at their last word: "his former vice president, X",
    /// "her private secretary, X" serve the person, not a body.
    static let staffTitles: WordTable<String> = ["vice president": "vice president", "private secretary": "private secretary"]
    /// What follows a space in a key of `staffTitles` ("president", "secretary"): a word that is none
    /// ends no title, and the two words are not joined to be looked up (once per word of a sentence).
    static let staffTitleEnds = WordSet(
        staffTitles.dictionary.keys.flatMap { key in key.indices.filter { key[$0] == " " }.map { String(key[key.index(after: $0)...]) } })

    /// "Putin's spokesman, X", "Gnassingbe's information minister, X": a title a named person's
    /// possessive opens, its holder named after a comma, is that person's staff, not an office of a
    /// body. Returns the title and its first token; nil for any other word at `n`.
    func personalTitle(_ s: SentenceView, endingAt n: Int) -> (name: String, start: Int)? {
        guard let r = s.roleAt[n], s.roles[r].range.upperBound == n + 1, s.lower(n + 1, is: ",") else { return nil }
        let start = s.roles[r].range.lowerBound
        // over a few lower-case modifiers: "Haddad's former information minister, X"
        let b = Self.beforeTitleModifiers(s, titleStart: start) { s.lower($0, is: "'s") }
        guard s.lower(b, is: "'s"), let owner = s.mention(endingBefore: b), s.mentions[owner].type == .person,
            let holder = s.mention(startingAt: n + 2), s.mentions[holder].type == .person
        else { return nil }
        return (s.roles[r].name, start)
    }

    /// "his special envoy, X", "her chief of staff, X", "his running mate, X": a title that is no
    /// national office, after "his" or "her" (a few lower-case modifiers may stand between: "his
    /// sacked chief of staff"), its holder named after a comma, serves the person the pronoun stands
    /// for. A national office there ("his foreign minister, X") is the state's, read elsewhere.
    /// Returns the title and its first token; nil for any other word at `n`.
    func pronounOwnedTitle(_ s: SentenceView, endingAt n: Int) -> (name: String, start: Int)? {
        guard let r = s.roleAt[n], s.roles[r].range.upperBound == n + 1, s.lower(n + 1, is: ","), !Self.isNationalOffice(s.roles[r].name) else { return nil }
        let start = s.roles[r].range.lowerBound
        let b = Self.beforeTitleModifiers(s, titleStart: start) { s.lower($0, isIn: WordSet.personPossessives) }
        guard s.lower(b, isIn: WordSet.personPossessives) else { return nil }
        return (s.roles[r].name, start)
    }

    /// The person named first in the sentence (after a dateline and a title of the name's own) when a
    /// lower-case word follows the name: the subject of the sentence's first clause ("Bolsonaro
    /// accused ...", "Brazilian President Jair Bolsonaro accused ..."); nil otherwise.
    func openingPerson(_ s: SentenceView) -> Int? {
        let start = Self.pastOwnTitle(s, at: DatelinePrefix.end(s.tokens, s.range))
        guard let m = s.mention(startingAt: start), s.mentions[m].type == .person else { return nil }
        let next = s.mentions[m].range.upperBound
        guard s.range.contains(next), s.tokens[next].isWord, !s.tokens[next].isCapitalized else { return nil }
        return m
    }

    /// The token before a title's lower-case modifiers (at most `kinshipModifierWords` of them, none a
    /// name), the walk stopping at a token that `owns` the title: "Haddad's former information
    /// minister" -> "'s", "his sacked chief of staff" -> "his".
    static func beforeTitleModifiers(_ s: SentenceView, titleStart start: Int, stoppingAt owns: (Int) -> Bool) -> Int {
        var b = start - 1
        while b > start - 1 - kinshipModifierWords, s.range.contains(b), s.mentionAt[b] == nil, s.tokens[b].isWord, !s.tokens[b].isCapitalized, !owns(b) {
            b -= 1
        }
        return b
    }

    /// Lower-case words of the verb group before "as", at most: "will serve as", "quit as".
    static let verbBeforeAsWords = 3

    /// The person the verb before "as" at `asAt` is said of: "X will serve as Y's deputy", "X, 64, who
    /// quit as Y's deputy"; nil when no verb stands before "as".
    func subjectBeforeAs(_ s: SentenceView, asAt: Int) -> Int? {
        let first = asAt - 1
        var v = first
        while v > first - Self.verbBeforeAsWords, s.range.contains(v), s.mentionAt[v] == nil, s.tokens[v].isWord, !s.tokens[v].isCapitalized, !s.lower(v, is: "who") {
            v -= 1
        }
        guard v < first else { return nil }
        func person(endingBefore end: Int) -> Int? { s.mention(endingBefore: end).flatMap { s.mentions[$0].type == .person ? $0 : nil } }
        guard s.lower(v, is: "who") else { return person(endingBefore: v + 1) }
        var comma = v - 1
        guard s.lower(comma, is: ",") else { return nil }
        // "X, 64, who": the person's age between commas
        if s.range.contains(comma - 2), s.tokens[comma - 1].kind == .number, s.lower(comma - 2, is: ",") { comma -= 2 }
        return person(endingBefore: comma)
    }

    /// Words between "of" and the person a noun of family or staff is said of, at most: "the son of
    /// former President Y", "the half-brother of North Korean leader Y".
    static let titleBeforeRelativeWords = 4

    /// The person mention starting at `from` or after a few words of title before it (a demonym, a
    /// title of the lexicon, "former"); nil when anything else comes first.
    func personAfterOf(_ s: SentenceView, _ from: Int) -> Int? {
        var k = from
        while k < from + Self.titleBeforeRelativeWords, s.range.contains(k), s.mention(startingAt: k).map({ s.mentions[$0].type != .person }) ?? true {
            if let m = s.mentionAt[k] {
                guard s.mentions[m].isDemonym, s.mentions[m].range.upperBound > k else { return nil }
                k = s.mentions[m].range.upperBound
            } else if s.roleAt[k] != nil || ["former", "late"].contains(s.lower(k)) {
                k += 1
            } else {
                return nil
            }
        }
        return s.mention(startingAt: k).flatMap { s.mentions[$0].type == .person ? $0 : nil }
    }

    /// Participles of report before "to be": "X is reported to be a cousin of Y", "X was said to be his son".
    static let hearsayParticiples: WordSet = ["reported", "said", "believed", "thought", "known", "understood", "rumoured", "rumored"]

    /// Lower-case words between a determiner and the noun of family, at most ("his jailed husband",
    /// "the president's elder brother", "Duterte's former chief legal counsel").
    static let kinshipModifierWords = 3

    /// The facts of the family nouns of `s`: the relative's role toward the person, whose it is
    /// stated by a possessive name ("Ortega's wife"), "of" ("a relative of Ortega"), "whose", or
    /// "his"/"her" (the nearest person named before in the sentence, else one of the previous
    /// sentence's `previousPersons`: the one sharing the relative's surname, else the first).
    func kinship(_ s: SentenceView, previousPersons: [(entity: Int, surname: String)], personBySurname: [String: Int] = [:], _ facts: inout [Fact]) {
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let kinshipNouns = Self.kinshipNouns, staffNouns = Self.staffNouns, staffTitleEnds = Self.staffTitleEnds
        let spokespersonNouns = Self.spokespersonNouns, personPossessives = WordSet.personPossessives
        for n in s.range where s.mentionAt[n] == nil {
            var kin =
                s.lower(n, in: kinshipNouns) ?? s.lower(n, in: staffNouns)
                ?? (s.lower(n, isIn: staffTitleEnds) ? Self.staffTitles[s.lower(n - 1) + " " + s.lower(n)] : nil)
            var nounStart = n
            // "half-brother" is read as three tokens (its role stays the noun's, as the other rules state it)
            if kin != nil, s.lower(n - 1, is: "-"), Self.kinshipNouns[s.lower(n - 2) + "-" + s.lower(n)] != nil, s.mentionAt[n - 2] == nil {
                nounStart = n - 2
            }
            var pronounOwned = false
            if kin == nil, let title = personalTitle(s, endingAt: n) { (kin, nounStart) = (title.name, title.start) }
            if kin == nil, let title = pronounOwnedTitle(s, endingAt: n) { (kin, nounStart, pronounOwned) = (title.name, title.start, true) }
            // "his spokesman, Bayo Onanuga", "Rajapaksa's spokesman Mohan Samaranayake": a person's own
            // spokesman (a body's or a state's is an office, read elsewhere)
            if kin == nil, s.lower(n, isIn: spokespersonNouns),
                s.lower(n - 1, isIn: personPossessives) || s.lower(n - 1, is: "'s") && s.mention(endingBefore: n - 1).map({ s.mentions[$0].type == .person }) == true
            {
                kin = s.lower(n)
            }
            guard let kin else { continue }
            // the determiner before the noun, over a few modifiers: "his jailed husband"
            var d = nounStart - 1
            while d > nounStart - 1 - Self.kinshipModifierWords, s.range.contains(d), s.mentionAt[d] == nil, s.tokens[d].isWord,
                !s.tokens[d].isCapitalized, !s.lower(d, isIn: ActionExtractor.determiners), !s.lower(d, is: "whose")
            {
                d -= 1
            }
            // "her Indonesian counterpart": a demonym of one word right before the noun
            if d == nounStart - 1, let m = s.mentionAt[d], s.mentions[m].isDemonym, s.mentions[m].range.count == 1,
                s.lower(d - 1, isIn: WordSet.personPossessives)
            {
                d -= 1
            }
            // whose relative: "Ortega's wife", "his wife", "whose brother", "a relative of Ortega"
            var of: Int?
            var ofEntity: Int?
            var phraseStart = d
            var after = n + 1
            if s.lower(d, is: "'s"), let m = s.mention(endingBefore: d), s.mentions[m].type == .person {
                of = m
                phraseStart = s.mentions[m].range.lowerBound
            } else if s.lower(d, isIn: WordSet.personPossessives) {
                of = s.mentions.lastIndex { $0.type == .person && $0.range.upperBound <= d }
                // "Bolsonaro accused Macron of ..., and his chief of staff, X": a clause joined by ", and"
                // takes up the first clause's subject, not the last name of its object
                if pronounOwned, s.lower(d - 1, is: "and"), s.lower(d - 2, is: ","), let subject = openingPerson(s), s.mentions[subject].range.upperBound < d - 2 {
                    of = subject
                }
                if of == nil { ofEntity = previousPersons.first?.entity }
            } else if s.lower(d, is: "whose"), s.lower(d - 1, is: ","), let m = s.mention(endingBefore: d - 1), s.mentions[m].type == .person {
                of = m
            } else if s.lower(d, isIn: WordSet.articles), s.lower(n + 1, is: "of"), let m = personAfterOf(s, n + 2) {
                // "X, the estranged half-brother of North Korean leader Y"
                of = m
                after = s.mentions[m].range.upperBound
            }
            if let of { ofEntity = s.mentions[of].entity }
            guard var ofEntity else { continue }
            // the relative: named after a comma ("his wife, Grace Mugabe", "whose brother, the blogger
            // Raif Badawi") or before it ("Grace Mugabe, his wife", "X, who is also Ortega's wife")
            var relative: Int?
            // "his deputy Khairat al-Shater", "Ortega's wife Rosario Murillo": the name right after the noun
            // (`ofEntity` is set here: the guard above)
            if after == n + 1, let m = s.mention(startingAt: after), s.mentions[m].type == .person {
                relative = m
            }
            if relative == nil, s.lower(after, is: ",") {
                var k = after + 1
                // (not over "to": "her defence adviser, to succeed Y" names no relative after the comma)
                // ("Sandu's predecessor, the Moscow-backed Igor Dodon": over a name joined to a participle)
                while k < after + 4 || k < after + 6 && s.lower(k - 1, isIn: Self.nameJoinedParticiples), s.range.contains(k) {
                    if let m = s.mentionAt[k], s.mentions[m].type != .person, s.lower(s.mentions[m].range.upperBound, is: "-"),
                        s.lower(s.mentions[m].range.upperBound + 1, isIn: Self.nameJoinedParticiples)
                    {
                        k = s.mentions[m].range.upperBound + 2
                        continue
                    }
                    guard s.mentionAt[k] == nil, s.tokens[k].isWord, !s.lower(k, is: "to"), !s.tokens[k].isCapitalized || Self.isTitleWord(s, k) else { break }
                    k += 1
                }
                if let m = s.mention(startingAt: k), s.mentions[m].type == .person { relative = m }
            }
            if relative == nil {
                var b = phraseStart - 1
                if ["also", "now"].contains(s.lower(b)) { b -= 1 }
                // "X is reported to be a cousin of Y": what is said of the subject before the verb
                var hearsay = false
                if s.lower(b, is: "be"), s.lower(b - 1, is: "to"), s.lower(b - 2, isIn: Self.hearsayParticiples) {
                    b -= 3
                    hearsay = true
                }
                if ["is", "was"].contains(s.lower(b)) { b -= 1 }
                if hearsay, let m = s.mention(endingBefore: b + 1), s.mentions[m].type == .person { relative = m }
                // "X will serve as Cosgrove's deputy", "X, 64, who quit as Y's deputy": the subject of the verb before "as"
                if relative == nil, s.lower(b, is: "as"), s.lower(d, is: "'s") { relative = subjectBeforeAs(s, asAt: b) }
                if s.lower(b, is: "who") { b -= 1 }
                if relative == nil, s.lower(b, is: ","), let m = s.mention(endingBefore: b), s.mentions[m].type == .person { relative = m }
                // "X, the deputy director of Y and a relative of Ortega": the person the list describes
                if relative == nil, s.lower(b, is: "and") {
                    let comma = (max(s.range.lowerBound, b - 12)..<b).last { s.lower($0, is: ",") }
                    if let comma, let m = s.mention(endingBefore: comma), s.mentions[m].type == .person { relative = m }
                }
            }
            guard let relative else { continue }
            // "Sara Duterte, his daughter": "his" is someone named before the relative, or in the sentence before
            if let pronounOf = of, s.lower(d, isIn: WordSet.personPossessives), s.mentions[pronounOf].entity == s.mentions[relative].entity {
                let relativeEntity = s.mentions[relative].entity
                of = s.mentions.lastIndex { $0.type == .person && $0.range.upperBound <= d && $0.entity != relativeEntity }
                if let of {
                    ofEntity = s.mentions[of].entity
                } else if let before = previousPersons.first(where: { $0.entity != relativeEntity }) {
                    ofEntity = before.entity
                }
            }
            if of == nil,
                let same = previousPersons.first(where: {
                    $0.surname == s.tokens[s.mentions[relative].range.upperBound - 1].lower && $0.entity != s.mentions[relative].entity
                })
            {
                ofEntity = same.entity
            }
            // "His son Eduardo Bolsonaro": a relative named with a surname the article gave someone
            // before is that one's, whoever a pronoun would reach
            if s.lower(d, isIn: WordSet.personPossessives), s.mentions[relative].range.count >= 2,
                let same = personBySurname[s.tokens[s.mentions[relative].range.upperBound - 1].lower], same != s.mentions[relative].entity
            {
                ofEntity = same
            }
            guard s.mentions[relative].entity != ofEntity else { continue }
            let from = min(s.mentions[relative].range.lowerBound, phraseStart), to = max(s.mentions[relative].range.upperBound, n + 1)
            Self.addRole(s.mentions[relative].entity, kin, ofEntity, in: s, from: from, to: to, confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }

    /// "Gbagbo ally Paul Yao N'Dre", "Putin aide Jane Doe": a person's name, a noun of staff or
    /// "ally", and the name of the one who stands so toward that person.
    func nameNounName(_ s: SentenceView, _ facts: inout [Fact]) {
        for n in s.range where s.mentionAt[n] == nil {
            let word = s.lower(n)
            guard word == "ally" || s.lower(n, in: Self.staffNouns) == word, let owner = s.mention(endingBefore: n), s.mentions[owner].type == .person,
                let holder = s.mention(startingAt: n + 1), s.mentions[holder].type == .person
            else { continue }
            Self.addRole(mention: holder, word, mention: owner, in: s, confidence: FactConfidence.Role.apposition, into: &facts)
        }
    }

    /// Whether a role fact is an office held in a body: not a membership, not a relative's "wife".
    ///
    /// ```swift
    /// RoleExtractor.isOffice(wifeFact)  // false
    /// ```
    static func isOffice(_ fact: Fact) -> Bool {
        fact.kind == .role && fact.action != "member" && kinshipNouns[fact.action] == nil && staffNouns[fact.action] == nil
    }

    /// Nouns of one who speaks for another, a person's staff after "his" or "her".
    static let spokespersonNouns: WordSet = ["spokesman", "spokeswoman", "spokesperson"]

    /// Participles joined to a name by a hyphen before a person: "the Moscow-backed X", "the Paris-based X".
    static let nameJoinedParticiples: WordSet = ["backed", "based", "born", "educated", "trained", "led", "allied", "aligned"]

    /// A lower-case title before a name: "the blogger Raif Badawi".
    static func isTitleWord(_ s: SentenceView, _ k: Int) -> Bool { s.roleAt[k] != nil }
}
