/// The four kinds of node in a kg graph.
///
/// ```swift
/// EntityType(rawValue: "country")  // .country
/// ```
public enum EntityType: String, CaseIterable, Sendable, Codable, Comparable {
    case person
    case country
    case organization
    case location

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
