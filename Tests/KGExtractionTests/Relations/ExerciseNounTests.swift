import KGExtraction
import XCTest

/// Military exercises held with a named side (`TreeActionExtractor.exerciseNouns`) and acts named by
/// a noun that a subject takes part in (`TreeActionExtractor+Nominal`): each sentence's exact set of
/// facts with the whole extractor, on invented sentences.
final class ExerciseNounTests: ExtractionTestCase {
    func testExercisesWithASideAreMaterialCooperationWithIt() throws {
        XCTAssertEqual(
            try all("France took part in naval exercises with Greece, Italy and Cyprus."),
            ["France -exercise-> Greece", "France -exercise-> Italy", "France -exercise-> Cyprus"])
        let doc = try extract("Russia held joint drills with Belarus near the border.")
        // "held" is no detention here: the drills carry the act
        XCTAssertEqual(doc.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["exercise/06"])
    }

    func testExercisesWithNoSideNameNoAct() throws {
        XCTAssertEqual(try all("Chile exercised its veto."), [])
        XCTAssertEqual(try all("Peru criticized the exercises."), [])
    }

    func testWhoeverTakesPartInAnActDoesIt() throws {
        XCTAssertEqual(try all("India and Japan participated in talks with Australia."), ["India -talk-> Australia", "Japan -talk-> Australia"])
    }
}
