import KGExtraction
import XCTest

/// "Kenya urged its neighbours to condemn X": the act an appeal asks for is its object's, and only
/// asked for, even when that object names no one; the verb's subject does not do it.
final class ObjectControlTests: ExtractionTestCase {
    func testAnObjectThatNamesNoOneStillControlsTheInfinitive() throws {
        XCTAssertEqual(try all("Kenya urged its neighbours to condemn Somalia."), [])
        XCTAssertEqual(
            try all("German Foreign Minister Hans-Dietrich Genscher has pressed his partners to recognise Slovenia."),
            ["Hans-Dietrich Genscher -foreign minister-> Germany"])
    }

    func testAnOrderToTheSubjectsOwnForcesIsItsAct() throws {
        XCTAssertEqual(try all("Kenya ordered troops to attack Somalia."), ["Kenya -attack-> Somalia"])
        XCTAssertEqual(try all("Russia ordered the army to invade Ukraine."), ["Russia -invade-> Ukraine"])
    }
}
