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

/// "X said he had ...": the pronoun right after the speaker's speech verb is the speaker, whatever
/// gender a list of first names gives the name.
final class SpeakerPronounTests: ExtractionTestCase {
    func testHeAfterTheSpeakersSaidIsTheSpeaker() throws {
        let text =
            "Foreign Minister Radoslaw Sikorski said Warsaw would ask for a meeting.\n\n"
            + "Polish President Karol Nawrocki said he had spoken by telephone with U.S. President Donald Trump."
        let facts = try all(text)
        XCTAssertTrue(facts.contains("Karol Nawrocki -speak-> Donald Trump"), "\(facts)")
        XCTAssertFalse(facts.contains("Radoslaw Sikorski -speak-> Donald Trump"), "\(facts)")
    }
}
