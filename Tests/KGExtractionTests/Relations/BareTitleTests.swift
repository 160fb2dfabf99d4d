import KGExtraction
import XCTest

/// "Prime Minister Jane Doe" with no country beside her name: the country the article is about.
final class BareTitleTests: ExtractionTestCase {
    func testBareNationalTitleTakesTheDominantCountry() throws {
        let text =
            "Kenya reopens border.\n\nPrime Minister Jane Wanjiru said Kenya would reopen its border. "
            + "Kenya closed it in May. Traders in Kenya welcomed the news."
        let found = facts(try extract(text))
        XCTAssertTrue(found.contains("Jane Wanjiru -prime minister-> Kenya"), "\(found)")
    }

    func testFormerAndVicePresidentsHeldTheirOfficeAllTheSame() throws {
        let text =
            "Kenya reopens border.\n\nFormer President Daniel Moi said Kenya would reopen its border. "
            + "Vice President Grace Mwangi agreed. Kenya closed it in May. Traders in Kenya welcomed the news."
        let found = facts(try extract(text))
        // the role keeps its title as written ("former president"); any role of the two to Kenya is the fact
        XCTAssertTrue(found.contains { $0.hasPrefix("Daniel Moi -") && $0.hasSuffix("president-> Kenya") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("Grace Mwangi -") && $0.hasSuffix("president-> Kenya") }, "\(found)")
    }

    func testNoCountryIsGuessedWhenNoneDominates() throws {
        let text = "Prime Minister Jane Wanjiru met officials from Uganda and Kenya. Uganda and Kenya signed a deal."
        let found = facts(try extract(text))
        XCTAssertFalse(found.contains { $0.hasPrefix("Jane Wanjiru -prime minister->") }, "\(found)")
    }

    func testStatedCountryWinsOverTheDominantOne() throws {
        let text =
            "Prime Minister Jane Wanjiru of Uganda visited Kenya. Kenya hosted her in Nairobi. Kenya and its traders were pleased. "
            + "Kenya signed."
        let found = facts(try extract(text))
        XCTAssertTrue(found.contains("Jane Wanjiru -prime minister-> Uganda"), "\(found)")
        XCTAssertFalse(found.contains("Jane Wanjiru -prime minister-> Kenya"), "\(found)")
    }
}
