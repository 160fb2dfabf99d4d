import XCTest

@testable import KGExtraction

/// The thirty-fourth pass on unseen news: a party a person's possessive opens past a lower-case
/// word or two ("Haider's far-right Freedom Party", "Orban's ruling Fidesz party") is the party the
/// person leads, as after "whose"; past such words only a body named as a party is.
final class ThirtyFourthRecallPassTests: ExtractionTestCase {
    func testAPartyAPossessiveOpensPastAnAdjectiveIsThePersonsToLead() throws {
        XCTAssertEqual(
            try all("Joerg Haider's far-right Freedom Party joined the coalition on Friday."),
            ["Joerg Haider -leader-> Freedom Party"])
        XCTAssertEqual(
            try all("Ilir Meta's ruling Socialist Movement for Integration backed the plan."),
            ["Ilir Meta -leader-> Socialist Movement for Integration"])
        // past an adjective, a body not named as a party is no one's to lead
        XCTAssertEqual(
            try all("Joerg Haider's former employer Siemens denied the report."),
            [])
    }
}

extension ThirtyFourthRecallPassTests {
    func testABodyMadeUpOfOrGroupingNamesHasThemAsMembers() throws {
        XCTAssertEqual(
            try all(
                "The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army (MNDAA) and the Arakan Army, launched an offensive."
            ),
            [
                "Myanmar National Democratic Alliance Army -member-> Three Brotherhood Alliance", "Arakan Army -member-> Three Brotherhood Alliance",
            ])
        XCTAssertEqual(
            try all("The Shanghai Cooperation Organisation (SCO), which groups Russia, China and Uzbekistan, met in Astana."),
            [
                "Russia -member-> Shanghai Cooperation Organisation", "China -member-> Shanghai Cooperation Organisation",
                "Uzbekistan -member-> Shanghai Cooperation Organisation",
            ])
        // a description in apposition stands between the body and "that includes"
        XCTAssertEqual(
            try all("France would not back the trade deal with Mercosur, the South American bloc that includes Brazil."),
            ["Brazil -member-> Mercosur"])
    }

    func testNamesThatMakeUpABodyOrAreBothItsMembersAreMembers() throws {
        XCTAssertEqual(
            try all("Angola, Tanzania and Namibia, which make up the SADC's security organ, issued a statement on Friday."),
            [
                "Angola -member-> Southern African Development Community", "Tanzania -member-> Southern African Development Community",
                "Namibia -member-> Southern African Development Community",
            ])
        XCTAssertEqual(
            try all("The envoy met Turkey and the Netherlands, both NATO members, on Friday."),
            ["Turkey -member-> NATO", "The Netherlands -member-> NATO"])
        // one name before "which make up" may be another verb's object: no list, no membership
        XCTAssertEqual(
            try all("The envoy thanked Angola, which made up the difference."),
            [])
    }
}

extension ThirtyFourthRecallPassTests {
    func testWhoseCountryAfterATitleSetOffBeforeTheNameIsTheTitlesState() throws {
        XCTAssertEqual(
            try all("The reopening was announced by Kuwait's foreign minister, Sheikh Ahmad Nasser al-Sabah, whose country has mediated between Doha and Riyadh."),
            [
                "Ahmad Nasser al-Sabah -foreign minister-> Kuwait", "Kuwait -mediate-> Qatar", "Kuwait -mediate-> Saudi Arabia",
            ])
        // a name set off after something that is no title: "whose country" is not read as the demonym's state
        let untitled = try all(
            "The reopening was announced by a Kuwaiti businessman, Ahmad Nasser al-Sabah, whose country has mediated between Doha and Riyadh.")
        XCTAssertFalse(untitled.contains { $0.hasPrefix("Kuwait -mediate->") }, "\(untitled)")
    }
}

extension ThirtyFourthRecallPassTests {
    func testAStatesAmbassadorsStandForItAsItsAmbassadorDoes() throws {
        XCTAssertEqual(
            try all("Egypt, Greece and Spain summoned Israel's ambassadors on Monday."),
            ["Egypt -summon-> Israel", "Greece -summon-> Israel", "Spain -summon-> Israel"])
        // ambassadors of no named state stand for no one
        XCTAssertEqual(try all("Egypt summoned the ambassadors on Monday."), [])
    }
}

extension ThirtyFourthRecallPassTests {
    func testABodyOfWhichANameIsAMemberHasItAsAMember() throws {
        XCTAssertEqual(
            try all("The Caribbean Community (CARICOM), of which Haiti is a member, met in Georgetown."),
            ["Haiti -member-> Caribbean Community"])
        // "of which" after no body: no membership
        XCTAssertEqual(try all("The plan, of which Haiti is a member, failed."), [])
    }
}

extension ThirtyFourthRecallPassTests {
    func testAPersonWhoFoundedABodyIsItsFounder() throws {
        let facts = try all("Ashdown accused the Serb Democratic Party (SDS), which was founded by Radovan Karadzic, of shielding suspects.")
        XCTAssertTrue(facts.contains("Radovan Karadzic -founder-> Serb Democratic Party"), "\(facts)")
        XCTAssertFalse(facts.contains { $0.contains("-found->") }, "\(facts)")
        // founding a state is no office in it
        XCTAssertFalse(try all("Kwame Nkrumah founded Ghana in 1957.").contains { $0.contains("founder") })
    }
}
