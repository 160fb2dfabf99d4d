import XCTest

@testable import KGExtraction

/// The thirty-seventh pass on unseen news: a state acting through a relative clause on its leader
/// ("Mugabe, whose government has deployed soldiers in Congo, said ...") acts as the state.
final class ThirtySeventhRecallPassTests: ExtractionTestCase {
    func testWhoseGovernmentActsForTheStateTheLeaderLeads() throws {
        XCTAssertEqual(
            try all(
                "Zimbabwean President Tomas Varlek spoke in Harare. Varlek, whose government has deployed soldiers in Congo, said they would stay."
            ),
            ["Tomas Varlek -president-> Zimbabwe", "Zimbabwe -deploy-> Democratic Republic of the Congo"])
        // both acts of the clause, the title in the same sentence
        XCTAssertEqual(
            try all("Turkish President Tomas Varlek, whose government hosted the talks between Russia and Ukraine, said he was hopeful."),
            [
                "Tomas Varlek -president-> Turkey", "Turkey -host-> Russia", "Turkey -host-> Ukraine", "Russia -talk-> Ukraine",
                "Ukraine -talk-> Russia",
            ])
    }

    func testAnActAfterTheClauseIsTheLeadersOwn() throws {
        // "telephoned" follows the comma that closes the clause: the president telephoned, not the country
        XCTAssertEqual(
            try all(
                "Djiboutian President Tomas Varlek, whose country hosts U.S. military bases, telephoned Ethiopian Prime Minister Ana Rusk."
            ),
            [
                "Tomas Varlek -president-> Djibouti", "Ana Rusk -prime minister-> Ethiopia", "Djibouti -host-> United States", "Tomas Varlek -telephone-> Ana Rusk",
            ])
    }

    func testAPersonLeadingNoStateKeepsTheClausesAct() throws {
        // no role makes the speaker any state's leader: the act stays his
        XCTAssertEqual(
            try all("Tomas Varlek, whose government has deployed soldiers in Congo, said they would stay."),
            ["Tomas Varlek -deploy-> Democratic Republic of the Congo"])
    }
}

extension ThirtySeventhRecallPassTests {
    func testCoordinatedSidesRestoringTheirTiesActOnEachOther() throws {
        XCTAssertEqual(
            try all("Morocco and Algeria restored diplomatic relations in 1988."), ["Morocco -restore-> Algeria", "Algeria -restore-> Morocco"])
        // a third side named: the ties are with it
        XCTAssertEqual(
            try all("Saudi Arabia and Bahrain cut ties with Qatar in June."), ["Saudi Arabia -cut-> Qatar", "Bahrain -cut-> Qatar"])
        // restoring something else is no act on each other
        XCTAssertEqual(try all("Morocco and Algeria restored order in the region."), [])
    }
}

extension ThirtySeventhRecallPassTests {
    func testADescriptionOfATitledLeaderStandsForThatLeader() throws {
        XCTAssertEqual(
            try all("Russian President Tomas Varlek arrived in Ankara. Turkish President Ana Rusk welcomed the Russian leader on Monday."),
            [
                "Tomas Varlek -president-> Russia", "Tomas Varlek -arrive-> Ankara", "Ana Rusk -president-> Turkey",
                "Ana Rusk -welcome-> Tomas Varlek",
            ])
        // a body's leader, after the body named his
        XCTAssertTrue(
            try all(
                "Tomas Varlek, the leader of the Musavat party, was arrested. Interior Minister Ana Rusk accused Varlek of organising riots, a charge the Musavat leader denied."
            ).contains("Tomas Varlek -deny-> Ana Rusk"))
    }

    func testADescriptionFollowedByANameOrFittingTwoPeopleStaysTheState() throws {
        // a name after it: the name is the one described
        XCTAssertEqual(
            try all("Russian President Tomas Varlek arrived. Ana Rusk met the Russian leader, Ivo Danek."),
            ["Tomas Varlek -president-> Russia", "Ivo Danek -leader-> Russia", "Ana Rusk -meet-> Ivo Danek"])
        // two leaders titled: the description fits neither alone
        XCTAssertEqual(
            try all(
                "Russian President Tomas Varlek and Russian Prime Minister Ivo Danek arrived. Turkish President Ana Rusk welcomed the Russian leader."
            ),
            [
                "Tomas Varlek -president-> Russia", "Ivo Danek -prime minister-> Russia", "Ana Rusk -president-> Turkey",
                "Ana Rusk -welcome-> Russia",
            ])
    }
}

