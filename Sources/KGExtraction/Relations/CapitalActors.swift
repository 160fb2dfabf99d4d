import KGModel

/// "Washington, Haiti's largest aid donor, urged Santo Domingo", "Washington stood with Moldova": a
/// capital the rules read as the doer of an act is its country's government.
///
/// The recognizer types a capital as its government where the words around it say so ("Lima
/// protested"); a capital whose name is also another place's ("Washington") it keeps a place unless
/// it is plainly a subject. Once the rules have found such a place doing an act, the act is the
/// government's: it goes to the country, when the document names that country. So does a tie cut
/// with a capital (CAMEO 16: "closed its embassy in Tehran").
///
/// ```swift
/// // "The United States sent aid. Washington, Haiti's largest donor, urged Santo Domingo to help."
/// //   Washington -urge-> Dominican Republic  becomes  United States -urge-> Dominican Republic
/// ```
enum CapitalActors {
    static func givenToCountries(_ facts: [Fact], entities: [ExtractedEntity], gazetteer: [String: [GazetteerEntry]]) -> [Fact] {
        var countryNamed: [String: Int] = [:]
        for entity in entities where entity.type == .country { countryNamed[entity.name] = entity.id }
        guard !countryNamed.isEmpty else { return facts }
        var countryOf: [Int: Int?] = [:]
        func country(of id: Int) -> Int? {
            if let known = countryOf[id] { return known }
            var found: Int?
            if entities.indices.contains(id), entities[id].type == .location,
                let capital = gazetteer[entities[id].name.lowercased()]?.first(where: { $0.kind == .capital && $0.type == .country })
            {
                found = countryNamed[capital.canonical]
            }
            countryOf[id] = found
            return found
        }
        var seen = Set<String>()
        var out: [Fact] = []
        for var fact in facts {
            if fact.kind == .action, let government = country(of: fact.subject), government != fact.object { fact.subject = government }
            // ("closed its embassy in Tehran", "recalled its envoy from Tehran": ties are cut with the government)
            if fact.kind == .action, fact.cameo.root == .reduceRelations, let government = country(of: fact.object), government != fact.subject {
                fact.object = government
            }
            guard seen.insert("\(fact.subject)|\(fact.action)|\(fact.object)").inserted else { continue }
            out.append(fact)
        }
        return out
    }
}
