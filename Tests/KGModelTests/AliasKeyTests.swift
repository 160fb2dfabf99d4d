import KGModel
import XCTest

final class AliasKeyTests: XCTestCase {
    func testPossessiveCaseAndLeadingArticleDoNotCount() {
        XCTAssertEqual(AliasKey.normalize("The Kremlin\u{2019}s"), "kremlin")
    }

    func testPunctuationBecomesOneSpace() {
        XCTAssertEqual(AliasKey.normalize("Thomas-Greenfield"), "thomas greenfield")
    }

    func testTransliterationEndingsFold() {
        XCTAssertEqual(AliasKey.lookupKey("Dmitriy Peskov"), AliasKey.lookupKey("Dmitry Peskov"))
        XCTAssertEqual(AliasKey.lookupKey("Zelenskiy"), AliasKey.lookupKey("Zelensky"))
    }

    func testFinalIAndDiacriticsFold() {
        XCTAssertEqual(AliasKey.lookupKey("Dmitri Peskov"), AliasKey.lookupKey("Dmitriy Peskov"))
        XCTAssertEqual(AliasKey.lookupKey("Alexei"), AliasKey.lookupKey("Alexey"))
        XCTAssertEqual(AliasKey.lookupKey("Zelenski"), AliasKey.lookupKey("Zelenskyy"))
        XCTAssertEqual(AliasKey.lookupKey("\u{00C9}lys\u{00E9}e"), AliasKey.lookupKey("Elysee"))
    }

    func testDoubledFinalConsonantFolds() {
        XCTAssertEqual(AliasKey.lookupKey("Donbass"), AliasKey.lookupKey("Donbas"))
    }

    func testPlaceSpellingsFromTheGazetteerJoin() {
        XCTAssertEqual(AliasKey.lookupKey("Kiev"), AliasKey.lookupKey("Kyiv"))
        XCTAssertEqual(AliasKey.lookupKey("Kharkov"), AliasKey.lookupKey("Kharkiv"))
    }

    func testDifferentNamesStayApart() {
        XCTAssertNotEqual(AliasKey.lookupKey("Austria"), AliasKey.lookupKey("Australia"))
        XCTAssertNotEqual(AliasKey.lookupKey("Paris"), AliasKey.lookupKey("Perth"))
    }
}

final class AliasKeyASCIIPathTests: XCTestCase {
    func testASCIIAndTypographicFormsNormalizeAlike() {
        XCTAssertEqual(AliasKey.normalize("The Kremlin's"), AliasKey.normalize("The Kremlin\u{2019}s"))
        XCTAssertEqual(AliasKey.normalize("U.S. President's aide"), "u s president aide")
        XCTAssertEqual(AliasKey.normalize("the  Hague's court"), "hague court")
        XCTAssertEqual(AliasKey.normalize("BBC-News"), AliasKey.normalize("BBC\u{2013}News"))
    }
}
