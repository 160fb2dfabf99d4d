import KGExtraction
import XCTest

/// Signing stated with a light verb (`TreeActionExtractor+Signatures`): each sentence's exact set of
/// facts with the whole extractor, on invented sentences.
final class SignatureTests: ExtractionTestCase {
    func testCoordinatedSignersPuttingTheirNamesToATextSignWithEachOther() throws {
        XCTAssertEqual(try all("Chile and Peru put their names to the accord on Friday."), ["Chile -sign-> Peru", "Peru -sign-> Chile"])
        XCTAssertEqual(try all("Peru and Bolivia put their initials to the accord."), ["Peru -initial-> Bolivia", "Bolivia -initial-> Peru"])
    }

    func testASignatureWithNoOtherSideOrNoSignatureIsNoSigning() throws {
        XCTAssertEqual(try all("Chile put its name to the accord."), [])
        XCTAssertEqual(try all("Chile and Peru put pressure on the council."), [])
    }
}
