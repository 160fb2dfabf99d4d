import KGExtraction
import XCTest

/// Constructions of the seventeenth recall pass (issue 7), each sentence's exact set of facts with
/// the whole extractor, on invented sentences about other regions than the tuning articles.
final class SeventeenthRecallPassTests: ExtractionTestCase {
    func testTheCapitalAnEnvoyIsRecalledFromIsItsGovernment() throws {
        XCTAssertEqual(try all("Nairobi recalled its ambassador from Kampala on Friday."), ["Kenya -recall-> Uganda"])
        XCTAssertEqual(
            try all("Kenya withdrew the ambassadors of its three missions from Kampala."), ["Kenya -withdraw-> Uganda"])
        // where an envoy merely travels from is the city
        let doc = try extract("The ambassador flew in from Kampala on Friday.")
        XCTAssertEqual(Set(doc.entities.map { "\($0.type) \($0.name)" }), ["location Kampala"])
    }

    func testTheVerbAfterANamesWhoseClauseIsTheNames() throws {
        XCTAssertEqual(try all("Ghana, whose troops patrol the border, accused Togo of arming the rebels."), ["Ghana -accuse-> Togo"])
        // the main verb tagged a past participle after the noun before it
        XCTAssertEqual(try all("Mary Otieno, whose government faces an election, criticised Uganda."), ["Mary Otieno -criticize-> Uganda"])
    }
}
