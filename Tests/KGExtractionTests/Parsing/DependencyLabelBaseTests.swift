import XCTest

@testable import KGExtraction

/// A label's base, kept when the label is made, is the part before its first colon, and labels
/// are equal and hashed by their raw value alone.
final class DependencyLabelBaseTests: XCTestCase {
    func testTheBaseIsThePartBeforeTheFirstColon() {
        XCTAssertEqual(DependencyLabel(rawValue: "nsubj:pass").base, "nsubj")
        XCTAssertEqual(DependencyLabel(rawValue: "obj").base, "obj")
        XCTAssertEqual(DependencyLabel(rawValue: "a:b:c").base, "a")
        XCTAssertEqual(DependencyLabel(rawValue: "").base, "")
    }

    func testALabelOpeningWithAColonKeepsWhatASplitGives() {
        XCTAssertEqual(DependencyLabel(rawValue: ":x").base, "x")
        XCTAssertEqual(DependencyLabel(rawValue: ":").base, ":")
        XCTAssertEqual(DependencyLabel(rawValue: "::y").base, "y")
    }

    func testTheConstantsBasesAreTheOnesFound() {
        let constants: [DependencyLabel] = [
            .nsubj, .nsubjPass, .obj, .iobj, .obl, .oblAgent, .nmod, .nmodPoss, .nmodUnmarked, .nmodDesc, .det, .conj, .cc, .xcomp,
            .ccomp, .advcl, .acl, .aclRelcl, .appos, .compound, .root,
        ]
        for label in constants {
            XCTAssertEqual(label.base, DependencyLabel.base(of: label.rawValue), label.rawValue)
            XCTAssertEqual(label, DependencyLabel(rawValue: label.rawValue))
        }
    }

    func testLabelsAreEqualAndHashedByTheirRawValue() {
        XCTAssertEqual(DependencyLabel(rawValue: "obl:agent"), .oblAgent)
        XCTAssertNotEqual(DependencyLabel(rawValue: "obl"), .oblAgent)
        XCTAssertEqual(Set([DependencyLabel.obl, DependencyLabel(rawValue: "obl"), .oblAgent]).count, 2)
        var hasher = Hasher()
        hasher.combine("nmod:poss")
        var labelHasher = Hasher()
        labelHasher.combine(DependencyLabel.nmodPoss)
        XCTAssertEqual(hasher.finalize(), labelHasher.finalize())
    }
}
