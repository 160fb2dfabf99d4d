import KGExtraction
import XCTest

/// Roles of people the role rules read from relative clauses ("who has ruled", "who currently
/// chairs") and from nouns of a person's staff ("his deputy X", "His lawyer, X"): the exact set of
/// facts of each text, or of its role facts where another rule states an act too.
final class RoleClauseAndStaffTests: ExtractionTestCase {
    // MARK: leading and ruling in relative clauses

    func testRulingACountryIsAStandingNotAnAct() throws {
        XCTAssertEqual(try all("Viktor Orban, who has ruled Hungary since 2010, spoke on Friday."), ["Viktor Orban -ruler-> Hungary"])
    }

    func testAnAdverbMayStandBetweenWhoAndTheLeadershipVerb() throws {
        XCTAssertEqual(
            try all("Kyrgyz President Sadyr Japarov, who currently chairs the Moscow-led Collective Security Treaty Organization, spoke on Friday."),
            [
                "Sadyr Japarov -president-> Kyrgyzstan", "Sadyr Japarov -chair-> Collective Security Treaty Organization",
                "Russia -leader-> Collective Security Treaty Organization",
            ])
    }

    func testAnAppositionEndingInWhoDescribesThePersonBeforeIt() throws {
        XCTAssertEqual(
            try roles("Amina Diallo, a former Senegalese diplomat who now chairs the African Union Commission, called for calm."),
            ["Amina Diallo -diplomat-> Senegal", "Amina Diallo -chair-> African Union Commission"])
        // a name inside the apposition is not its head: "the aide of X who chairs" says nothing of the first person
        XCTAssertEqual(try roles("Amina Diallo, a close aide of Macky Sall who chairs the party, called for calm."), ["Amina Diallo -aide-> Macky Sall"])
    }

    func testLedByAPersonsRelativeOrAllyIsLedByTheOneNamedAfterTheNoun() throws {
        XCTAssertEqual(
            try all("A Transitional Military Council (TMC) led by his son, General Omar Haddad, took power."),
            ["Omar Haddad -leader-> Transitional Military Council"])
        XCTAssertEqual(
            try all("President Ali Hassan lost the vote, but the Constitutional Council, headed by Hassan ally Omar Haddad, overturned the result."),
            ["Omar Haddad -head-> Constitutional Council", "Omar Haddad -ally-> Ali Hassan"])
    }

    func testANounOfStaffBetweenTwoNamesIsTheSecondsStandingTowardTheFirst() throws {
        XCTAssertEqual(
            try all("President Ali Hassan flew to Cairo on Monday. Hassan aide Omar Haddad said the talks had failed."),
            ["Ali Hassan -fly-> Cairo", "Omar Haddad -aide-> Ali Hassan"])
    }

    // MARK: a person's staff

    func testStaffAfterAPossessiveServesThePerson() throws {
        XCTAssertEqual(
            try roles("Police arrested Omar Haddad, the party's chairman, and his deputy Samir Nasr on Monday."),
            ["Samir Nasr -deputy-> Omar Haddad"])
        XCTAssertEqual(
            try roles("Omar Haddad was flown to a prison in the south. His lawyer, Leila Mansour, said he had begun a hunger strike."),
            ["Leila Mansour -lawyer-> Omar Haddad"])
        XCTAssertEqual(
            try roles("Karim Aziz removed his predecessor Omar Haddad from the council."), ["Omar Haddad -predecessor-> Karim Aziz"])
    }

    func testATitleANamedPersonsPossessiveOpensServesThePerson() throws {
        XCTAssertEqual(
            try roles("President Omar Haddad flew to Cairo on Monday. Haddad's spokesman, Samir Nasr, said the talks would resume."),
            ["Samir Nasr -spokesman-> Omar Haddad"])
        XCTAssertEqual(
            try roles("Omar Haddad met the envoy on Monday. Haddad's information minister, Samir Nasr, said the talks had failed."),
            ["Samir Nasr -information minister-> Omar Haddad"])
        XCTAssertEqual(
            try roles("Omar Haddad met the envoy on Monday. Haddad's former chief legal counsel, Samir Nasr, said the talks had failed."),
            ["Samir Nasr -counsel-> Omar Haddad"])
        // a country's possessive opens an office of the country
        XCTAssertEqual(try roles("Kenya's information minister, Samir Nasr, said the talks had failed."), ["Samir Nasr -information minister-> Kenya"])
    }

