import KGExtraction
import XCTest

/// Memberships: a person's party named with a possessive (its leader) or "of" (a member; `RoleExtractor+Parties`); a body joined
/// is an act, not a membership (`RoleExtractor.droppingJoiningToCome`): the exact role facts of each text.
final class RolePartyMembershipTests: ExtractionTestCase {
    func testAPersonsNamedPartyHasThePersonAsLeader() throws {
        XCTAssertEqual(
            try roles("Tomas Herrera's Movement for Democracy called the vote illegal."), ["Tomas Herrera -leader-> Movement for Democracy"])
    }

    func testAPersonsPartyInAppositionHasThePersonAsLeader() throws {
        XCTAssertEqual(
            try roles("Tomas Herrera's party, the Liberal Democratic Union, said it would take part in the election."),
            ["Tomas Herrera -leader-> Liberal Democratic Union"])
    }

    func testWhosePartyHasThePersonAsLeader() throws {
        XCTAssertEqual(
            try roles("Tomas Herrera, whose Progressive Democratic Party dominates the assembly, called for calm."),
            ["Tomas Herrera -leader-> Progressive Democratic Party"])
    }

    func testAPersonOfANamedPartyIsItsMember() throws {
        XCTAssertEqual(
            try all("Carla Mendes of the Social Democratic Party said she would vote against the budget."),
            ["Carla Mendes -member-> Social Democratic Party"])
        XCTAssertEqual(try all("Carla Mendes of the Finance Ministry said the budget was balanced."), [])
    }

    func testATitledPersonOfAPartyHoldsTheTitleAlone() throws {
        XCTAssertEqual(
            try roles("Senator Carla Mendes of the Social Democratic Party said she would vote against the budget."),
            ["Carla Mendes -senator-> Social Democratic Party"])
    }

    func testAPersonsBodyOfAnotherKindIsNoMembership() throws {
        XCTAssertEqual(try roles("Tomas Herrera's Foreign Ministry issued a statement."), [])
    }

    // MARK: joining a body

    func testJoiningDoneIsAnActAndJoiningToComeIsNone() throws {
        XCTAssertEqual(try roles("Malta joined the European Union in 2004."), [])
        XCTAssertEqual(try all("Malta joined the European Union in 2004."), ["Malta -join-> European Union"])
        XCTAssertEqual(try roles("Hungary lifted its objections to Norway joining the European Union on Tuesday."), [])
        XCTAssertEqual(try roles("Austria will lift its veto on Norway's bid to join the European Union."), [])
    }

    func testABodyFollowedByPartyIsANamedParty() throws {
        XCTAssertEqual(try all("Pedro Soto of the LIBRE party leads the polls."), ["Pedro Soto -member-> LIBRE"])
        XCTAssertEqual(try all("President Luis Vega's Nueva Patria party won the vote."), ["Luis Vega -leader-> Nueva Patria"])
    }

    func testTheMembersAWhoseClauseListsBelongToTheBodyItHangsOn() throws {
        XCTAssertEqual(
            try roles("Chad's army is the backbone of the Multinational Joint Task Force, whose other members are Nigeria, Niger and Cameroon."),
            [
                "Nigeria -member-> Multinational Joint Task Force", "Niger -member-> Multinational Joint Task Force",
                "Cameroon -member-> Multinational Joint Task Force",
            ])
    }
}
