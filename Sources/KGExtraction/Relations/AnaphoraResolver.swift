import KGModel

/// Resolves phrases that point back to entities named earlier, so facts stated through them
/// reach the entities: plural place phrases (`the two breakaway regions`, `the republics`,
/// `both`) to the last list of places, `he`/`she` as a subject to the last person of that gender
/// named, and a sentence-opening `It` to the country or body that opened the sentence before.
///
/// ```swift
/// // "Turkey recognized Abkhazia and South Ossetia. France condemned the recognition of the two regions."
/// // -> "the two regions" stands for Abkhazia and South Ossetia
/// ```
struct AnaphoraResolver {
    /// Plural nouns for places a phrase may stand in for: "the two regions".
    static let placeHeads: WordSet = WordLists.wordSet("AnaphoraResolver.placeHeads")
    /// Words that mark contested ground, so "rebel-held areas" stands for the places named before.
    static let contestedWords: WordSet = WordLists.wordSet("AnaphoraResolver.contestedWords")
    /// Determiners and numbers (a closed class) that open such a phrase: "the", "these", "both", "two".
    static let openers: WordSet = ["the", "these", "those", "both", "two", "three", "its", "their"]

    /// "the provinces of Kivu and Ituri" names its places; "the provinces of eastern Congo" does not.
    func namesFollow(_ tokens: [Token], after head: Int, range: Range<Int>, mentionStarting: MentionStarts) -> Bool {
        guard head + 1 < range.upperBound, tokens[head + 1].lower == "of" else { return false }
        var k = head + 2
        while k < range.upperBound, k <= head + 4, mentionStarting[k] == nil, tokens[k].isWord, !tokens[k].isCapitalized { k += 1 }
        guard let m = mentionStarting[k] else { return true }
        return m.type == .location
    }

    /// Words that follow an object pronoun but not a possessive one (a closed class of prepositions,
    /// conjunctions and particles): "told her that", "urged him to", "met her in".
    static let afterObjectPronoun: WordSet = [
        "that", "to", "at", "in", "on", "of", "for", "with", "by", "from", "as", "about", "after", "before", "during",
        "and", "but", "or", "if", "when", "while", "last", "this", "again", "back", "down", "up", "off", "out",
    ]

    /// The gender of a person entity when its first name tells it.
    var genderOf: [Int: Gender] = [:]

    /// Nouns that describe a country or a body named just before: "the bloc", "the country".
    static let topicDescriptions: WordTable<EntityType> = [
        "bloc": .organization, "alliance": .organization, "organisation": .organization, "organization": .organization,
        "union": .organization, "agency": .organization, "council": .organization, "court": .organization,
        "group": .organization, "company": .organization, "ministry": .organization, "military": .organization,
        "country": .country, "nation": .country, "kingdom": .country, "government": .country,
    ]

