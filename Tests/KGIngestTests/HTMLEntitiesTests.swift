import KGIngest
import XCTest

final class HTMLEntitiesTests: XCTestCase {
    func testNamedDecimalAndHexReferences() {
        XCTAssertEqual(HTMLEntities.decode("Caf&eacute; &amp; bar &#8212; &#x201C;hi&#X201D;"), "Caf\u{E9} & bar \u{2014} \u{201C}hi\u{201D}")
    }

    func testNumericReferencesInTheC1RangeMeanWindows1252() {
        XCTAssertEqual(HTMLEntities.decode("&#150; &#x93;quoted&#x94; &#128;"), "\u{2013} \u{201C}quoted\u{201D} \u{20AC}")
    }

    func testImpossibleCodePointsBecomeTheReplacementCharacter() {
        XCTAssertEqual(HTMLEntities.decode("a&#0;b&#xD800;c&#x110000;d"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
    }

    func testUnknownAndMalformedReferencesAreLeftAsWritten() {
        XCTAssertEqual(HTMLEntities.decode("&bogus; &#; &#x; & alone &;"), "&bogus; &#; &#x; & alone &;")
        XCTAssertEqual(HTMLEntities.decode("&#99999999999;"), "&#99999999999;")
    }

    func testOnlyLegacyNamesWorkWithoutASemicolon() {
        XCTAssertEqual(HTMLEntities.decode("AT&amp T &copy 2024"), "AT& T \u{A9} 2024")
        XCTAssertEqual(HTMLEntities.decode("caf&eacute au lait"), "caf&eacute au lait")
    }

    func testTextWithoutAmpersandsIsReturnedUnchanged() {
        let text = "No references here; just text < and >."
        XCTAssertEqual(HTMLEntities.decode(text), text)
    }
}
