import XCTest

@testable import KGExtraction

/// The thirty-second pass on unseen news: a body's name joined by "of the" to a known body's name of
/// several words ends before "of" ("the Minsk Group of the Organization for Security and Co-operation
/// in Europe" is two bodies); a person named after a title's place ("the ambassador in Ankara, Gabby
/// Levy", "the charge d'affaires in Washington, Zuheir Jabbour") is the title's holder, whom an act on
/// the title reaches, wherever the parser hangs the place and the name; a state's own envoy called
/// home with his post named ("recalled its ambassador to Ethiopia, X") is no one the recall is aimed
/// at, the state he was posted to is, also for a threat to recall him; "spoke with" or "spoke to" a
/// consultation with whom it names (the title's holder in apposition, or a title's holder after a
/// name the parser hung on the verb with the preposition: "spoke with New Zealand Prime Minister X");
/// a denial of an earlier charge by "the Kremlin" (past the article), by a person set off after their
/// title ("Eritrea's information minister, X, rejected the accusation": whoever accused the state
/// they hold a post in) or in a relative clause after the accused ("Eritrea, which denies the
/// charge"), the sentence's own accusation counted, and by a state whose office holder was accused;
/// a people's word between an institution's head
/// and "for" and a capitalized word part of the institution's name ("Rally for Congolese Democracy");
/// the partner of an act counted out by its verb's object ("held two hours of talks with X") named
/// on that verb; private people named with a demonym ("Turkish tourists visited Greece") no state's
/// agents in the window rules; a hedged object ("criticised what he called Saudi adventurism") the
/// outer verb's own, the hedging "called" no act; a participle of comment after an ordered
/// infinitive (", accusing Kigali of ...") the orderer's; an act someone is asked to do not done
/// (unless a leader asks a ministry or an army of the state, which instructs it); an act opposed
/// ("opposes sending weapons to Ukraine") not done; "his son X Bolsonaro" the son of the Bolsonaro
/// the article named before, whoever the pronoun would reach.
final class ThirtySecondRecallPassTests: ExtractionTestCase {
    func testABodysNameEndsBeforeAKnownBodyOfSeveralWords() throws {
        XCTAssertEqual(
            try typedNames("The co-chairs of the Minsk Group of the Organization for Security and Co-operation in Europe said the vote was fair."),
            ["Minsk Group|organization", "OSCE|organization"])
        // a name the gazetteer does not know goes on through "of the" as before
        XCTAssertEqual(
            try typedNames("The Party of the Democratic Revolution said the vote was fair."),
            ["Party of the Democratic Revolution|organization"])
    }

    func testAPersonNamedAfterATitlesPlaceIsTheTitlesHolder() throws {
        XCTAssertEqual(
            try all("Turkey's Foreign Ministry summoned Israel's ambassador in Ankara, Gabby Levy, on Monday."),
            [
                "Gabby Levy -ambassador-> Israel", "Turkish Foreign Ministry -summon-> Gabby Levy",
                "Turkish Foreign Ministry -summon-> Israel",
            ])
        XCTAssertEqual(
            try all("The State Department gave the Syrian charge d'affaires in Washington, Zuheir Jabbour, 72 hours to leave."),
            [
                "Zuheir Jabbour -charge d'affaires-> Syria", "State Department -give-> Zuheir Jabbour",
                "State Department -give-> Syria",
            ])
        // no name after the place: the title's state alone
        XCTAssertEqual(
            try all("Turkey's Foreign Ministry summoned Israel's ambassador in Ankara on Monday."),
            ["Turkish Foreign Ministry -summon-> Israel"])
    }

    func testARecallOfAStatesOwnEnvoyIsAimedAtHisPost() throws {
        XCTAssertEqual(
            try all("Somalia recalled its ambassador to Ethiopia, Abdullahi Mohamed Warfa, for consultations."),
            [
                "Abdullahi Mohamed Warfa -ambassador-> Ethiopia", "Abdullahi Mohamed Warfa -ambassador-> Somalia",
                "Somalia -recall-> Ethiopia",
            ])
        XCTAssertEqual(
            try all("Cairo threatened to recall its ambassador to Israel, Yasser Reda."),
            ["Yasser Reda -ambassador-> Israel", "Yasser Reda -ambassador-> Egypt", "Egypt -threaten-> Israel"])
        // with no post named, the envoy recalled is the recall's end
        XCTAssertEqual(
            try all("Somalia recalled its ambassador, Abdullahi Mohamed Warfa, for consultations."),
            ["Abdullahi Mohamed Warfa -ambassador-> Somalia", "Somalia -recall-> Abdullahi Mohamed Warfa"])
    }

