/// What a relation carries as its `cameo`: an action's CAMEO root code, `role` for a role (an
/// office or membership is no event), or nothing for an action imported without a code.
///
/// The raw value is the text the store's `cameo` column, the exports and queries (`r.cameo`)
/// hold; the store converts at its boundary, so other layers see only this type.
///
/// ```swift
/// CAMEOCode(rawValue: "11")          // .root(.disapprove)
/// CAMEOCode(rawValue: "role")        // .role
/// CAMEOCode.root(.consult).rawValue  // "04"
/// CAMEOCode(rawValue: "42")          // nil: no such root
/// ```
public enum CAMEOCode: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    /// An action, under one of the codebook's twenty roots.
    case root(CAMEORootCode)
    /// A role edge: a person's office in a body, or a membership.
    case role
    /// An action whose source gave no code (a `kg import` edge without `cameo`); written empty.
    case uncoded

    public init?(rawValue: String) {
        switch rawValue {
        case "role": self = .role
        case "": self = .uncoded
        default:
            guard let root = CAMEORootCode(rawValue: rawValue) else { return nil }
            self = .root(root)
        }
    }

    public var rawValue: String {
        switch self {
        case .root(let root): root.rawValue
        case .role: "role"
        case .uncoded: ""
        }
    }

    /// The root code of an action that has one; nil for a role or an uncoded action.
    public var root: CAMEORootCode? {
        if case .root(let root) = self { return root }
        return nil
    }

    public var description: String { rawValue }
}
