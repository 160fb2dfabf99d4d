import KGExtraction
import XCTest

/// The twenty-eighth pass on unseen news: a title after "its"/"their" with the place of its post
/// before the holder's name ("Somalia recalled its ambassador to Ethiopia, X") held in the state the
/// pronoun stands for as well as toward the place, and a post's place after "in" passed over to the
/// holder ("Syria's ambassador in Berlin, X"), a body's acronym between it and ", led by X", and
/// intelligence services known by name ("Mossad", "KGB") as bodies, and "State" opening an
/// institution's name ("the State Border Committee"), and coordinated doers of talks that name no
/// other side meeting each other ("Beijing and Washington will hold talks"), and the person named
/// after a title's place or brief the title's holder and the clause's doer ("The U.N. special envoy
/// for Sudan, Volker Perthes, met X"), and more of the same on the twenty-fifth and twenty-sixth
/// tuning sets: a post's brief after "its" ("its special envoy for the Balkans, X"), "its" after a
/// later name standing for the state that opens the sentence set off by a comma, a demonym in a
/// body's class before "led by" ("UNITA, the Angolan rebel movement led by X"), "which is led by" and
/// a state leading a body, and state news agencies known by name ("KCNA"), "foreign affairs
/// secretary" and "foreign undersecretary" national titles, and "of the" inside an institution's
/// name ("the Party of the Democratic Revolution"), and a body beside a country's possessive and an
/// institution's noun holding that standing in the country ("MI6, Britain's foreign intelligence
/// service"; "Pakistan's spy agency, the Inter-Services Intelligence"), which leaves the country to a
/// bare title in the same sentence, and peace operations and the ad hoc tribunals known by their
/// acronyms ("UNMIT", "AMISOM", "ICTY"), and acts on an envoy repeated on the envoy's state with a
/// deadline to leave coded as an expulsion (`EnvoyStates`), and a past verb after "until" a condition
/// still to be met when a future or conditional clause stands before it, and a vow of force a threat
/// ("vowed to defeat al Qaeda"), and the unit an acronym names after a body and its class noun as
/// the body an apposition's title heads ("X, the head of the U.N. mission (UNMIT)"), and a
/// go-between named in "under the mediation of X" mediating between the clause's sides, and
/// "Macedonia" the state's name before 2019, and the particles "dela", "della", "delle", "degli"
/// and "ter" inside a person's name, and one role per holder and body, the surest, and a Korean
/// given name's second syllable of five letters ("Kim Tae-young").
final class TwentyEighthRecallPassTests: ExtractionTestCase {
    func testAPossessivePronounsTitleWithItsPostsPlaceIsHeldInThePronounsState() throws {
        XCTAssertEqual(
            try all("Somalia recalled its ambassador to Ethiopia, Abdullahi Mohamed Warfa, for consultations."),
            [
                "Abdullahi Mohamed Warfa -ambassador-> Ethiopia", "Abdullahi Mohamed Warfa -ambassador-> Somalia",
                "Somalia -recall-> Ethiopia",
            ])
        // no name after the place's comma: no holder
        XCTAssertEqual(try all("Somalia recalled its ambassador to Ethiopia, officials said on Sunday."), ["Somalia -recall-> Ethiopia"])
    }

    func testAPostsPlaceAfterInStandsBetweenTheTitleAndItsHolder() throws {
        XCTAssertEqual(
            try all("The minister said Syria's ambassador in Berlin, Radwan Loutfi, had 72 hours to leave."), ["Radwan Loutfi -ambassador-> Syria"])
        XCTAssertEqual(
            try all("The State Department gave the Syrian charge d'affaires in Washington, Zuheir Jabbour, 72 hours to depart."),
            // (the holder named is given the hours too: ThirtySecondRecallPassTests)
            ["State Department -give-> Syria", "State Department -give-> Zuheir Jabbour", "Zuheir Jabbour -charge d'affaires-> Syria"])
        // with no state before the title, the place names no employer
        XCTAssertEqual(try all("The ambassador in Berlin, Radwan Loutfi, had 72 hours to leave."), [])
    }

