import KGExtraction
import XCTest

/// The constructions of `TreeActionExtractorTests` on the trees the bundled parser gives them
/// (tree rules alone, no word-window rules): the exact set of facts of each sentence.
final class ParsedConstructionTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testCoordinatedObjectsBehindARoleNounEachGetAFact() throws {
        XCTAssertEqual(
            try facts("Brazil's president met the foreign ministers of Chile, Peru and Bolivia."),
            ["Brazil -meet-> Chile", "Brazil -meet-> Peru", "Brazil -meet-> Bolivia"])
    }

    func testCoordinatedSubjectsOfAReciprocalActAreItsTwoSides() throws {
        XCTAssertEqual(try facts("Armenia and Azerbaijan agreed to a truce."), ["Armenia -agree-> Azerbaijan", "Azerbaijan -agree-> Armenia"])
    }

    func testAgentNounAfterAsTakesTheVerbsSubjectAndBothSidesOfBetween() throws {
        XCTAssertEqual(
            try facts("Norway acted as mediator between Colombia and Venezuela."),
            ["Norway -mediate-> Colombia", "Norway -mediate-> Venezuela"])
    }

    func testThreatToActTargetsWhomTheActWouldHitAndIsNoAct() throws {
        XCTAssertEqual(try facts("Sweden threatened to sanction Hungary."), ["Sweden -threaten-> Hungary"])
    }

    // an urged or demanded act is asked for, not done (tune-news and heldout-news-2 annotation decisions)
    func testUrgedActIsAskedForNotDone() throws {
        XCTAssertEqual(try facts("Egypt urged Sudan to recognize Eritrea."), ["Egypt -urge-> Sudan"])
    }

    func testRelativeClauseActsForTheNounItDescribes() throws {
        XCTAssertEqual(
            try facts("Kenya condemned Uganda, which had invaded South Sudan."),
            ["Kenya -condemn-> Uganda", "Uganda -invade-> South Sudan"])
    }

    func testReportedSpeechGivesTheEmbeddedActToItsOwnSubject() throws {
        XCTAssertEqual(try facts("Peru said that Chile had attacked Bolivia."), ["Chile -attack-> Bolivia"])
    }

    func testNegatedModalAndConditionalClausesStateNoFact() throws {
        XCTAssertEqual(try facts("Chile did not condemn Peru."), [])
        XCTAssertEqual(try facts("Chile might invade Peru."), [])
        XCTAssertEqual(try facts("If Chile invades Peru, Brazil will sanction Chile."), ["Brazil -sanction-> Chile"])
    }

    // the act refused is not done; the refusal is aimed at whom it would be done to
    func testRefusingToActIsNoAct() throws {
        XCTAssertEqual(try facts("Spain refused to recognize Kosovo."), ["Spain -refuse-> Kosovo"])
    }

    func testPossessiveActionNounCarriesItsActor() throws {
        XCTAssertEqual(try facts("Turkey's recognition of Kosovo angered Greece."), ["Turkey -recognize-> Kosovo"])
    }

    func testTalksBetweenTwoSidesAreTheirReciprocalAct() throws {
        XCTAssertEqual(try facts("Talks between Ethiopia and Egypt resumed."), ["Ethiopia -talk-> Egypt", "Egypt -talk-> Ethiopia"])
    }

    func testPassiveParticipleOnANounTakesItsAgent() throws {
        XCTAssertEqual(try facts("Hezbollah, backed by Iran, attacked Israel."), ["Iran -back-> Hezbollah", "Hezbollah -attack-> Israel"])
    }

    func testDemonymModifierOfForcesIsTheActor() throws {
        XCTAssertEqual(try facts("Ethiopian troops crossed into Somalia."), ["Ethiopia -cross-> Somalia"])
    }

    func testCallingOnSomeoneToActIsTheAppealAlone() throws {
        XCTAssertEqual(try facts("Kenya has called on Uganda to recognize Somalia."), ["Kenya -call-> Uganda"])
    }

    func testReciprocalVerbWithAnObjectLinksNoSubjects() throws {
        XCTAssertEqual(try facts("Chad and Niger fought rebels."), [])
    }

    func testPassiveWithByAgent() throws {
        XCTAssertEqual(try facts("Serbia was criticized by the European Union for the move."), ["European Union -criticize-> Serbia"])
    }

    func testCoordinatedSubjectsAndObjectsGiveEveryPair() throws {
        XCTAssertEqual(
            try facts("Kenya and Uganda condemned Somalia and Sudan."),
            ["Kenya -condemn-> Somalia", "Kenya -condemn-> Sudan", "Uganda -condemn-> Somalia", "Uganda -condemn-> Sudan"])
    }

    func testSanctionsOnACountryAreTheImposersAct() throws {
        // one act of sanctioning (16), stated by the verb: the noun names no second one
        XCTAssertEqual(try facts("Canada imposed new sanctions on Belarus."), ["Canada -impose-> Belarus"])
    }
}
