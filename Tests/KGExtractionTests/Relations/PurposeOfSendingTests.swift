import KGExtraction
import XCTest

/// "sent 800 soldiers to help Togo": those sent would do the act, not the sender; unnamed, they
/// give it no actor, and the purpose is not yet done (issue 7, precision by path).
final class PurposeOfSendingTests: ExtractionTestCase {
    func testThePurposeOfUnnamedPeopleSentIsNoActOfTheSender() throws {
        XCTAssertEqual(try all("Ghana has sent some 800 soldiers to help Togo against the rebels."), [])
        XCTAssertEqual(try all("Nigeria deployed 500 police officers to protect Ghana."), [])
        // a place they are sent to still is the sending's
        XCTAssertEqual(try all("Kenya sent troops to Somalia to defend Mogadishu."), ["Kenya -send-> Somalia"])
        XCTAssertEqual(try all("Kenya sent a delegation to Addis Ababa to meet Abiy Ahmed."), ["Kenya -send-> Addis Ababa"])
    }

    func testNamedPeopleSentDoTheirPurposeThemselves() throws {
        XCTAssertEqual(
            try all("Rwanda sent the Rwandan Defence Force to help Mozambique."),
            ["Rwanda -send-> Rwandan Defence Force", "Rwandan Defence Force -help-> Mozambique"])
        // an order is no sending: the ordered army enters
        XCTAssertEqual(
            try all("Putin ordered the Russian army to enter Donetsk."), ["Putin -order-> Russian Army", "Russian Army -enter-> Donetsk"])
    }
}
