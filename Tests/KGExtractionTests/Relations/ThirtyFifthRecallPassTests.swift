import XCTest

@testable import KGExtraction

/// The thirty-fifth pass on unseen news: an unknown name of two words or more written before a
/// lower-case noun of leading a body and its leader's name is the body's ("Fianna Fail leader
/// Micheal Martin"); a single word there may be a people's and names nothing.
final class ThirtyFifthRecallPassTests: ExtractionTestCase {
    func testAnUnknownNameBeforeItsLeadersNounAndNameIsABody() throws {
        XCTAssertEqual(
            try all("In Athens, opposition Civic Renewal leader Tomas Varlek accused the government of lying."),
            ["Tomas Varlek -leader-> Civic Renewal"])
        XCTAssertEqual(
            try entities("The talks broke down, and Pelvan Dawn chairman Tomas Varlek walked out."),
            ["Pelvan Dawn organization", "Tomas Varlek person"])
        // a standing word capitalized at the sentence's start is not part of the name
        XCTAssertEqual(
            try entities("Opposition Civic Renewal leader Tomas Varlek walked out."),
            ["Civic Renewal organization", "Tomas Varlek person"])
    }

    func testASingleUnknownWordBeforeALeadersNounNamesNoBody() throws {
        // "Hutu leader", "Abkhaz leader": one word there is as often a people's (one shaped like a body's
        // own name is the body: FortyFirstRecallPassTests)
        XCTAssertEqual(
            try entities("Hutu leader Tomas Varlek walked out."),
            ["Tomas Varlek person"])
        // nor does a name before a leader's noun with no name after it
        XCTAssertFalse(try entities("The Civic Renewal leader walked out.").contains("Civic Renewal organization"))
    }
}

extension ThirtyFifthRecallPassTests {
    func testAnInfinitiveWhoseSubjectFollowsForIsNotTheAskedOnesAct() throws {
        // "for aircraft to reach": the aircraft reach, not the states asked for them
        XCTAssertEqual(try all("The government asked Australia and France for aircraft to reach the islands of Tanna and Erromango."), [])
        // with no "for" phrase the states asked are the infinitive's subjects, as before
        XCTAssertEqual(
            try all("The government asked Australia and France to reach the islands of Tanna and Erromango."),
            ["Australia -reach-> Tanna", "Australia -reach-> Erromango", "France -reach-> Tanna", "France -reach-> Erromango"])
    }

    func testATitleAfterUnderIsTheClausesOwnStates() throws {
        XCTAssertEqual(
            try all("Mauritania established full relations with Israel in 1999 under President Maaouiya Taya."),
            ["Mauritania -establish-> Israel", "Maaouiya Taya -president-> Mauritania"])
        XCTAssertEqual(
            try all("Israel established full relations with Mauritania in 1999 under Prime Minister Ehud Barak."),
            ["Israel -establish-> Mauritania", "Ehud Barak -prime minister-> Israel"])
    }
}

extension ThirtyFifthRecallPassTests {
    func testTakingASideToABodyIsAComplaintAndAnAppeal() throws {
        XCTAssertEqual(
            try all("Peru took Chile to the International Court of Justice."),
            ["Peru -take-> Chile", "Peru -take-> International Court of Justice"])
        // the dispute taken there is no act on the body
        XCTAssertEqual(
            try all("Foreign Minister Ana Ruiz said Peru would take the dispute to the International Court of Justice."),
            ["Peru -take-> International Court of Justice", "Ana Ruiz -foreign minister-> Peru"])
        XCTAssertEqual(try all("Chile brought the case to the United Nations Security Council."), ["Chile -bring-> United Nations Security Council"])
    }

    func testTakingSomethingToAPlaceOrNotTakingIsNoReferral() throws {
        XCTAssertEqual(try all("Peru took its troops to Lima."), [])
        XCTAssertEqual(try all("Peru said it would not take Chile to the International Court of Justice."), [])
    }
}