    func testABodysAcronymMayStandBeforeLedBy() throws {
        XCTAssertEqual(
            try all("The opposition Syrian National Council (SNC), led by Burhan Ghalioun, met the envoy."),
            ["Burhan Ghalioun -leader-> Syrian National Council"])
        // a person's initials in brackets lead nothing
        XCTAssertEqual(try all("The envoy met Burhan Ghalioun (BG), led by a guide."), [])
    }

    func testIntelligenceServicesKnownByNameAreBodies() throws {
        XCTAssertEqual(
            try all("Mossad chief Danny Yatom flew to Amman. The KGB arrested Anton Suryapin."),
            ["Danny Yatom -chief-> Mossad", "Danny Yatom -fly-> Amman", "KGB -arrest-> Anton Suryapin"])
    }

    func testStateOpensAnInstitutionsName() throws {
        XCTAssertEqual(
            try all("Officials named the head of the State Border Committee, Igor Rachkovsky."),
            ["Igor Rachkovsky -head-> State Border Committee"])
        // "State" alone before a title names nothing
        let doc = try extract("State media said Secretary of State Mike Pompeo would visit.")
        XCTAssertEqual(doc.entities.map(\.name), ["Mike Pompeo"])
    }

    func testCoordinatedDoersOfTalksWithNoOtherSideMeetEachOther() throws {
        XCTAssertEqual(try all("China and Bhutan have held 24 rounds of boundary talks since 1984."), ["China -talk-> Bhutan", "Bhutan -talk-> China"])
        // talks with a third side are each doer's with it, not with each other
        XCTAssertEqual(try all("China and Bhutan held talks with Nepal."), ["China -talk-> Nepal", "Bhutan -talk-> Nepal"])
        // one doer alone meets no one
        XCTAssertEqual(try all("China held talks on Monday."), [])
        // the two invited to talks hold them with the inviter, not with each other
        XCTAssertFalse(try all("NATO invited Albania and Croatia to begin membership talks.").contains("Albania -talk-> Croatia"))
    }

    func testThePersonNamedAfterATitlesBriefActs() throws {
        XCTAssertEqual(
            try all("The U.N. special envoy for Sudan, Volker Perthes, met Abdalla Hamdok on Tuesday."),
            [
                "Volker Perthes -special envoy-> United Nations", "Volker Perthes -special envoy-> Sudan",
                "Volker Perthes -meet-> Abdalla Hamdok",
            ])
    }

    func testItsAfterALaterNameStandsForTheStateThatOpensTheSentence() throws {
        XCTAssertEqual(
            try all("Russia, which opposes the bombing of Yugoslavia, said its special envoy for the Balkans, Viktor Chernomyrdin, would go."),
            ["Viktor Chernomyrdin -special envoy-> Balkans", "Viktor Chernomyrdin -special envoy-> Russia"])
        // with no comma after the opening name, the state named last
        XCTAssertEqual(
            try all("Kigali expelled France's envoy and Rwanda recalled its ambassador to Paris, Emmanuel Ndagijimana."),
            [
                "Rwanda -expel-> France", "Rwanda -recall-> France", "Emmanuel Ndagijimana -ambassador-> France",
                "Emmanuel Ndagijimana -ambassador-> Rwanda",
            ])
    }

    func testLedByAfterADemonymClassOrARelativeClause() throws {
        XCTAssertEqual(
            try all("The government accused UNITA, the Angolan rebel movement led by Jonas Savimbi, of arming the rebels."),
            ["UNITA -movement-> Angola", "Jonas Savimbi -leader-> UNITA"])
        XCTAssertEqual(try all("China accused NATO, which is led by the United States, of a criminal act."), ["China -accuse-> NATO", "United States -leader-> NATO"])
        // a state leads no state
        XCTAssertEqual(try all("China accused Yemen, which is led by Saudi Arabia, of a criminal act."), ["China -accuse-> Yemen"])
    }

