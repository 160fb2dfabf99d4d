import KGExtraction
import XCTest

/// Acts of verbs no lexicon codes (`TreeActionExtractor+UncodedVerbs`): each sentence's exact set of
/// facts with the whole extractor, on invented sentences.
final class UncodedVerbTests: ExtractionTestCase {
    func testAVerbNoLexiconCodesLinksItsSubjectAndObject() throws {
        XCTAssertEqual(try all("Qatar and Oman have courted Somalia for years."), ["Qatar -court-> Somalia", "Oman -court-> Somalia"])
        let doc = try extract("Qatar and Oman have courted Somalia for years.")
        // no CAMEO root is guessed, and the fact is less sure than a coded verb's
        XCTAssertEqual(Set(doc.facts.map(\.cameo.rawValue)), [""])
        XCTAssertTrue(doc.facts.allSatisfy { $0.confidence < 0.7 })
    }

    func testAPassiveByAgentAndASecondClauseCount() throws {
        XCTAssertEqual(try all("Al-Shabaab was designated by Canada in 2014."), ["Canada -designate-> Al-Shabaab"])
        XCTAssertEqual(
            try all("Bangladesh hired Reuters to film the talks, and Estonia followed Lithuania."),
            ["Bangladesh -hire-> Reuters", "Estonia -follow-> Lithuania"])
    }

    func testOnlyNamesTheTreePutsThereOutrightCount() throws {
        // the country of "Chile's predecessor" is no agent of a verb no lexicon codes
        XCTAssertEqual(try all("Peru's president was installed by Chile's ambassador in 1990."), [])
        // verbs of being, seeming and feeling relate, they do not act
        XCTAssertEqual(try all("Ghana borders Togo."), [])
        XCTAssertEqual(try all("The pact alarmed Japan, and Seoul regards Tokyo as a rival."), [])
        // a verb whose act is not stated as done
        XCTAssertEqual(try all("Bolivia might court Paraguay."), [])
    }

    func testARelativePronounObjectStandsForItsAntecedent() throws {
        // an object relative clause: the pronoun is the object, the name after it the subject
        XCTAssertEqual(try all("Hamas, which Canada designated a terrorist group in 2002, rejected the plan."), ["Canada -designate-> Hamas"])
        XCTAssertEqual(try all("Estonia, which courted Latvia for years, rejected the plan."), ["Estonia -court-> Latvia"])
    }

    func testAThingGivenToANameIsAnActTowardIt() throws {
        // the object names no one: the `to` phrase does, on the verb or on the object
        XCTAssertEqual(try all("Chile handed the files to Peru."), ["Chile -hand-> Peru"])
        XCTAssertEqual(try all("Kenya will resume flights to Somalia next week."), ["Kenya -resume-> Somalia"])
        // a relative pronoun in the phrase stands for the name its clause hangs on
        XCTAssertEqual(try all("Turkey, to which Greece handed the files in April, rejected the plan."), ["Greece -hand-> Turkey"])
    }

    func testAToPhraseWithoutANameOrOfAVerbOfWeighingNamesNoOne() throws {
        XCTAssertEqual(try all("Chile raised the toll to 40."), [])
        // weighing a thing given does not give it
        XCTAssertEqual(try all("Canada is reviewing its aid to Haiti."), [])
        // nor does keeping it
        XCTAssertEqual(try all("Norway kept its promise to Iceland."), [])
        // an object that is a name stays the only target
        XCTAssertEqual(try all("Chile handed Bolivia to Peru."), ["Chile -hand-> Bolivia"])
    }

    func testTheOwnerOfAThingActedOnIsTheTarget() throws {
        XCTAssertEqual(
            try all("Canada, Brazil and Peru quickly followed Washington's lead."),
            ["Canada -follow-> United States", "Brazil -follow-> United States", "Peru -follow-> United States"])
        // a person acting for the owner is no thing of it; a pronoun owner names no one
        XCTAssertEqual(try all("Chile courted Peru's ambassador."), [])
        XCTAssertEqual(try all("Chile followed its lead."), [])
    }

    func testAVerbWithNoObjectActsTowardTheSideItsWithPhraseNames() throws {
        XCTAssertEqual(try all("Japan initially sided with Kenya in the dispute."), ["Japan -side-> Kenya"])
        XCTAssertEqual(try all("Norway and Iceland stood with Ukraine."), ["Norway -stand-> Ukraine", "Iceland -stand-> Ukraine"])
        // a verb of being relates, it does not act; a phrase that names no one is no side
        XCTAssertEqual(try all("Brazil remained with Peru."), [])
        XCTAssertEqual(try all("Japan sided with the majority."), [])
        // a verb whose act is not stated as done
        XCTAssertEqual(try all("Bolivia might side with Paraguay."), [])
    }

    func testAThingDoneThatNamesNoOneIsDoneWithTheSideItsWithPhraseNames() throws {
        XCTAssertEqual(try all("Kenya downgraded its diplomatic relations with Uganda on Sunday."), ["Kenya -downgrade-> Uganda"])
        XCTAssertEqual(
            try all("Norway said it had raised the matter with Iceland and Denmark."), ["Norway -raise-> Iceland", "Norway -raise-> Denmark"])
        // a thing two sides have, not an act: sharing a border
        XCTAssertEqual(try all("Finland shares a long border with Russia."), [])
        // an object that is a name stays the only target
        XCTAssertEqual(try all("Chile courted Bolivia together with Peru."), ["Chile -court-> Bolivia"])
    }

    func testAThingDoneAgainstASideOrAVerbStandingBehindOneActsTowardIt() throws {
        XCTAssertEqual(try all("Kenya waged a long war against Somalia."), ["Kenya -wage-> Somalia"])
        XCTAssertEqual(try all("Ecuador rebelled against Peru in 1941."), ["Ecuador -rebel-> Peru"])
        XCTAssertEqual(try all("Norway and Iceland stood firmly behind Ukraine."), ["Norway -stand-> Ukraine", "Iceland -stand-> Ukraine"])
        // a phrase that names no one, and a verb of being
        XCTAssertEqual(try all("Chile waged a long war against poverty."), [])
        XCTAssertEqual(try all("Peru remained behind Chile in the rankings."), [])
        // an object that is a name stays the only target
        XCTAssertEqual(try all("Chile courted Bolivia against Peru."), ["Chile -court-> Bolivia"])
    }
}
