import KGExtraction
import XCTest

/// "declared himself president of Sudan": after a reflexive pronoun the object says what the
/// subject is, and the country in it is no target of the verb (issue 7, precision by path).
final class ReflexiveObjectTests: ExtractionTestCase {
    func testAPredicateAfterAReflexiveIsNoTarget() throws {
        XCTAssertEqual(
            try all("The leader of the rebel coalition, John Garang, declared himself president of Sudan on Monday, a day after his fighters overran Khartoum."),
            ["John Garang -president-> Sudan"])
        XCTAssertEqual(
            try all(
                "Former President Evo Morales arrived in Mexico City on Tuesday, while senator Maria Lopez declared herself Peru's interim president at a session of Congress."
            ),
            ["Maria Lopez -interim president-> Peru", "Evo Morales -arrive-> Mexico City"])
    }

    func testWithoutAReflexiveTheObjectIsStillATarget() throws {
        XCTAssertEqual(try all("Kenya declared Uganda a threat."), ["Kenya -declare-> Uganda"])
    }
}
