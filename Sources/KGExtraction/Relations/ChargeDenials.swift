import KGModel

/// Denials of a charge the article reported before: "Iran, which Saudi Arabia accuses of arming the
/// Houthis, ... . Tehran denies the charge." The denial names no one, but is made toward whoever
/// made the charge, so it becomes a fact against each earlier accuser of the one denying.
///
/// ```swift
/// var denials = ChargeDenials(lexicons: lexicons)
/// denials.record(factsOfSentence)          // "Saudi Arabia -accuse-> Iran"
/// denials.facts(nextSentenceView)          // "Tehran denies the charge." -> Iran -deny-> Saudi Arabia
/// ```
struct ChargeDenials {
    let lexicons: Lexicons
    /// Entity -> the entities that accused it so far, in the order the text did.
    private(set) var accusersOf: [Int: [Int]] = [:]
    /// Entity -> the entities that accused it in the last sentence that made an accusation, and
    /// that sentence's index: what "it" or "that" in a denial can point back to.
    private(set) var lastAccusation: (sentence: Int, accusersOf: [Int: [Int]])?

    /// Acts that make a charge against their object.
    static let accusingLemmas: WordSet = WordLists.wordSet("ChargeDenials.accusingLemmas")
    /// Acts that deny or reject what they are aimed at.
    static let denyingLemmas: WordSet = WordLists.wordSet("ChargeDenials.denyingLemmas")
    /// Nouns for a charge: "the charge", "those allegations", "the accusations".
    static let chargeNouns: WordSet = WordLists.wordSet("ChargeDenials.chargeNouns")
    /// Words that may stand between the denier and its verb: "has", "also", "strongly".
    static let verbOpeners: WordSet = WordLists.wordSet("ChargeDenials.verbOpeners")
    /// Nouns that name what a charge says of the one denying it (a closed class): "denied the report",
    /// "denied any involvement", "denied any wrongdoing", "rejected the findings".
    static let deniedNouns: WordSet = ["report", "reports", "involvement", "wrongdoing", "findings"]
    /// Pronouns that stand for the statement just made (a closed class): "Paris denied it".
    static let statementPronouns: WordSet = ["it", "that", "this"]
    /// Words that may close a pronoun object: the sentence's end, a comma, a clause joined after it.
    static let objectClosers: WordSet = [".", ",", ";", "and", "but"]

    init(lexicons: Lexicons) {
        self.lexicons = lexicons
    }

    /// Remembers the accusations among a sentence's facts.
    mutating func record(_ facts: [Fact]) {
        var made: [Int: [Int]] = [:]
        var sentence: Int?
        for fact in facts where fact.kind == .action && Self.accusingLemmas.contains(fact.action) {
            if !(accusersOf[fact.object]?.contains(fact.subject) ?? false) { accusersOf[fact.object, default: []].append(fact.subject) }
            if !(made[fact.object]?.contains(fact.subject) ?? false) { made[fact.object, default: []].append(fact.subject) }
            sentence = fact.sentence
        }
        if let sentence { lastAccusation = (sentence, made) }
    }

    /// "X denies the charge(s)": X denies each of its earlier accusers. So does "X denied the report",
    /// "denied any involvement" or "deny supporting the group" (a denied act), and "X denied it" when
    /// the sentence before accused X; deniers may be coordinated ("Stockholm and Helsinki deny ...").
    func facts(_ s: SentenceView) -> [Fact] {
        guard !accusersOf.isEmpty else { return [] }
        var out: [Fact] = []
        for mention in s.mentions where !mention.modifierOnly && !mention.isDemonym {
            // the denier opens its clause: at the sentence start or after a comma or a conjunction
            let before = mention.range.lowerBound - 1
            guard before < s.range.lowerBound || [",", "and", "but", ";"].contains(s.lower(before)) else { continue }
            // "Stockholm and Helsinki deny": names coordinated before the verb deny together
            var deniers = [mention]
            var end = mention.range.upperBound
            while let next = s.mentions.first(where: { $0.range.lowerBound == end + 1 }), s.lower(end, isIn: Self.coordinators), !next.modifierOnly,
                !next.isDemonym
            {
                deniers.append(next)
                end = next.range.upperBound
            }
            var v = end
            while v < end + 2, s.lower(v, isIn: Self.verbOpeners) { v += 1 }
            guard let verb = s.lower(v, in: lexicons.verbs), Self.denyingLemmas.contains(verb.lemma) else { continue }
            var n = v + 1
            while n < v + 4, s.lower(n, isIn: ActionExtractor.determiners) || s.tag(n)?.upos == .ADJ { n += 1 }
            var accusers: (Int) -> [Int] = { self.accusersOf[$0] ?? [] }
            if s.lower(n, isIn: Self.chargeNouns) || s.lower(n, isIn: Self.deniedNouns) {
                guard s.mentionAt[n] == nil else { continue }
            } else if n == v + 1, s.lower(n, isIn: Self.statementPronouns), n + 1 >= s.range.upperBound || s.lower(n + 1, isIn: Self.objectClosers) {
                // "Paris denied it": the statement denied is the sentence before's accusation
                guard let last = lastAccusation, last.sentence == s.index - 1 else { continue }
                accusers = { last.accusersOf[$0] ?? [] }
            } else if n == v + 1, n < s.range.upperBound, s.mentionAt[n] == nil, s.tag(n)?.xpos == .VBG {
                // "deny supporting the group": a denied act
            } else {
                continue
            }
            for denier in deniers {
                for entity in denier.entities {
                    for accuser in accusers(entity) where accuser != entity {
                        out.append(
                            Fact(
                                subject: entity, object: accuser, action: verb.lemma, cameo: .root(verb.cameo), kind: .action,
                                sentence: s.index, span: s.span(mention.range.lowerBound, n + 1),
                                confidence: FactConfidence.Window.deniedCharge))
                    }
                }
            }
        }
        return out
    }

    /// Words that join names coordinated before a verb (a closed class).
    static let coordinators: WordSet = ["and", ","]
}
