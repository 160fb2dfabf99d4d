import KGExtraction
import KGModel
import XCTest

final class FactDatingTests: XCTestCase {
    /// One sentence, one fact spanning `evidence`.
    private func dated(_ sentence: String, evidence: String, publishedOn iso: String?) throws -> Fact {
        let range = try XCTUnwrap(sentence.range(of: evidence))
        let start = sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: range.lowerBound)
        let fact = Fact(
            subject: 1, object: 2, action: "condemn", cameo: .root(.disapprove), kind: .action, sentence: 0,
            span: TextSpan(start: start, end: start + evidence.unicodeScalars.count), confidence: 0.8)
        let document = ExtractedDocument(
            title: nil, sentences: [Sentence(index: 0, span: TextSpan(start: 0, end: sentence.unicodeScalars.count), text: sentence)],
            entities: [], mentions: [], facts: [fact])
        return try XCTUnwrap(FactDating.date(document, publishedOn: iso.flatMap(CalendarDate.init(iso:))).facts.first)
    }

    func testExplicitDateInTheSentenceWins() throws {
        let fact = try dated(
            "NATO condemned Russia on February 24, 2022.", evidence: "NATO condemned Russia",
            publishedOn: "2022-03-01")
        XCTAssertEqual(fact.date?.iso, "2022-02-24")
        XCTAssertEqual(fact.dateSource, .sentence)
    }

    func testRelativeDateIsResolvedAgainstThePublicationDate() throws {
        let fact = try dated("On Monday, NATO condemned Russia.", evidence: "NATO condemned Russia", publishedOn: "2022-02-24")
        XCTAssertEqual(fact.date?.iso, "2022-02-21")
        XCTAssertEqual(fact.dateSource, .relative)
    }

    func testTheDateNearestTheEvidenceIsChosen() throws {
        let fact = try dated(
            "After talks on Monday failed, NATO condemned Russia on Wednesday.",
            evidence: "NATO condemned Russia", publishedOn: "2022-02-24")
        XCTAssertEqual(fact.date?.iso, "2022-02-23")
    }

    func testWithoutADateInTheSentenceTheDocumentDateIsUsed() throws {
        let fact = try dated("NATO condemned Russia.", evidence: "NATO condemned Russia", publishedOn: "2022-02-24")
        XCTAssertEqual(fact.date?.iso, "2022-02-24")
        XCTAssertEqual(fact.dateSource, .document)
    }

    func testNoDatesAnywhereLeavesTheFactUndated() throws {
        let fact = try dated("On Monday, NATO condemned Russia.", evidence: "NATO condemned Russia", publishedOn: nil)
        XCTAssertNil(fact.date)
        XCTAssertNil(fact.dateSource)
    }
}
