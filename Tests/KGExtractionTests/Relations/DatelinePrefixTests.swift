import XCTest

@testable import KGExtraction

/// A wire story's dateline is skipped by the parser, so that its lead sentence's clause is read whole.
final class DatelinePrefixTests: XCTestCase {
    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(Array(text.unicodeScalars)) }

    func testDatelineWithAgencyEndsAfterItsDash() {
        let t = tokens("BISHKEK, Sept 17 (Reuters) - Kyrgyzstan and Tajikistan accused each other.")
        let end = DatelinePrefix.end(t, 0..<t.count)
        XCTAssertEqual(t[end].text, "Kyrgyzstan")
    }

    func testTwoWordCapitalInCapitalsEndsAfterItsDash() {
        let t = tokens("LA PAZ, Nov 12 (Reuters) - Evo Morales arrived in Mexico City.")
        XCTAssertEqual(t[DatelinePrefix.end(t, 0..<t.count)].text, "Evo")
    }

    func testSentenceWithoutDatelineStartsWhereItStarts() {
        let t = tokens("US officials - speaking on Monday - denied it.")
        XCTAssertEqual(DatelinePrefix.end(t, 0..<t.count), 0)
        let u = tokens("Kenya - the region's hub - welcomed it.")
        XCTAssertEqual(DatelinePrefix.end(u, 0..<u.count), 0)
    }

    func testLeadSentenceAfterADatelineGivesItsClausesFacts() throws {
        XCTAssertEqual(
            try TreeRuleFacts.of("LA PAZ, Nov 12 (Reuters) - Former Bolivian President Evo Morales arrived in Mexico City on Tuesday."),
            ["Evo Morales -president-> Bolivia", "Evo Morales -arrive-> Mexico City"])
    }

    func testTheDatelinesAgencyActsOnNoOneWhenTheSubjectIsUnknown() throws {
        // an acronym kg does not know leaves the agency the name nearest the verb; it is still no actor
        // (the tree and the word-window rules together, as kg runs them)
        let extractor = try XCTUnwrap(ExtractionTestCase.extractor, "the extractor failed to load")
        func facts(_ text: String) -> Set<String> {
            let doc = extractor.extract(text)
            let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
            return Set(doc.facts.map { "\(names[$0.subject] ?? "?") -\($0.action)-> \(names[$0.object] ?? "?")" })
        }
        XCTAssertEqual(facts("BOGOTA, March 3 (Reuters) - The OCTB condemned Colombia on Tuesday."), [])
        XCTAssertEqual(
            facts("BOGOTA, March 3 (Reuters) - The European Union condemned Colombia on Tuesday."), ["European Union -condemn-> Colombia"])
    }
}
