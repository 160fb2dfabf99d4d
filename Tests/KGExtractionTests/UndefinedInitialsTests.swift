import KGModel
import XCTest

@testable import KGExtraction

/// An institution's initials stand for it though the text never defines them ("the IRA" after
/// "the Irish Republican Army"), except after a capitalized word ("the Real IRA" is another group).
final class UndefinedInitialsTests: ExtractionTestCase {
    func testInitialsAreTakenFromALongNameOfThreeCapitalizedWordsOrMore() {
        func tokens(_ text: String) -> ArraySlice<Token> { Tokenizer.tokenize(Array(text.unicodeScalars))[...] }
        XCTAssertEqual(Extractor.initials(tokens("Organization of American States")), "OAS")
        XCTAssertNil(Extractor.initials(tokens("African Union")))
        XCTAssertNil(Extractor.initials(tokens("Army of the north")))
    }

    func testUndefinedInitialsStandForTheInstitutionNamedBefore() throws {
        let doc = try extract("The Popular Liberation Army attacked Kenya on Monday. Uganda accused the PLA of arming rebels.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name) \($0.type.rawValue)" }), ["Popular Liberation Army organization", "Kenya country", "Uganda country"])
        XCTAssertEqual(facts(doc), ["Popular Liberation Army -attack-> Kenya", "Uganda -accuse-> Popular Liberation Army"])
    }

    func testInitialsAfterACapitalizedWordAreAnotherName() throws {
        let doc = try extract("The Popular Liberation Army attacked Kenya on Monday. Uganda accused the Real PLA of arming rebels.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name) \($0.type.rawValue)" }), ["Popular Liberation Army organization", "Kenya country", "Uganda country"])
        XCTAssertEqual(facts(doc), ["Popular Liberation Army -attack-> Kenya"])
    }
}
