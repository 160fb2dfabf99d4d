import XCTest

@testable import KGExtraction

/// `RecordingParser`: every tree the relation rules read, kept with its folded words and tags.
final class RecordingParserTests: XCTestCase {
    func testKeepsEachParseWithItsFoldedWordsAndClears() throws {
        let recorder = RecordingParser(try DependencyParser.bundled())
        let extractor = try Extractor(parser: recorder)
        _ = extractor.extract("The United Arab Emirates recalled its ambassador from Qatar.")
        let records = recorder.records
        XCTAssertEqual(records.count, 1)
        let record = try XCTUnwrap(records.first)
        // the four words of the country's name folded into one word
        XCTAssertLessThan(record.words.count, 10, "\(record.words)")
        XCTAssertTrue(record.words.contains("recalled"))
        XCTAssertEqual(record.tags.count, record.words.count)
        XCTAssertEqual(record.tree.heads.count, record.words.count)
        recorder.clear()
        XCTAssertTrue(recorder.records.isEmpty)
    }
}