extension ThirtySeventhRecallPassTests {
    func testATitleAfterToWithItsOwnDemonymIsTheServedPersons() throws {
        // "adviser to Turkish Prime Minister X": X is Turkey's prime minister, not its adviser
        XCTAssertEqual(
            try roles("Ivo Danek, chief foreign policy adviser to Turkish Prime Minister Tomas Varlek, mediated."),
            ["Tomas Varlek -prime minister-> Turkey"])
        // a body after "to" is still the post's
        XCTAssertEqual(
            try roles("Kenya's ambassador to the United Nations, Ana Rusk, spoke."),
            ["Ana Rusk -ambassador-> Kenya", "Ana Rusk -ambassador-> United Nations"])
    }
}

extension ThirtySeventhRecallPassTests {
    func testWhoeverIsUnderAStatesSanctionsIsSanctionedByIt() throws {
        XCTAssertEqual(try all("Iran remains under U.N. sanctions."), ["United Nations -sanction-> Iran"])
        XCTAssertEqual(
            try all("The contract went to a firm owned by Tomas Varlek, who is under U.S. sanctions as an associate of the president."),
            ["United States -sanction-> Tomas Varlek"])
        // not under them, or under no one's named
        XCTAssertEqual(try all("Iran is not under U.S. sanctions."), [])
        XCTAssertEqual(try all("Iran is under sanctions, Tomas Varlek said."), [])
    }
}

extension ThirtySeventhRecallPassTests {
    func testAJourneyBackOrHomeStillEndsAtItsDestination() throws {
        XCTAssertEqual(try all("Tomas Varlek flew back to Taipei on Saturday night."), ["Tomas Varlek -fly-> Taipei"])
    }

    func testAStatesForcesFlownSomewhereAreItsForcePosture() throws {
        XCTAssertEqual(try all("Senegalese paratroopers flew into Bissau on Wednesday."), ["Senegal -fly-> Bissau"])
        // forces flown home name no place
        XCTAssertEqual(try all("Senegalese troops flew home from Bissau on Friday."), [])
    }
}

extension ThirtySeventhRecallPassTests {
    func testAHostInAPassiveRelativeClauseActsOnTheSidesOfTheNounItHangsOn() throws {
        XCTAssertEqual(
            try all("The deal followed talks between Armenia and Azerbaijan which were hosted by Russia."),
            ["Armenia -talk-> Azerbaijan", "Azerbaijan -talk-> Armenia", "Russia -host-> Armenia", "Russia -host-> Azerbaijan"])
    }
}

extension ThirtySeventhRecallPassTests {
    func testYugoslavBeforeATitleIsTheFederation() throws {
        XCTAssertEqual(try roles("Yugoslav President Tomas Varlek received the envoy."), ["Tomas Varlek -president-> Serbia and Montenegro"])
        // the adjective elsewhere names no actor
        XCTAssertFalse(try entities("The former Yugoslav republic of Macedonia voted.").contains("Serbia and Montenegro country"))
    }
}

extension ThirtySeventhRecallPassTests {
    func testABareTitledHolderTheLexiconKnowsByAShortNameIsPlacedInHisCountry() throws {
        // the lexicon writes "Carlos Saul Menem"; the sentence names Spain, the story Argentina too
        XCTAssertTrue(
            try all(
                "MADRID (Reuters) - Argentina and Britain restored relations. In Madrid, President Carlos Menem thanked Spain for its help."
            ).contains("Carlos Menem -president-> Argentina"))
    }
}

extension ThirtySeventhRecallPassTests {
    func testANameANounForAKindOfPersonDescribesInAppositionIsAPersons() throws {
        XCTAssertEqual(
            try entities("Kais Varlek, a retired law professor with no party behind him, was declared the winner."), ["Kais Varlek person"])
        // a noun for a place or a body in apposition says nothing of the kind
        XCTAssertFalse(try entities("Port Vila, a small town, flooded.").contains("Port Vila person"))
    }
}

extension ThirtySeventhRecallPassTests {
    func testARankedTitleAfterItsIsHeldInTheBodyItStandsFor() throws {
        XCTAssertTrue(
            try roles("Police stormed the offices of the opposition Musavat party and arrested its deputy leader, Tomas Varlek.")
                .contains("Tomas Varlek -leader-> Musavat"))
        // "its" standing for a state: the title is the state's
        XCTAssertTrue(
            try roles("Kenya sent troops to the border and its acting president, Tomas Varlek, flew to Mombasa.")
                .contains("Tomas Varlek -president-> Kenya"))
    }
}
