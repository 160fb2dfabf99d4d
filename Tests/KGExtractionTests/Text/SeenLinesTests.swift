import XCTest

@testable import KGExtraction

/// `SeenLines` answers as a `Set<String>` of the lines' words joined with spaces.
final class SeenLinesTests: XCTestCase {
    private func hashes(_ words: [String]) -> [UInt64] { words.map { WordHash.of($0) } }

    func testALineIsSeenOnlyOnceInserted() {
        var seen = SeenLines()
        let line = ["breaking", "news", "2"]
        XCTAssertFalse(seen.contains(line, hashes: hashes(line)))
        seen.insert(line, hashes: hashes(line))
        XCTAssertTrue(seen.contains(line, hashes: hashes(line)))
        XCTAssertFalse(seen.contains(["breaking", "news"], hashes: hashes(["breaking", "news"])))
        XCTAssertFalse(seen.contains(["news", "breaking", "2"], hashes: hashes(["news", "breaking", "2"])))
    }

    /// Non-ASCII words share one hash: the words tell them apart, and canonically equal spellings
    /// are one line, as for strings (lines that join to the empty string are not asked about).
    func testLinesAreComparedAsTheirJoinedStringsWouldBe() {
        let lines: [[String]] = [
            ["zürich", "talks"], ["zagreb", "talks"], ["münchen", "talks"], ["mu\u{308}nchen", "talks"], ["café"],
            ["cafe\u{301}"], ["", ""], ["a", "b"], ["ab"], ["zürich", "talks"],
        ]
        var seen = SeenLines()
        var joined = Set<String>()
        for line in lines {
            XCTAssertEqual(seen.contains(line, hashes: hashes(line)), joined.contains(line.joined(separator: " ")), "\(line)")
            seen.insert(line, hashes: hashes(line))
            joined.insert(line.joined(separator: " "))
        }
    }
}
