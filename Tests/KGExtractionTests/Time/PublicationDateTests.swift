import KGExtraction
import KGModel
import XCTest

final class PublicationDateTests: XCTestCase {
    func testWireDatelineOpeningTheFirstParagraph() {
        let found = PublicationDate.find(inText: "MOSCOW, Feb 21, 2022 (Reuters) - Russia recognized two regions on Monday.")
        XCTAssertEqual(found?.date.iso, "2022-02-21")
        XCTAssertEqual(found?.source, .dateline)
    }

    func testDatelineWithoutAYearTakesTheYearGiven() {
        let text = "MOSCOW, Feb 21 (Reuters) - Russia recognized two regions on Monday."
        XCTAssertNil(PublicationDate.find(inText: text))
        XCTAssertEqual(PublicationDate.find(inText: text, year: 2022)?.date.iso, "2022-02-21")
    }

    func testShortDateLineUnderTheHeadline() {
        let text = "Russia recognizes breakaway regions\nPublished Tuesday, February 22, 2022\n\nPutin signed..."
        let found = PublicationDate.find(inText: text)
        XCTAssertEqual(found?.date.iso, "2022-02-22")
        XCTAssertEqual(found?.source, .dateLine)
    }

    /// Lines end at every line break `Character.isNewline` knows: "\r\n", "\r", "\u{2028}".
    func testLinesEndAtEveryKindOfLineBreak() {
        for lineBreak in ["\r\n", "\r", "\u{2028}", "\u{85}"] {
            let text = ["Russia recognizes breakaway regions", "Published Tuesday, February 22, 2022", "", "Putin signed..."]
                .joined(separator: lineBreak)
            let found = PublicationDate.find(inText: text)
            XCTAssertEqual(found?.date.iso, "2022-02-22", lineBreak.debugDescription)
            XCTAssertEqual(found?.source, .dateLine, lineBreak.debugDescription)
        }
    }

    func testADateDeepInABodySentenceIsNotThePublicationDate() {
        let text = "The United Nations Security Council, which includes Russia, reaffirmed in a resolution on February 17, 2015 its respect for Ukraine."
        XCTAssertNil(PublicationDate.find(inText: text))
    }

    func testLinesAreCountedWithoutEmptyOnesAndOnlyTheFirstSixRead() {
        let seventh = "Headline\r\n\n\nTwo\nThree\nFour\nFive\nSix\nPublished February 22, 2022\n"
        XCTAssertNil(PublicationDate.find(inText: seventh))
        let sixth = "Headline\r\n\n\nTwo\nThree\nFour\nFive\nPublished February 22, 2022"
        XCTAssertEqual(PublicationDate.find(inText: sixth)?.date.iso, "2022-02-22")
        XCTAssertEqual(PublicationDate.find(inText: "\u{2028}Published February 22, 2022\u{2028}")?.source, .dateLine)
    }
}
