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

    /// Acts that make a charge against their object.
    static let accusingLemmas: WordSet = WordLists.wordSet("ChargeDenials.accusingLemmas")
    /// Acts that deny or reject what they are aimed at.
    static let denyingLemmas: WordSet = WordLists.wordSet("ChargeDenials.denyingLemmas")
    /// Nouns for a charge: "the charge", "those allegations", "the accusations".
    static let chargeNouns: WordSet = WordLists.wordSet("ChargeDenials.chargeNouns")
    /// Words that may stand between the denier and its verb: "has", "also", "strongly".
    static let verbOpeners: WordSet = WordLists.wordSet("ChargeDenials.verbOpeners")

    init(lexicons: Lexicons) {
        self.lexicons = lexicons
    }

    /// Remembers the accusations among a sentence's facts.
    mutating func record(_ facts: [Fact]) {
        for fact in facts where fact.kind == .action && Self.accusingLemmas.contains(fact.action) {
            if !(accusersOf[fact.object]?.contains(fact.subject) ?? false) { accusersOf[fact.object, default: []].append(fact.subject) }
        }
    }

    /// "X denies the charge(s)": X denies each of its earlier accusers.
    func facts(_ s: SentenceView) -> [Fact] {
        guard !accusersOf.isEmpty else { return [] }
        var out: [Fact] = []
        for mention in s.mentions where !mention.modifierOnly && !mention.isDemonym {
            // the denier opens its clause: at the sentence start or after a comma or a conjunction
            let before = mention.range.lowerBound - 1
            guard before < s.range.lowerBound || [",", "and", "but", ";"].contains(s.lower(before)) else { continue }
            var v = mention.range.upperBound
            while v < mention.range.upperBound + 2, s.lower(v, isIn: Self.verbOpeners) { v += 1 }
            guard let verb = s.lower(v, in: lexicons.verbs), Self.denyingLemmas.contains(verb.lemma) else { continue }
            var n = v + 1
            while n < v + 4, s.lower(n, isIn: ActionExtractor.determiners) || s.tag(n)?.upos == .ADJ { n += 1 }
            guard s.lower(n, isIn: Self.chargeNouns), s.mentionAt[n] == nil else { continue }
            for denier in mention.entities {
                for accuser in accusersOf[denier] ?? [] where accuser != denier {
                    out.append(
                        Fact(
                            subject: denier, object: accuser, action: verb.lemma, cameo: .root(verb.cameo), kind: .action,
                            sentence: s.index, span: s.span(mention.range.lowerBound, n + 1),
                            confidence: FactConfidence.Window.deniedCharge))
                }
            }
        }
        return out
    }
}