extension ThirtyFifthRecallPassTests {
    func testACeasefiresGoBetweenBrokersWithThoseWhoFought() throws {
        XCTAssertEqual(
            try all("The Polisario Front fought Moroccan forces until a U.N.-brokered ceasefire in 1991."),
            ["Polisario Front -fight-> Morocco", "United Nations -broker-> Polisario Front", "United Nations -broker-> Morocco"])
        XCTAssertEqual(
            try all("Israel, which fought a war with Hezbollah last year that ended in a ceasefire brokered by France, has continued strikes."),
            ["Israel -fight-> Hezbollah", "France -broker-> Israel", "France -broker-> Hezbollah"])
    }

    func testADealThatEndsNoFightingHasNoFightersForSides() throws {
        // a deal, not a ceasefire: its sides are those who sign or agree, and none is named
        XCTAssertEqual(
            try all("The Polisario Front fought Moroccan forces until a U.N.-brokered deal in 1991."),
            ["Polisario Front -fight-> Morocco"])
    }
}

extension ThirtyFifthRecallPassTests {
    func testAGoBetweenBeforeItsParticipleBrokersWithTheSidesNamedAfterBetween() throws {
        XCTAssertEqual(
            try all("A Russian-brokered ceasefire halted fighting between Azerbaijan and Armenia."),
            ["Russia -broker-> Azerbaijan", "Russia -broker-> Armenia"])
        XCTAssertEqual(try all("A Qatari-mediated truce between Israel and Hamas took effect."), ["Qatar -mediate-> Israel", "Qatar -mediate-> Hamas"])
        // a "between" far past the deal's noun names no sides of it
        XCTAssertEqual(try all("A Russian-brokered ceasefire took effect on the long and disputed border between Azerbaijan and Armenia."), [])
    }
}

extension ThirtyFifthRecallPassTests {
    func testWhatAStateFliesSomewhereSaysWhatItDoesThere() throws {
        XCTAssertEqual(try all("Egypt flew weapons to Somalia in August."), ["Egypt -fly-> Somalia"])
        XCTAssertEqual(try all("Russia flew 88 tonnes of food and face masks to Havana last weekend."), ["Russia -fly-> Havana"])
        XCTAssertEqual(
            try all("Israel freed Sheikh Ahmed Yassin and flew him to Amman."),
            ["Israel -free-> Ahmed Yassin", "Israel -fly-> Amman"])
        let posture = try extract("France flew hundreds of police reinforcements to Noumea.").facts.map(\.cameo.rawValue)
        XCTAssertEqual(posture, ["15"])
    }

    func testFlyingWithNoCargoOrNoDestinationDeliversNothing() throws {
        // a state flying nowhere named, or a cargo flown from a place, is no delivery
        XCTAssertEqual(try all("Egypt flew weapons out of Somalia in August."), [])
        XCTAssertEqual(try all("Egypt flew weapons in August."), [])
    }
}

extension ThirtyFifthRecallPassTests {
    func testThemOrBothAfterAnAppealStandsForTheListJustNamed() throws {
        XCTAssertEqual(
            try all("Angela Merkel telephoned Vladimir Putin and Viktor Yushchenko on Wednesday and urged both to accept European monitors."),
            [
                "Angela Merkel -telephone-> Vladimir Putin", "Angela Merkel -telephone-> Viktor Yushchenko", "Angela Merkel -urge-> Vladimir Putin",
                "Angela Merkel -urge-> Viktor Yushchenko",
            ])
        XCTAssertEqual(
            try all("Salva Kiir and Riek Machar met in Addis Ababa at talks hosted by Abiy Ahmed, who has urged them to end the conflict."),
            [
                "Salva Kiir -meet-> Riek Machar", "Riek Machar -meet-> Salva Kiir", "Abiy Ahmed -host-> Salva Kiir", "Abiy Ahmed -host-> Riek Machar",
                "Abiy Ahmed -urge-> Salva Kiir", "Abiy Ahmed -urge-> Riek Machar",
            ])
    }

    func testTheListThatAppealsIsNotTheOneAppealedTo() throws {
        XCTAssertEqual(try all("Kenya and Uganda urged them to leave."), [])
    }
}
