import KGExtraction
import XCTest

/// The twenty-sixth pass on unseen news: a surname written after its full name without the Arabic
/// article ("Burhan" after "Abdel Fattah al-Burhan"), and a possessor in a list of people that the
/// parser made one more member ("Abiy, Sisi and Sudan's Prime Minister Abdalla Hamdok"), a capital
/// joined to a participle of backing ("the Moscow-backed Igor Dodon"), and a person's own
/// spokesman ("his spokesman, Bayo Onanuga").
final class TwentySixthRecallPassTests: ExtractionTestCase {
    func testASurnameWithoutItsArticleIsThePersonNamedInFull() throws {
        XCTAssertEqual(
            try all("General Abdel Fattah al-Burhan dissolved the government. The United States condemned Burhan on Tuesday."),
            ["United States -condemn-> Abdel Fattah al-Burhan"])
        XCTAssertEqual(
            try all("Prime Minister Fayez al-Sarraj arrived in Tripoli on Monday. Sarraj met Italian envoy Giuseppe Perrone."),
            ["Fayez al-Sarraj -arrive-> Tripoli", "Fayez al-Sarraj -meet-> Giuseppe Perrone", "Giuseppe Perrone -envoy-> Italy"])
        // a surname that only ends like one ("Bakr" of "al-Bakri") is someone else
        XCTAssertEqual(try all("Hisham al-Bakri arrived in Cairo on Monday. Bakr met Hassan Nasser."), ["Hisham al-Bakri -arrive-> Cairo"])
    }

    func testAPossessorInAListOfPeopleIsNoMemberOfIt() throws {
        XCTAssertEqual(
            try all(
                "Prime Minister Abiy Ahmed met President Abdel Fattah al-Sisi. At the summit Abiy, Sisi and Sudan's Prime Minister Abdalla Hamdok agreed to work towards a deal."
            ),
            [
                "Abiy Ahmed -meet-> Abdel Fattah al-Sisi", "Abdalla Hamdok -prime minister-> Sudan",
                "Abiy Ahmed -agree-> Abdel Fattah al-Sisi", "Abiy Ahmed -agree-> Abdalla Hamdok",
                "Abdel Fattah al-Sisi -agree-> Abiy Ahmed", "Abdel Fattah al-Sisi -agree-> Abdalla Hamdok",
                "Abdalla Hamdok -agree-> Abiy Ahmed", "Abdalla Hamdok -agree-> Abdel Fattah al-Sisi",
            ])
    }

    func testACapitalBackingOrLeadingIsItsGovernment() throws {
        XCTAssertEqual(try all("The Moscow-backed Igor Dodon lost the vote."), ["Russia -back-> Igor Dodon"])
        // a capital a body is based in stays the city
        XCTAssertEqual(try all("The Paris-based group backed Igor Dodon."), [])
    }

    func testAPersonsSpokesmanAfterHisIsThatPersonsStaff() throws {
        XCTAssertEqual(
            try all("President Bola Tinubu rejected the claim. In a statement issued by his spokesman, Bayo Onanuga, Tinubu said the claim was false."),
            ["Bayo Onanuga -spokesman-> Bola Tinubu"])
        // "its spokesman" speaks for a body, which other rules read
        XCTAssertEqual(try all("Bola Tinubu rejected the claim. Its spokesman, Bayo Onanuga, said the claim was false."), [])
    }
}
