import XCTest

/// `kg extract --origins FILE`: each fact's JSON edge key beside the source line of the rule that
/// made it, for measuring rules; the JSON itself is unchanged.
final class ExtractOriginsTests: XCTestCase {
    func testEachEdgeKeyIsPairedWithTheRuleThatMadeIt() throws {
        let runner = try CommandRunner()
        let text = try runner.write("a.txt", "Kenya condemned Uganda.\n")
        let origins = runner.path("origins.tsv")
        let plain = try runner.kg(["extract", "--json", text])
        let run = try runner.kg(["extract", "--json", "--origins", origins, text])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, plain.stdout)
        XCTAssertTrue(run.stdout.contains("\"key\": 1, \"action\": \"condemn\""), run.stdout)
        let lines = try String(contentsOfFile: origins, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        let columns = lines.first?.split(separator: "\t").map(String.init) ?? []
        XCTAssertEqual(columns.first, "1")
        XCTAssertTrue(columns.last?.hasPrefix("KGExtraction/") == true, "\(columns)")
        XCTAssertTrue(columns.last?.contains(".swift:") == true, "\(columns)")
    }

    func testAnUnwritableOriginsFileIsOneErrorLine() throws {
        let runner = try CommandRunner()
        let text = try runner.write("a.txt", "Kenya condemned Uganda.\n")
        let run = try runner.kg(["extract", "--json", "--origins", "/nonexistent/dir/o.tsv", text])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "Error: /nonexistent/dir/o.tsv: cannot write\n")
    }
}