    func testSpeakingWithSomeoneConsultsThem() throws {
        XCTAssertEqual(
            try all("Pham Binh Minh spoke with China's top diplomat, Yang Jiechi, on Monday."),
            ["Yang Jiechi -diplomat-> China", "Pham Binh Minh -speak-> Yang Jiechi"])
        XCTAssertEqual(
            try all("King Tupou VI spoke with New Zealand Prime Minister Jacinda Ardern by telephone on Wednesday."),
            ["Jacinda Ardern -prime minister-> New Zealand", "Tupou VI -speak-> Jacinda Ardern"])
        XCTAssertEqual(try extract("Pham Binh Minh spoke to Yang Jiechi on Monday.").facts.map(\.cameo), [.root(.consult)])
        // no one spoken with: what is spoken about, or where, is no end
        XCTAssertEqual(try all("Pham Binh Minh spoke about China at a forum in Hanoi."), [])
    }

    func testAChargeIsDeniedByTheKremlinOrByAHoldersStateOrInARelativeClause() throws {
        XCTAssertEqual(
            try all("U.S. Defense Secretary Robert Gates accused Russia of bribing Kyrgyzstan. The Kremlin denied the charge."),
            ["Robert Gates -defense secretary-> United States", "Robert Gates -accuse-> Russia", "Russia -deny-> Robert Gates"])
        XCTAssertEqual(
            try all("Ethiopia accused Eritrea of arming the rebels. Eritrea's information minister, Yemane Gebremeskel, rejected the accusation as a false flag."),
            ["Ethiopia -accuse-> Eritrea", "Yemane Gebremeskel -information minister-> Eritrea", "Yemane Gebremeskel -reject-> Ethiopia"])
        XCTAssertEqual(
            try all("The United States accused Eritrea of arming al Shabaab in 2009 and imposed sanctions on Eritrea, which denies the charge."),
            ["United States -accuse-> Eritrea", "United States -impose-> Eritrea", "Eritrea -deny-> United States"])
        // a minister of a state no one accused answers no one
        XCTAssertEqual(
            try all("Ethiopia accused Eritrea of arming the rebels. Kenya's foreign minister, Jane Wambui, rejected the accusation."),
            ["Ethiopia -accuse-> Eritrea", "Jane Wambui -foreign minister-> Kenya"])
        // nor does a state no one accused, in a relative clause
        XCTAssertEqual(
            try all("The United States accused Iran of arming the rebels and sanctioned Eritrea, which denies the charge."),
            ["United States -accuse-> Iran", "United States -sanction-> Eritrea"])
    }

    func testAPeoplesWordAfterAnInstitutionsForIsPartOfItsName() throws {
        XCTAssertEqual(
            try typedNames("The Rally for Congolese Democracy (RCD) seized Goma."), ["Goma|location", "Rally for Congolese Democracy|organization"])
        XCTAssertEqual(
            try all("The Rwanda-backed Rally for Congolese Democracy seized Goma."),
            ["Rwanda -back-> Rally for Congolese Democracy", "Rally for Congolese Democracy -seize-> Goma"])
        // no institution's head before "for": no name
        XCTAssertEqual(try typedNames("The plan for Malian Democracy failed."), [])
    }

    func testAnActCountedOutByItsVerbsObjectTakesThePartnerOnTheVerb() throws {
        XCTAssertEqual(
            try all("Junichiro Koizumi flew into Pyongyang in the morning and held more than two hours of talks with Kim Jong Il at the guest house."),
            ["Junichiro Koizumi -fly-> Pyongyang", "Junichiro Koizumi -talk-> Kim Jong Il"])
        // a place on the verb is where, not whom, the talks were held
        XCTAssertEqual(try all("Junichiro Koizumi held two hours of talks in Pyongyang."), [])
    }

