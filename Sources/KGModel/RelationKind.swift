/// Whether an edge is something an entity did (an action) or a standing it holds (a role).
///
/// Actions carry a CAMEO root code (`CAMEOCode.root(.disapprove)`); roles carry `CAMEOCode.role`.
public enum RelationKind: String, CaseIterable, Sendable, Codable {
    case action
    case role
}
