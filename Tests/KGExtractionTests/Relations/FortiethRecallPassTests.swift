import XCTest

@testable import KGExtraction

/// The fortieth pass on unseen news: titles taken by oath, by succession and by comparison.
final class FortiethRecallPassTests: ExtractionTestCase {
    func testANameSetOffByCommasAfterCounterpartIsAPerson() throws {
        // an unknown name after "counterpart," had been typed a place, and its demonym lost with it
        let text = "Putin and his Tajik counterpart, Imomali Rakhmonov, signed an agreement in Dushanbe on Sunday."
        XCTAssertTrue(try entities(text).contains("Imomali Rakhmonov person"))
        XCTAssertTrue(try roles(text).contains("Imomali Rakhmonov -counterpart-> Tajikistan"))
        // a name after "counterpart," that opens a clause of its own is left to the other cues
        XCTAssertFalse(try entities("She met her counterpart, Dushanbe hosted the talks.").contains("Dushanbe person"))
    }

    func testAnOrdinalBetweenTheCountryAndTheTitleIsPartOfTheTitle() throws {
        XCTAssertEqual(
            try roles("Mwai Kibaki was sworn in as Kenya's third president on Monday."), ["Mwai Kibaki -third president-> Kenya"])
        XCTAssertEqual(
            try roles("Dina Boluarte, sworn in as Peru's first woman president, accused the Mexican leader of meddling."),
            ["Dina Boluarte -first woman president-> Peru"])
        // the successor's title keeps its modifiers, so the predecessor's bare one is not taken for it
        let nepal = try roles(
            """
            KATHMANDU, Sept 12 (Reuters) - Former chief justice Sushila Karki was sworn in as Nepal's first woman prime minister on Friday. \
            Prime Minister K.P. Sharma Oli resigned on Tuesday. Nepal has 30 million people.
            """)
        XCTAssertTrue(nepal.contains("K.P. Sharma Oli -prime minister-> Nepal"), "\(nepal)")
        XCTAssertTrue(nepal.contains("Sushila Karki -first woman prime minister-> Nepal"), "\(nepal)")
    }

    func testTheSubjectOfBecameTakesTheTitleAfterIt() throws {
        XCTAssertEqual(
            try roles("Speaker Arturas Paulauskas became acting president of Lithuania on Tuesday."),
            ["Arturas Paulauskas -acting president-> Lithuania"])
        XCTAssertEqual(
            try roles("VILNIUS, April 6 (Reuters) - Arturas Paulauskas, who became acting president on Tuesday, said the vote would be held in June. Lithuania has three million people."),
            ["Arturas Paulauskas -acting president-> Lithuania"])
        // a body named before "became" is not the title's ("In Lithuania's parliament, X became ...": no
        // national office, no body of it)
        XCTAssertFalse(
            try roles("After NATO met, Jonas Petraitis became chairman on Tuesday.").contains("Jonas Petraitis -chairman-> North Atlantic Treaty Organization"))
        // "became the first leader to visit" is no title taken
        XCTAssertEqual(try roles("Jonas Petraitis became the first Lithuanian leader to visit Minsk."), [])
    }
}

extension FortiethRecallPassTests {
    func testFullNamesThatDifferInAMiddleNameAreTwoPeople() throws {
        XCTAssertEqual(
            try entities("Sheikh Mohammed bin Khalifa al-Khalifa spoke first. Sheikh Mohammed bin Mubarak al-Khalifa spoke next."),
            ["Mohammed bin Khalifa al-Khalifa person", "Mohammed bin Mubarak al-Khalifa person"])
        // an initial against a middle name written out is no difference
        XCTAssertEqual(try entities("George W. Bush spoke first. George Walker Bush spoke next."), ["George Walker Bush person"])
        XCTAssertTrue(MentionResolver.haveDifferentMiddleNames("Mohammed bin Khalifa al-Khalifa", "Mohammed bin Mubarak al-Khalifa"))
        XCTAssertFalse(MentionResolver.haveDifferentMiddleNames("Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador"))
    }
}

extension FortiethRecallPassTests {
    func testTheNamedSignersOfAPassiveSigningSignWithEachOther() throws {
        let yemen = try all(
            "The accord was signed in the Yemeni capital by Omani Foreign Minister Yusuf bin Alawi bin Abdullah and his Yemeni counterpart, Abdul Karim al-Iryani.")
        XCTAssertTrue(yemen.contains("Yusuf bin Alawi bin Abdullah -sign-> Abdul Karim al-Iryani"), "\(yemen)")
        XCTAssertTrue(yemen.contains("Abdul Karim al-Iryani -sign-> Yusuf bin Alawi bin Abdullah"), "\(yemen)")
        // initialling is signed the same way, and "by X and by Y" names both
        let oslo = try all("The draft had been initialled in Oslo on Aug 20 by Israeli negotiator Uri Savir and by Ahmed Qurei.")
        XCTAssertTrue(oslo.contains("Uri Savir -initial-> Ahmed Qurei"), "\(oslo)")
        XCTAssertTrue(oslo.contains("Ahmed Qurei -initial-> Uri Savir"), "\(oslo)")
        // one signer alone signs with no one
        XCTAssertFalse(try all("The accord was signed in the capital by Abdul Karim al-Iryani.").contains { $0.contains("-sign->") })
    }
}