    func testPrivatePeopleOfACountryActForNoState() throws {
        XCTAssertEqual(try all("Turkish tourists visited Greece."), [])
        XCTAssertEqual(try all("Zambian students marched on the South African high commission in Lusaka."), [])
        // its troops do
        XCTAssertEqual(try all("Turkish troops entered Syria."), ["Turkey -enter-> Syria"])
    }

    func testAHedgedObjectIsTheOuterVerbsOwn() throws {
        XCTAssertEqual(
            try all("Sigmar Gabriel later criticised what he called Saudi adventurism, prompting Riyadh to recall its ambassador from Berlin."),
            ["Sigmar Gabriel -criticize-> Saudi Arabia", "Saudi Arabia -recall-> Germany"])
        // a naming with no "what" before it is an act of its own
        XCTAssertEqual(try all("Sigmar Gabriel called Saudi Arabia's policy adventurism."), ["Sigmar Gabriel -call-> Saudi Arabia"])
    }

    func testACommentAfterAnOrderedInfinitiveIsTheOrderers() throws {
        XCTAssertEqual(
            try all("Congo ordered Rwanda's ambassador, Vincent Karega, to leave the country within 48 hours, accusing Kigali of backing M23 rebels."),
            [
                "Vincent Karega -ambassador-> Rwanda", "Democratic Republic of the Congo -order-> Vincent Karega",
                "Democratic Republic of the Congo -order-> Rwanda", "Democratic Republic of the Congo -accuse-> Rwanda",
            ])
    }

    func testAnActAskedForIsNotDoneUnlessABodyOfTheStateIsInstructed() throws {
        XCTAssertEqual(
            try all("Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina."),
            ["Bangladesh -ask-> India", "Hasina -former prime minister-> Bangladesh"])
        XCTAssertEqual(
            try all("Russian President Vladimir Putin has asked the Defense Ministry to reach an agreement with Donetsk."),
            ["Vladimir Putin -president-> Russia", "Vladimir Putin -ask-> Russian Defense Ministry", "Russian Defense Ministry -agree-> Donetsk"])
    }

    func testAnOpposedActIsNotDone() throws {
        XCTAssertEqual(try all("Rumen Radev, who opposes sending weapons to Ukraine, met reporters."), [])
        XCTAssertEqual(try all("Bulgaria sent weapons to Ukraine."), ["Bulgaria -send-> Ukraine"])
    }

    func testARelativeSharingASurnameIsThatPersonsRelative() throws {
        let text = "Former President Jair Bolsonaro faces trial. President Donald Trump imposed tariffs. His son Eduardo Bolsonaro, a congressman, has lobbied Washington for months."
        XCTAssertTrue(try all(text).contains("Eduardo Bolsonaro -son-> Jair Bolsonaro"))
        XCTAssertFalse(try all(text).contains("Eduardo Bolsonaro -son-> Donald Trump"))
        // no one named with the surname before: the pronoun's person
        XCTAssertTrue(
            try all("Former President Jair Bolsonaro faces trial. President Donald Trump imposed tariffs. His son Eric Trump has lobbied Washington.")
                .contains("Eric Trump -son-> Donald Trump"))
    }

    func testAStateAnswersAChargeMadeAgainstItsOfficeHolder() throws {
        XCTAssertEqual(
            try all("Papua New Guinea Prime Minister Michael Somare accused Australian Foreign Minister Alexander Downer of lying. Australia denied the charge."),
            [
                "Michael Somare -prime minister-> Papua New Guinea", "Alexander Downer -foreign minister-> Australia",
                "Michael Somare -accuse-> Alexander Downer", "Australia -deny-> Michael Somare",
            ])
        // no post given in the state: no one answered
        XCTAssertEqual(
            try all("Papua New Guinea Prime Minister Michael Somare accused Alexander Downer of lying. Australia denied the charge."),
            ["Michael Somare -prime minister-> Papua New Guinea", "Michael Somare -accuse-> Alexander Downer"])
    }
}
