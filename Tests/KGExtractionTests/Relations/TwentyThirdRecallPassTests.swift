import KGExtraction
import XCTest

/// The twenty-third pass on unseen news: names that open with a country's name, a court's title
/// inside a national institution's name, legislatures' speakers, respective lists of title holders
/// and the people listed after a title's bodies.
final class TwentyThirdRecallPassTests: ExtractionTestCase {
    func testCountryNamedPersonAfterATitleIsAPerson() throws {
        XCTAssertEqual(
            try all("Israeli Defence Minister Israel Katz accused Iran of arming Hezbollah."),
            // (the act alleged is no fact: GUIDELINES.md annotates the accusation only)
            ["Israel Katz -defence minister-> Israel", "Israel Katz -accuse-> Iran"])
        // an office holder's full name is a person without a title too
        XCTAssertEqual(try all("Israel Katz met Wang Yi in Beijing."), ["Israel Katz -meet-> Wang Yi"])
    }

    func testCountryBeforeAnInstitutionsWordStaysTheCountry() throws {
        let doc = try extract("The Jordan Valley was shelled, and Israel Radio said Egypt had protested.")
        XCTAssertNotEqual(entity(doc, "Jordan Valley")?.type, .person)
        XCTAssertEqual(entity(doc, "Israel Radio")?.type, .organization)
        // no title and no office holder's name: a country and a name are two names
        XCTAssertNil(entity(try extract("Protesters in Israel Cohen Street marched."), "Israel Cohen"))
    }

    func testCourtTitleAfterANationalInstitutionStartsItsHoldersName() throws {
        let doc = try extract("The United States imposed sanctions on Brazilian Supreme Court Justice Alexandre de Moraes on Wednesday.")
        XCTAssertEqual(entity(doc, "Alexandre de Moraes")?.type, .person)
        XCTAssertEqual(entity(doc, "Brazilian Supreme Court")?.type, .organization)
        XCTAssertNil(doc.entities.first { $0.name.contains("Justice") })
    }

    func testSpeakerBeforeTheNameIsPlacedInTheStorysCountry() throws {
        let text = """
            TEHRAN, June 10 (Reuters) - Iran rejected the new sanctions on Thursday.
            Parliament Speaker Ali Larijani accused Washington of bullying the council.
            """
        XCTAssertTrue(try roles(text).contains("Ali Larijani -speaker-> Iran"))
        // in apposition the speaker's title is left to the office the sentence gives
        XCTAssertFalse(
            try roles("Honduras's Congress swore in its speaker, Roberto Micheletti, as interim president.").contains("Roberto Micheletti -speaker-> Honduras"))
    }

    func testTitleHoldersListedRespectively() throws {
        XCTAssertEqual(
            try roles("The presidents of Kyrgyzstan, Tajikistan and Turkmenistan, Sadyr Japarov, Emomali Rahmon and Serdar Berdimuhamedov, attended."),
            ["Sadyr Japarov -president-> Kyrgyzstan", "Emomali Rahmon -president-> Tajikistan", "Serdar Berdimuhamedov -president-> Turkmenistan"])
        // as many people as bodies, or no pairing
        XCTAssertEqual(try roles("The leaders of Chad and Niger, Ali Khan, Jane Doe and John Smith, attended."), [])
    }

    func testPeopleListedAfterTheTitlesBodiesAreWhoActs() throws {
        XCTAssertEqual(
            try all("The foreign ministers of Egypt and Jordan, Sameh Shoukry and Ayman Safadi, met in Cairo."),
            [
                "Sameh Shoukry -minister-> Egypt", "Ayman Safadi -minister-> Jordan", "Sameh Shoukry -meet-> Ayman Safadi",
                "Ayman Safadi -meet-> Sameh Shoukry",
            ])
    }

    func testParticipleBeforeATitleNounIsNoVerb() throws {
        XCTAssertTrue(try all("Thailand's acting prime minister, Phumtham Wechayachai, criticised Cambodia.").contains("Phumtham Wechayachai -criticize-> Cambodia"))
        // "acting as" keeps its verb
        XCTAssertTrue(try all("Norway is acting as mediator between Colombia and the ELN.").contains("Norway -mediate-> Colombia"))
    }

    func testNameAfterCounterpartIsAPerson() throws {
        let doc = try extract("He signed 20 agreements with his Chinese counterpart Xi Jinping.")
        XCTAssertEqual(entity(doc, "Xi Jinping")?.type, .person)
        XCTAssertEqual(entity(doc, "China")?.type, .country)
        // "counterpart" in capitals opens no name
        XCTAssertNil(entity(try extract("The Counterpart Fund said prices rose."), "Fund"))
    }

