import KGModel

/// The country a sentence's opening place phrase puts it in: "In Tehran, Supreme Leader X said ..."
/// is told from Iran, and a bare title right after the phrase is that country's office.
///
/// The phrase is "In" and a country, or a capital whose country the document names, set off by a
/// comma at the sentence's start (after its dateline, if any).
///
/// ```swift
/// // "In London, Foreign Secretary William Hague gave ..." with the United Kingdom named in the document
/// OpeningPlaceCountry.of(view, entities: entities, gazetteer: gazetteer)  // (United Kingdom's id, the index of "Foreign")
/// ```
enum OpeningPlaceCountry {
    /// The country the phrase names and where the words after its comma start; nil without such a phrase.
    static func of(_ s: SentenceView, from start: Int, entities: [ExtractedEntity], gazetteer: [String: [GazetteerEntry]]) -> (country: Int, after: Int)? {
        guard s.lower(start, is: "in"), let m = s.mention(startingAt: start + 1), !s.mentions[m].modifierOnly else { return nil }
        let comma = s.mentions[m].range.upperBound
        guard s.lower(comma, is: ","), entities.indices.contains(s.mentions[m].entity) else { return nil }
        let entity = entities[s.mentions[m].entity]
        switch entity.type {
        case .country:
            return (entity.id, comma + 1)
        case .location:
            guard let capital = gazetteer[entity.name.lowercased()]?.first(where: { $0.kind == .capital && $0.type == .country }),
                let country = entities.first(where: { $0.type == .country && $0.name == capital.canonical })
            else { return nil }
            return (country.id, comma + 1)
        default:
            return nil
        }
    }
}
