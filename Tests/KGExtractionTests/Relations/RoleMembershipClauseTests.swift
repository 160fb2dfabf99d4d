import KGExtraction
import KGModel
import XCTest

/// Memberships a relative clause or a body's "members" noun states (`RoleExtractor.membership`), a title's
/// holder named after a description in apposition, an unnamed office held in its possessor country, and a
/// place called a demonym's territory (`RoleExtractor+Territories`), an "as TITLE of the ADJ BODY" (`asTitle`):
/// the exact facts of each text.
final class RoleMembershipClauseTests: ExtractionTestCase {
    func testAListBeforeThatAreMembersOfIsEachAMember() throws {
        XCTAssertEqual(
            try all(
                "Kyrgyzstan and Tajikistan, former Soviet republics that are members of the Moscow-led Collective Security Treaty Organisation, held talks."
            ),
            [
                "Kyrgyzstan -member-> Collective Security Treaty Organisation", "Tajikistan -member-> Collective Security Treaty Organisation",
                "Russia -leader-> Collective Security Treaty Organisation",
                // the two held the talks with each other
                "Kyrgyzstan -talk-> Tajikistan", "Tajikistan -talk-> Kyrgyzstan",
            ])
        XCTAssertEqual(
            try all("Kyrgyzstan and Tajikistan, which are members of the Collective Security Treaty Organisation, held talks."),
            [
                "Kyrgyzstan -member-> Collective Security Treaty Organisation", "Tajikistan -member-> Collective Security Treaty Organisation",
                "Kyrgyzstan -talk-> Tajikistan", "Tajikistan -talk-> Kyrgyzstan",
            ])
    }

    func testMembersOfAClauseWithNoListBeforeItsCommaAreNoneOfTheStatesBefore() throws {
        XCTAssertEqual(
            try all("Kyrgyzstan hosted Tajik officials that are members of the Collective Security Treaty Organisation."), ["Kyrgyzstan -host-> Tajikistan"])
    }

    func testABodysMembersIncludingStatesHaveEachAsMember() throws {
        XCTAssertEqual(
            try all("Obama hosted the leaders of European NATO members, including Poland and Romania."),
            // the members hosted are the states the plural includes
            ["Poland -member-> NATO", "Romania -member-> NATO", "Obama -host-> Poland", "Obama -host-> Romania"])
        XCTAssertEqual(
            try all("The leaders of NATO member states such as Poland and Romania arrived."), ["Poland -member-> NATO", "Romania -member-> NATO"])
    }

    func testABodysMembersBeforeAVerbListNoMember() throws {
        XCTAssertEqual(try all("NATO members met Poland in Brussels."), ["NATO -meet-> Poland"])
    }

    func testAPartysNameBetweenAAndMemberOf() throws {
        XCTAssertEqual(
            try all("Jim Allister, a Democratic Unionist Party member of the European Parliament, resigned."),
            ["Jim Allister -member-> European Parliament", "Jim Allister -member-> Democratic Unionist Party"])
    }

    func testABodysTitleHeldByANameAfterItsDescription() throws {
        XCTAssertEqual(
            try all("NATO's head, the Colombian former judge Ivan Velasquez, said so."),
            ["Ivan Velasquez -head-> NATO", "Ivan Velasquez -judge-> Colombia"])
        XCTAssertEqual(
            try all("NATO's commander, Australian Major General Peter Cosgrove, told reporters at the airport."),
            ["Peter Cosgrove -commander-> NATO", "Peter Cosgrove -major general-> Australia"])
    }

    func testABodysTitleIsNotHeldByANameAfterAList() throws {
        XCTAssertEqual(try all("NATO's head, the Colombian delegation and Ivan Velasquez, met on Monday."), [])
    }

    func testAnUnnamedOfficeOfACountryIsHeldInTheCountry() throws {
        XCTAssertEqual(
            try all("Bratislav Dikic, a former commander of Serbia's gendarmerie, was arrested."), ["Bratislav Dikic -commander-> Serbia"])
        XCTAssertEqual(
            try all("Kim Lee, deputy director of South Korea's National Security Office, said so."),
            ["Kim Lee -deputy director-> National Security Office"])
    }

    func testAPlaceCalledADemonymsTerritoryInAppositionStandsSoTowardTheCountry() throws {
        XCTAssertEqual(try all("Greenland, a Danish territory, lies to the west."), ["Greenland -territory-> Denmark"])
        XCTAssertEqual(
            try all("Transnistria, a separatist Moldovan region on the border with Ukraine, broke away in 1992."), ["Transnistria -region-> Moldova"])
    }

    func testAPlaceNearADemonymsTerritoryIsNotOne() throws {
        XCTAssertEqual(try all("Greenland lies near a Danish territory."), [])
    }

    func testAnAgeAndFormerMayStandBetweenTheArticleAndTheTitleOfAnApposition() throws {
        XCTAssertEqual(
            try roles("Andry Rajoelina, the 34-year-old former mayor of Antananarivo, is to be sworn in on Saturday."),
            ["Andry Rajoelina -mayor-> Antananarivo"])
        XCTAssertEqual(try roles("Andry Rajoelina met the 34-year-old former mayor of Antananarivo on Saturday."), [])
    }

    func testAnAdjectiveMayStandBeforeTheBodyOfAnAsTitle() throws {
        XCTAssertEqual(
            try all("Kassym Tokayev removed his predecessor Nursultan Nazarbayev as head of the powerful Supreme Defence Council."),
            [
                "Nursultan Nazarbayev -head-> Supreme Defence Council", "Nursultan Nazarbayev -predecessor-> Kassym Tokayev",
                "Kassym Tokayev -remove-> Nursultan Nazarbayev",
            ])
        XCTAssertEqual(
            try all("Kassym Tokayev removed Nursultan Nazarbayev as head of the ruling party in Kenya."), ["Kassym Tokayev -remove-> Nursultan Nazarbayev"])
    }

    func testAnUnfamiliarNameAfterAnArticleBeforeAClassNounIsABody() throws {
        let doc = try extract("The G5 Sahel force, whose other members are Mali and Niger, was formed in 2014.")
        XCTAssertEqual(entity(doc, "G5 Sahel")?.type, .organization)
        XCTAssertEqual(facts(doc), ["Mali -member-> G5 Sahel", "Niger -member-> G5 Sahel"])
        XCTAssertEqual(try extract("Zorba Mumbo forced the vote.").entities.map(\.type), [.person])
    }
}
