import KGExtraction
import XCTest

/// Lifting a penalty (`TreeActionExtractor+Easing`), on the trees the bundled parser gives (tree
/// rules alone): the exact set of facts of each sentence.
final class EasingTests: XCTestCase {
    func facts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        try TreeRuleFacts.of(text, file: file, line: line)
    }

    func testLiftingAllSanctionsOnACountryYieldsToIt() throws {
        XCTAssertEqual(try facts("The United States lifted all sanctions on Syria."), ["United States -lift-> Syria"])
    }

    func testEasingPartOfAPenaltyYieldsToWhomItHits() throws {
        XCTAssertEqual(try facts("The United States eased some of its sanctions on Belarus in September."), ["United States -ease-> Belarus"])
        // the country owning what the penalty is laid on
        XCTAssertEqual(
            try facts("The European Union eased some of its sanctions on Syria's energy sector in February."), ["European Union -ease-> Syria"])
    }

    func testEasingSomethingThatIsNoPenaltyIsNoYielding() throws {
        XCTAssertEqual(try facts("The United States eased its rules on visas for Syria."), [])
    }

    func testAYieldingIsCodedAsOne() throws {
        let extractor = try XCTUnwrap(TreeRuleFacts.extractor)
        XCTAssertEqual(extractor.extract("The United States eased sanctions on Belarus.").facts.map(\.cameo), [.root(.yield)])
    }
}
