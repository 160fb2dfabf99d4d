import KGModel
import XCTest

@testable import KGExtraction

/// `RoleExtractor.membership` reads its patterns only at a cue word (`RoleExtractor.membershipCues`):
/// every word a pattern needs at the token it stands on must be a cue, or the pattern would never fire.
final class RoleMembershipCuesTests: ExtractionTestCase {
    func testEveryWordAPatternStandsOnIsACue() {
        let cues = RoleExtractor.membershipCues
        let patternWords =
            RoleExtractor.inclusionVerbs.set.union(RoleExtractor.groupingVerbs.set).union(RoleExtractor.membersAreVerbs.set)
            .union(RoleExtractor.belongingVerbs.set).union(["made", "make", "both", "member", "members"])
        for word in patternWords { XCTAssertTrue(cues.contains(word), word) }
        XCTAssertEqual(cues.set, patternWords)
    }

    func testPatternsStillFireAtTheirCuesAndNotElsewhere() throws {
        // a grouping verb and "both ... members" each read at their cue ("made up of" and "which make
        // up": ThirtyFourthRecallPassTests)
        XCTAssertTrue(try all("The SCO, which groups Russia, China and Uzbekistan, met.").contains("Russia -member-> Shanghai Cooperation Organisation"))
        XCTAssertTrue(try all("Turkey and the Netherlands, both NATO members, disagreed.").contains("Turkey -member-> NATO"))
        // no cue word: no membership
        XCTAssertFalse(try all("The SCO met Russia, China and Uzbekistan.").contains { $0.contains("-member->") })
    }
}
