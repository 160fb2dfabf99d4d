import KGExtraction
import XCTest

/// Constructions of the fifteenth recall pass (issue 7): acts whose target sits in a prepositional
/// phrase, and coordinated sides; each sentence's exact set of facts with the whole extractor, on
/// invented sentences.
final class FifteenthRecallPassTests: ExtractionTestCase {
    func testEveryItemOfASubjectListParsedAsSeveralSubjectsActs() throws {
        XCTAssertEqual(
            try all("Peru, Chile and Bolivia recalled their envoys from Ecuador."),
            ["Peru -recall-> Ecuador", "Chile -recall-> Ecuador", "Bolivia -recall-> Ecuador"])
        // a plural noun before the names
        XCTAssertEqual(
            try all("Neighbours Peru, Chile and Bolivia closed their land borders with Ecuador on Monday."),
            ["Peru -close-> Ecuador", "Chile -close-> Ecuador", "Bolivia -close-> Ecuador"])
    }

    func testEveryTitledNameOfASplitSubjectListActs() throws {
        XCTAssertEqual(
            try all(
                "Ghanaian President John Mahama, Togolese President Faure Gnassingbe and Beninese President Thomas Boni Yayi put their initials to the accord at the base."
            ),
            [
                "John Mahama -president-> Ghana", "Faure Gnassingbe -president-> Togo", "Thomas Boni Yayi -president-> Benin",
                "John Mahama -initial-> Faure Gnassingbe", "John Mahama -initial-> Thomas Boni Yayi",
                "Faure Gnassingbe -initial-> John Mahama", "Faure Gnassingbe -initial-> Thomas Boni Yayi",
                "Thomas Boni Yayi -initial-> John Mahama", "Thomas Boni Yayi -initial-> Faure Gnassingbe",
            ])
        // a body's name right before its officer's is no item of a list: the court does not agree with its judge
        XCTAssertEqual(try all("On Monday, Nairobi High Court Judge Peter Mwangi appeared to agree with them."), ["Peter Mwangi -judge-> Nairobi High Court"])
        // a relative clause's noun between the subject and its verb is no item of a list
        XCTAssertEqual(try all("Kenya, whose own Turkwel Dam lies downstream, has accused Ethiopia of hiding data."), ["Kenya -accuse-> Ethiopia"])
    }

    func testATieMayHangOnAnAmountOfIt() throws {
        XCTAssertEqual(try all("Japan suspended about $4 million in military aid to Haiti."), ["Japan -suspend-> Haiti"])
    }

    func testAPossessivePronounOnAPerformedActIsTheSubjects() throws {
        XCTAssertEqual(try all("Canada still maintains its own sanctions on Syria."), ["Canada -sanction-> Syria"])
        XCTAssertEqual(try all("Canada extended its sanctions on Syria for a year."), ["Canada -sanction-> Syria"])
        // a verb that does not perform the act it names does not make the act its subject's
        XCTAssertEqual(try all("Canada criticized its sanctions on Syria."), ["Canada -criticize-> Syria"])
    }

    func testStoppingATradeReducesRelationsWithTheSideOfItsGoods() throws {
        XCTAssertEqual(
            try all("Britain and Japan had already stopped buying Iranian and Syrian oil."),
            ["United Kingdom -stop-> Iran", "United Kingdom -stop-> Syria", "Japan -stop-> Iran", "Japan -stop-> Syria"])
        XCTAssertEqual(try all("India halted importing steel from China."), ["India -halt-> China"])
        // goods of no one named, or an act that is no trade: nothing
        XCTAssertEqual(try all("Japan stopped buying oil in March."), [])
        XCTAssertEqual(try all("Japan stopped blaming China."), [])
    }

    func testBreakingRelationsReducesThemAndIsNoFight() throws {
        let broken = try extract("Venezuela responded by breaking diplomatic relations with Colombia.")
        XCTAssertEqual(facts(broken), ["Venezuela -break-> Colombia"])
        XCTAssertEqual(broken.facts.map { "\($0.action)/\($0.cameo.rawValue)" }, ["break/16"])
    }

    func testSidesThatDoAnUncodedActToEachOtherDoItBothWays() throws {
        XCTAssertEqual(try all("Kenyan and Ugandan jets shadowed each other."), ["Kenya -shadow-> Uganda", "Uganda -shadow-> Kenya"])
        // "each other" a few words past the last name, beyond the words usually parsed
        XCTAssertEqual(
            try all("Kenyan and Ugandan warships have shadowed each other in the lake for two weeks."),
            ["Kenya -shadow-> Uganda", "Uganda -shadow-> Kenya"])
        // one side alone does nothing to itself
        XCTAssertEqual(try all("Kenyan jets shadowed each other near Uganda."), [])
    }
}
