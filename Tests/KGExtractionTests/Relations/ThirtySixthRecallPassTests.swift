import XCTest

@testable import KGExtraction

/// The thirty-sixth pass on unseen news: a request, an offer or a call summed up after a comma and
/// refused ("..., a request X rejected") is refused toward whoever asked, not toward the one asked.
final class ThirtySixthRecallPassTests: ExtractionTestCase {
    func testARefusedRequestIsAimedAtTheAsker() throws {
        XCTAssertEqual(
            try all("Tomas Varlek asked Secretary-General Ana Rusk to replace the envoy, a request Rusk rejected."),
            ["Tomas Varlek -ask-> Ana Rusk", "Ana Rusk -reject-> Tomas Varlek"])
        XCTAssertEqual(
            try all("Tomas Varlek invited Ana Rusk to a meeting in Maputo, an offer Rusk rejected."),
            ["Tomas Varlek -invite-> Ana Rusk", "Ana Rusk -reject-> Tomas Varlek"])
        // the clause asked for ("to replace ...") is passed over for the asking
        XCTAssertEqual(
            try all("Tomas Varlek urged Ana Rusk to replace the envoy, a call that Rusk rejected."),
            ["Tomas Varlek -urge-> Ana Rusk", "Ana Rusk -reject-> Tomas Varlek"])
    }

    func testARequestWelcomedIsNoRefusal() throws {
        XCTAssertEqual(
            try all("Tomas Varlek asked Ana Rusk to replace the envoy, a request Rusk welcomed."),
            ["Tomas Varlek -ask-> Ana Rusk"])
    }
}

extension ThirtySixthRecallPassTests {
    func testAnObjectPronounIsNoneOfItsClausesCoordinatedSubjects() throws {
        XCTAssertEqual(
            try all("Lech Walesa won the vote on Monday, and George Bush and Helmut Kohl telephoned him within hours."),
            ["George Bush -telephone-> Lech Walesa", "Helmut Kohl -telephone-> Lech Walesa"])
        // with one subject, as before
        XCTAssertEqual(
            try all("Lech Walesa won the vote on Monday, and George Bush telephoned him within hours."),
            ["George Bush -telephone-> Lech Walesa"])
    }

    func testACapitalizedSaidInsideANameIsTheNames() throws {
        XCTAssertEqual(try entities("The envoy met Mohamed Said Fofana in Asmara."), ["Mohamed Said Fofana person", "Asmara location"])
        // the verb, lower-case, ends the name
        XCTAssertEqual(try entities("Mohamed Fofana said Kenya would act."), ["Mohamed Fofana person", "Kenya country"])
    }

    func testAGivenNameJoinedToAParticleByAHyphenIsInsideTheName() throws {
        // "al-Islam": a given name after a particle is a father's or a compound's part, not where the name starts
        XCTAssertEqual(
            try entities("The foundation is headed by Saif al-Islam Gaddafi."), ["Saif al-Islam Gaddafi person"])
    }

    func testARepeatedVerbAfterAGerundsClauseIsTheMainClauses() throws {
        XCTAssertEqual(
            try all("Ali Abdella accused Italy of interfering in internal affairs and accused the European Union of siding with traitors."),
            ["Ali Abdella -accuse-> Italy", "Ali Abdella -accuse-> European Union"])
        // a name between "and" and the verb is that verb's own subject
        XCTAssertFalse(
            try all(
                "Ali Abdella accused Italy of abandoning its neutrality, and Prime Minister Tomas Varlek, who joined a march, called the language hostile."
            ).contains { $0.hasPrefix("Ali Abdella -call") })
    }
}

extension ThirtySixthRecallPassTests {
    func testAPastStatesAdjectiveBeforeATitleOrItsForcesIsTheState() throws {
        XCTAssertEqual(
            try all("Soviet President Mikhail Gorbachev and West German Chancellor Helmut Kohl met in Moscow."),
            [
                "Mikhail Gorbachev -president-> Soviet Union", "Helmut Kohl -chancellor-> West Germany", "Mikhail Gorbachev -meet-> Helmut Kohl",
                "Helmut Kohl -meet-> Mikhail Gorbachev",
            ])
        XCTAssertTrue(try entities("Soviet troops left Kabul in 1989.").contains("Soviet Union country"))
    }

    func testAPastStatesAdjectiveElsewhereNamesNoState() throws {
        XCTAssertEqual(try entities("Georgia, a former Soviet republic, accused Russia of aggression."), ["Georgia country", "Russia country"])
        XCTAssertFalse(try entities("The post-Soviet order is over, Vladimir Putin said.").contains("Soviet Union country"))
    }
}

