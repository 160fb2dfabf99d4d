import XCTest

@testable import KGExtraction

/// The thirty-ninth pass on unseen news: who a bare title's holder speaks for.
final class ThirtyNinthRecallPassTests: ExtractionTestCase {
    /// The sentence after the dateline of each case, which names the dateline's country.
    private let kenya = "Kenya has a population of 50 million."

    func testADemonymBeforeAPluralNounInWhatIsSaidIsNoCountryTheSpeakerSpeaksFor() throws {
        // "Israeli advisers", "Cuban officials": whom the report is about, not whom the speaker serves
        XCTAssertEqual(
            try all("NAIROBI, May 2 (Reuters) - Foreign Minister Jane Wanjiru said Israeli advisers had helped the police clear the building. \(kenya)"),
            ["Jane Wanjiru -foreign minister-> Kenya"])
        XCTAssertEqual(
            try all("NAIROBI, May 2 (Reuters) - Foreign Minister Jane Wanjiru told reporters that Cuban officials had interfered in the case. \(kenya)"),
            ["Jane Wanjiru -foreign minister-> Kenya"])
        // the country itself as the subject of what is said is still the one the speaker speaks for
        XCTAssertEqual(
            try all("NAIROBI, May 2 (Reuters) - Foreign Minister Jane Wanjiru said Israel would send advisers to help the police. \(kenya)"),
            ["Jane Wanjiru -foreign minister-> Israel"])
    }
}

extension ThirtyNinthRecallPassTests {
    func testEachStateOfAListedSubjectAccusesTheObjectBeforeAnOfGerund() throws {
        XCTAssertEqual(
            try all("Saudi Arabia, the United Arab Emirates and Bahrain recalled their ambassadors from Qatar on Wednesday, accusing Doha of failing to honour a pledge."),
            [
                "Saudi Arabia -recall-> Qatar", "United Arab Emirates -recall-> Qatar", "Bahrain -recall-> Qatar",
                "Saudi Arabia -accuse-> Qatar", "United Arab Emirates -accuse-> Qatar", "Bahrain -accuse-> Qatar",
            ])
    }
}
