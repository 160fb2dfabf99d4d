import XCTest

@testable import KGExtraction

/// The forty-second pass on unseen news: the perfect's "had" read as the auxiliary it is, a person's
/// spokesman named right after the title, declarations that are acts, a thing handed to a titled person,
/// working with a side, standing by one, taking one to court or a place by force, a second titled
/// subject opened by its demonym, a resort named after "of", a title's person as a second subject.
final class FortySecondRecallPassTests: ExtractionTestCase {
    func testAnObjectRelativeClauseInThePerfectNamesItsObject() throws {
        let text = """
            President Abdala Bucaram left Quito. U.S. Ambassador Leslie Alexander, whom Bucaram had accused of meddling, \
            said Washington wanted a constitutional outcome.
            """
        XCTAssertTrue(try all(text).contains("Abdala Bucaram -accuse-> Leslie Alexander"))
        XCTAssertTrue(try all("Ethiopia closed its border with Eritrea, which it has accused of backing the rebels.").contains("Ethiopia -accuse-> Eritrea"))
        // the clause's subject is the doer, not its object
        XCTAssertFalse(try all(text).contains("Leslie Alexander -accuse-> Abdala Bucaram"))
    }

    func testAPersonsSpokesmanNamedRightAfterTheTitleIsThatPersons() throws {
        let text = "Mahinda Rajapaksa lost. Rajapaksa's spokesman Mohan Samaranayake denied the charge."
        let owned = try roles(text)
        XCTAssertTrue(owned.contains("Mohan Samaranayake -spokesman-> Mahinda Rajapaksa"), "\(owned)")
        // a state's spokesman holds an office of the state
        let state = try roles("Russia's spokesman Dmitry Peskov denied it.")
        XCTAssertTrue(state.contains("Dmitry Peskov -spokesman-> Russia"), "\(state)")
    }

    func testADeclarationOfAResultAStandingOrAStateIsAnAct() throws {
        let text = """
            The Central Electoral Commission declared Serzh Sargsyan the winner with 52 percent of the vote. \
            Kosovo declared independence from Serbia in 2008. President Robert Kocharian declared a state of emergency in Yerevan. \
            Guatemalan President Jimmy Morales declared Ivan Velasquez, the head of the commission, persona non grata.
            """
        let doc = try extract(text)
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        let coded = Set(doc.facts.map { "\(names[$0.subject] ?? "?") -\($0.action)/\($0.cameo.rawValue)-> \(names[$0.object] ?? "?")" })
        XCTAssertTrue(coded.contains("Central Electoral Commission -declare/01-> Serzh Sargsyan"), "\(coded)")
        XCTAssertTrue(coded.contains("Kosovo -declare/16-> Serbia"), "\(coded)")
        XCTAssertTrue(coded.contains("Robert Kocharian -declare/17-> Yerevan"), "\(coded)")
        XCTAssertTrue(coded.contains("Jimmy Morales -declare/16-> Ivan Velasquez"), "\(coded)")
        // a declaration of words is speech, no act on whom it names
        let speech = try all("Ukraine declared that Russia had lost the war.")
        XCTAssertFalse(speech.contains { $0.contains("-declare->") }, "\(speech)")
    }

    func testAThingHandedToATitledPersonIsHandedToThePersonNotTheTitlesState() throws {
        let facts = try all(
            "Foreign Minister Lulzim Basha handed Albania's instruments of accession to U.S. Secretary of State Hillary Clinton at the State Department in Washington.")
        XCTAssertTrue(facts.contains("Lulzim Basha -hand-> Hillary Clinton"), "\(facts)")
        XCTAssertFalse(facts.contains("Lulzim Basha -hand-> United States"), "\(facts)")
    }

    func testWorkingWithASideIsCooperation() throws {
        XCTAssertTrue(try all("Beijing said it would continue to work with Colombo.").contains("China -work-> Sri Lanka"))
        let kept = try all("Mbeki said on Monday that Pretoria would keep working with Harare.")
        XCTAssertTrue(kept.contains("South Africa -work-> Zimbabwe"), "\(kept)")
        XCTAssertFalse(kept.contains("South Africa -keep-> Zimbabwe"), "\(kept)")
        // work with no side named is no act
        let job = try all("Kenya's President Uhuru Kenyatta said Ruto had worked as a teacher in Nairobi.")
        XCTAssertFalse(job.contains { $0.contains("-work->") }, "\(job)")
    }

    func testStandingByOrWithASideBacksIt() throws {
        let by = try extract("Swedish Foreign Minister Margot Wallstrom said Stockholm stood by Ivan Velasquez.")
        let names = Dictionary(uniqueKeysWithValues: by.entities.map { ($0.id, $0.name) })
        let coded = Set(by.facts.map { "\(names[$0.subject] ?? "?") -\($0.action)/\($0.cameo.rawValue)-> \(names[$0.object] ?? "?")" })
        XCTAssertTrue(coded.contains("Sweden -stand/05-> Ivan Velasquez"), "\(coded)")
        XCTAssertTrue(try all("Ned Price said the United States stood with Lithuania.").contains("United States -stand-> Lithuania"))
        // standing by a thing names no side
        XCTAssertFalse(try all("Sweden stood by its decision on Russia.").contains { $0.contains("-stand->") })
    }

    func testTakingASideToCourtOrAPlaceByForceIsAnAct() throws {
        let court = try extract("Madrid said Spain would take Canada to the International Court of Justice.")
        let names = Dictionary(uniqueKeysWithValues: court.entities.map { ($0.id, $0.name) })
        let coded = Set(court.facts.map { "\(names[$0.subject] ?? "?") -\($0.action)/\($0.cameo.rawValue)-> \(names[$0.object] ?? "?")" })
        XCTAssertTrue(coded.contains("Spain -take/11-> Canada"), "\(coded)")
        XCTAssertTrue(coded.contains("Spain -take/02-> International Court of Justice"), "\(coded)")
        XCTAssertTrue(try all("Morocco took control of most of Western Sahara in 1975.").contains("Morocco -take-> Western Sahara"))
        XCTAssertTrue(try all("The Taliban took Kunduz after a long siege.").contains("Taliban -take-> Kunduz"))
        // taking office, or a person somewhere, is no act on anyone
        XCTAssertFalse(try all("Jacob Zuma took office in South Africa after Thabo Mbeki resigned.").contains { $0.contains("-take->") })
    }

    func testASecondTitledSubjectOpenedByItsDemonymActsToo() throws {
        let facts = try all("Afghan President Hamid Karzai and Russian Prime Minister Mikhail Fradkov will fly to Ashgabat for the funeral, officials said.")
        XCTAssertTrue(facts.contains("Hamid Karzai -fly-> Ashgabat"), "\(facts)")
        XCTAssertTrue(facts.contains("Mikhail Fradkov -fly-> Ashgabat"), "\(facts)")
    }

    func testAResortNamedAfterOfIsTheDestination() throws {
        let facts = try all("Egyptian President Hosni Mubarak had flown to the Red Sea resort of Sharm el-Sheikh earlier in the day.")
        XCTAssertTrue(facts.contains("Hosni Mubarak -fly-> Sharm el-Sheikh"), "\(facts)")
    }

    func testATitledPersonParsedAsASecondSubjectActs() throws {
        let facts = try all(
            "Maithripala Sirisena won. Elections Commissioner Mahinda Deshapriya declared Sirisena the winner with 51.3 percent of the vote.")
        XCTAssertTrue(facts.contains("Mahinda Deshapriya -declare-> Maithripala Sirisena"), "\(facts)")
    }
}
