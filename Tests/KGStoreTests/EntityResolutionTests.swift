import KGModel
import KGStore
import KGTestSupport
import XCTest

final class EntityResolutionTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: GraphStore!
    private var documents = 0

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try folder.store()
    }

    /// Ingests a one-sentence document naming `entities` and returns their store ids.
    @discardableResult
    private func ingest(_ entities: [(String, EntityType, [String])]) throws -> [Int] {
        documents += 1
        var doc = HandExtraction([entities.map { $0.0 + " " + $0.2.joined(separator: " ") }.joined(separator: " and ") + " met."])
        for (name, type, aliases) in entities { doc.entity(name, type, aliases: aliases) }
        try store.ingest(document: doc.source("/news/\(documents).txt"), extraction: doc.document)
        return try entities.map { name, type, _ in try store.entities(named: name, type: type).first?.id ?? -1 }
    }

    func testSurnameAloneJoinsTheFullNameAndTheFullNameStaysCanonical() throws {
        let full = try ingest([("Vladimir Putin", .person, [])])
        let bare = try ingest([("Putin", .person, [])])
        XCTAssertEqual(bare, full)
        XCTAssertEqual(try store.entities(type: .person).map(\.name), ["Vladimir Putin"])
    }

    func testFullNameJoinsAnEarlierSurnameAndBecomesCanonical() throws {
        let bare = try ingest([("Putin", .person, [])])
        let full = try ingest([("Vladimir Putin", .person, [])])
        XCTAssertEqual(full, bare)
        XCTAssertEqual(try store.entities(type: .person).map(\.name), ["Vladimir Putin"])
        XCTAssertEqual(try store.aliases(ofEntity: full[0]), ["Putin", "Vladimir Putin"])
    }

    func testSharedAliasKeyJoinsWhateverTheCaseAndPunctuation() throws {
        let first = try ingest([("United States", .country, ["U.S."])])
        let second = try ingest([("the United States", .country, [])])
        let third = try ingest([("u s", .country, [])])
        XCTAssertEqual(second, first)
        XCTAssertEqual(third, first)
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities"), 1)
    }

    func testGenericAliasSharedByTwoInstitutionsDoesNotMergeThem() throws {
        let kenyan = try ingest([("Kenyan Foreign Ministry", .organization, ["Foreign Ministry"])])
        let chilean = try ingest([("Chilean Foreign Ministry", .organization, ["Foreign Ministry"])])
        XCTAssertNotEqual(kenyan, chilean)
    }

    func testAcronymNamingAnEarlierEntityJoinsIt() throws {
        let full = try ingest([("African Union", .organization, ["AU"])])
        let acronym = try ingest([("AU", .organization, [])])
        XCTAssertEqual(acronym, full)
    }

    func testSameNameOfAnotherTypeStaysApart() throws {
        let country = try ingest([("Georgia", .country, [])])
        let location = try ingest([("Georgia", .location, [])])
        XCTAssertNotEqual(country, location)
    }

    func testSurnameSharedByTwoPeopleJoinsNeither() throws {
        try ingest([("Joe Biden", .person, ["Biden"])])
        try ingest([("Jill Biden", .person, ["Biden"])])
        try ingest([("Biden", .person, [])])
        XCTAssertEqual(try store.entities(type: .person).map(\.name), ["Biden", "Jill Biden", "Joe Biden"])
    }

    func testBareSurnameAliasDoesNotMergeTwoFullNames() throws {
        let joe = try ingest([("Joe Biden", .person, ["Biden"])])
        let jill = try ingest([("Jill Biden", .person, ["Biden"])])
        XCTAssertNotEqual(joe, jill)
    }

    func testAliasesAccumulateAcrossDocuments() throws {
        let id = try ingest([("Volodymyr Zelensky", .person, ["Zelensky"])])[0]
        try ingest([("Volodymyr Zelensky", .person, ["President Zelensky"])])
        XCTAssertEqual(try store.aliases(ofEntity: id), ["President Zelensky", "Volodymyr Zelensky", "Zelensky"])
    }

    func testRelationsOfBothDocumentsMeetOnTheMergedEntity() throws {
        var a = HandExtraction(["Vladimir Putin met Xi Jinping."])
        a.fact(a.entity("Vladimir Putin", .person), "meet", a.entity("Xi Jinping", .person))
        try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        var b = HandExtraction(["NATO criticized Putin."])
        b.fact(b.entity("NATO", .organization), "criticize", b.entity("Putin", .person))
        try store.ingest(document: b.source("/news/b.txt"), extraction: b.document)
        XCTAssertEqual(try store.factLines(), ["NATO criticize Vladimir Putin", "Vladimir Putin meet Xi Jinping"])
    }

    func testReplacingTheDocumentThatLastNamedAnEntityKeepsItWhileOthersMentionIt() throws {
        var a = HandExtraction(["Putin spoke."])
        a.entity("Putin", .person)
        try store.ingest(document: a.source("/news/a.txt"), extraction: a.document)
        var b = HandExtraction(["Vladimir Putin spoke again."])
        b.entity("Vladimir Putin", .person)
        try store.ingest(document: b.source("/news/b.txt"), extraction: b.document)
        let empty = HandExtraction(["Rain."])
        try store.ingest(document: empty.source("/news/a.txt"), extraction: empty.document)
        XCTAssertEqual(try store.entities().map(\.name), ["Vladimir Putin"])
    }
}

extension EntityResolutionTests {
    func testGenerationalSuffixIsNotTheSurname() throws {
        let full = try ingest([("Martin Luther King Jr.", .person, [])])
        let bare = try ingest([("King", .person, [])])
        XCTAssertEqual(bare, full)
    }
}

extension EntityResolutionTests {
    func testFirstNameTransliterationJoinsAcrossDocuments() throws {
        let ukrainian = try ingest([("Volodymyr Zelenskiy", .person, ["Zelenskiy"])])
        let russian = try ingest([("Vladimir Zelensky", .person, ["Zelensky"])])
        XCTAssertEqual(russian, ukrainian)
        XCTAssertEqual(try store.entities(type: .person).map(\.name), ["Volodymyr Zelenskiy"])
    }

    func testArabicFirstNameRomanizationsJoin() throws {
        let first = try ingest([("Mohammed bin Salman", .person, [])])
        let second = try ingest([("Muhammad bin Salman", .person, [])])
        XCTAssertEqual(second, first)
    }

    func testDifferentFirstNamesWithOneSurnameStayApart() throws {
        let joe = try ingest([("Joe Biden", .person, [])])
        let jill = try ingest([("Jill Biden", .person, [])])
        XCTAssertNotEqual(joe, jill)
    }

    func testTransliteratedNameJoinsOnlyTheNamesakeWithTheWholeSameName() throws {
        let a = try ingest([("Vladimir Zelensky", .person, [])])
        let b = try ingest([("Vladimir Zelenskiy Jr.", .person, [])])
        let c = try ingest([("Volodymyr Zelenskiy", .person, [])])
        XCTAssertEqual(c, a)
        XCTAssertNotEqual(b, a)
    }
}
