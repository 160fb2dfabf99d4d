import XCTest

@testable import KGExtraction

/// The forty-fourth pass on unseen news: a title that is no national office, after "his" or "her"
/// and with its holder named after a comma, serves the person the pronoun stands for.
final class FortyFourthRecallPassTests: ExtractionTestCase {
    func testATitleAfterHisWithItsHolderNamedServesThePronounsPerson() throws {
        let envoy = try roles("U.S. President Donald Trump said his special envoy, Steve Witkoff, had informed Qatar.")
        XCTAssertEqual(envoy, ["Donald Trump -president-> United States", "Steve Witkoff -special envoy-> Donald Trump"])
        let own = try roles("Nigerian President Muhammadu Buhari dispatched his own envoy, Ahmed Abubakar, to Pretoria.")
        XCTAssertTrue(own.contains("Ahmed Abubakar -envoy-> Muhammadu Buhari"), "\(own)")
        // a clause joined by ", and" takes up the first clause's subject, not its object's name
        let joined = try roles(
            "Brazilian President Jair Bolsonaro accused Emmanuel Macron of arrogance, and his special envoy, Onyx Lorenzoni, told reporters that Macron should stop.")
        XCTAssertTrue(joined.contains("Onyx Lorenzoni -special envoy-> Jair Bolsonaro"), "\(joined)")
        XCTAssertFalse(joined.contains("Onyx Lorenzoni -special envoy-> Emmanuel Macron"), "\(joined)")
        // a national office after "his" stays the state's
        let office = try roles("Thai Prime Minister Abhisit Vejjajiva spoke. His foreign minister, Kasit Piromya, flew to New York.")
        XCTAssertTrue(office.contains("Kasit Piromya -foreign minister-> Thailand"), "\(office)")
        XCTAssertFalse(office.contains("Kasit Piromya -foreign minister-> Abhisit Vejjajiva"), "\(office)")
        // with no holder named after the comma, the title is no one's
        let unnamed = try roles("U.S. President Donald Trump said his special envoy had informed Qatar.")
        XCTAssertEqual(unnamed, ["Donald Trump -president-> United States"])
    }
}
