import KGExtraction
import XCTest

/// Acts whose `from` phrase names a side (`TreeActionExtractor+Sources`): each sentence's exact set
/// of facts with the whole extractor, on invented sentences.
final class TreeActionExtractorSourcesTests: ExtractionTestCase {
    func testAFromPhraseHungOnTheObjectsOfPhraseNamesWhomTheEnvoysAreRecalledFrom() throws {
        // the parser hangs "from Kampala" on "states", the object's "of" phrase
        XCTAssertEqual(
            try all("Kenya also recalled the ambassadors of its 15 member states from Kampala and imposed an arms embargo."),
            ["Kenya -recall-> Uganda"])
        // an object that names a side stays the only target
        XCTAssertEqual(try all("Kenya recalled the ambassador of Peru from Kampala."), ["Kenya -recall-> Peru"])
    }
}
