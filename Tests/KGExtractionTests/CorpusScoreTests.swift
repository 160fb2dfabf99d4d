import Foundation
import KGExtraction
import KGModel
import XCTest

/// Extracts the shared sample corpus, writes node-link JSON and scores it with the project's
/// scorer, so a change that lowers the figures fails here.
final class CorpusScoreTests: ExtractionTestCase {
    func testCorpusScoresAboveTheFloor() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
        let corpus = shared.appendingPathComponent("corpus")
        let gold = shared.appendingPathComponent("eval/gold")
        let scorer = shared.appendingPathComponent("eval/score.py")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: corpus.path).filter({ $0.hasSuffix(".txt") }).sorted(),
            !files.isEmpty, FileManager.default.fileExists(atPath: scorer.path)
        else {
            throw XCTSkip("no shared corpus beside the repository")
        }
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("python3 is not installed")
        }
        var nodes: [[String: Any]] = []
        var edges: [[String: Any]] = []
        for (d, file) in files.enumerated() {
            let doc = try extract(String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8))
            for e in doc.entities {
                nodes.append(["id": "\(d):\(e.id)", "name": e.name, "type": e.type.rawValue, "aliases": e.aliases, "documents": [file]])
            }
            for f in doc.facts {
                edges.append([
                    "source": "\(d):\(f.subject)", "target": "\(d):\(f.object)", "action": f.action,
                    "cameo": f.cameo.rawValue, "kind": f.kind.rawValue, "document": file, "sentence": f.sentence,
                ])
            }
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kg-corpus-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        try JSONSerialization.data(withJSONObject: ["directed": true, "nodes": nodes, "edges": edges]).write(to: out)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scorer.path, gold.path, out.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let scores = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entityF1 = try XCTUnwrap((scores["entities"] as? [String: Any])?["f1"] as? Double)
        let relationF1 = try XCTUnwrap((scores["relations"] as? [String: Any])?["f1"] as? Double)
        XCTAssertGreaterThanOrEqual(entityF1, 0.96)
        XCTAssertGreaterThanOrEqual(relationF1, 0.80)
    }
}