extension ThirtySixthRecallPassTests {
    func testANameBeforeASpokesmansOrCommandersNounAndNameIsABody() throws {
        XCTAssertEqual(
            try all("Abu Sayyaf spokesman Abu Sabaya said the group had been paid."),
            ["Abu Sabaya -spokesman-> Abu Sayyaf"])
        XCTAssertEqual(
            try entities("Talks went on with Pelvan Dawn commander Tomas Varlek."), ["Pelvan Dawn organization", "Tomas Varlek person"])
        // one word shaped like a people's name is left alone, as before
        XCTAssertEqual(try entities("Abkhaz commander Tomas Varlek walked out."), ["Tomas Varlek person"])
    }
}

extension ThirtySixthRecallPassTests {
    func testAnAppealAfterAReportIsTheReportersAct() throws {
        XCTAssertEqual(
            try all("Tomas Varlek said the cabinet had not consulted lawmakers and called on Ana Rusk to explain the decision."),
            ["Tomas Varlek -call-> Ana Rusk"])
        // a report in the appeal's own tense reports the appeal too
        XCTAssertEqual(
            try TreeRuleFacts.of("Tomas Varlek said Russia condemned Ukraine and called on Ana Rusk to resign."),
            ["Russia -condemn-> Ukraine", "Russia -call-> Ana Rusk"])
    }
}

extension ThirtySixthRecallPassTests {
    func testAJourneyWhoseOrWhoIsOnIsTheNamesTheClauseHangsOn() throws {
        XCTAssertEqual(
            try all("Vladimir Putin, whose visit to Cuba angered the United States, met Raul Castro."),
            ["Vladimir Putin -visit-> Cuba", "Vladimir Putin -meet-> Raul Castro"])
        XCTAssertEqual(try all("Vladimir Putin, who was on a visit to Cuba, said Russia would help."), ["Vladimir Putin -visit-> Cuba"])
    }
}

extension ThirtySixthRecallPassTests {
    func testAPluralStandingInAppositionToAListIsEachNamesStanding() throws {
        XCTAssertEqual(
            try all("Japarov promised to work with Russia, China and Kazakhstan, Kyrgyzstan's main trading partners."),
            ["Russia -partner-> Kyrgyzstan", "China -partner-> Kyrgyzstan", "Kazakhstan -partner-> Kyrgyzstan"])
        // a singular standing is the last name's alone
        XCTAssertEqual(
            try all("Japarov promised to work with Russia, China and Kazakhstan, Kyrgyzstan's main trading partner."),
            ["Kazakhstan -partner-> Kyrgyzstan"])
    }
}

extension ThirtySixthRecallPassTests {
    func testHisCounterpartIsThePersonsCounterpart() throws {
        XCTAssertEqual(
            try all("Lebanese Prime Minister Nawaf Salam telephoned his Jordanian counterpart, Jafar Hassan, on Monday."),
            [
                "Nawaf Salam -prime minister-> Lebanon", "Jafar Hassan -prime minister-> Jordan", "Jafar Hassan -counterpart-> Nawaf Salam",
                "Nawaf Salam -telephone-> Jafar Hassan",
            ])
        // "the Jordanian counterpart" says whose no more than the country's
        XCTAssertFalse(
            try all("Lebanese Prime Minister Nawaf Salam said the Jordanian counterpart, Jafar Hassan, would visit.").contains(
                "Jafar Hassan -counterpart-> Nawaf Salam"))
    }
}

extension ThirtySixthRecallPassTests {
    func testOneWordBeforeALeadersNounIsTheKnownBodyItsNameOpens() throws {
        XCTAssertEqual(
            try all("The Polisario Front welcomed the move. Polisario leader Brahim Ghali praised Algiers for its position."),
            ["Brahim Ghali -leader-> Polisario Front", "Brahim Ghali -praise-> Algeria"])
        // with no such body named, one word there names nothing, as before
        XCTAssertEqual(try entities("Hutu leader Agathon Rwasa spoke."), ["Agathon Rwasa person"])
    }
}

extension ThirtySixthRecallPassTests {
    func testAnOfficeElectIsANationalOfficeAsTheOfficeIs() throws {
        XCTAssertEqual(
            try all("WARSAW, Dec 10 (Reuters) - Poland held a run-off. President-elect Lech Walesa said he would meet Tadeusz Mazowiecki."),
            ["Lech Walesa -president-elect-> Poland", "Lech Walesa -meet-> Tadeusz Mazowiecki"])
        XCTAssertTrue(RoleExtractor.isNationalOffice("prime minister-elect"))
        // an office of a body is none, elect or not
        XCTAssertFalse(RoleExtractor.isNationalOffice("secretary-general-elect"))
    }
}
