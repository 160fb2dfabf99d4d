import KGExtraction
import XCTest

/// Naming someone or their act (`TreeActionExtractor+Naming`), on the trees the bundled parser
/// gives (tree rules alone): the exact set of facts of each sentence.
final class NamingCallTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testCallingACountrysActSomethingJudgesTheCountry() throws {
        XCTAssertEqual(
            try facts("Kosovo Prime Minister Albin Kurti called Serbia's move \"an act of aggression\" on Wednesday."),
            ["Albin Kurti -prime minister-> Kosovo", "Albin Kurti -call-> Serbia"])
        XCTAssertEqual(try facts("Kenya called Uganda's decision unacceptable."), ["Kenya -call-> Uganda"])
    }

    func testANamingIsADisapprovalAndAnAppealStaysAnAppeal() throws {
        let extractor = try XCTUnwrap(TreeRuleFacts.extractor)
        XCTAssertEqual(extractor.extract("Kenya called Uganda's decision unacceptable.").facts.map(\.cameo), [.root(.disapprove)])
        XCTAssertEqual(extractor.extract("Kenya called on Uganda to withdraw its troops.").facts.map(\.cameo), [.root(.appeal)])
    }

    func testCallingForSomethingOfACountryIsNoNaming() throws {
        XCTAssertEqual(try facts("Kenya called for Uganda's help."), [])
    }
}
