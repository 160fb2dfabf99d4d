import XCTest

@testable import KGExtraction

/// The thirty-third pass on unseen news: the go-between of "a deal brokered by U.S. President X" is
/// the title's holder, not the state named before the title; talks hosted by someone that an act
/// agreed on hangs on ("A and B agreed to set aside the dispute after talks hosted by C") are held
/// between the agreement's subjects; a name the parser made a second subject after a title is the
/// subject ("whom U.S. Secretary of State Hillary Clinton had warned") or the first subject's
/// conjunct ("X and his Turkish counterpart Y will meet"); "whose country" after a person whose title
/// a state opens is that state, whatever the title; "X, who leads Donetsk" makes X the region's
/// leader as "who leads Hungary" makes him the state's, but "who heads Russia's delegation" and
/// "who heads the Tripoli-based government" lead no name; "they" after several people who said it
/// ("Pashinyan and Aliyev said they would invite X") is each of them; a person's leading a state or a
/// place ("Fico, who had led Slovakia") is no act on it; "Putin's critics" or "his opponents" are
/// other people than the one named, whose act is none of his; the person set off after a title with
/// a phrase of its own ("met Russia's chief of the general staff, Valery Gerasimov") is whom the act
/// reaches; a verb after "on Friday" that the parser read as an adjective ("Botswana on Friday
/// rejected accusations by Zimbabwe") is the sentence's verb; a surname that is an everyday word
/// ("May", "Rice") names its person bare once the document has named them in full; a story with no
/// dateline and no dominant country leads with the country it names first when it names that one
/// more than any other, so a bare title named in or beside a sentence naming it is placed there.
final class ThirtyThirdRecallPassTests: ExtractionTestCase {
    func testTheGoBetweenOfABrokeredDealIsTheTitlesHolder() throws {
        XCTAssertEqual(
            try all(
                "The United Arab Emirates and Israel agreed on Thursday to establish full diplomatic relations in a deal brokered by U.S. President Donald Trump."
            ),
            [
                "Donald Trump -president-> United States", "United Arab Emirates -agree-> Israel", "Israel -agree-> United Arab Emirates",
                "Donald Trump -broker-> United Arab Emirates", "Donald Trump -broker-> Israel",
            ])
        // a state with no title after it is the go-between itself
        XCTAssertEqual(
            try all("Kenya and Uganda agreed on Thursday to establish full diplomatic relations in a deal brokered by Tanzania."),
            ["Kenya -agree-> Uganda", "Uganda -agree-> Kenya", "Tanzania -broker-> Kenya", "Tanzania -broker-> Uganda"])
    }

    func testTalksAnAgreedActHangsOnAreHeldBetweenTheAgreementsSubjects() throws {
        XCTAssertEqual(
            try all("Ethiopia and Somalia agreed to set aside a dispute after talks in Ankara hosted by Turkish President Tayyip Erdogan."),
            ["Tayyip Erdogan -president-> Turkey", "Tayyip Erdogan -host-> Ethiopia", "Tayyip Erdogan -host-> Somalia"])
    }

    func testANameAfterATitleTheParserMadeASecondSubjectTakesTheTitlesPlace() throws {
        XCTAssertEqual(
            try all("Luiz Inacio Lula da Silva, whom U.S. Secretary of State Hillary Clinton had warned that Tehran was stalling, flew to Tehran on Saturday."),
            // (the main verb after the "whom" clause keeps its subject: DependencyTree.withRelativeClausesClosed)
            [
                "Hillary Clinton -secretary of state-> United States", "Luiz Inacio Lula da Silva -fly-> Tehran",
                "Hillary Clinton -warn-> Luiz Inacio Lula da Silva",
            ])
        XCTAssertEqual(
            try all("Greek Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan Fidan will meet again in the spring."),
            [
                "Giorgos Gerapetritis -foreign minister-> Greece", "Hakan Fidan -foreign minister-> Turkey",
                "Hakan Fidan -counterpart-> Giorgos Gerapetritis", "Giorgos Gerapetritis -meet-> Hakan Fidan", "Hakan Fidan -meet-> Giorgos Gerapetritis",
            ])
        // a first subject that is no title keeps its place: the claim is what Quito rejects
        XCTAssertEqual(
            try all("Peru says Ecuadorean troops had built outposts on its side of the border, a claim Quito rejects."),
            ["Ecuador -reject-> Peru"])
    }

