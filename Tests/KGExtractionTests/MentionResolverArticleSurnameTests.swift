import KGModel
import XCTest

@testable import KGExtraction

/// A surname that carries an Arabic article ("al-Abadi", "el-Masri") is said without it later
/// ("Abadi", "Masri"): the short form is the same person.
final class MentionResolverArticleSurnameTests: ExtractionTestCase {
    func testTheArticleIsDroppedOnlyBeforeACapitalizedNameOfThreeLettersOrMore() {
        XCTAssertEqual(MentionResolver.withoutArticle("al-Abadi"), "Abadi")
        XCTAssertEqual(MentionResolver.withoutArticle("el-Masri"), "Masri")
        XCTAssertEqual(MentionResolver.withoutArticle("Al-Sadr"), "Sadr")
        XCTAssertNil(MentionResolver.withoutArticle("Alabadi"))
        XCTAssertNil(MentionResolver.withoutArticle("al-abadi"))
        XCTAssertNil(MentionResolver.withoutArticle("al-Qa"))
        XCTAssertNil(MentionResolver.withoutArticle("Abadi"))
    }

    func testASurnameWithoutItsArticleIsThePersonNamedBefore() throws {
        let doc = try extract("Iraqi Prime Minister Haider al-Abadi flew to Erbil on Monday. Abadi accused Turkey of arming rebels.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.name) \($0.type.rawValue)" }), ["Haider al-Abadi person", "Iraq country", "Erbil location", "Turkey country"])
        XCTAssertEqual(
            facts(doc), ["Haider al-Abadi -prime minister-> Iraq", "Haider al-Abadi -fly-> Erbil", "Haider al-Abadi -accuse-> Turkey"])
    }

    func testAnElArticleIsDroppedToo() throws {
        let doc = try extract("Egyptian President Khaled el-Masri met Jordanian Prime Minister Omar Haddad in Cairo. Masri praised Jordan.")
        XCTAssertEqual(
            Set(doc.entities.map { "\($0.name) \($0.type.rawValue)" }),
            ["Khaled el-Masri person", "Omar Haddad person", "Egypt country", "Jordan country", "Cairo location"])
        XCTAssertEqual(
            facts(doc),
            [
                "Khaled el-Masri -president-> Egypt", "Omar Haddad -prime minister-> Jordan", "Khaled el-Masri -meet-> Omar Haddad",
                "Khaled el-Masri -praise-> Jordan",
            ])
    }
}
