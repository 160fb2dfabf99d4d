import KGExtraction
import XCTest

/// Constructions of the fifth recall pass (issue 7), each sentence's exact set of facts with the
/// whole extractor (tree and word-window rules together), on invented sentences about other regions
/// than the tuning articles.
final class FifthRecallPassTests: ExtractionTestCase {
    func testAnActDoneToATitleIsDoneToThePersonNamedInApposition() throws {
        XCTAssertEqual(
            try all("Peru summoned Chile's ambassador, Ana Ruiz, to protest against the decision."),
            ["Ana Ruiz -ambassador-> Chile", "Peru -summon-> Ana Ruiz", "Peru -summon-> Chile"])
        XCTAssertEqual(
            try all("Bolivia expelled the Chilean ambassador, Ana Ruiz, on Monday."),
            ["Ana Ruiz -ambassador-> Chile", "Bolivia -expel-> Ana Ruiz", "Bolivia -expel-> Chile"])
    }

    func testTellingACounterpartNamedInAppositionTellsThePerson() throws {
        XCTAssertEqual(
            try all("Kenyan Foreign Minister Raychelle Omamo told her Ugandan counterpart, Sam Kutesa, that the border would reopen."),
            [
                "Raychelle Omamo -foreign minister-> Kenya", "Sam Kutesa -foreign minister-> Uganda", "Sam Kutesa -counterpart-> Raychelle Omamo",
                "Raychelle Omamo -tell-> Sam Kutesa",
            ])
    }

    func testTellingABroadcasterTellsTheMediumNamedAfterIt() throws {
        XCTAssertEqual(
            try all("Kenyan President William Ruto told state broadcaster KBC that the talks had failed."),
            ["William Ruto -president-> Kenya", "William Ruto -tell-> KBC"])
        // an acronym after a medium noun names the medium
        XCTAssertEqual(
            try all("Kenyan President William Ruto told state television KTN that the talks had failed."),
            ["William Ruto -president-> Kenya", "William Ruto -tell-> KTN"])
    }

    func testAListOfNamesInsideARelativeClauseDoesNotCloseIt() throws {
        XCTAssertEqual(
            try all("Chilean President Gabriel Boric, who acted despite objections from Peru, Bolivia and Argentina, called on Brazil to help."),
            // (the objections' own act: see EighthRecallPassTests)
            [
                "Gabriel Boric -president-> Chile", "Gabriel Boric -call-> Brazil", "Peru -object-> Gabriel Boric",
                "Bolivia -object-> Gabriel Boric", "Argentina -object-> Gabriel Boric",
            ])
    }

    func testAnOfferToActIsMadeToWhomTheActWouldBeDoneAndTheActIsNotDone() throws {
        XCTAssertEqual(
            try all("Norway offered on Monday to mediate between Colombia and Venezuela."),
            ["Norway -offer-> Colombia", "Norway -offer-> Venezuela"])
    }

    func testAChannelBetweenTwoSidesIsNoMediationByEitherSide() throws {
        XCTAssertEqual(try all("The church has acted as a channel between Colombia and Venezuela."), [])
    }

    func testAPlaceObjectIsNoActorOfTheVerbsAfterIt() throws {
        XCTAssertEqual(
            try all("Kenyan troops entered the town of Kismayo and were heading towards Baidoa."),
            ["Kenya -enter-> Kismayo", "Kenya -head-> Baidoa"])
        XCTAssertEqual(
            try all("Rwandan troops overran the town of Goma, killing dozens of people, including aid workers, and forcing Kenya to withdraw its troops."),
            ["Rwanda -overrun-> Goma", "Rwanda -force-> Kenya"])
    }

    func testSeveredLinksReduceRelationsOnTheTree() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("Peru and Chile severed diplomatic links with Bolivia."), ["Peru -sever-> Bolivia", "Chile -sever-> Bolivia"])
    }

    func testABodyTitleIsHeldInTheBodyTheDocumentNames() throws {
        XCTAssertEqual(
            try all("Kenya's army deployed troops to Somalia on Monday. Kenya's army chief, General Robert Kibochi, said the troops would stay."),
            // the army is named before the title, which keeps the word after it
            ["Kenyan Army -deploy-> Somalia", "Robert Kibochi -chief-> Kenyan Army"])
    }

    func testADatelinesNamesAreNoPronounsAntecedent() throws {
        XCTAssertEqual(
            try all("KAMPALA, July 5 (AFP) - Uganda on Thursday expelled three Kenyan diplomats, accusing them of spying, an official told AFP."),
            // "them" are the Kenyan diplomats (SeventhRecallPassTests), not AFP
            ["Uganda -expel-> Kenya", "Uganda -accuse-> Kenya"])
    }

    func testLeadingABodyIsAStandingNotAnAct() throws {
        XCTAssertEqual(
            try all("Kenya hosted leaders of the Nigerian-led Economic Community of West African States in Nairobi."),
            ["Kenya -host-> Economic Community of West African States", "Nigeria -leader-> Economic Community of West African States"])
    }

    func testATitleAfterAnInstitutionsHeadNounIsHeldInTheBodyNamedLastWithThatHead() throws {
        XCTAssertEqual(
            try all("Kenya's Independent Electoral Commission met on Monday. Commission chairman Wafula Chebukati said the vote would go ahead."),
            ["Wafula Chebukati -chairman-> Independent Electoral Commission"])
    }

    func testDyingIsNoActOfTheDeadTowardThePlace() throws {
        XCTAssertEqual(try all("Two Kenyan soldiers died in Somalia on Monday."), [])
    }

    func testAnAgreementToMakeAJointActThatNamesNoOneElseIsMadeWithEachOther() throws {
        XCTAssertEqual(
            try all("Kenya and Uganda agreed on Monday to work towards a lasting peace agreement."), ["Kenya -agree-> Uganda", "Uganda -agree-> Kenya"])
        XCTAssertEqual(try all("Kenya and Uganda agreed to respond to Somalia's decision with sanctions."), [])
    }

    func testBesideAPartnerAnOnPhraseNamesTheTopic() throws {
        XCTAssertEqual(try all("Kenya said it would cooperate with Uganda on Somalia."), ["Kenya -cooperate-> Uganda"])
    }
}
