import KGModel

/// A go-between named after the deal its sentence reports: "Pashinyan and Aliyev signed a
/// declaration ..., in a deal brokered by Trump", "Saudi Arabia and Iran agreed ..., in a deal
/// brokered by China". The deal's sides are those of the sentence's reciprocal acts (each side
/// acting on the other, as the other rules state "signed", "agreed", "met"), and the go-between
/// brokers or mediates with each of them. A fallback for where the tree does not reach the sides
/// (the deal's noun hung far from the clause); nothing when the sentence states no reciprocal act.
///
/// The go-between may also be written before the participle ("until a U.N.-brokered ceasefire"),
/// and a ceasefire's sides may be those who fought ("The Polisario fought Moroccan forces until a
/// U.N.-brokered ceasefire in 1991", "fought a war with Hezbollah that ended in a ceasefire brokered
/// by France": each end of the sentence's acts of fighting).
///
/// ```swift
/// // facts: A -sign-> B, B -sign-> A; words: "..., in a deal brokered by C" -> C -broker-> A, C -broker-> B
/// // facts: A -fight-> B; words: "... until a C-brokered ceasefire" -> C -broker-> A, C -broker-> B
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

    /// Words from a deal's noun to the "between" that names its sides, at most: "ceasefire halted fighting between".
    static let wordsToBetween = 4

    /// Nouns of an end to fighting (a closed class): its sides are those who fought.
    static let ceasefireNouns: WordSet = ["ceasefire", "truce", "armistice"]

    func facts(_ s: SentenceView, sentenceFacts: [Fact]) -> [Fact] {
        // the sides: entities acting on each other with a reciprocal act
        let reciprocal = sentenceFacts.filter { $0.kind == .action && ActionExtractor.reciprocalLemmas.contains($0.action) }
        var reciprocalSides: [Int] = []
        for fact in reciprocal where reciprocal.contains(where: { $0.subject == fact.object && $0.object == fact.subject && $0.action == fact.action }) {
            if !reciprocalSides.contains(fact.subject) { reciprocalSides.append(fact.subject) }
        }
        // a ceasefire's sides may be those who fought: each end of the sentence's acts of fighting
        var fightingSides = reciprocalSides
        for fact in sentenceFacts where fact.kind == .action && fact.cameo == .root(.fight) {
            for end in [fact.subject, fact.object] where !fightingSides.contains(end) { fightingSides.append(end) }
        }
        func sides(_ dealNoun: Int) -> [Int] { s.lower(dealNoun, isIn: Self.ceasefireNouns) ? fightingSides : reciprocalSides }
        var out: [Fact] = []
        func broker(_ agents: [Int], _ verb: VerbEntry, _ sides: [Int], span: (Int) -> TextSpan) {
            guard sides.count >= 2 else { return }
            for agent in agents {
                for entity in s.mentions[agent].entities {
                    for side in sides where side != entity {
                        out.append(
                            Fact(
                                subject: entity, object: side, action: verb.lemma, cameo: .root(verb.cameo), kind: .action, sentence: s.index,
                                span: span(agent), confidence: FactConfidence.Window.readBackwards))
                    }
                }
            }
        }
        // read once: a static word set is asked for (a lazy initialization checked) at each use
        let goBetweenParticiples = Self.goBetweenParticiples
        for v in s.range where s.lower(v, isIn: goBetweenParticiples) {
            guard let verb = s.lower(v, in: lexicons.verbs) else { continue }
            if s.lower(v + 1, is: "by"),
                let noun = (max(s.range.lowerBound, v - Self.nounToParticipleWords)..<v).last(where: { s.lower($0, isIn: Self.dealNouns) })
            {
                var by = v + 2
                if s.lower(by, isIn: WordSet.articles) { by += 1 }
                // the go-between: a name after "by", past a title and the demonym before it ("by Sudanese President X")
                let agents = s.mentionList(from: firstName(s, from: by)) { $0.type != .location && !$0.modifierOnly }.members
                broker(agents, verb, sides(noun)) { s.span(v, s.mentions[$0].range.upperBound) }
            } else if s.tokens[v].attached, v - 2 >= s.range.lowerBound, s.lower(v - 1, is: "-"), let agent = s.mention(endingBefore: v - 1),
                s.mentions[agent].type != .location,
                let noun = ((v + 1)..<min(v + 1 + Self.nounToParticipleWords, s.range.upperBound)).first(where: { s.lower($0, isIn: Self.dealNouns) })
            {
                // "until a U.N.-brokered ceasefire", "in a U.S.-mediated deal": the go-between before the participle
                // ("a Qatari-mediated truce between Israel and Hamas", "a Russian-brokered ceasefire halted
                // fighting between A and B": or the sides named after "between" within a few words)
                let between = (noun + 1..<min(noun + 1 + Self.wordsToBetween, s.range.upperBound)).first { s.lower($0, is: "between") }
                let named = between.map { s.mentionList(from: $0 + 1) { $0.type != .location && !$0.modifierOnly }.members.flatMap { s.mentions[$0].entities } } ?? []
                broker([agent], verb, named.count >= 2 ? named : sides(noun)) { s.span(s.mentions[$0].range.lowerBound, noun + 1) }
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
