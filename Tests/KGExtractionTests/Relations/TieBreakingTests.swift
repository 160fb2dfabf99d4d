import KGExtraction
import KGModel
import XCTest

/// Breaking a tie cuts relations (CAMEO 16), whichever rules read the clause (`ActionExtractor.objectCoded`).
final class TieBreakingTests: ExtractionTestCase {
    private func codes(_ text: String) throws -> [String] {
        let doc = try extract(text)
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        return doc.facts.filter { $0.kind == .action }.map { "\(names[$0.subject] ?? "?") -\($0.action)/\($0.cameo.rawValue)-> \(names[$0.object] ?? "?")" }
    }

    func testBreakingOffRelationsCutsThem() throws {
        XCTAssertEqual(try codes("Somalia on Tuesday broke off diplomatic relations with Kenya."), ["Somalia -break/16-> Kenya"])
    }

    func testBreakingAnythingElseIsNoCutInRelations() throws {
        XCTAssertFalse(try codes("Somalia on Tuesday broke the siege of Kenya's forces at Kismayo.").contains { $0.contains("/16->") })
    }
}
