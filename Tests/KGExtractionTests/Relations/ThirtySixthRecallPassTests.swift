import XCTest

@testable import KGExtraction

/// The thirty-sixth pass on unseen news: a request, an offer or a call summed up after a comma and
/// refused ("..., a request X rejected") is refused toward whoever asked, not toward the one asked.
final class ThirtySixthRecallPassTests: ExtractionTestCase {
    func testARefusedRequestIsAimedAtTheAsker() throws {
        XCTAssertEqual(
            try all("Tomas Varlek asked Secretary-General Ana Rusk to replace the envoy, a request Rusk rejected."),
            ["Tomas Varlek -ask-> Ana Rusk", "Ana Rusk -reject-> Tomas Varlek"])
        XCTAssertEqual(
            try all("Tomas Varlek invited Ana Rusk to a meeting in Maputo, an offer Rusk rejected."),
            ["Tomas Varlek -invite-> Ana Rusk", "Ana Rusk -reject-> Tomas Varlek"])
        // the clause asked for ("to replace ...") is passed over for the asking
        XCTAssertEqual(
            try all("Tomas Varlek urged Ana Rusk to replace the envoy, a call that Rusk rejected."),
            ["Tomas Varlek -urge-> Ana Rusk", "Ana Rusk -reject-> Tomas Varlek"])
    }

    func testARequestWelcomedIsNoRefusal() throws {
        XCTAssertEqual(
            try all("Tomas Varlek asked Ana Rusk to replace the envoy, a request Rusk welcomed."),
            ["Tomas Varlek -ask-> Ana Rusk"])
    }
}
