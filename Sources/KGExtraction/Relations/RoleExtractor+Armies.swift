import KGModel

/// A military chief's title held in a country is held in that country's army when the document
/// names the army: "Army chief General X" in a story that names the Egyptian army heads the army;
/// in one that names none, the country ("the army's chief of staff, General X" -> Togo).
extension RoleExtractor {
    /// Titles of a state's military chief (a closed class).
    static let militaryChiefTitles: WordSet = ["army chief", "army commander", "military chief", "military commander", "armed forces chief"]

    /// The heads of the names the recognizer gives a state's army ("Egyptian Army", "Indonesian Armed Forces").
    static let armyNameHeads = ["Army", "Armed Forces", "Military"]

    /// `facts` with each military chief's country replaced by its army, when the document names it
    /// by the country's demonym (`demonymOf`: "Egypt" -> "Egyptian").
    ///
    /// ```swift
    /// RoleExtractor.heldInTheArmy(facts, entities: doc.entities, demonymOf: lexicons.demonymOf)  // Sisi army chief -> Egyptian Army
    /// ```
    static func heldInTheArmy(_ facts: [Fact], entities: [ExtractedEntity], demonymOf: [String: String]) -> [Fact] {
        guard facts.contains(where: { $0.kind == .role && militaryChiefTitles.contains($0.action) }) else { return facts }
        var armyByName: [String: Int] = [:]
        for entity in entities where entity.type == .organization { armyByName[entity.name] = entity.id }
        return facts.map { fact in
            guard fact.kind == .role, militaryChiefTitles.contains(fact.action), entities.indices.contains(fact.object),
                entities[fact.object].type == .country, let demonym = demonymOf[entities[fact.object].name],
                let army = armyNameHeads.lazy.compactMap({ armyByName[demonym + " " + $0] }).first
            else { return fact }
            var held = fact
            held.object = army
            return held
        }
    }
}
