import KGExtraction
import KGModel
import XCTest

/// Entity cues of the tenth pass on unseen news: the exact entities (name and type) of sentences of
/// their own.
final class EntityTenthPassTests: ExtractionTestCase {
    // one unknown word the typer places, before a lower-case noun, says whose or what kind the noun is
    func testAnUnknownWordBeforeAnEverydayNounIsNoPlace() throws {
        XCTAssertEqual(try entities("France has sent two frigates and Corvale fighter jets to the region."), ["France country"])
    }

    func testAnUnknownWordBeforeABodysNounIsNoPlace() throws {
        XCTAssertEqual(try entities("The Tarsa police arrested him on Monday."), [])
    }

    func testAModifierThatResolvesToAPlaceIsKept() throws {
        XCTAssertEqual(try entities("Fighting spread to the town of Tarsa last week. The Tarsa police arrested him on Monday."), ["Tarsa location"])
    }

    // one word before a republic's or a memorial's noun says whose it is or whom it honours, not where
    func testAWordBeforeARepublicsNounIsNoPlace() throws {
        XCTAssertEqual(try entities("Greece opposed the name of the former Bandor republic."), ["Greece country"])
    }

    func testAWordBeforeAMemorialsNounIsNoPlace() throws {
        XCTAssertEqual(try entities("Estonia moved the Kelvane memorial on Friday."), ["Estonia country"])
    }

    func testAWordBeforeADistrictsNounIsStillAPlace() throws {
        XCTAssertEqual(try entities("Troops entered the Varnak district on Monday."), ["Varnak location"])
    }

    // an unfamiliar name with no first name or title before a common noun is a body's
    func testAnUnfamiliarNameBeforeItsMembersNounIsABody() throws {
        XCTAssertEqual(try entities("Pinochet was detained by Varlow Yard detectives at a private clinic."), ["Pinochet person", "Varlow Yard organization"])
    }

    func testAPlaceInsideABodysTwoWordNameWithNoHeadIsNoPlace() throws {
        XCTAssertEqual(try entities("The suspect was questioned by Lisbon Yard detectives at a private clinic."), ["Lisbon Yard organization"])
    }

    func testAPersonsNameBeforeHisSupportersStaysAPerson() throws {
        XCTAssertEqual(try entities("Tarvo Keldan supporters marched on Monday."), ["Tarvo Keldan person"])
    }

    func testAPersonsNameBeforeAVerbInIesStaysAPerson() throws {
        XCTAssertEqual(try entities("Tarvo Keldan denies the charges."), ["Tarvo Keldan person"])
    }

    func testAPersonsNameBeforeASpeechVerbStaysAPerson() throws {
        XCTAssertEqual(try entities("Marta Kovac said on Monday she would run."), ["Marta Kovac person"])
    }

    // a body named after a people's adjective keeps its own name as an alias, and the later bare name is it
    func testABodyAfterAPeoplesAdjectiveIsKnownByItsOwnNameToo() throws {
        let doc = try extract(
            "Tarvish Kelmarga fighters took over the town in 2014. Washington, which has armed the Kelmarga in the war, said it was disappointed.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name) \($0.type.rawValue): \($0.aliases.sorted().joined(separator: ", "))" }),
            ["Tarvish Kelmarga organization: Kelmarga, Tarvish Kelmarga", "United States country: United States, Washington"])
        XCTAssertEqual(facts(doc), ["United States -arm-> Tarvish Kelmarga"])
    }
}
