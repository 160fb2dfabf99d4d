import KGExtraction
import KGModel
import XCTest

/// Entity cues of the ninth pass on unseen news: the exact entities (name, type and aliases) of
/// sentences of their own.
final class EntityNinthPassTests: ExtractionTestCase {
    /// "name type" for every entity of `text`.
    func entities(_ text: String) throws -> Set<String> {
        Set(try extract(text).entities.map { "\($0.name) \($0.type.rawValue)" })
    }

    /// "name: alias, alias" for every entity of `text`, aliases sorted.
    func aliases(_ text: String) throws -> Set<String> {
        Set(try extract(text).entities.map { "\($0.name): \($0.aliases.sorted().joined(separator: ", "))" })
    }

    // GeoNames lists the dissolved union beside today's state, both with Belgrade as capital
    func testACapitalADissolvedUnionSharedSpeaksForTodaysState() throws {
        XCTAssertEqual(try entities("Belgrade said on Tuesday it had expelled two diplomats."), ["Serbia country"])
    }

    func testTheUnionIsStillNamedByItsOwnNames() throws {
        XCTAssertEqual(try entities("Yugoslavia was suspended."), ["Serbia and Montenegro country"])
    }
}