    /// A lower-case word shaped like a verb in the past or present tense: "urged", "accuses".
    static func looksFinite(_ token: Token) -> Bool {
        let word = token.text
        guard token.isWord, !token.isCapitalized, word.count > 3 else { return false }
        return word.hasSuffix("ed") || word.hasSuffix("es") || word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// Extra spans for one sentence; `lastList` and `lastPerson` carry the discourse state forward.
    func resolve(
        _ tokens: [Token], range: Range<Int>, mentions: [SentenceView.Span], lastList: inout [Int],
        lastPerson: inout [Int], lastTopic: inout SentenceView.Span?
    ) -> [SentenceView.Span] {
        var extra: [SentenceView.Span] = []
        let sorted = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // "Moscow continues to ... . It is also trying to ...": "It" opening a sentence is the
        // country or body that opened the previous one
        let previousTopic = lastTopic
        lastTopic = sorted.first.flatMap { first in
            first.range.lowerBound - range.lowerBound <= 2 && (first.type == .country || first.type == .organization) && !first.modifierOnly
                ? first : nil
        }
        // ("It urged Dhaka to ...": any verb in the past or present tense after it)
        if let topic = previousTopic, tokens[range.lowerBound].text == "It", range.count > 1,
            ["is", "was", "has", "had", "will", "would", "also", "then", "said", "says", "continues", "remains"].contains(tokens[range.lowerBound + 1].lower)
                || Self.looksFinite(tokens[range.lowerBound + 1])
        {
            extra.append(
                SentenceView.Span(
                    range: range.lowerBound..<(range.lowerBound + 1), entity: topic.entity, type: topic.type,
                    modifierOnly: false, isDemonym: false))
        }
        // "The European Union said ... . The bloc also condemned X": a description of the last topic
        if let topic = previousTopic, range.count > 2, tokens[range.lowerBound].lower == "the",
            Self.topicDescriptions[tokens[range.lowerBound + 1].lower] == topic.type,
            !sorted.contains(where: { $0.range.contains(range.lowerBound + 1) })
        {
            extra.append(
                SentenceView.Span(
                    range: range.lowerBound..<(range.lowerBound + 2), entity: topic.entity, type: topic.type,
                    modifierOnly: false, isDemonym: false))
            lastTopic = topic
        }
        let mentionStarting = MentionStarts(sorted, range: range)
        // which of the sentence's tokens a mention covers, read as an array (asked of most tokens)
        var coveredSlots = [Bool](repeating: false, count: range.count)
        for m in sorted { for t in m.range where range.contains(t) { coveredSlots[t - range.lowerBound] = true } }
        func covered(_ t: Int) -> Bool { range.contains(t) && coveredSlots[t - range.lowerBound] }

        var i = range.lowerBound
        while i < range.upperBound {
            let lower = tokens[i].lower
            // a list of places: "Kivu and Ituri", "Abkhazia, South Ossetia and Transnistria"
            if let m = mentionStarting[i], m.type == .location {
                var list = [m.entity]
                var j = m.range.upperBound
                while j < range.upperBound, [",", "and", "&"].contains(tokens[j].lower) {
                    var k = j + 1
                    if k < range.upperBound, tokens[k].lower == "and" { k += 1 }
                    guard let next = mentionStarting[k], next.type == .location else { break }
                    if !list.contains(next.entity) { list.append(next.entity) }
                    j = next.range.upperBound
                }
                if list.count >= 2 { lastList = list }
                i = max(j, i + 1)
                continue
            }
            if let m = mentionStarting[i] {
                if m.type == .person {
                    lastPerson.removeAll { $0 == m.entity }
                    lastPerson.append(m.entity)
                }
                i = m.range.upperBound
                continue
            }
            // "he said", "she added": the last person named
            if let pronounGender = Gender(subjectPronoun: lower),
                let person = lastPerson.last(where: { genderOf[$0] == nil || genderOf[$0] == pronounGender }),
                i + 1 < range.upperBound,
                tokens[i + 1].isWord, !covered(i)
            {
                extra.append(SentenceView.Span(range: i..<(i + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false))
                i += 1
                continue
            }
            // "Suu Kyi spoke ... . Pence told her that ...": an object pronoun with no person of its gender named
            // before it in the sentence is the last person of that gender named ("her" before a noun is a possessive)
            if let pronounGender = Gender(objectPronoun: lower), !covered(i),
                i + 1 >= range.upperBound || !tokens[i + 1].isWord || Self.afterObjectPronoun.contains(tokens[i + 1].lower),
                !sorted.contains(where: { m in
                    m.type == .person && m.range.upperBound <= i && genderOf[m.entity].map { $0 == pronounGender } ?? true
                }),
                let person = lastPerson.last(where: { genderOf[$0] == nil || genderOf[$0] == pronounGender })
            {
                extra.append(SentenceView.Span(range: i..<(i + 1), entity: person, type: .person, modifierOnly: false, isDemonym: false))
                i += 1
                continue
            }
            // "Both accused Rwanda": the last list of places, as a subject
            if lower == "both", tokens[i].isCapitalized, lastList.count == 2, i + 1 < range.upperBound, !tokens[i + 1].isCapitalized,
                tokens[i + 1].lower != "of"
            {
                extra.append(
                    SentenceView.Span(
                        range: i..<(i + 1), entity: lastList[0], type: .location, modifierOnly: false,
                        isDemonym: false, group: lastList))
                i += 1
                continue
            }
            // "the two breakaway regions" (but not "the regions of X and Y", which names them);
            // without a determiner only with a word that marks contested ground ("rebel-held areas")
            // (with no list to refer to, nothing is looked up)
            let opens = !lastList.isEmpty && Self.openers.contains(lower)
            let bare =
                !lastList.isEmpty && !opens && tokens[i].isWord && !tokens[i].isCapitalized && i > range.lowerBound
                && Self.contestedWords.contains(lower)
                && (["into", "in", "to", "of", "from", "across", "over"].contains(tokens[i - 1].lower)
                    || i + 1 < range.upperBound && tokens[i + 1].lower == "territory")
            if opens || bare, !lastList.isEmpty {
                var j = i + 1
                var words = 0
                while j < range.upperBound, words < 4, tokens[j].isWord || tokens[j].text == "-", !covered(j),
                    !Self.placeHeads.contains(tokens[j].lower), tokens[j].lower != "territory" || !bare,
                    tokens[j].kind != .punctuation || tokens[j].text == "-"
                {
                    j += 1
                    words += 1
                }
                // a bare contested "territory" stands for the contested places as a whole
                if bare, j < range.upperBound, tokens[j].lower == "territory", !covered(j) {
                    extra.append(
                        SentenceView.Span(
                            range: i..<(j + 1), entity: lastList[0], type: .location, modifierOnly: false,
                            isDemonym: false, group: lastList))
                    i = j + 1
                    continue
                }
                if j < range.upperBound, Self.placeHeads.contains(tokens[j].lower), !covered(j),
                    !namesFollow(tokens, after: j, range: range, mentionStarting: mentionStarting)
                {
                    extra.append(
                        SentenceView.Span(
                            range: i..<(j + 1), entity: lastList[0], type: .location, modifierOnly: false,
                            isDemonym: false, group: lastList))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return extra
    }
}

/// A sentence's mentions by the token they start at (the last one given wins, as a dictionary
/// would), read as an array: the resolver asks about every token of the sentence.
struct MentionStarts {
    private let mentions: [SentenceView.Span]
    private var indexAt: TokenIndexMap

    init(_ mentions: [SentenceView.Span], range: Range<Int>) {
        self.mentions = mentions
        indexAt = TokenIndexMap(covering: range)
        for (n, m) in mentions.enumerated() { indexAt[m.range.lowerBound] = n }
    }

    subscript(token: Int) -> SentenceView.Span? { indexAt[token].map { mentions[$0] } }
}
