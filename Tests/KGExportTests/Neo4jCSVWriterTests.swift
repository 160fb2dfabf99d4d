import Foundation
import KGExport
import XCTest

final class Neo4jCSVWriterTests: XCTestCase {
    /// Splits CSV the way neo4j-admin reads it: quoted fields may hold commas, quotes and newlines.
    private func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }

    func testHeadersAreTheOnesNeo4jAdminImportReads() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let files = try Neo4jCSVWriter().write(GraphSnapshot(store: temporary.store))
        let nodes = rows(files.nodes)
        XCTAssertEqual(nodes.first, ["id:ID", "name", "type", "aliases:string[]", "documents:string[]", ":LABEL"])
        XCTAssertEqual(nodes.count, 6)
        XCTAssertTrue(nodes.contains(["2", "Russia", "country", "Moscow;Russian", "a.txt;b.txt", "Entity;Country"]), "\(nodes)")
        XCTAssertTrue(nodes.contains(["5", "Back\\slash\nCorp", "organization", "", "", "Entity;Organization"]), "\(nodes)")
        let relationships = rows(files.relationships)
        XCTAssertEqual(Array(relationships.first?.prefix(3) ?? []), [":START_ID", ":END_ID", ":TYPE"])
        XCTAssertEqual(relationships.count, 7)
        XCTAssertTrue(relationships.allSatisfy { $0.count == relationships[0].count }, "\(relationships)")
        XCTAssertTrue(
            relationships.contains { $0.prefix(4) == ["3", "4", "VISIT", "visit"] && $0[7] == "Biden visited \"Tokyo\"\ntoday." },
            "\(relationships)")
    }

    func testExportWritesBothFilesIntoTheFolderAndRefusesStandardOutput() throws {
        let temporary = try TemporaryStore()
        try SampleGraph.load(into: temporary)
        let snapshot = try GraphSnapshot(store: temporary.store).facts()
        let folder = temporary.folder.appendingPathComponent("neo4j").path
        try GraphExporter.write(snapshot, as: .neo4j, to: folder)
        let relationships = try String(contentsOfFile: folder + "/relationships.csv", encoding: .utf8)
        XCTAssertTrue(relationships.contains(",CONDEMN,condemn,"), relationships)
        XCTAssertEqual(rows(relationships).filter { $0[2] == "CONDEMN" }.map { $0[10] }, ["3"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/nodes.csv"))
        XCTAssertThrowsError(try GraphExporter.render(snapshot, as: .neo4j)) { error in
            XCTAssertEqual(error as? ExportError, .needsFolder(format: "neo4j"))
        }
    }
}
