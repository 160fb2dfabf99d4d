import XCTest

/// `kg train parse`: plain text tagged and parsed by the bundled models, printed as CoNLL-U.
final class ParseTextCommandTests: XCTestCase {
    func testEachSentenceIsAWellFormedTreeInCoNLLU() throws {
        let runner = try CommandRunner()
        let file = try runner.write("note.txt", "Iraq invaded Kuwait in 1990. The council imposed sanctions on Iraq.\n")
        let run = try runner.kg(["train", "parse", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        let blocks = run.stdout.components(separatedBy: "\n\n").filter { $0.contains("# sent_id") }
        XCTAssertEqual(blocks.count, 2)
        var first: [[String]] = []
        for (k, block) in blocks.enumerated() {
            let rows = block.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
            XCTAssertTrue(rows.allSatisfy { $0.count == 10 }, block)
            let heads = rows.compactMap { Int($0[6]) }
            XCTAssertEqual(heads.count, rows.count, block)
            XCTAssertEqual(heads.filter { $0 == 0 }.count, 1, "one root in:\n\(block)")
            XCTAssertTrue(heads.allSatisfy { (0...rows.count).contains($0) }, block)
            if k == 0 { first = rows }
        }
        // "Iraq invaded Kuwait": the verb is the root, with its subject and object
        XCTAssertEqual(first.map { $0[1] }, ["Iraq", "invaded", "Kuwait", "in", "1990", "."])
        XCTAssertEqual(first[1][2], "invade")
        XCTAssertEqual(first[1][6], "0")
        XCTAssertEqual([first[0][6], first[0][7]], ["2", "nsubj"])
        XCTAssertEqual([first[2][6], first[2][7]], ["2", "obj"])
    }

    func testFoldedPrintsTheTreesTheRulesReadWithEachNameOneWord() throws {
        let runner = try CommandRunner()
        let file = try runner.write("note.txt", "The United Arab Emirates recalled its ambassador from Qatar.\n")
        let run = try runner.kg(["train", "parse", "--folded", file])
        XCTAssertEqual(run.status, 0, run.stderr)
        let blocks = run.stdout.components(separatedBy: "\n\n").filter { $0.contains("# parse = ") }
        XCTAssertEqual(blocks.count, 1, run.stdout)
        let rows = blocks[0].split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        XCTAssertTrue(rows.allSatisfy { $0.count == 10 }, blocks[0])
        // "The United Arab Emirates" is one word of the tree, the subject of "recalled"
        let verb = try XCTUnwrap(rows.firstIndex { $0[1] == "recalled" })
        XCTAssertLessThanOrEqual(verb, 2, blocks[0])
        XCTAssertEqual(rows[verb][6], "0")
        XCTAssertTrue(rows.contains { $0[6] == String(verb + 1) && $0[7] == "nsubj" && Int($0[0]) ?? 0 < verb + 1 }, blocks[0])
    }

    func testAMissingFileIsOneErrorLine() throws {
        let runner = try CommandRunner()
        let missing = runner.path("none.txt")
        let run = try runner.kg(["train", "parse", missing])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "Error: \(missing): cannot read: no such file, or no permission\n")
    }
}
