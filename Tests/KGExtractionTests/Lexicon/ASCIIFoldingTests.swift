import XCTest

@testable import KGExtraction

final class ASCIIFoldingTests: XCTestCase {
    func testLowersASCIIAsStringLowercasedDoes() {
        for text in ["New York", "UNITED NATIONS", "already lower", "", "A", "Z@[`{", "O'Brien 2024", "tab\there"] {
            XCTAssertEqual(ASCIIFolding.lowercased(text), text.lowercased(), text)
        }
    }

    func testHyphensBecomeSpacesOnlyWhenAsked() {
        XCTAssertEqual(ASCIIFolding.lowercased("Ramos-Horta"), "ramos-horta")
        XCTAssertEqual(ASCIIFolding.lowercased("Ramos-Horta", hyphensAsSpaces: true), "ramos horta")
        XCTAssertEqual(ASCIIFolding.lowercased("-A-", hyphensAsSpaces: true), " a ")
    }

    func testTextBeyondASCIIIsLeftToTheUnicodeFolding() {
        XCTAssertNil(ASCIIFolding.lowercased("José"))
        XCTAssertNil(ASCIIFolding.lowercased("\u{212A}elvin"))  // KELVIN SIGN lowers to "k"
        XCTAssertNil(ASCIIFolding.lowercased("\u{201C}quoted\u{201D}", hyphensAsSpaces: true))
    }

    func testIsASCIIAnswersAsTheBytesDo() {
        for text in ["", "Kyiv", "tab\there", "\u{7F}", "José", "\u{212A}", "Ukraine\u{2019}s", String(repeating: "a", count: 40) + "é"] {
            XCTAssertEqual(ASCIIFolding.isASCII(text), text.utf8.allSatisfy { $0 < 0x80 }, text)
        }
    }

    func testATokenKeyAndAnOfficeHoldersKeyAreUnchanged() {
        XCTAssertEqual(Lexicons.tokenKey("Democratic Republic of the Congo"), "democratic republic of the congo")
        for surface in ["St. Petersburg", "Cote d'Ivoire", "Ramos-Horta"] {  // not plain: tokenized as before
            XCTAssertEqual(
                Lexicons.tokenKey(surface), Tokenizer.tokenize(Array(surface.unicodeScalars)).map(\.lower).joined(separator: " "))
        }
        XCTAssertEqual(OfficeHolders.key("José Ramos-Horta"), "jose ramos horta")
        XCTAssertEqual(OfficeHolders.key("Jose Ramos-Horta"), "jose ramos horta")
        XCTAssertEqual(OfficeHolders.asciiKey("Ramos-Horta"), OfficeHolders.foldedKey("Ramos-Horta"))
    }
}
