/// `WHERE a.name = "Vladimir Putin"` and `WHERE a.id = 7`: equalities in a clause's WHERE that
/// pin a node variable down as well as `{name: ...}` would, so the planner can start there.
///
/// ```swift
/// WhereAnchors.equalities(in: clause)   // [("a", "name", <"Vladimir Putin">)]
/// ```
/// Only top-level conjuncts count (an `=` under OR or NOT pins nothing). The condition is still
/// checked as written: `=` stays exact and case-sensitive.
enum WhereAnchors {
    struct Equality {
        var variable: String
        /// `name` or `id`.
        var key: String
        var value: Expression
    }

    static func equalities(in clause: MatchClause) -> [Equality] {
        guard let condition = clause.condition else { return [] }
        var found: [Equality] = []
        for conjunct in Planner.conjuncts(of: condition) {
            guard case let .binary(.equal, left, right) = conjunct.kind else { continue }
            for (side, other) in [(left, right), (right, left)] {
                guard case let .property(base, key) = side.kind, case let .variable(name) = base.kind,
                    key.name == "name" || key.name == "id"
                else { continue }
                switch other.kind {
                case .literal, .parameter:
                    found.append(Equality(variable: name, key: key.name, value: other))
                default:
                    continue
                }
            }
        }
        return found
    }
}
