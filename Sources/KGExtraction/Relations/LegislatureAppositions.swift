import KGModel

/// "Latvia's parliament, the Saeima", "the Majlis, Iran's parliament": a legislature's own name beside
/// a description of it as a state's parliament is the state's parliament, and the description is no
/// body of its own.
///
/// The recognizer names a chamber by the own name beside it where it can
/// (`EntityRecognizer.nameChambersByTheirOwnNames`), and both mentions are then one entity; where it
/// could not, the description is a body of its own ("Latvian Parliament"), and here the two become one
/// entity, the description's mentions, aliases and facts going to the named body. Either way the named
/// body gains a role toward the state (when the document names it).
///
/// ```swift
/// // "Latvia's parliament, the Saeima, elected Vaira Vike-Freiberga."
/// //   Saeima -parliament-> Latvia, Saeima -elect-> Vaira Vike-Freiberga
/// //   (no "Latvian Parliament" entity; "Latvia's parliament" an alias of the Saeima)
/// ```
enum LegislatureAppositions {
    /// Nouns that describe a body as a state's legislature (a closed class).
    static let legislatureNouns: WordSet = ["parliament", "legislature"]
    /// Adjectives that may stand between the state's possessive and the noun: "Estonia's new parliament".
    static let describingAdjectives: WordSet = ["new", "national", "unicameral", "bicameral", "outgoing"]

    /// One apposition found: the named body's name, the description's name (if the description is a
    /// body of its own), the state's name, and the stretch of the sentence that states it. (Names, not
    /// ids: the document's entities are renumbered between finding and applying.)
    struct Found {
        var body: String
        var description: String?
        var state: String
        var sentence: Int
        var span: TextSpan
    }

    /// The appositions of the document's sentences. `raw` are the mentions in text order with their
    /// sentences (`rawSentence`) and entities (`entityOf`).
    static func find(
        _ tokens: [Token], raw: [RawMention], rawSentence: [Int], entityOf: [Int?], entities: [ExtractedEntity],
        gazetteer: [String: [GazetteerEntry]]
    ) -> [Found] {
        var out: [Found] = []
        // the state a description's first word names ("Latvia", "Lithuanian")
        func state(ofWordAt i: Int) -> String? {
            guard tokens.indices.contains(i) else { return nil }
            return gazetteer[tokens[i].lower]?.first { $0.type == .country && ($0.kind == .name || $0.kind == .demonym) }?.canonical
        }
        // a description ending at `end` (exclusive) and opening at the mention `k` or at a state's name
        // before "'s": its state's name and the description's entity, if it is one
        func description(_ k: Int) -> (state: String, entity: Int?)? {
            let m = raw[k]
            guard tokens.lower(m.range.upperBound - 1, isIn: legislatureNouns) else {
                // "Estonia's new parliament": the state a mention of its own, the noun after it
                guard m.type == .country, let state = state(ofWordAt: m.range.lowerBound) else { return nil }
                var j = m.range.upperBound
                guard j < tokens.count, tokens[j].lower == "'s" else { return nil }
                j += 1
                while j < tokens.count, tokens.lower(j, isIn: describingAdjectives) { j += 1 }
                return j < tokens.count && tokens.lower(j, isIn: legislatureNouns) ? (state, nil) : nil
            }
            guard m.type == .organization, m.range.count >= 2, let state = state(ofWordAt: m.range.lowerBound) else { return nil }
            return (state, entityOf[k])
        }
        // the end of a description that opens at the mention `k` (its noun, for a state's possessive)
        func descriptionEnd(_ k: Int) -> Int {
            var j = raw[k].range.upperBound
            guard !tokens.lower(j - 1, isIn: legislatureNouns) else { return j }
            while j < tokens.count, !tokens.lower(j, isIn: legislatureNouns) { j += 1 }
            return j + 1
        }
        func isNamedBody(_ k: Int) -> Bool {
            raw[k].type == .organization && !tokens.lower(raw[k].range.upperBound - 1, isIn: legislatureNouns) && entityOf[k] != nil
        }
        for k in raw.indices.dropLast() {
            let next = k + 1
            guard rawSentence[k] == rawSentence[next] else { continue }
            // "Latvia's parliament, the Saeima"
            if let (state, entity) = description(k), isNamedBody(next), let body = entityOf[next] {
                var j = descriptionEnd(k)
                guard j < tokens.count, tokens[j].text == "," else { continue }
                j += 1
                if j < tokens.count, tokens[j].lower == "the" { j += 1 }
                guard j == raw[next].range.lowerBound else { continue }
                let span = TextSpan(start: tokens[raw[k].range.lowerBound].span.start, end: tokens[raw[next].range.upperBound - 1].span.end)
                out.append(Found(body: entities[body].name, description: entity.map { entities[$0].name }, state: state, sentence: rawSentence[k], span: span))
                continue
            }
            // "the Majlis, Iran's parliament"
            if isNamedBody(k), let body = entityOf[k], let (state, entity) = description(next) {
                let comma = raw[k].range.upperBound
                guard comma < tokens.count, tokens[comma].text == ",", comma + 1 == raw[next].range.lowerBound else { continue }
                let end = descriptionEnd(next) - 1
                let span = TextSpan(start: tokens[raw[k].range.lowerBound].span.start, end: tokens[end].span.end)
                out.append(Found(body: entities[body].name, description: entity.map { entities[$0].name }, state: state, sentence: rawSentence[k], span: span))
            }
        }
        return out
    }