    func testWhoseCountryIsTheStateOfThePersonsTitle() throws {
        XCTAssertEqual(
            try all("French President Emmanuel Macron, whose country sold Egypt 24 Rafale fighter jets in a deal signed on Monday, met Abdel Fattah al-Sisi."),
            ["Emmanuel Macron -president-> France", "France -sell-> Egypt", "Emmanuel Macron -meet-> Abdel Fattah al-Sisi"])
        XCTAssertEqual(
            try all("Turkish Foreign Minister Ahmet Davutoglu, whose country has close ties with both neighbours, said Ankara would mediate between Iraq and Syria."),
            ["Ahmet Davutoglu -foreign minister-> Turkey", "Turkey -mediate-> Iraq", "Turkey -mediate-> Syria"])
        // no state before the title: the person acts
        XCTAssertEqual(
            try all("Ahmet Davutoglu, whose country has close ties with Iraq, met Nouri al-Maliki."),
            ["Ahmet Davutoglu -meet-> Nouri al-Maliki"])
    }

    func testWhoLeadsARegionIsItsLeader() throws {
        XCTAssertEqual(try roles("Denis Pushilin, who leads Donetsk, rejected the plan."), ["Denis Pushilin -leader-> Donetsk"])
        XCTAssertEqual(try roles("Viktor Orban, who leads Hungary, rejected the plan."), ["Viktor Orban -leader-> Hungary"])
        // something of the name's is led, not the name
        XCTAssertEqual(try roles("Sergei Lavrov, who heads Russia's delegation, rejected the plan."), [])
        XCTAssertEqual(try roles("Abdul Hamid Dbeibah, who heads the Tripoli-based government, rejected the plan."), [])
    }

    func testTheyAfterSeveralPeopleWhoSaidItIsEachOfThem() throws {
        XCTAssertEqual(
            try all("Nikol Pashinyan and Ilham Aliyev said they would invite Donald Trump to Yerevan."),
            ["Nikol Pashinyan -invite-> Donald Trump", "Ilham Aliyev -invite-> Donald Trump"])
        // one person is no "they"
        XCTAssertEqual(try all("Nikol Pashinyan said they would invite Donald Trump to Yerevan."), [])
    }

    func testAPersonsLeadingAStateIsNoActOnIt() throws {
        XCTAssertEqual(
            try all("Robert Fico, who had led Slovakia for most of the past 12 years, criticized President Andrej Kiska."),
            ["Robert Fico -criticize-> Andrej Kiska", "Andrej Kiska -president-> Slovakia"])
        // a body led is its leader's office
        XCTAssertEqual(
            try all("Yulia Tymoshenko, who leads the opposition Batkivshchyna party, accused Viktor Yanukovych."),
            ["Yulia Tymoshenko -leader-> Batkivshchyna", "Yulia Tymoshenko -accuse-> Viktor Yanukovych"])
    }

    func testAPersonsCriticsOrOpponentsAreNotThePerson() throws {
        XCTAssertEqual(try all("Vladimir Putin's critics accused Alexei Navalny of treason."), [])
        // a person in apposition to a possessed noun is who acts
        XCTAssertEqual(try all("Fujimori's daughter, Keiko Fujimori, accused Pedro Castillo of fraud."), ["Keiko Fujimori -accuse-> Pedro Castillo"])
    }

