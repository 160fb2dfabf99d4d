import KGExtraction
import XCTest

/// Constructions of the sixth recall pass (issue 7), each sentence's exact set of facts with the
/// whole extractor (tree and word-window rules together), on invented sentences about other regions
/// than the tuning articles.
final class SixthRecallPassTests: ExtractionTestCase {
    func factsOf(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        facts(try extract(text, file: file, line: line))
    }

    func testPeopleListedWithTheirCountriesAfterAPluralTitleActTogether() throws {
        XCTAssertEqual(
            try factsOf("The defence ministers, Jan Kowalski of Poland and Petra Novak of Slovakia, met in Warsaw."),
            [
                "Jan Kowalski -minister-> Poland", "Petra Novak -minister-> Slovakia",
                "Jan Kowalski -meet-> Petra Novak", "Petra Novak -meet-> Jan Kowalski",
            ])
        // the second name, unknown to every lexicon, is a person all the same
        XCTAssertEqual(
            try factsOf("The security chiefs, Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan, met at the border village of Kulundu."),
            ["Kamchybek Tashiev -meet-> Saimumin Yatimov", "Saimumin Yatimov -meet-> Kamchybek Tashiev"])
    }

    func testPeopleInAppositionToAPluralNounAreAllItsReferents() throws {
        XCTAssertEqual(
            try factsOf("The two men, Jan Kowalski and Petra Novak, criticised Russia."),
            ["Jan Kowalski -criticize-> Russia", "Petra Novak -criticize-> Russia"])
    }
}
