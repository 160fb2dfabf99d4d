import XCTest

@testable import KGExtraction

/// The thirty-eighth pass on unseen news: leadership stated by a participle after a body whose name
/// ends in its class noun ("the Democratic Progressive Party, now led by X"), and a title joined by
/// "and" to the first of an apposition ("X, the parliament speaker and leader of Y").
final class ThirtyEighthRecallPassTests: ExtractionTestCase {
    func testABodyNamedWithItsClassNounIsLedByThePersonAfterTheParticiple() throws {
        XCTAssertEqual(
            try all("The Progressive Alliance Party, led by Tomas Varlek, said it would win."),
            ["Tomas Varlek -leader-> Progressive Alliance Party"])
        // an adverb of time may open the participle's phrase
        XCTAssertEqual(
            try all("The Progressive Alliance Party, now led by Tomas Varlek, said it would win."),
            ["Tomas Varlek -leader-> Progressive Alliance Party"])
        // a lower-case class noun after the body's name is still passed over
        XCTAssertEqual(
            try all("The conservative New Democracy party, led by Tomas Varlek, said it would win."),
            ["Tomas Varlek -leader-> New Democracy"])
        // no comma and no relative clause: the participle names no leadership of the body
        XCTAssertEqual(try all("The Progressive Alliance Party now led by Tomas Varlek said it would win."), [])
    }

    func testATitleJoinedByAndToTheAppositionsFirstIsTheSamePersons() throws {
        XCTAssertEqual(
            try all("Tomas Varlek, the parliament speaker and leader of the Progressive Alliance Party, said his party would vote."),
            ["Tomas Varlek -leader-> Progressive Alliance Party"])
        XCTAssertEqual(
            try all("Tomas Varlek, speaker and leader of the Progressive Alliance Party, said his party would vote."),
            ["Tomas Varlek -leader-> Progressive Alliance Party"])
        // a second person's apposition after "and" is that person's
        XCTAssertEqual(
            try all("Tomas Varlek, the speaker, and Ana Rusk, leader of the Progressive Alliance Party, spoke."),
            ["Ana Rusk -leader-> Progressive Alliance Party"])
    }
}

extension ThirtyEighthRecallPassTests {
    func testAnObjectRelativeClauseWithAnObjectClauseKeepsItsVerbAndTheMainOne() throws {
        // "accuses" had been read as a plural noun after "whom Namibia", and "flew" lost its subject
        XCTAssertEqual(
            try all("Tomas Varlek, whom Namibia accuses of leading an armed uprising in August, later flew to Denmark."),
            ["Namibia -accuse-> Tomas Varlek", "Tomas Varlek -fly-> Denmark"])
        XCTAssertEqual(
            try all("Tomas Varlek, whom Namibia accused of conspiring with the army, left for Denmark."),
            ["Namibia -accuse-> Tomas Varlek", "Tomas Varlek -leave-> Denmark"])
    }
}

extension ThirtyEighthRecallPassTests {
    func testEachStateListedBeforeAreMembersIsTheBodysMember() throws {
        XCTAssertEqual(
            try all("The Caribbean Community (CARICOM), of which Haiti and Jamaica are members, sent observers."),
            ["Haiti -member-> Caribbean Community", "Jamaica -member-> Caribbean Community"])
        // "are both members": the same
        XCTAssertEqual(
            try all("The Caribbean Community, of which Haiti and Jamaica are both members, sent observers."),
            ["Haiti -member-> Caribbean Community", "Jamaica -member-> Caribbean Community"])
        // a list that does not reach the verb names no members
        XCTAssertEqual(try all("The plan, of which Haiti and Jamaica were critics, failed."), [])
    }
}

