import KGExtraction
import XCTest

/// Journeys to a named place (`TreeActionExtractor+Travel`), stopped ties and gifts with a receiver
/// (`TreeActionExtractor+Ties`), on the trees the bundled parser gives (tree rules alone): the exact
/// set of facts of each sentence.
final class JourneyAndTieConstructionTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    // MARK: journeys

    func testFleeingToAPlaceIsAJourneyThere() throws {
        XCTAssertEqual(
            try facts("Kenyan President William Ruto fled to Tanzania on Monday."),
            ["William Ruto -president-> Kenya", "William Ruto -flee-> Tanzania"])
    }

    func testFlyingToACityIsAJourneyThere() throws {
        XCTAssertEqual(
            try facts("Indonesian Foreign Minister Marty Natalegawa flew to Phnom Penh on Monday."),
            ["Marty Natalegawa -foreign minister-> Indonesia", "Marty Natalegawa -fly-> Phnom Penh"])
    }

    func testLeavingForAPlaceIsAJourneyThere() throws {
        XCTAssertEqual(
            try facts("Kenyan President William Ruto left for Ethiopia on Monday."),
            ["William Ruto -president-> Kenya", "William Ruto -leave-> Ethiopia"])
    }

    func testFlyingOnToOrIntoACityIsAJourneyThere() throws {
        // the adverb before "to" is no preposition of the destination
        XCTAssertEqual(try facts("Jose Costa later flew on to Nairobi, a Kenyan spokesman said."), ["Jose Costa -fly-> Nairobi"])
        XCTAssertEqual(try facts("Jose Costa flew into Nairobi on Monday."), ["Jose Costa -fly-> Nairobi"])
        // where a journey starts is no destination
        XCTAssertEqual(try facts("Jose Costa flew out of Nairobi on Monday."), [])
    }

    func testLeavingOrFleeingAPlaceNamesNoDestination() throws {
        XCTAssertEqual(try facts("Kenyan President William Ruto left Ethiopia on Monday."), ["William Ruto -president-> Kenya"])
        XCTAssertEqual(try facts("Kenyan President William Ruto fled from Ethiopia on Monday."), ["William Ruto -president-> Kenya"])
    }

    // MARK: leaving a body

    func testLeavingOrQuittingABodyReducesRelationsWithIt() throws {
        let body = "The Economic Community of West African States (ECOWAS) met on Monday. "
        XCTAssertEqual(try facts(body + "Mali left ECOWAS in January."), ["Mali -leave-> Economic Community of West African States"])
        XCTAssertEqual(
            try facts(body + "The governments of Mali and Niger quit ECOWAS."),
            ["Mali -quit-> Economic Community of West African States", "Niger -quit-> Economic Community of West African States"])
        // leaving a place is no act toward it
        XCTAssertEqual(try facts("Malian troops left Bamako and Niamey on Monday."), [])
    }

    func testBodiesThatSayTheyAreLeavingABodyLeaveIt() throws {
        let found = try facts(
            "The military governments of Mali, Burkina Faso and Niger said on Sunday they were leaving the Economic Community of West African States.")
        XCTAssertEqual(
            found,
            [
                "Mali -leave-> Economic Community of West African States", "Burkina Faso -leave-> Economic Community of West African States",
                "Niger -leave-> Economic Community of West African States",
            ])
    }

    func testACountryFlyingAidSomewhereDeliversItNoJourney() throws {
        // the aid flown is a delivery (07, `TreeActionExtractor.airlift`), not a visit (04)
        XCTAssertEqual(try facts("Kenya flew aid to Ethiopia on Monday."), ["Kenya -fly-> Ethiopia"])
    }

    // MARK: stopped ties

    func testHaltingFlightsToACountryReducesRelationsWithIt() throws {
        XCTAssertEqual(try facts("Canada halted flights to Iran on Monday."), ["Canada -halt-> Iran"])
    }

    func testScrappingAPactWithACountryReducesRelationsWithIt() throws {
        XCTAssertEqual(try facts("South Korea scrapped a military pact with Japan."), ["South Korea -scrap-> Japan"])
    }

    func testStoppingSomethingThatIsNoTieIsNoAct() throws {
        XCTAssertEqual(try facts("Germany halted work on the pipeline with Russia."), [])
    }

    func testSuspendingPartOfAidReachesItsReceiver() throws {
        XCTAssertEqual(try facts("Germany suspended part of its aid to Ethiopia."), ["Germany -suspend-> Ethiopia"])
    }

    func testBreakingRelationsReducesThemAndAMeansSharesItsClausesSubject() throws {
        XCTAssertEqual(
            try facts("Venezuela responded by breaking diplomatic relations with Colombia."), ["Venezuela -break-> Colombia"])
    }

    func testWhoIsSentSomewhereIsNoTargetOfTheSending() throws {
        XCTAssertEqual(
            try facts("Eritrea sent Foreign Minister Osman Saleh to Ethiopia."), ["Osman Saleh -foreign minister-> Eritrea", "Eritrea -send-> Ethiopia"])
    }

    // MARK: gifts

    func testAPledgeOfMoneyForACountryIsMadeToIt() throws {
        XCTAssertEqual(try facts("Saudi Arabia pledged $3 billion for Yemen."), ["Saudi Arabia -pledge-> Yemen"])
    }

    func testAPledgeOfSupportForAPlanNamesNoReceiver() throws {
        XCTAssertEqual(try facts("Kenya pledged support for the plan of Somalia."), [])
    }
}
