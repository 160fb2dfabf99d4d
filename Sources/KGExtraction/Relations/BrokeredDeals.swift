import KGModel

/// A go-between named after the deal its sentence reports: "Pashinyan and Aliyev signed a
/// declaration ..., in a deal brokered by Trump", "Saudi Arabia and Iran agreed ..., in a deal
/// brokered by China". The deal's sides are those of the sentence's reciprocal acts (each side
/// acting on the other, as the other rules state "signed", "agreed", "met"), and the go-between
/// brokers or mediates with each of them. A fallback for where the tree does not reach the sides
/// (the deal's noun hung far from the clause); nothing when the sentence states no reciprocal act.
///
/// ```swift
/// // facts: A -sign-> B, B -sign-> A; words: "..., in a deal brokered by C" -> C -broker-> A, C -broker-> B
/// let brokered = BrokeredDeals(lexicons: lexicons).facts(view, sentenceFacts: facts)
/// ```
struct BrokeredDeals {
    let lexicons: Lexicons

    /// Nouns of what a go-between brings about (a closed class): "deal", "ceasefire", "talks".
    static let dealNouns: WordSet = ["deal", "agreement", "accord", "ceasefire", "truce", "talks", "declaration", "pact"]

    /// Words between the deal's noun and the participle: "a deal brokered", "a ceasefire deal mediated".
    static let nounToParticipleWords = 2

    /// The participles of a go-between's act after a deal's noun.
    static let goBetweenParticiples: WordSet = ["brokered", "mediated", "negotiated", "facilitated"]

    func facts(_ s: SentenceView, sentenceFacts: [Fact]) -> [Fact] {
        // the sides: entities acting on each other with a reciprocal act
        let reciprocal = sentenceFacts.filter { $0.kind == .action && ActionExtractor.reciprocalLemmas.contains($0.action) }
        var sides: [Int] = []
        for fact in reciprocal where reciprocal.contains(where: { $0.subject == fact.object && $0.object == fact.subject && $0.action == fact.action }) {
            if !sides.contains(fact.subject) { sides.append(fact.subject) }
        }
        guard sides.count >= 2 else { return [] }
        var out: [Fact] = []
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let goBetweenParticiples = Self.goBetweenParticiples
        for v in s.range where s.lower(v, isIn: goBetweenParticiples) && s.lower(v + 1, is: "by") {
            guard (max(s.range.lowerBound, v - Self.nounToParticipleWords)..<v).contains(where: { s.lower($0, isIn: Self.dealNouns) }),
                let verb = s.lower(v, in: lexicons.verbs)
            else { continue }
            var by = v + 2
            if s.lower(by, isIn: WordSet.articles) { by += 1 }
            // the go-between: a name after "by", past a title and the demonym before it ("by Sudanese President X")
            let agents = s.mentionList(from: firstName(s, from: by)) { $0.type != .location && !$0.modifierOnly }.members
            for agent in agents {
                for entity in s.mentions[agent].entities {
                    for side in sides where side != entity {
                        out.append(
                            Fact(
                                subject: entity, object: side, action: verb.lemma, cameo: .root(verb.cameo), kind: .action, sentence: s.index,
                                span: s.span(v, s.mentions[agent].range.upperBound), confidence: FactConfidence.Window.readBackwards))
                    }
                }
            }
        }
        return out
    }

    /// The first name at or after `start` past a demonym or a state's name and the title after it
    /// ("Sudanese President Omar al-Bashir" from "Sudanese", "U.S. President Donald Trump" from
    /// "U.S."), else `start`.
    private func firstName(_ s: SentenceView, from start: Int) -> Int {
        var k = start
        if let m = s.mention(startingAt: k), s.mentions[m].isDemonym || s.roleAt[s.mentions[m].range.upperBound] != nil {
            k = s.mentions[m].range.upperBound
        }
        while let r = s.roleAt[k], s.mention(startingAt: k) == nil { k = max(k + 1, s.roles[r].range.upperBound) }
        return s.mention(startingAt: k) != nil ? k : start
    }
}