extension ThirtyEighthRecallPassTests {
    func testADemonymModifyingAGoBetweensActIsItsState() throws {
        XCTAssertEqual(
            try all("The standoff ended after Norwegian mediation between Sri Lanka and India."),
            ["Norway -mediate-> Sri Lanka", "Norway -mediate-> India"])
        // a demonym that is a language, or a modifier of someone else, mediates nothing
        XCTAssertEqual(
            try all("Talks between Sri Lanka and India were held in Norwegian."), ["Sri Lanka -talk-> India", "India -talk-> Sri Lanka"])
        XCTAssertEqual(
            try all("The Norwegian envoy praised the talks between Sri Lanka and India."), ["Sri Lanka -talk-> India", "India -talk-> Sri Lanka"])
    }
}

extension ThirtyEighthRecallPassTests {
    func testStatesListedAsBothFoundingMembersOfABodyAreItsMembers() throws {
        // "founding" had been read as the verb "found", the states its founders
        XCTAssertEqual(
            try all("Kofod said Denmark and Canada, both founding members of NATO, had shown how disputes should be settled."),
            ["Denmark -member-> NATO", "Canada -member-> NATO"])
        // founding a body is still founding it
        XCTAssertEqual(try all("Tomas Varlek, after founding Hamas in 1987, was jailed by Israel."), ["Tomas Varlek -founder-> Hamas", "Israel -jail-> Tomas Varlek"])
    }
}

extension ThirtyEighthRecallPassTests {
    func testADatelineCityOfFiveWordsStillNamesItsCountry() throws {
        XCTAssertEqual(
            try all("SAN CRISTOBAL DE LAS CASAS, Mexico, January 13 (AP) - Rebels spoke on Wednesday in Chiapas. Interior Minister Tomas Varlek resigned on Monday."),
            ["Tomas Varlek -interior minister-> Mexico"])
        // a run of capitals longer than any city's is no dateline city
        XCTAssertEqual(
            try all("SAN CRISTOBAL DE LAS CASAS DEL NORTE ESTE, Mexico, January 13 (AP) - Rebels spoke on Wednesday in Chiapas. Interior Minister Tomas Varlek resigned on Monday."),
            [])
    }
}

extension ThirtyEighthRecallPassTests {
    func testANationalSecurityAdviserNamedBareHoldsTheOfficeInTheStorysCountry() throws {
        XCTAssertEqual(
            try all("WASHINGTON, May 8 (Reuters) - The United States warned Iran on Monday. National Security Adviser Tomas Varlek spoke to reporters."),
            ["United States -warn-> Iran", "Tomas Varlek -national security adviser-> United States"])
    }

    func testTheAgencyOfTheDatelineIsNoBodyOfAnOffice() throws {
        // (a chief justice named bare holds a national office: the country, not the agency)
        XCTAssertEqual(
            try all("NAIROBI, May 8 (Reuters) - Chief Justice Tomas Varlek said Kenya would respect the vote."), ["Tomas Varlek -chief justice-> Kenya"])
        // a body the sentence names after the dateline still is
        XCTAssertEqual(
            try all("NAIROBI, May 8 (Reuters) - The Supreme Court said Chief Justice Tomas Varlek would retire."),
            ["Tomas Varlek -chief justice-> Supreme Court"])
    }
}

extension ThirtyEighthRecallPassTests {
    func testARelativeClauseAfterAnObjectIsThatObjectsAndNotTheMainActs() throws {
        // the parser had hung "backed" on "called", and the window read past ", whom" to the clause's subject
        XCTAssertEqual(
            try all("Tomas Varlek called on the Contras, whom the United States has backed since 1981, to disband."),
            ["Tomas Varlek -call-> Contras", "United States -back-> Contras"])
        // the noun before the comma names no one: neither act has a target, and the United States is not called on
        XCTAssertEqual(try all("Tomas Varlek called on the rebels, whom the United States has backed since 1981, to disband."), [])
    }
}

extension ThirtyEighthRecallPassTests {
    func testASurnameWithALowerCaseParticleIsAConjunctLikeAnyName() throws {
        XCTAssertEqual(
            try all("President Jose Eduardo dos Santos spoke on Monday. Jonas Savimbi refused. Pik Botha urged Savimbi and dos Santos to talk."),
            ["Pik Botha -urge-> Jonas Savimbi", "Pik Botha -urge-> Jose Eduardo dos Santos"])
    }
}