    func testStateNewsAgenciesKnownByNameAct() throws {
        XCTAssertEqual(try all("KCNA accused Seoul of firing first."), ["KCNA -accuse-> South Korea"])
    }

    func testForeignAffairsSecretaryIsANationalTitle() throws {
        XCTAssertEqual(
            try all("MANILA, July 14 (Reuters) - The Philippines will withdraw its peacekeepers from Iraq. Foreign Affairs Secretary Delia Albert told reporters that the pull-out had begun."),
            ["Philippines -withdraw-> Iraq", "Delia Albert -foreign affairs secretary-> Philippines"])
    }

    func testOfTheInsideAnInstitutionsName() throws {
        let doc = try extract("Silva had met leaders of the leftist Party of the Democratic Revolution (PRD). The Ministry of the Interior said so.")
        XCTAssertEqual(Set(doc.entities.map(\.name)), ["Silva", "Party of the Democratic Revolution", "Ministry of the Interior"])
        // a known name after "of the" stays a name of its own
        let known = try extract("The Security Council of the United Nations met.")
        XCTAssertEqual(Set(known.entities.map(\.name)), ["Security Council", "United Nations"])
    }

    func testABodyBesideACountrysPossessiveInstitutionHoldsItsStanding() throws {
        XCTAssertEqual(
            try all("In February, the Court of Cassation, Belgium's highest court, ruled against him."),
            ["Court of Cassation -highest court-> Belgium"])
        XCTAssertEqual(
            try all("Pakistan's spy agency, the Inter-Services Intelligence (ISI), backed both groups."),
            ["Inter-Services Intelligence -spy agency-> Pakistan"])
        // a person beside the possessive title is the title's holder, not the institution's
        XCTAssertEqual(try all("Kenya's foreign minister, Raychelle Omamo, spoke."), ["Raychelle Omamo -foreign minister-> Kenya"])
        // a body's standing leaves the country to the bare title of the same sentence
        XCTAssertEqual(
            try all("ARUSHA (Reuters) - Burundi's ruling party, the CNDD-FDD, sent Foreign Minister Alain Nyamitwe to the talks."),
            ["CNDD-FDD -ruling party-> Burundi", "Alain Nyamitwe -foreign minister-> Burundi", "CNDD-FDD -send-> Alain Nyamitwe"])
    }

    func testPeaceOperationsKnownByTheirAcronymsAreBodies() throws {
        XCTAssertEqual(
            try all("UNMIT deployed extra police patrols in Dili. AMISOM troops attacked al-Shabaab. The ICTY indicted Milan Martic."),
            [
                "UNMIT -deploy-> Dili", "AMISOM -attack-> Al-Shabaab",
                "International Criminal Tribunal for the former Yugoslavia -indict-> Milan Martic",
            ])
    }

    func testAnActOnAnEnvoyReachesTheEnvoysState() throws {
        XCTAssertEqual(
            try all("Somalia expelled Ethiopia's envoy, Muktar Mohamed Ware, on Monday."),
            ["Muktar Mohamed Ware -envoy-> Ethiopia", "Somalia -expel-> Muktar Mohamed Ware", "Somalia -expel-> Ethiopia"])
        // a gift to an envoy is no act on the state
        XCTAssertEqual(
            try all("Germany gave Ukraine's ambassador, Andriy Melnyk, a medal."), ["Andriy Melnyk -ambassador-> Ukraine", "Germany -give-> Andriy Melnyk"])
    }

    func testADeadlineToLeaveIsAnExpulsion() throws {
        let doc = try extract("William Hague gave Syria's charge d'affaires, Ghassan Dalla, seven days to leave.")
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        let gifts = doc.facts.filter { $0.action == "give" }
        XCTAssertEqual(Set(gifts.compactMap { names[$0.object] }), ["Ghassan Dalla", "Syria"])
        XCTAssertTrue(gifts.allSatisfy { $0.cameo == .root(.reduceRelations) })
        // a gift stays a gift
        let gift = try extract("Germany gave Ukraine 500 million euros in aid.")
        XCTAssertEqual(gift.facts.map(\.cameo), [.root(.engageInMaterialCooperation)])
    }

