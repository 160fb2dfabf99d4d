import KGModel

/// Acts of a body that the person holding its office does in the same sentence, dropped.
///
/// "U.S. Secretary of State John Kerry praised Dacic" is Kerry's praise: the guidelines take the
/// grammatical agent as the actor, and the title's country only describes him. The rules may read
/// the country as a second actor (the parser hangs "U.S." and "Kerry" on the verb as two subjects);
/// where the same sentence gives the person a role in that body and the person does the same act
/// to the same target, the body's fact goes.
///
/// ```swift
/// // "U.S. Secretary of State John Kerry praised Serbia." -> John Kerry -praise-> Serbia and his role;
/// // United States -praise-> Serbia is dropped
/// ```
enum OfficeHolderActs {
    /// `facts` (one sentence's) without the acts of a body whose office holder does the same act.
    static func dropping(_ facts: [Fact], entities: [ExtractedEntity]) -> [Fact] {
        let offices = Set(facts.filter { $0.kind == .role }.map { Pair(a: $0.subject, b: $0.object) })
        guard !offices.isEmpty else { return facts }
        let acts = facts.filter { $0.kind == .action }
        return facts.filter { f in
            guard f.kind == .action, entities.indices.contains(f.subject), entities[f.subject].type != .person else { return true }
            return !acts.contains { other in
                other.action == f.action && other.object == f.object && other.subject != f.subject
                    && offices.contains(Pair(a: other.subject, b: f.subject))
            }
        }
    }

    private struct Pair: Hashable {
        let a: Int
        let b: Int
    }
}
