import Foundation
import KGExtraction
import KGIngest
import KGModel
import KGStore
import KGTestSupport
import XCTest

/// `removeDocuments` and `pruneDocuments` leave the graph a clean ingest of what remains gives.
final class RemovalTests: XCTestCase {
    static let extractor: Extractor? = try? Extractor()

    /// The sample corpus's articles copied into `folder/name`, or made-up ones.
    private func copyCorpus(into folder: TemporaryFolder, as name: String) throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        guard !names.isEmpty else {
            return try [
                "Russian President Vladimir Putin recognized Donetsk.", "Putin met Xi Jinping.",
                "NATO condemned Russia on Monday.",
            ].enumerated().map {
                try folder.write("\(name)/\($0.offset).txt", $0.element)
            }
        }
        return try names.map {
            try folder.write("\(name)/\($0)", bytes: Array(Data(contentsOf: corpus.appendingPathComponent($0))))
        }
    }

    /// Everything a user can see of the graph, by names rather than ids.
    private func dump(_ store: GraphStore) throws -> [String] {
        let entities = try store.allEntities()
        let details = try store.entityDetails(ids: nil)
        let names = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, "\($0.name)/\($0.type.rawValue)") })
        var lines = entities.map { entity in
            "node \(entity.name) \(entity.type.rawValue) aka \(details.aliases[entity.id, default: []]) in \(details.documents[entity.id, default: []])"
        }
        lines += try store.relations().map { relation in
            "edge \(names[relation.subjectID] ?? "?") -\(relation.action)/\(relation.cameo)-> \(names[relation.objectID] ?? "?") "
                + "\(relation.document ?? "-") \(relation.confidence) \(relation.date ?? "-") \(relation.sentence ?? "-")"
        }
        return lines.sorted()
    }

    private func ingest(_ paths: [String], into store: GraphStore) throws {
        let extractor = try XCTUnwrap(Self.extractor)
        _ = try store.ingest(paths: paths, extractor: extractor)
    }

    func testRemovingEachDocumentLeavesTheGraphOfACleanIngestOfTheRest() throws {
        let folder = try TemporaryFolder()
        let files = try copyCorpus(into: folder, as: "news")
        for removed in files {
            let store = try folder.store("full-\(files.firstIndex(of: removed) ?? 0).sqlite")
            try ingest(files, into: store)
            let report = try store.removeDocuments(at: [removed])
            XCTAssertEqual(report.documents, [removed])
            let clean = try folder.store("clean-\(files.firstIndex(of: removed) ?? 0).sqlite")
            try ingest(files.filter { $0 != removed }, into: clean)
            XCTAssertEqual(try dump(store), try dump(clean), "after removing \(removed)")
        }
    }

    func testPruneRemovesOnlyDocumentsWhoseFilesAreGone() throws {
        let folder = try TemporaryFolder()
        let files = try copyCorpus(into: folder, as: "news")
        let store = try folder.store()
        try ingest([folder.path + "/news"], into: store)
        try FileManager.default.removeItem(atPath: files[1])
        let report = try store.pruneDocuments(under: folder.path + "/news")
        XCTAssertEqual(report.documents, [files[1]])
        XCTAssertGreaterThan(report.relations, 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM documents"), files.count - 1)

        let clean = try folder.store("clean.sqlite")
        try ingest([folder.path + "/news"], into: clean)
        XCTAssertEqual(try dump(store), try dump(clean))
        XCTAssertEqual(try store.pruneDocuments(under: folder.path + "/news").documents, [])
    }

    func testRemovingAFolderRemovesEveryDocumentUnderIt() throws {
        let folder = try TemporaryFolder()
        let files = try copyCorpus(into: folder, as: "news")
        let store = try folder.store()
        try ingest(files, into: store)
        let report = try store.removeDocuments(at: [folder.path + "/news"])
        XCTAssertEqual(report.documents, files.sorted())
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM aliases"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 0)
    }

    func testAnUnknownPathRemovesNothing() throws {
        let folder = try TemporaryFolder()
        let files = try copyCorpus(into: folder, as: "news")
        let store = try folder.store()
        try ingest(files, into: store)
        let before = try dump(store)
        XCTAssertThrowsError(try store.removeDocuments(at: [files[0], "/no/such/article.txt"])) { error in
            XCTAssertEqual(error as? StoreError, .notInGraph(path: "/no/such/article.txt"))
        }
        XCTAssertEqual(try dump(store), before)
    }

    func testReplacingADocumentDropsTheAliasesOnlyItsOldVersionGave() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        var old = HandExtraction(["Vladimir Putin met NATO."])
        let putin = old.entity("Vladimir Putin", .person, aliases: ["Putin"])
        let nato = old.entity("NATO", .organization)
        old.fact(putin, "meet", nato)
        try store.ingest(document: old.source("/a.txt"), extraction: old.document)
        var new = HandExtraction(["Putin met NATO again."])
        let putinAgain = new.entity("Putin", .person)
        let natoAgain = new.entity("NATO", .organization)
        new.fact(putinAgain, "meet", natoAgain)
        try store.ingest(document: new.source("/a.txt"), extraction: new.document)

        let clean = try folder.store("clean.sqlite")
        try clean.ingest(document: new.source("/a.txt"), extraction: new.document)
        XCTAssertEqual(try dump(store), try dump(clean))
    }
}
