import KGModel

/// Drops countries a document names only with an adjective and never relates to anything, and
/// places it names only inside a longer name (`nestedOnly`).
///
/// A demonym ("a Danish composer", "French cuisine") describes; it names the country as an actor
/// only when a fact says so ("Danish troops crossed ..."). Entities kept keep their order; ids are
/// renumbered and mentions and facts follow them.
///
/// ```swift
/// // "The Danish painter moved to Paris."  -> Paris only; Denmark is not an entity
/// // "Danish forces shelled the port."      -> Denmark stays: its forces act
/// ```
enum DemonymOnlyEntities {
    /// `document` without the entities of `droppable` (`demonymOnly`, `nestedOnly`) that no fact
    /// relates; `readAsActors` are related by a rule whose fact was dropped for a better reading, and
    /// stay too.
    static func prune(_ document: ExtractedDocument, droppable: Set<Int>, readAsActors: Set<Int> = []) -> ExtractedDocument {
        let related = Set(document.facts.flatMap { [$0.subject, $0.object] }).union(readAsActors)
        let dropped = droppable.subtracting(related)
        guard !dropped.isEmpty else { return document }
        var newID: [Int: Int] = [:]
        var entities: [ExtractedEntity] = []
        for entity in document.entities where !dropped.contains(entity.id) {
            newID[entity.id] = entities.count
            var kept = entity
            kept.id = entities.count
            entities.append(kept)
        }
        let mentions = document.mentions.compactMap { m -> Mention? in
            guard let id = newID[m.entity] else { return nil }
            var kept = m
            kept.entity = id
            return kept
        }
        let facts = document.facts.compactMap { f -> Fact? in
            guard let s = newID[f.subject], let o = newID[f.object] else { return nil }
            var kept = f
            kept.subject = s
            kept.object = o
            return kept
        }
        return ExtractedDocument(
            title: document.title, sentences: document.sentences, entities: entities,
            mentions: mentions, facts: facts)
    }

    /// Entities every mention of which lies inside a longer name ("Oslo" in "University of Oslo",
    /// "Africa" in "Africa Corps"): the name is the entity, the place only a word of it.
    static func nestedOnly(_ raw: [RawMention], entityOfMention: [Int?]) -> Set<Int> {
        var onlyNested: [Int: Bool] = [:]
        for (i, m) in raw.enumerated() {
            guard let id = entityOfMention[i] else { continue }
            onlyNested[id] = (onlyNested[id] ?? true) && m.nested
        }
        return Set(onlyNested.filter(\.value).keys)
    }

    /// Entities every mention of which is a demonym describing something: "Danish troops" and
    /// "Danish officials" act for the country, so they count as naming it.
    static func demonymOnly(_ raw: [RawMention], tokens: [Token], entityOfMention: [Int?]) -> Set<Int> {
        var onlyDemonyms: [Int: Bool] = [:]
        for (i, m) in raw.enumerated() {
            guard let id = entityOfMention[i] else { continue }
            let next = m.range.upperBound < tokens.count ? tokens[m.range.upperBound].lower : ""
            // "Turkish and Qatari officials": the noun after a coordinated demonym is the first one's too
            let k = m.range.upperBound
            let afterCoordinated =
                ["and", "or", ","].contains(next) && k + 2 < tokens.count && tokens[k + 1].isCapitalized ? tokens[k + 2].lower : ""
            let actor =
                NameCues.militaryNouns.contains(next) || NameCues.governmentNouns.contains(next)
                || NameCues.militaryNouns.contains(afterCoordinated) || NameCues.governmentNouns.contains(afterCoordinated)
            let isDemonym = m.origin == .gazetteer(.demonym) && m.type == .country && !actor
            onlyDemonyms[id] = (onlyDemonyms[id] ?? true) && isDemonym
        }
        return Set(onlyDemonyms.filter(\.value).keys)
    }
}
