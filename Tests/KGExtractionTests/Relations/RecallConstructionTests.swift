import KGExtraction
import XCTest

/// Constructions news states facts with that issue 7's recall work added, on the trees the bundled
/// parser gives them (tree rules alone, no word-window rules): the exact set of facts of each sentence.
final class RecallConstructionTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testCoordinatedSpeakersOfAPhoneCallSpeakToEachOther() throws {
        XCTAssertEqual(
            try facts("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke by phone."),
            [
                "William Ruto -president-> Kenya", "Yoweri Museveni -president-> Uganda",
                "William Ruto -speak-> Yoweri Museveni", "Yoweri Museveni -speak-> William Ruto",
            ])
    }

    func testWarningIsAddressedToTheSubjectOfItsThatClause() throws {
        XCTAssertEqual(try facts("Kenya warned that Somalia would face sanctions."), ["Kenya -warn-> Somalia"])
    }

    func testBrokeringADealBetweenTwoSidesActsOnBoth() throws {
        XCTAssertEqual(
            try facts("Norway brokered a deal between Colombia and Venezuela."), ["Norway -broker-> Colombia", "Norway -broker-> Venezuela"])
    }

    func testASecondTitledSubjectAfterAndActsToo() throws {
        XCTAssertEqual(
            try facts("John Mwangi and Ugandan envoy Paul Okello met Somalia's president."),
            ["John Mwangi -meet-> Somalia", "Paul Okello -meet-> Somalia", "Paul Okello -envoy-> Uganda"])
    }

    func testWhatARelativeClauseBrokersIsTheNounItHangsOn() throws {
        XCTAssertEqual(
            try facts("It came weeks after the ceasefire between Israel and Egypt that the United States brokered in November."),
            ["United States -broker-> Israel", "United States -broker-> Egypt"])
        // a relative clause on a noun with no sides brokers between no one
        XCTAssertEqual(try facts("It came weeks after the deal that the United States brokered in November."), [])
    }

    func testOneOfACountrysAlliesIsItsAlly() throws {
        XCTAssertEqual(
            try facts("Colombia, long one of Washington's closest allies in Latin America, received the flights."),
            ["Colombia -ally-> United States"])
        XCTAssertEqual(try facts("Colombia, one of the largest countries in the region, received the flights."), [])
    }

    func testAnIntermediaryBetweenTwoSidesMediates() throws {
        XCTAssertEqual(
            try facts("Switzerland acted as an intermediary between Iran and the United States."),
            ["Switzerland -mediate-> Iran", "Switzerland -mediate-> United States"])
    }

    func testAllyInAppositionIsAStanding() throws {
        XCTAssertEqual(try facts("Belarus, Russia's closest ally, condemned Poland."), ["Belarus -condemn-> Poland", "Belarus -ally-> Russia"])
    }

    func testAllyAfterACopulaIsAStanding() throws {
        XCTAssertEqual(try facts("Cuba is a close ally of Venezuela."), ["Cuba -ally-> Venezuela"])
    }

    func testNounInAppositionStandsForTheNameItDescribes() throws {
        XCTAssertEqual(try facts("Mariupol, a city besieged by Russia, fell in May."), ["Russia -besiege-> Mariupol"])
    }

    func testJoiningABodyIsAnAct() throws {
        XCTAssertEqual(try facts("Croatia joined the European Union in 2013."), ["Croatia -join-> European Union"])
    }

    func testTitleWithItsOwnModifierAfterAPossessiveBody() throws {
        XCTAssertEqual(
            try facts("Peru's new information minister, Ana Ruiz, spoke on Monday."), ["Ana Ruiz -information minister-> Peru"])
    }

    func testSoldiersRuleBeforeATitleOfRuleIsTheCountrys() throws {
        XCTAssertEqual(
            try facts("Burkina Faso's military leader, Captain Ibrahim Traore, spoke on Monday."), ["Ibrahim Traore -leader-> Burkina Faso"])
        XCTAssertEqual(try facts("Mali's junta leader, General Assimi Goita, spoke on Monday."), ["Assimi Goita -leader-> Mali"])
        // the army's head is the army's, not the country's
        XCTAssertFalse(try facts("Myanmar's army chief, General Min Aung Hlaing, spoke on Monday.").contains("Min Aung Hlaing -chief-> Myanmar"))
    }

    func testEnvoyForACountryGivesBothBodies() throws {
        XCTAssertEqual(
            try facts("U.N. envoy for Syria Geir Pedersen arrived on Monday."),
            ["Geir Pedersen -envoy-> United Nations", "Geir Pedersen -envoy-> Syria"])
    }

    func testPeopleActingForABodyAndANewsMediumStandForThem() throws {
        XCTAssertEqual(try facts("U.N. investigators accused Myanmar of genocide."), ["United Nations -accuse-> Myanmar"])
        XCTAssertEqual(
            try facts("Kenyan President William Ruto told BBC radio that Kenya would help Uganda."),
            ["William Ruto -president-> Kenya", "William Ruto -tell-> BBC", "Kenya -help-> Uganda"])
    }

    func testNameInsideARelativeClauseIsNoSubjectOfTheVerbAfterIt() throws {
        XCTAssertEqual(
            try facts("Oman, which borders Yemen, has hosted Iranian officials in Muscat and has acted as a channel between Riyadh and Tehran."),
            ["Oman -host-> Iran", "Oman -mediate-> Saudi Arabia", "Oman -mediate-> Iran"])
    }

    func testPronounObjectStandsForTheNameBeforeItThatDoesNotAct() throws {
        XCTAssertEqual(try facts("Chad cut ties with Libya, accusing it of backing rebels."), ["Chad -cut-> Libya", "Chad -accuse-> Libya"])
    }

    func testMutualActWithEachOtherIsDoneByEachSide() throws {
        XCTAssertEqual(try facts("Peru and Chile blamed each other for the clashes."), ["Peru -blame-> Chile", "Chile -blame-> Peru"])
    }

    func testActDoneAtTheRequestOfABodyIsThatBodysRequest() throws {
        XCTAssertEqual(
            try facts("Kenya sent troops to Somalia at the request of the African Union."),
            ["Kenya -send-> Somalia", "African Union -request-> Kenya"])
    }

    func testBackingOfABodyGoesToWhoeverTheClauseIsAbout() throws {
        XCTAssertEqual(try facts("Ali Hassan took office with the backing of Hezbollah."), ["Hezbollah -back-> Ali Hassan"])
    }

    func testPlaceNounStandsForThePlaceItsOfPhraseNames() throws {
        XCTAssertEqual(try facts("Kenyan troops entered the town of Kismayo."), ["Kenya -enter-> Kismayo"])
    }

    func testTradedActIsDoneByEachSideToTheOther() throws {
        XCTAssertEqual(try facts("Greece and Turkey traded accusations."), ["Greece -accuse-> Turkey", "Turkey -accuse-> Greece"])
    }

    func testAChannelBetweenTwoSidesMediates() throws {
        XCTAssertEqual(try facts("Oman acted as a channel between Iran and Egypt."), ["Oman -mediate-> Iran", "Oman -mediate-> Egypt"])
    }

    func testShuttlingBetweenTwoSidesActsOnBoth() throws {
        XCTAssertEqual(try facts("Norway shuttled between Colombia and Venezuela."), ["Norway -shuttle-> Colombia", "Norway -shuttle-> Venezuela"])
    }

    func testDenyingTheChargeDeniesWhoeverMadeItEarlier() throws {
        XCTAssertEqual(
            try facts("Chile accused Peru of arming the rebels. Peru denies the charge."), ["Chile -accuse-> Peru", "Peru -deny-> Chile"])
        // no charge reported before: nothing to deny
        XCTAssertEqual(try facts("Peru denies the charge."), [])
    }

    func testBodyOfficeWithoutABodyIsHeldInTheBodyNamedBefore() throws {
        XCTAssertEqual(
            try facts("A NATO spokesman said Secretary-General Jens Stoltenberg was concerned."), ["Jens Stoltenberg -secretary-general-> NATO"])
    }

    func testObjectPronounWithNoPersonOfItsGenderBeforeItIsTheLastPersonNamed() throws {
        XCTAssertEqual(
            try facts("Angela Merkel spoke on Tuesday. On Wednesday Mike Pence told her that the violence was wrong."),
            ["Mike Pence -tell-> Angela Merkel"])
    }

    func testSubordinateClauseReadAsACoordinationKeepsItsOwnSubject() throws {
        XCTAssertEqual(
            try facts("Evo Morales arrived in Lima on Tuesday after Mexico granted him asylum."),
            ["Evo Morales -arrive-> Lima", "Mexico -grant-> Evo Morales"])
    }

    func testKinNounInAppositionIsAStanding() throws {
        XCTAssertEqual(
            try facts("Rosario Murillo, Daniel Ortega's wife, read the statement."), ["Rosario Murillo -wife-> Daniel Ortega"])
    }
}