    func testRivalsFriendsAndCriticsStandTowardAPerson() throws {
        XCTAssertEqual(
            try roles("Omar Haddad was heckled on Monday, while his exiled rival Leila Mansour said she was ready to govern."),
            ["Leila Mansour -rival-> Omar Haddad"])
        XCTAssertEqual(
            try roles("President Karim Aziz, a friend of Haddad for decades, and Leila Mansour, a harsh critic of Omar Haddad, spoke."),
            ["Karim Aziz -friend-> Omar Haddad", "Leila Mansour -critic-> Omar Haddad"])
    }

    func testAStaffNounAfterAsAndAPossessiveGoesToTheAppointer() throws {
        XCTAssertEqual(
            try roles("Omar Haddad, who ruled Kenya for decades and chose Ali Kamara as his successor, was not seen."),
            ["Ali Kamara -successor-> Omar Haddad", "Omar Haddad -ruler-> Kenya"])
    }

    func testTheRelativeOfAPersonMayBeNamedOverADemonymAndATitle() throws {
        XCTAssertEqual(
            try roles("Police detained Ali Hassan, the estranged son of Kenyan leader Omar Haddad, at the airport."),
            ["Ali Hassan -son-> Omar Haddad", "Omar Haddad -leader-> Kenya"])
        // "half-brother" is read as three tokens; the role is the noun's
        XCTAssertEqual(
            try roles("Malaysia expelled the envoy over the killing of Ali Hassan, the estranged half-brother of Kenyan leader Omar Haddad, at the airport."),
            ["Ali Hassan -brother-> Omar Haddad", "Omar Haddad -leader-> Kenya"])
    }

    func testNoRelativeIsNamedAfterTheCommaOverTo() throws {
        // "her defence adviser, to succeed Y": Y is the one succeeded, not the adviser
        XCTAssertEqual(
            try roles("Leila Mansour then appointed Samir Nasr, a former interior minister and her defence adviser, to succeed Omar Haddad."),
            ["Samir Nasr -adviser-> Leila Mansour"])
    }

    // MARK: titles of an army's officers

    func testAnArmysTitleBeforeTheNameIsHeldInTheArmy() throws {
        XCTAssertEqual(
            try all("Kenyan army spokesman Paul Njuguna said troops had crossed."), ["Paul Njuguna -spokesman-> Kenyan Army"])
        XCTAssertEqual(
            try all("Kenya's army chief, General Paul Njuguna, visited the troops."), ["Paul Njuguna -chief-> Kenyan Army"])
        // with no name after the title the army is no body of anyone's
        XCTAssertEqual(try all("The Kenyan army chief said troops had crossed."), [])
    }

    func testARankMayStandBeforeTheNameAfterTheHeadOfABody() throws {
        XCTAssertEqual(
            try roles("The president resigned after the commander of Peru's military, General Luis Ortega, urged him to go."),
            ["Luis Ortega -commander-> Peruvian Armed Forces"])
    }

    func testABodyBeforeTheTitlesModifiersHoldsIt() throws {
        XCTAssertEqual(
            try roles("U.N. human rights chief Michelle Bachelet said the arrests were unlawful."),
            ["Michelle Bachelet -chief-> United Nations"])
    }

    func testAVicePresidentOrPrivateSecretaryOfAPersonServesThePerson() throws {
        XCTAssertEqual(
            try roles("Omar Diallo resigned on Monday. His former vice president, Awa Sow, has been held since August."),
            ["Awa Sow -vice president-> Omar Diallo"])
        XCTAssertEqual(
            try all("Awa Sow resigned after her private secretary, Ibrahim Kane, was arrested."), ["Ibrahim Kane -private secretary-> Awa Sow"])
        XCTAssertEqual(try all("Salvador Reyes, Rodrigo Duterte's counsel, said the arrest was illegal."), ["Salvador Reyes -counsel-> Rodrigo Duterte"])
    }

    func testTheSubjectOfAVerbBeforeAsHoldsTheStaffTitle() throws {
        XCTAssertEqual(try all("Moussa Traore will serve as Omar Diallo's deputy."), ["Moussa Traore -deputy-> Omar Diallo"])
        XCTAssertEqual(
            try all("Fatou Ndiaye, 64, who quit as Omar Diallo's deputy last year, said nothing."), ["Fatou Ndiaye -deputy-> Omar Diallo"])
    }
}
