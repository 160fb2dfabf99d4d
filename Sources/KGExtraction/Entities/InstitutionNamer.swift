/// Names a country's institution that the text names without its country (`the Foreign
/// Ministry`) after the country the document has talked about most so far, so that ministries of
/// different countries do not share a name across documents.
///
/// ```swift
/// // "Lima said ... Quiroga asked the Defense Ministry to ..." -> "Peruvian Defense Ministry"
/// ```
struct InstitutionNamer {
    let lexicons: Lexicons

    func name(_ mentions: inout [RawMention]) {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for i in mentions.indices {
            let m = mentions[i]
            if m.type == .country && !m.modifierOnly {
                if counts[m.name] == nil { order.append(m.name) }
                counts[m.name, default: 0] += 1
                continue
            }
            guard m.type == .organization, m.origin == .name else { continue }
            let words = m.name.lowercased().split(separator: " ").map(String.init)
            guard NameCues.demonymOrganizations.contains(words) else { continue }
            // the most mentioned country so far; ties go to the one named first
            // (`max(by:)` keeps the first of equal elements: the country named first)
            guard let country = order.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }),
                let demonym = lexicons.demonymOf[country]
            else { continue }
            mentions[i].name = "\(demonym) \(m.name)"
        }
    }
}
