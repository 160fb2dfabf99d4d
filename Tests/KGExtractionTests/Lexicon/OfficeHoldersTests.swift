import XCTest

@testable import KGExtraction

/// The office holders' look-up key: the ASCII path gives Foundation's folding, byte for byte.
final class OfficeHoldersTests: XCTestCase {
    func testTheASCIIKeyOfEveryCharacterIsTheFoldedKey() {
        for byte in UInt8(0)..<0x80 {
            let text = "A\(Character(Unicode.Scalar(byte)))z"
            XCTAssertEqual(OfficeHolders.asciiKey(text), OfficeHolders.foldedKey(text), "byte \(byte)")
        }
    }

    func testTheASCIIKeyOfEveryListedNameIsTheFoldedKey() throws {
        var names = 0
        try Lexicons.forEachRow("office_holders.tsv") { fields in
            guard let name = fields.first else { return }
            names += 1
            XCTAssertEqual(OfficeHolders.asciiKey(name), OfficeHolders.foldedKey(name), name)
        }
        XCTAssertGreaterThan(names, 10_000)
    }

    func testANameWithAccentsIsFoldedByFoundation() {
        XCTAssertNil(OfficeHolders.asciiKey("José Ramos-Horta"))
        XCTAssertEqual(OfficeHolders.key("José Ramos-Horta"), "jose ramos horta")
        XCTAssertEqual(OfficeHolders.key("Jose RAMOS-Horta"), "jose ramos horta")
    }

    func testAShortNameFindsTheHolderTheLexiconWritesWithAMiddleName() {
        // the lexicon has "Carlos Saul Menem" and "Laurent Desire Kabila"
        XCTAssertNil(OfficeHolders.country(of: "Carlos Menem"))
        XCTAssertEqual(OfficeHolders.country(ofShortName: "Carlos Menem"), "Argentina")
        XCTAssertEqual(OfficeHolders.country(ofShortName: "Laurent Kabila"), "Democratic Republic of the Congo")
        // a full name is looked up as it is; one word has no given and family name
        XCTAssertEqual(OfficeHolders.country(ofShortName: "Carlos Saul Menem"), "Argentina")
        XCTAssertNil(OfficeHolders.givenAndFamilyName(ofKey: "menem"))
    }
}

/// The given and family name read from an ASCII key's bytes is the one its words give.
final class OfficeHoldersShortNameTests: XCTestCase {
    func testTheBytePathGivesWhatTheWordsGive() {
        for key in ["ali hoseini khamenei", "carlos menem", "menem", "", " ", "  a  b  ", " a", "a ", "a  b", "x y z w", " one "] {
            XCTAssertEqual(OfficeHolders.asciiGivenAndFamilyName(ofKey: key), OfficeHolders.splitGivenAndFamilyName(ofKey: key), "'\(key)'")
        }
        XCTAssertEqual(OfficeHolders.asciiGivenAndFamilyName(ofKey: " ali  hoseini khamenei "), "ali|khamenei")
        XCTAssertNil(OfficeHolders.asciiGivenAndFamilyName(ofKey: "  menem "))
    }

    func testEveryListedKeyGivesWhatItsWordsGive() {
        XCTAssertGreaterThan(OfficeHolders.table.count, 10_000)
        for key in OfficeHolders.table.keys {
            XCTAssertEqual(OfficeHolders.givenAndFamilyName(ofKey: key), OfficeHolders.splitGivenAndFamilyName(ofKey: key), key)
        }
    }

    func testANonASCIIKeyIsSplitIntoWords() {
        XCTAssertEqual(OfficeHolders.givenAndFamilyName(ofKey: "josé ramos horta"), "josé|horta")
    }
}
