import Foundation

/// The twenty root categories of the CAMEO event codebook (Schrodt, 2012) that every action in
/// the graph falls under; the two-digit code is what the store and the exports carry.
///
/// ```swift
/// CAMEORootCode(rawValue: "11")        // .disapprove
/// CAMEORootCode.disapprove.title       // "disapprove"
/// CAMEORootCode(normalizing: "4")      // .consult
/// ```
/// Roles are not events: a relation's `CAMEOCode` is `.role` for them, `.root(...)` for actions.
public enum CAMEORootCode: String, CaseIterable, Sendable, Codable, Comparable {
    case makePublicStatement = "01"
    case appeal = "02"
    case expressIntentToCooperate = "03"
    case consult = "04"
    case engageInDiplomaticCooperation = "05"
    case engageInMaterialCooperation = "06"
    case provideAid = "07"
    case yield = "08"
    case investigate = "09"
    case demand = "10"
    case disapprove = "11"
    case reject = "12"
    case threaten = "13"
    case protest = "14"
    case exhibitForcePosture = "15"
    case reduceRelations = "16"
    case coerce = "17"
    case assault = "18"
    case fight = "19"
    case useUnconventionalMassViolence = "20"

    /// The code as written by hand or by another tool: two digits, or one digit for 1 to 9.
    public init?(normalizing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        self.init(rawValue: trimmed.count == 1 ? "0" + trimmed : trimmed)
    }

    /// The category's name in the codebook, lower case.
    public var title: String {
        switch self {
        case .makePublicStatement: "make public statement"
        case .appeal: "appeal"
        case .expressIntentToCooperate: "express intent to cooperate"
        case .consult: "consult"
        case .engageInDiplomaticCooperation: "engage in diplomatic cooperation"
        case .engageInMaterialCooperation: "engage in material cooperation"
        case .provideAid: "provide aid"
        case .yield: "yield"
        case .investigate: "investigate"
        case .demand: "demand"
        case .disapprove: "disapprove"
        case .reject: "reject"
        case .threaten: "threaten"
        case .protest: "protest"
        case .exhibitForcePosture: "exhibit force posture"
        case .reduceRelations: "reduce relations"
        case .coerce: "coerce"
        case .assault: "assault"
        case .fight: "fight"
        case .useUnconventionalMassViolence: "use unconventional mass violence"
        }
    }

    /// Assault, fight and mass violence: the material conflict end of the scale.
    public var isViolent: Bool { self >= .assault }

    public static func < (lhs: CAMEORootCode, rhs: CAMEORootCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
