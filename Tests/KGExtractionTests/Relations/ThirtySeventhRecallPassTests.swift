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