    func testThePersonAfterATitlesOwnPhraseIsWhomTheActReaches() throws {
        XCTAssertEqual(
            try all("Armenian army chief Yuri Khachaturov met Russia's chief of the general staff, Valery Gerasimov, in Moscow."),
            [
                "Yuri Khachaturov -chief-> Armenian Army", "Valery Gerasimov -chief of the general staff-> Russia",
                "Yuri Khachaturov -meet-> Valery Gerasimov",
            ])
        // the person in apposition right after the title, past a rank, as before
        XCTAssertEqual(
            try all("King Hamad gave the army chief, Field Marshal Khalifa bin Ahmed al-Khalifa, powers to restore order."),
            ["Hamad -give-> Khalifa bin Ahmed al-Khalifa"])
    }

    func testAVerbAfterOnAWeekdayIsTheSentencesVerb() throws {
        XCTAssertEqual(try all("Botswana on Friday rejected accusations by Zimbabwe."), ["Botswana -reject-> Zimbabwe"])
        XCTAssertEqual(try all("Bulgaria on Tuesday accused Lebanon's Hezbollah of the bombing."), ["Bulgaria -accuse-> Hezbollah"])
        // a sentence with a verb of its own keeps its tree
        XCTAssertEqual(try all("Japan on Monday accused China of provocation."), ["Japan -accuse-> China"])
    }

    func testASurnameThatIsAnEverydayWordNamesItsPersonBare() throws {
        XCTAssertEqual(
            try all("Theresa May accused Russia of the attack. Moscow denied May's charge."),
            ["Theresa May -accuse-> Russia", "Russia -deny-> Theresa May"])
        XCTAssertEqual(
            try all("Susan Rice met Paul Kagame. Rice and Kagame have shuttled between Addis Ababa and Asmara since late May."),
            [
                "Susan Rice -meet-> Paul Kagame", "Susan Rice -shuttle-> Ethiopia", "Susan Rice -shuttle-> Eritrea",
                "Paul Kagame -shuttle-> Ethiopia", "Paul Kagame -shuttle-> Eritrea",
            ])
        // the month stays a month
        XCTAssertEqual(
            try all("Theresa May accused Russia. In May, Russia expelled British diplomats."),
            ["Theresa May -accuse-> Russia", "Russia -expel-> United Kingdom"])
    }

    func testAStoryWithNoDatelineIsAboutTheCountryItNamesFirstAndMost() throws {
        let story = """
            Djibouti accuses Eritrea of grabbing border area

            Djibouti on Friday accused Eritrea of occupying disputed territory on their border. Eritrea rejected the charge. \
            Foreign Minister Mahmoud Ali Youssouf met African Union envoys on Saturday. Djibouti has lodged complaints with the \
            African Union, and Djibouti has asked Qatar to return.
            """
        XCTAssertEqual(try roles(story), ["Mahmoud Ali Youssouf -foreign minister-> Djibouti"])
        // a dateline names the story's country
        let filed = """
            ASMARA, June 16 (Reuters) - Djibouti on Friday accused Eritrea of occupying disputed territory on their border. \
            Eritrea rejected the charge. Foreign Minister Mahmoud Ali Youssouf met African Union envoys on Saturday. Djibouti has \
            lodged complaints with the African Union, and Djibouti has asked Qatar to return.
            """
        XCTAssertEqual(try roles(filed), ["Mahmoud Ali Youssouf -foreign minister-> Eritrea"])
        // a title named far from every mention of the leading country is not placed by it
        let far = """
            Djibouti accuses Eritrea

            Djibouti on Friday accused Eritrea of occupying territory. Djibouti has asked Qatar to return, and Djibouti lodged a \
            complaint. Eritrea rejected the charge. The mountain was quiet on Sunday. Foreign Minister Mahmoud Ali Youssouf met \
            envoys on Monday.
            """
        XCTAssertEqual(try roles(far), [])
        // as many mentions of another country: no story country
        XCTAssertEqual(
            try roles("Djibouti accuses Eritrea\n\nDjibouti accused Eritrea. Eritrea rejected the charge. Foreign Minister Mahmoud Ali Youssouf met envoys."),
            [])
    }
}
