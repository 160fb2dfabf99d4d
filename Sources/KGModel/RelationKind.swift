/// Whether an edge is something an entity did (an action) or a standing it holds (a role).
///
/// Actions carry a two-digit CAMEO root code (`"11"` disapprove); roles carry the code `"role"`.
public enum RelationKind: String, CaseIterable, Sendable, Codable {
    case action
    case role

    /// The CAMEO column value every role edge carries.
    public static let roleCode = "role"
}
