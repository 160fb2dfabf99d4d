import KGExtraction
import KGModel
import XCTest

/// Entity cues of the eleventh pass on unseen news: the exact entities (name and type, and where
/// it matters the aliases) of sentences of their own.
final class EntityEleventhPassTests: ExtractionTestCase {
    /// Each entity as "name type: aliases", the aliases other than the name sorted.
    private func entitiesWithAliases(_ text: String) throws -> Set<String> {
        Set(
            try extract(text).entities.map { entity in
                "\(entity.name) \(entity.type.rawValue): \(entity.aliases.filter { $0 != entity.name }.sorted().joined(separator: ", "))"
            })
    }

    // a military base's lower-case noun is part of its name, and the name alone is an alias
    func testABasesNounIsPartOfItsNameAndTheNameAloneAnAlias() throws {
        XCTAssertEqual(try entitiesWithAliases("The last troops left the Varnaka air base on Monday."), ["Varnaka air base location: Varnaka"])
    }

    func testACrossingsNounStaysOutOfItsName() throws {
        XCTAssertEqual(try entitiesWithAliases("Trucks queued at the Varnaka border crossing on Monday."), ["Varnaka location: "])
    }

    // a landmark named with its lower-case noun is known by its name alone too
    func testALandmarksNameAloneIsAnAlias() throws {
        XCTAssertEqual(try entitiesWithAliases("Rebels shelled the Varnaka presidential palace overnight."), ["Varnaka presidential palace location: Varnaka"])
    }

    func testAPeninsulaAndAValleyKeepTheirNouns() throws {
        XCTAssertEqual(
            try entities("Fighting spread from the Tarsk peninsula to the Kelvar valley."), ["Tarsk peninsula location", "Kelvar valley location"])
    }

    func testAPlaceNamedWithoutALandmarksNounHasNoSuchAlias() throws {
        XCTAssertEqual(try entitiesWithAliases("Fighting spread to the Varnaka district on Monday."), ["Varnaka location: "])
    }

    // a name's opening word before a state's name or people's word opens one name up to its head noun
    func testANamesOpeningWordBeforeAPeoplesWordOpensOneName() throws {
        XCTAssertEqual(try entities("The Royal Danish Mounted Police arrested the captain."), ["Royal Danish Mounted Police organization"])
    }

    func testANamesOpeningWordBeforeAStatesNameOpensOneName() throws {
        XCTAssertEqual(try entities("The Free Kenyan Army said it held the town."), ["Free Kenyan Army organization"])
    }

    func testAnyOtherWordBeforeAStatesInstitutionStaysOut() throws {
        XCTAssertEqual(try entities("Many Kenyan Army units withdrew on Monday."), ["Kenyan Army organization"])
    }

    // a capitalized name ending in "House" is a building; "House of ..." is a chamber
    func testANameEndingInHouseIsABuilding() throws {
        XCTAssertEqual(try entities("The governor swore him in at Government House in Nassau."), ["Government House location", "Nassau location"])
    }

    func testAHouseOfAChamberIsABody() throws {
        XCTAssertEqual(try entities("His party won 20 of the 30 seats in the House of Assembly."), ["House of Assembly organization"])
    }

    // a people's word after "of" ends a name unless a capitalized word goes on with it
    func testAPeoplesWordAfterOfBeforeATitleIsNoPartOfTheName() throws {
        XCTAssertEqual(
            try entities("The deal was signed at the State House of Kenyan President Daniel Moi."),
            ["State House location", "Kenya country", "Daniel Moi person"])
    }

    // a state's chamber named beside its own name between commas is the body of that name
    func testAChamberBeforeItsOwnNameIsThatBody() throws {
        XCTAssertEqual(try entitiesWithAliases("Latvia's parliament, the Kordal, voted on Monday."), ["Kordal organization: Latvia's parliament"])
    }

    func testAChamberAfterItsOwnNameIsThatBody() throws {
        XCTAssertEqual(try entitiesWithAliases("He told the Kordal, Latvia's parliament, that he would resign."), ["Kordal organization: Latvia's parliament"])
    }

    func testAPersonBesideAChamberLeavesItAsItWas() throws {
        XCTAssertEqual(
            try entities("Latvia's parliament, Anna Berzina said, will vote on Monday."), ["Latvian Parliament organization", "Anna Berzina person"])
    }

    // a capitalized compass word before a known region's name names a place of its own
    func testACompassWordBeforeAKnownRegionNamesAPlace() throws {
        XCTAssertEqual(try entities("Fighting spread to South Kordofan on Monday."), ["South Kordofan location"])
    }

    func testACompassWordBeforeAStateIsLeftToTheState() throws {
        XCTAssertEqual(try entities("Rebels in South Mali laid down their arms."), ["Mali country"])
    }

    func testACompassWordBeforeAContinentNamesNoPlaceOfItsOwn() throws {
        XCTAssertFalse(try entities("Prices rose across South Europe on Monday.").contains("South Europe location"))
    }

    // a known place's name before a base's noun names the base, and the name alone later is the base
    func testAKnownPlacesBaseIsNamedAgainByItsNameAlone() throws {
        XCTAssertEqual(
            try entitiesWithAliases("Troops left the Manas air base on Monday. The deputies voted to close Manas."),
            ["Manas air base location: Manas"])
    }

    func testAKnownPlacesAirportLeavesThePlaceApart() throws {
        XCTAssertEqual(
            try entities("The plane landed at Nairobi airport on Monday. Police in Nairobi said the city was calm."),
            ["Nairobi airport location", "Nairobi location"])
    }
}