    func testBodysNameEndingAPersonsNameIsTheSurname() throws {
        let doc = try extract("Congo's Foreign Minister Therese Kayikwamba Wagner signed the deal with Rwanda.")
        XCTAssertEqual(entity(doc, "Therese Kayikwamba Wagner")?.type, .person)
        XCTAssertNil(entity(doc, "Wagner Group"))
        // the body's name alone, or after a name that opens with no first name, stays the body
        XCTAssertEqual(entity(try extract("Mali hired Wagner fighters, and Wagner denied it."), "Wagner Group")?.type, .organization)
    }

    func testCongoAloneIsTheDemocraticRepublic() throws {
        let doc = try extract("Rwanda denied backing the M23 rebels in eastern Congo.")
        XCTAssertNotNil(entity(doc, "Democratic Republic of the Congo"))
        XCTAssertNotNil(entity(try extract("Troops from Congo-Brazzaville arrived."), "Republic of the Congo"))
    }

    func testActOnWhatASideHoldsTargetsTheHolder() throws {
        XCTAssertEqual(
            try all("The Humanitarian Affairs Commission revoked the licences of Oxfam, Medecins Sans Frontieres and Save the Children."),
            [
                "Humanitarian Affairs Commission -revoke-> Oxfam", "Humanitarian Affairs Commission -revoke-> Doctors Without Borders",
                "Humanitarian Affairs Commission -revoke-> Save the Children",
            ])
        XCTAssertEqual(try all("Bush has frozen Iraqi and Kuwaiti assets."), ["Bush -freeze-> Iraq", "Bush -freeze-> Kuwait"])
        // a thing held by no one's leave is no target's ("revoked the law of 2010"), nor is a held
        // thing's holder the target of an act that neither withholds nor coerces
        XCTAssertEqual(try all("Chile discussed the visas of Peru."), [])
        XCTAssertEqual(try all("Kenya revoked the report of the African Union."), [])
    }

    func testTalksWithASideAroundTheClauseAreItsDoers() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("Russia and China backed the resolution after weeks of negotiations with the United States and France."),
            [
                "Russia -negotiate-> United States", "Russia -negotiate-> France", "China -negotiate-> United States",
                "China -negotiate-> France",
            ])
        XCTAssertEqual(
            try TreeRuleFacts.of("Japanese Prime Minister Shinzo Abe, who was in Seoul for talks with Roh Moo-hyun, said Tokyo would consider sanctions."),
            ["Shinzo Abe -prime minister-> Japan", "Shinzo Abe -talk-> Roh Moo-hyun"])
        // an appeal for talks is no talk
        XCTAssertEqual(try TreeRuleFacts.of("Chile called for talks with Peru."), [])
    }

    func testUSCabinetTitlesAreTheUnitedStatesWhereverTheStoryIs() throws {
        let text = """
            BRASILIA, July 30 (Reuters) - The United States imposed sanctions on Brazil on Wednesday.
            Treasury Secretary Scott Bessent called the judge biased. War Secretary Pete Hegseth said little.
            """
        XCTAssertEqual(
            try roles(text), ["Scott Bessent -treasury secretary-> United States", "Pete Hegseth -war secretary-> United States"])
        // with the United States unnamed, no country is guessed for them
        XCTAssertEqual(try roles("BRASILIA, July 30 (Reuters) - Brazil protested. Treasury Secretary Scott Bessent called the judge biased."), [])
    }

    func testPluralTitleBeforeAListOfKnownHolders() throws {
        let text = "Congo and Rwanda signed a deal, and Presidents Felix Tshisekedi and Paul Kagame will meet in Washington."
        let found = try roles(text)
        XCTAssertTrue(found.isSuperset(of: ["Felix Tshisekedi -president-> Democratic Republic of the Congo", "Paul Kagame -president-> Rwanda"]), "\(found)")
        // holders the lexicon does not know are placed nowhere (each may hold the title in another country)
        XCTAssertEqual(try roles("Chad and Niger signed a deal, and Presidents Ali Khanbey and Jane Doeman will meet."), [])
    }

    func testHeadlineNameIsThePersonTheBodyNamesInFull() throws {
        let text = """
            Sushila Karki sworn in as Nepal's first woman prime minister after Gen Z protests topple Oli

            KATHMANDU - President Ram Chandra Paudel appointed former Chief Justice Sushila Karki as interim prime minister on Friday.
            """
        let doc = try extract(text)
        XCTAssertEqual(entity(doc, "Sushila Karki")?.type, .person, "\(doc.entities)")
        // "Gen Z" names no one
        XCTAssertNil(entity(doc, "Z"), "\(doc.entities)")
        XCTAssertEqual(entity(try extract("Gen Ali Khan said the army would stay."), "Ali Khan")?.type, .person)
    }
}