    /// `document` with each description merged into its named body (its mentions and aliases the
    /// body's, its facts the body's, the entity gone; ids renumbered) and the body's role toward its
    /// state added where the document names the state.
    static func applying(_ found: [Found], to document: ExtractedDocument) -> ExtractedDocument {
        guard !found.isEmpty else { return document }
        func body(named name: String) -> Int? { document.entities.first { $0.type == .organization && $0.name == name }?.id }
        var into: [Int: Int] = [:]
        for f in found {
            guard let d = f.description.flatMap(body(named:)), let b = body(named: f.body), d != b, into[d] == nil, into[b] == nil else { continue }
            into[d] = b
        }
        var entities = document.entities
        for (description, body) in into {
            for alias in entities[description].aliases where !entities[body].aliases.contains(alias) { entities[body].aliases.append(alias) }
        }
        var newID: [Int: Int] = [:]
        var kept: [ExtractedEntity] = []
        for entity in entities where into[entity.id] == nil {
            newID[entity.id] = kept.count
            var moved = entity
            moved.id = kept.count
            kept.append(moved)
        }
        func renumbered(_ id: Int) -> Int? { newID[into[id] ?? id] }
        let mentions = document.mentions.compactMap { m -> Mention? in
            guard let id = renumbered(m.entity) else { return nil }
            var moved = m
            moved.entity = id
            return moved
        }
        var seen = Set<String>()
        var facts: [Fact] = []
        for fact in document.facts {
            guard let s = renumbered(fact.subject), let o = renumbered(fact.object), s != o else { continue }
            var moved = fact
            moved.subject = s
            moved.object = o
            if seen.insert("\(s)|\(moved.action)|\(o)").inserted { facts.append(moved) }
        }
        for f in found {
            guard let named = body(named: f.body), let body = renumbered(named), let state = kept.first(where: { $0.type == .country && $0.name == f.state })?.id,
                !facts.contains(where: { $0.kind == .role && $0.subject == body && $0.object == state }),
                seen.insert("\(body)|parliament|\(state)").inserted
            else { continue }
            facts.append(
                Fact(
                    subject: body, object: state, action: "parliament", cameo: .role, kind: .role, sentence: f.sentence, span: f.span,
                    confidence: FactConfidence.Role.apposition))
        }
        return ExtractedDocument(title: document.title, sentences: document.sentences, entities: kept, mentions: mentions, facts: facts)
    }
}
