import Foundation
import KGExport
import XCTest

/// Exports of facts: the reports of one (subject, action, object) merged, counted, with evidence.
final class FactExportTests: XCTestCase {
    private func snapshot() throws -> GraphSnapshot {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        return try GraphSnapshot(store: temporary.store)
    }

    func testFactsMergeReportsKeepingCountBestConfidenceAndEvidence() throws {
        let facts = try snapshot().facts()
        let condemn = try XCTUnwrap(facts.edges.first { $0.action == "condemn" })
        XCTAssertEqual(facts.edges.filter { $0.action == "condemn" }.count, 1)
        XCTAssertEqual(condemn.reports, 3)
        XCTAssertEqual(condemn.documents, ["a.txt", "b.txt"])
        XCTAssertEqual(
            condemn.evidence.compactMap(\.sentence),
            ["NATO condemned Russia, again.", "NATO condemned Russia.", "NATO condemned Russia twice."])
        XCTAssertEqual(condemn.confidence, 1.0)  // the best: imported rows without one count as 1
    }

    func testDOTDrawsAFactThickerAndWeightedByItsReportsWithTheEvidenceAsTooltip() throws {
        let text = try DOTWriter().write(try snapshot())
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("\"1\" -> \"2\"") })
        XCTAssertTrue(line.contains("label=\"condemn (3)\", penwidth=2.0, weight=3"), String(line))
        XCTAssertTrue(line.contains("a.txt: NATO condemned Russia, again.\\nb.txt: NATO condemned Russia."), String(line))
    }

    func testGraphMLOfFactsCarriesReportsWeightAndEvidence() throws {
        let xml = try GraphMLWriter().write(snapshot().facts())
        XCTAssertEqual(xml.components(separatedBy: "<data key=\"action\">condemn</data>").count, 2)
        XCTAssertTrue(xml.contains("<data key=\"reports\">3</data><data key=\"weight\">3.0</data>"), xml)
        XCTAssertTrue(xml.contains("<data key=\"documents_e\">a.txt; b.txt</data>"), xml)
        XCTAssertTrue(xml.contains("<key id=\"evidence\" for=\"edge\" attr.name=\"evidence\""), xml)
    }
}
