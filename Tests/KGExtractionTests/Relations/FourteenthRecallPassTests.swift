import KGExtraction
import XCTest

/// Constructions of the fourteenth recall pass (issue 7): acts named by nouns and acts on the sides
/// a host or go-between brings together; each sentence's exact set of facts with the whole extractor,
/// on invented sentences.
final class FourteenthRecallPassTests: ExtractionTestCase {
    func testAHostActsOnTheSidesOfTheTalksItHosts() throws {
        // the host hosts each side (it does not talk to them); the sides talk to each other
        XCTAssertEqual(
            try all("Kenya hosted talks between Ethiopia and Eritrea in Nairobi."),
            ["Kenya -host-> Ethiopia", "Kenya -host-> Eritrea", "Ethiopia -talk-> Eritrea", "Eritrea -talk-> Ethiopia"])
        // a count or a stretch of time before the talks
        XCTAssertEqual(
            try all("Norway hosted four rounds of talks between Colombia and Venezuela."),
            ["Norway -host-> Colombia", "Norway -host-> Venezuela", "Colombia -talk-> Venezuela", "Venezuela -talk-> Colombia"])
        // talks held with a side, not hosted, are the holder's
        XCTAssertEqual(try all("Kenya held talks with Ethiopia in Nairobi."), ["Kenya -talk-> Ethiopia"])
    }

    func testAHostsParticipleOnTheActOfAReciprocalClauseActsOnItsSubjects() throws {
        XCTAssertEqual(
            try all("Kenya and Uganda agreed to a ceasefire after talks mediated by Tanzania."),
            ["Kenya -agree-> Uganda", "Uganda -agree-> Kenya", "Tanzania -mediate-> Kenya", "Tanzania -mediate-> Uganda"])
        XCTAssertEqual(
            try all("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi last week, at talks hosted by Tanzania."),
            [
                "William Ruto -president-> Kenya", "Yoweri Museveni -president-> Uganda", "William Ruto -meet-> Yoweri Museveni",
                "Yoweri Museveni -meet-> William Ruto", "Tanzania -host-> William Ruto", "Tanzania -host-> Yoweri Museveni",
            ])
        // one subject, or a clause of no reciprocal act, names no sides
        XCTAssertEqual(try all("Turkish troops arrived at a base hosted by Qatar."), [])
    }

    func testAPossessiveOfAnUndergoneActIsThePersonNamedBeforeTheSubject() throws {
        XCTAssertEqual(
            try all("Kenya arrested John Kamau on Monday. Uganda demanded his release."), ["Kenya -arrest-> John Kamau", "Uganda -demand-> John Kamau"])
        XCTAssertEqual(
            try all(
                "U.S. President Barack Obama urged Beijing to free Liu Xiaobo, and German Chancellor Angela Merkel and French Foreign "
                    + "Minister Bernard Kouchner called for his release."),
            [
                "Barack Obama -president-> United States", "Angela Merkel -chancellor-> Germany", "Bernard Kouchner -foreign minister-> France",
                "Barack Obama -urge-> Liu Xiaobo", "Angela Merkel -call-> Liu Xiaobo", "Bernard Kouchner -call-> Liu Xiaobo",
            ])
        // a possessive opening the document has no word before it to read (this trapped once)
        XCTAssertEqual(try all("His release was demanded by Kenya on Monday."), [])
        // a possessive of an act its possessor does is no one's but the subject's
        XCTAssertEqual(try all("Kenya arrested John Kamau on Monday. Uganda announced his plan."), ["Kenya -arrest-> John Kamau"])
    }

    func testTheSidesOfAMediationHungOnTheMediatorAreItsTargets() throws {
        XCTAssertEqual(
            try all("Ghana freed the prisoners following mediation by Nigeria between Ghana and Togo."),
            ["Nigeria -mediate-> Ghana", "Nigeria -mediate-> Togo"])
    }

    func testTalksAreConsultationsAndAnEmbargoReducesRelations() throws {
        // CAMEO's codebook: negotiation is consultation (04), an embargo is a sanction (163)
        let talks = try extract("Kenya held talks with Ethiopia in Nairobi.")
        XCTAssertEqual(talks.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["talk/04"])
        let embargo = try extract("France imposed a trade embargo on Syria on Monday.")
        XCTAssertEqual(facts(embargo), ["France -embargo-> Syria"])
        XCTAssertEqual(embargo.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["embargo/16"])
    }

    func testThemAfterAListOfObjectsStandsForTheList() throws {
        XCTAssertEqual(
            try all("Kenyan President Daniel Moi met Paul Kagame and Yoweri Museveni on Monday and praised them."),
            [
                "Daniel Moi -president-> Kenya", "Daniel Moi -meet-> Paul Kagame", "Daniel Moi -meet-> Yoweri Museveni",
                "Daniel Moi -praise-> Paul Kagame", "Daniel Moi -praise-> Yoweri Museveni",
            ])
        // one name before "them" is no list: "them" is left to the pronoun rules
        XCTAssertEqual(
            try all("Kenyan President Daniel Moi met Paul Kagame on Monday and praised them."),
            ["Daniel Moi -president-> Kenya", "Daniel Moi -meet-> Paul Kagame"])
    }

    func testTroopsThatLandOrInterveneSomewhereActOnThePlace() throws {
        XCTAssertEqual(
            try all("Australian and New Zealand troops landed in Tonga on Friday."), ["Australia -land-> Tonga", "New Zealand -land-> Tonga"])
        let landing = try extract("Australian troops landed in Tonga on Friday.")
        XCTAssertEqual(landing.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["land/15"])
        XCTAssertEqual(try all("France intervened in Mali in 2013."), ["France -intervene-> Mali"])
    }

    func testAMeetingInATimePhraseIsTheClauseDoers() throws {
        XCTAssertEqual(
            try all("Turkish President Tayyip Erdogan spoke to reporters after talks with Vladimir Putin in Sochi."),
            ["Tayyip Erdogan -president-> Turkey", "Tayyip Erdogan -talk-> Vladimir Putin"])
        // "following" read as a verb taking the call, and the phrase hung on the subject's name
        XCTAssertEqual(try all("Donald Trump ordered the troops home following a phone call with Tayyip Erdogan."), ["Donald Trump -call-> Tayyip Erdogan"])
        XCTAssertEqual(try all("Donald Trump, following a phone call with Tayyip Erdogan, ordered the troops home."), ["Donald Trump -call-> Tayyip Erdogan"])
        // a call with a side is a consultation, not an appeal
        let call = try extract("Donald Trump ordered the troops home following a phone call with Tayyip Erdogan.")
        XCTAssertEqual(call.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["call/04"])
    }

    func testAnInvitationsToPhraseIsWhereToBesideWhomItInvites() throws {
        XCTAssertEqual(
            try all("Kenyan President Daniel Moi telephoned Paul Kagame and Yoweri Museveni on Monday and invited them to Nairobi."),
            [
                "Daniel Moi -president-> Kenya", "Daniel Moi -telephone-> Paul Kagame", "Daniel Moi -telephone-> Yoweri Museveni",
                "Daniel Moi -invite-> Paul Kagame", "Daniel Moi -invite-> Yoweri Museveni",
            ])
        XCTAssertEqual(try all("Kenya invited Uganda to Nairobi."), ["Kenya -invite-> Uganda"])
    }
}