extension FortiethRecallPassTests {
    func testAnAccusationAfterADenialIsTheDeniers() throws {
        XCTAssertTrue(
            try all("Deputy Prime Minister Tariq Aziz of Iraq denied that Iraq planned an attack and accused Washington of staging a media circus.")
                .contains("Tariq Aziz -accuse-> United States"))
        // a report after "said" in the appeal's own tense reports both acts, as before
        XCTAssertFalse(
            try all("Jane Doe said Russia condemned Ukraine and accused Poland of meddling.").contains("Jane Doe -accuse-> Poland"))
    }
}

extension FortiethRecallPassTests {
    func testTheParseRunsOnToAnObjectItPastTheLastName() throws {
        let facts = try all("Saudi Arabia and the United Arab Emirates cut ties with Doha on June 5 and accused it of funding terrorism.")
        XCTAssertTrue(facts.contains("Saudi Arabia -accuse-> Qatar"), "\(facts)")
        XCTAssertTrue(facts.contains("United Arab Emirates -accuse-> Qatar"), "\(facts)")
        // "it" as the subject of a clause of its own is no object reached
        XCTAssertFalse(
            try all("Saudi Arabia cut ties with Qatar in June and said it was funding terrorism.").contains("Saudi Arabia -accuse-> Qatar"))
    }
}

extension FortiethRecallPassTests {
    func testAGivenNameSpelledLikeSaidEndsANameAfterAPatronymicParticle() throws {
        XCTAssertTrue(try entities("Sultan Qaboos bin Said telephoned the Yemeni leader.").contains("Qaboos bin Said person"))
        // "said" after a name, with no particle before it, is still the verb
        XCTAssertTrue(try entities("Qaboos bin Said said nothing.").contains("Qaboos bin Said person"))
        XCTAssertTrue(try entities("Yusuf bin Alawi said the accord was final.").contains("Yusuf bin Alawi person"))
    }

    func testChiefJusticesAndHyphenatedVicePresidentsAreNationalOffices() throws {
        XCTAssertTrue(RoleExtractor.isNationalOffice("chief justice"))
        XCTAssertTrue(RoleExtractor.isNationalOffice("vice-president"))
        XCTAssertFalse(RoleExtractor.isNationalOffice("court-appointed mediator"))
        XCTAssertEqual(
            try roles("LUSAKA, Nov 2 (AP) - Chiluba took the oath from Chief Justice Annel Silungwe in Lusaka. Zambia is a big country."),
            ["Annel Silungwe -chief justice-> Zambia"])
        // the first of several vice-presidents of a body is the body's
        XCTAssertEqual(
            try roles("European Commission First Vice-President Frans Timmermans welcomed the decision."),
            ["Frans Timmermans -first vice-president-> European Commission"])
    }

    func testATitleStatedInABodyLeavesAnotherTitleToBePlaced() throws {
        let haiti = try roles(
            """
            PORT-AU-PRINCE, Feb 29 (Reuters) - Supreme Court Chief Justice Boniface Alexandre was sworn in as interim president on Sunday. \
            Haiti has eight million people.
            """)
        XCTAssertTrue(haiti.contains("Boniface Alexandre -interim president-> Haiti"), "\(haiti)")
        XCTAssertTrue(haiti.contains("Boniface Alexandre -chief justice-> Supreme Court"), "\(haiti)")
    }
}

extension FortiethRecallPassTests {
    func testAStandingAfterACopulaIsItsSubjects() throws {
        XCTAssertEqual(try roles("Russia remains Kazakhstan's main security partner."), ["Russia -partner-> Kazakhstan"])
        XCTAssertEqual(
            try roles("China is already the Dominican Republic's second-largest trading partner, officials said."),
            ["China -partner-> Dominican Republic"])
        // a hyphenated modifier in an apposition counts as one word
        XCTAssertEqual(try roles("Germany, Poland's second-largest trading partner, said nothing."), ["Germany -partner-> Poland"])
        // the copula's subject must be named right before it
        XCTAssertEqual(try roles("The report said the deal is Kazakhstan's main security guarantee."), [])
    }
}

extension FortiethRecallPassTests {
    func testAMemberWithAModifierAfterAModalCopulaIsTheSubjects() throws {
        XCTAssertEqual(
            try roles("Al-Attiyah said Qatar would remain a loyal member of the Gulf Cooperation Council (GCC)."),
            ["Qatar -member-> Gulf Cooperation Council"])
        XCTAssertEqual(try roles("Iceland is a founding member of NATO."), ["Iceland -member-> NATO"])
        // three words between "a" and "member" are no modifier of it
        XCTAssertEqual(try roles("Qatar is a state whose envoy is a member of the Gulf Cooperation Council."), [])
    }
}

extension FortiethRecallPassTests {
    func testABodysNameGoesOnOverForTheAndAnOfPhrase() throws {
        XCTAssertTrue(
            try entities("Yemen armed the guerrillas of the Popular Front for the Liberation of Oman during the war.")
                .contains("Popular Front for the Liberation of Oman organization"))
        XCTAssertTrue(
            try entities("The Movement for the Liberation of the Enclave fought the army.").contains("Movement for the Liberation of the Enclave organization"))
        XCTAssertTrue(try entities("The Council for the Defence of Democracy met.").contains("Council for the Defence of Democracy organization"))
        // "for the" after no institution's head is no part of a name
        XCTAssertFalse(try entities("Kenya voted for the Liberation of Oman.").contains { $0.hasPrefix("Kenya for") })
        XCTAssertTrue(try entities("Kenya voted for the Liberation of Oman.").contains("Kenya country"))
    }
}
