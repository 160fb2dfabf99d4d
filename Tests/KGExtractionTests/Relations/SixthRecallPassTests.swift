import KGExtraction
import XCTest

/// Constructions of the sixth recall pass (issue 7), each sentence's exact set of facts with the
/// whole extractor (tree and word-window rules together), on invented sentences about other regions
/// than the tuning articles.
final class SixthRecallPassTests: ExtractionTestCase {
    func testPeopleListedWithTheirCountriesAfterAPluralTitleActTogether() throws {
        XCTAssertEqual(
            try all("The defence ministers, Jan Kowalski of Poland and Petra Novak of Slovakia, met in Warsaw."),
            [
                "Jan Kowalski -minister-> Poland", "Petra Novak -minister-> Slovakia",
                "Jan Kowalski -meet-> Petra Novak", "Petra Novak -meet-> Jan Kowalski",
            ])
        // the second name, unknown to every lexicon, is a person all the same
        XCTAssertEqual(
            try all("The security chiefs, Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan, met at the border village of Kulundu."),
            ["Kamchybek Tashiev -meet-> Saimumin Yatimov", "Saimumin Yatimov -meet-> Kamchybek Tashiev"])
    }

    func testPeopleInAppositionToAPluralNounAreAllItsReferents() throws {
        XCTAssertEqual(
            try all("The two men, Jan Kowalski and Petra Novak, criticised Russia."),
            ["Jan Kowalski -criticize-> Russia", "Petra Novak -criticize-> Russia"])
    }

    func testACountryAnotherHolderOfTheTitleIsPlacedInByHisSentenceIsNoDatelineGuess() throws {
        // a story from Kampala: the president who speaks for Uganda holds Uganda's presidency, so the
        // other bare "President" is the document's country's, not the dateline's
        XCTAssertEqual(
            try all(
                """
                KAMPALA, May 3 (Reuters) - Kenya closed its border on Friday, Kenyan officials said.

                President Mary Otieno had vowed to act. Nairobi said Kenya would keep the border shut and Kenya would not reopen it soon.

                President John Okello said Uganda would respond.
                """),
            ["Mary Otieno -president-> Kenya", "John Okello -president-> Uganda"])
    }

    func testANameModifyingANounInWhatIsSaidIsNoCountryTheSpeakerSpeaksFor() throws {
        // "the country's Kenya policy": Kenya modifies "policy", so the dateline's country is the president's
        XCTAssertEqual(
            try all(
                """
                KAMPALA, May 3 (Reuters) - President Jane Okello said the country's Kenya policy would be reviewed.

                Uganda has no plans to change course.
                """),
            ["Jane Okello -president-> Uganda"])
        // a demonym's force acts for its country: the speaker speaks for it
        XCTAssertEqual(
            try all("President Jane Okello said the Ugandan peacekeeping force would leave Somalia."),
            ["Jane Okello -president-> Uganda"])
    }

    func testASmallStatesCapitalThatNoOtherCityNamesSpeaksForItsGovernment() throws {
        XCTAssertEqual(try all("Valletta expelled two Libyan diplomats on Monday."), ["Malta -expel-> Libya"])
        // and is a place where it is one
        let doc = try extract("Tourists crowded the beaches near Praia Grande and Honiara.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.type) \($0.name)" }), ["location Honiara", "location Praia Grande"])
    }

    func testAnOfficeTakenAsACountrysTitleIsHeldInThatCountry() throws {
        XCTAssertEqual(
            try all("Kenya said on Monday that Mary Otieno was sworn in as Uganda's president in Nairobi."),
            ["Mary Otieno -president-> Uganda"])
    }

    func testTheHolderOfAnOfficeTakenAsATitleMayStandBeforeAnApposition() throws {
        XCTAssertEqual(
            try all(
                """
                KAMPALA, May 3 (Reuters) - Mary Otieno, the head of Uganda's Electoral Commission, was sworn in as interim president on Thursday.
                """),
            ["Mary Otieno -head-> Electoral Commission", "Mary Otieno -interim president-> Uganda"])
    }
}
