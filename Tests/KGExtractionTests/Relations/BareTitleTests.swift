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

    func testTheSentencesNearestCountryThatIsNoOtherPersonsBodyWins() throws {
        let text = "The United States, after a call with Turkish President Tayyip Erdogan, heard President Donald Trump speak."
        let found = facts(try extract(text))
        XCTAssertTrue(found.contains("Donald Trump -president-> United States"), "\(found)")
        XCTAssertTrue(found.contains("Tayyip Erdogan -president-> Turkey"), "\(found)")
        XCTAssertFalse(found.contains("Donald Trump -president-> Turkey"), "\(found)")
    }

    func testADestinationIsNoTitlesCountry() throws {
        let text =
            "Turkey presses on.\n\nTurkey shelled Kobani. Turkey said it would go on. Turkey rejected talks. "
            + "Vice President Mike Pence will travel to Turkey on Thursday."
        let found = facts(try extract(text))
        XCTAssertFalse(found.contains { $0.hasPrefix("Mike Pence -vice president->") }, "\(found)")
    }

    func testACountrysCounterpartHoldsTheLikeOfficeThere() throws {
        let found = facts(try extract("Foreign Minister Subrahmanyam Jaishankar told his Chinese counterpart, Wang Yi, that talks would go on."))
        // the counterpart takes the title of the one he answers ("foreign minister"), which replaces the bare "counterpart"
        XCTAssertTrue(found.contains("Wang Yi -foreign minister-> China"), "\(found)")
        XCTAssertFalse(found.contains("Wang Yi -counterpart-> China"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("Subrahmanyam Jaishankar -foreign minister->") }, "\(found)")
    }

    func testOfficeTakenOrLeftAsATitleIsHeld() throws {
        let text =
            "Sri Lanka is in crisis.\n\nSri Lanka's economy collapsed. Protesters in Sri Lanka marched. "
            + "Ranil Wickremesinghe was sworn in as acting president on Friday."
        let found = facts(try extract(text))
        XCTAssertTrue(found.contains { $0.hasPrefix("Ranil Wickremesinghe -") && $0.hasSuffix("president-> Sri Lanka") }, "\(found)")
    }
}
