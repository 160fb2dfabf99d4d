import KGExtraction
import XCTest

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
