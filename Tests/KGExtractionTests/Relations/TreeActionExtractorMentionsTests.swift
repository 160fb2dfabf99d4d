import KGExtraction
import XCTest

/// Which mentions an argument word stands for (`TreeActionExtractor+Mentions`): each sentence's exact
/// set of facts with the whole extractor, on invented sentences.
final class TreeActionExtractorMentionsTests: ExtractionTestCase {
    func testThePersonNamedAfterATitleABodyModifiesIsTheTargetNotTheBody() throws {
        // "Russia's security council secretary, Nikolai Patrushev": the body is a modifier of the title
        XCTAssertEqual(
            try all("Ana Ruiz, who met Russia's security council secretary, Nikolai Patrushev, in Lima last month, said the talks failed."),
            // (and the secretary's role, "secretary" being a title of its own)
            ["Ana Ruiz -meet-> Nikolai Patrushev", "Nikolai Patrushev -secretary-> Russian Security Council"])
        // a title with no name after it still stands for the body
        XCTAssertEqual(try all("Chile summoned the NATO envoy in May."), ["Chile -summon-> NATO"])
    }
}