    func testAPastVerbAfterUntilIsPendingAfterAFutureClause() throws {
        XCTAssertEqual(try all("Haradinaj said the tariff would stay until Serbia recognised Kosovo."), [])
        // after a past clause, the "until" clause is a fact
        XCTAssertEqual(try all("The embargo stayed until Serbia recognised Kosovo."), ["Serbia -recognize-> Kosovo"])
    }

    func testAVowOfForceIsAThreat() throws {
        XCTAssertEqual(try TreeRuleFacts.of("Barack Obama vowed to defeat al Qaeda."), ["Barack Obama -vow-> al-Qaeda"])
        // a vow of support stays the support it promises
        XCTAssertEqual(try TreeRuleFacts.of("Germany vowed to support Ukraine."), ["Germany -support-> Ukraine"])
    }

    func testTheUnitAnAcronymNamesIsTheBodyTheTitleHeads() throws {
        XCTAssertEqual(
            try all("Robert Mood, the head of the U.N. observer mission (UNSMIS), visited Houla on Saturday."),
            ["Robert Mood -head-> UNSMIS", "UNSMIS -observer mission-> United Nations"])
        // with no acronym, the body named
        XCTAssertEqual(try all("Jean Arnault, the head of the U.N. mission, spoke."), ["Jean Arnault -head-> United Nations"])
    }

    func testTheGoBetweenOfAMediatedClauseMediatesBetweenItsSides() throws {
        XCTAssertEqual(
            try all("Ethiopia and Eritrea negotiated under the mediation of Algeria."),
            ["Ethiopia -negotiate-> Eritrea", "Eritrea -negotiate-> Ethiopia", "Algeria -mediate-> Ethiopia", "Algeria -mediate-> Eritrea"])
        let doc = try extract("Ethiopia and Eritrea negotiated under the mediation of Algeria.")
        XCTAssertTrue(doc.facts.filter { $0.action == "mediate" }.allSatisfy { $0.cameo == .root(.consult) })
        // a mediation that names no go-between mediates nothing
        XCTAssertEqual(try all("Ethiopia and Eritrea negotiated under a mediation plan."), ["Ethiopia -negotiate-> Eritrea", "Eritrea -negotiate-> Ethiopia"])
    }

    func testMacedoniaIsTheStatesNameBefore2019() throws {
        XCTAssertEqual(try all("Greece negotiated with Macedonia."), ["Greece -negotiate-> North Macedonia"])
    }

    func testMoreParticlesInsidePeoplesNames() throws {
        let doc = try extract("Filipino truck driver Angelo dela Cruz was freed, and Luca della Robbia spoke.")
        XCTAssertEqual(Set(doc.entities.filter { $0.type == .person }.map(\.name)), ["Angelo dela Cruz", "Luca della Robbia"])
    }

    func testOneRolePerHolderAndBody() throws {
        let doc = try extract("Ecuador's Noboa declares conflict\n\nQUITO (AFP) - Ecuadoran President Daniel Noboa declared a conflict on Tuesday.")
        let roles = doc.facts.filter { $0.kind == .role }
        XCTAssertEqual(roles.map(\.action), ["president"])
        // two bodies keep a role each
        XCTAssertEqual(
            try all("Kenyan President William Ruto, the chairman of the East African Community, spoke."),
            ["William Ruto -president-> Kenya", "William Ruto -chairman-> East African Community"])
    }

    func testAKoreanGivenNamesFiveLetterSyllableStaysInTheName() throws {
        let doc = try extract("Defence Minister Kim Tae-young spoke, and Lee Jae-myung replied.")
        XCTAssertEqual(Set(doc.entities.filter { $0.type == .person }.map(\.name)), ["Kim Tae-young", "Lee Jae-myung"])
        // an everyday word after a hyphen, with no surname before, stays out ("Post-young" is no name)
        XCTAssertFalse(try extract("The Post-young voters met.").entities.contains { $0.type == .person })
    }
}
