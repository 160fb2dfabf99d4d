import Foundation
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// An import into an empty store builds the new database in a side file and renames it into
/// place (`GraphStore.bulkLoadIntoEmptyStore`); the rows are those an import in place writes.
final class BulkLoadTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    /// People, countries and an organization with aliases, requested ids, edges with and
    /// without evidence, and a document that mentions an entity.
    private func graph(relations: Int = 2_000) -> GraphImport {
        var graph = GraphImport(sourceName: "graph.csv")
        graph.entities = [
            .init(name: "Vladimir Putin", type: .person, aliases: ["Putin"], requestedID: 10),
            .init(name: "Ukraine", type: .country, aliases: ["Ukr."], requestedID: 11),
            .init(name: "Russia", type: .country, documents: ["wire.txt"]),
            .init(name: "North Atlantic Treaty Organization", type: .organization, aliases: ["NATO"]),
        ]
        for index in 0..<relations {
            graph.relations.append(
                .init(
                    subject: index % 4, object: (index + 1) % 4, action: index % 3 == 0 ? "condemn" : "meet",
                    cameo: index % 3 == 0 ? .root(.disapprove) : .root(.consult)))
        }
        graph.relations.append(
            .init(
                subject: 0, object: 1, action: "threaten", cameo: .root(.threaten), document: "wire.txt",
                sentence: "Vladimir Putin threatened Ukraine.", confidence: 0.8))
        return graph
    }

    /// Every row of every table and the schema, sorted (import times left out: the clock's).
    private func rows(of store: GraphStore) throws -> [String] {
        var rows: [String] = []
        for table in try store.tableNames() { rows += try store.rows(of: table).map { table + ": " + $0 } }
        let schema = try store.database.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name")
        while try schema.step() { rows.append((0..<3).map { schema.optionalText($0) ?? "" }.joined(separator: "|")) }
        return rows
    }

    /// The import's relations split into batches of `size`, as `importGraph(_:followedBy:)` takes them.
    private func batches(of relations: GraphImport.RelationList, size: Int) -> [GraphImport.RelationList] {
        stride(from: 0, to: relations.count, by: size).map { start in
            var batch = GraphImport.RelationList()
            for position in start..<min(start + size, relations.count) { batch.append(relations[position]) }
            return batch
        }
    }

    func testRelationsArrivingInBatchesWriteTheSameRowsAsOneList() throws {
        var nodesOnly = graph(relations: 12_000)
        let all = nodesOnly.relations
        nodesOnly.relations = []
        let batched = try folder.store("batched.sqlite")
        var pending = batches(of: all, size: 5_000)
        let result = try batched.importGraph(nodesOnly, followedBy: { pending.isEmpty ? nil : pending.removeFirst() })
        XCTAssertEqual(result.relationsAdded, 12_001)
        let whole = try folder.store("whole.sqlite")
        _ = try whole.importGraph(graph(relations: 12_000))
        XCTAssertEqual(try rows(of: batched), try rows(of: whole))
    }

    func testAFailingBatchLeavesTheStoreEmpty() throws {
        var nodesOnly = graph(relations: 0)
        let all = graph(relations: 20_000).relations
        nodesOnly.relations = []
        let store = try folder.store()
        var pending = batches(of: all, size: 8_000)
        struct BadRow: Error {}
        XCTAssertThrowsError(
            try store.importGraph(
                nodesOnly,
                followedBy: {
                    if pending.count == 1 { throw BadRow() }
                    return pending.isEmpty ? nil : pending.removeFirst()
                })
        ) { XCTAssertTrue($0 is BadRow, "\($0)") }
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("-import-") }, [])
    }

    func testTheNextWholeGraphReadAfterABulkLoadGetsTheRowsItWouldRead() throws {
        var imported = GraphImport(sourceName: "graph.csv")
        imported.entities = graph().entities
        for index in 0..<30_000 {
            imported.relations.append(
                .init(
                    subject: index % 4, object: (index * 7 + 1) % 4, action: ["condemn", "meet", "aid"][index % 3],
                    cameo: index % 5 == 0 ? .role : .root(.consult), kind: index % 5 == 0 ? .role : .action,
                    confidence: index % 2 == 0 ? 1 : 0.5))
        }
        let store = try folder.store()
        var pending = batches(of: imported.relations, size: 7_000)
        imported.relations = []
        _ = try store.importGraph(imported, followedBy: { pending.isEmpty ? nil : pending.removeFirst() })
        XCTAssertNotNil(store.importedRelations)
        let handed = try store.relationTable()
        XCTAssertNil(store.importedRelations, "handed over once")
        let read = try store.relationTable()
        XCTAssertEqual(handed.ids, read.ids)
        XCTAssertEqual(handed.subjects, read.subjects)
        XCTAssertEqual(handed.objects, read.objects)
        XCTAssertEqual(handed.actionCodes.map { handed.actions[Int($0)] }, read.actionCodes.map { read.actions[Int($0)] })
        XCTAssertEqual(handed.cameoCodes.map { handed.cameos[Int($0)] }, read.cameoCodes.map { read.cameos[Int($0)] })
        XCTAssertEqual(handed.kindCodes.map { handed.kinds[Int($0)] }, read.kindCodes.map { read.kinds[Int($0)] })
        XCTAssertEqual(handed.sentences, read.sentences)
        XCTAssertEqual(handed.confidences, read.confidences)
    }

    func testAWriteAfterTheBulkLoadMakesTheNextReadGoToTheTable() throws {
        let store = try folder.store()
        var imported = graph(relations: 12_000)
        imported.relations = batches(of: imported.relations, size: 12_000)[0]
        _ = try store.importGraph(imported)
        XCTAssertNotNil(store.importedRelations)
        try store.database.execute(
            "INSERT INTO relations (subject_id, object_id, action, cameo, kind) VALUES (10, 11, 'aid', '07', 'action')")
        XCTAssertEqual(try store.relationTable().count, 12_001)
    }

    func testPlainRelationsGoInInFileOrderWithConsecutiveIds() throws {
        var imported = GraphImport(sourceName: "graph.csv")
        imported.entities = graph().entities
        // Three multi-row statements' worth and four rows more.
        let count = 3 * GraphImportWriter.plainRowsPerInsert + 4
        for index in 0..<count {
            imported.relations.append(
                .init(
                    subject: index % 4, object: (index / 4) % 4, action: "act\(index)", cameo: .root(.consult),
                    confidence: index == 40 ? 0.25 : 1))
        }
        let store = try folder.store()
        let result = try store.importGraph(imported)
        XCTAssertEqual(result.relationsAdded, count)
        let rows = try store.database.prepare("SELECT id, subject_id, object_id, action, confidence FROM relations ORDER BY id")
        var found: [String] = []
        while try rows.step() { found.append("\(rows.int(0)) \(rows.int(1)) \(rows.int(2)) \(rows.text(3)) \(rows.double(4))") }
        let expected = (0..<count).map { index in
            "\(index + 1) \(result.entityIDs[index % 4]) \(result.entityIDs[(index / 4) % 4]) act\(index) \(index == 40 ? 0.25 : 1.0)"
        }
        XCTAssertEqual(found, expected)
    }

    func testAnImportWithEvidenceKeepsNoTableInMemory() throws {
        let store = try folder.store()
        _ = try store.importGraph(graph(relations: 12_000))
        XCTAssertNil(store.importedRelations)
    }

    func testAnImportIntoAnEmptyStoreRenamesABuiltFileIntoPlace() throws {
        let store = try folder.store()
        let before = try XCTUnwrap(GraphStore.fileIdentity(store.path))
        let result = try store.importGraph(graph())
        XCTAssertNotEqual(GraphStore.fileIdentity(store.path), before, "the import wrote in place")
        XCTAssertEqual(result.relationsAdded, 2_001)
        XCTAssertEqual(result.entityIDs[0], 10)
        XCTAssertEqual(try store.database.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try store.database.scalarText("PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try store.schemaVersion(), GraphStore.supportedVersion)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
            ["kg.sqlite", "kg.sqlite-shm", "kg.sqlite-wal"])
        // The same store goes on reading and writing the new file.
        XCTAssertEqual(try store.count("SELECT count(*) FROM relations"), 2_001)
        var doc = HandExtraction(["Putin met NATO."])
        doc.fact(doc.entity("Putin", .person), "meet", doc.entity("NATO", .organization))
        try store.ingest(document: doc.source("/news/a.txt"), extraction: doc.document)
        XCTAssertEqual(try store.entities(named: "Vladimir Putin").map(\.id), [10])
        XCTAssertEqual(try GraphStore(path: store.path, access: .reading).count("SELECT count(*) FROM relations"), 2_002)
    }

    func testTheBuiltFileHoldsTheRowsOfAnImportInPlace() throws {
        let bulk = try folder.store("bulk.sqlite")
        _ = try bulk.importGraph(graph())
        let inPlace = try folder.store("in-place.sqlite")
        // Another connection on the file: the import cannot replace it and writes in place.
        let reader = try Database(path: inPlace.path)
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM entities"), 0)
        let before = GraphStore.fileIdentity(inPlace.path)
        _ = try inPlace.importGraph(graph())
        XCTAssertEqual(GraphStore.fileIdentity(inPlace.path), before)
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM relations"), 2_001)
        XCTAssertEqual(try rows(of: bulk), try rows(of: inPlace))
    }

    func testAStoreThatHoldsAGraphIsImportedIntoInPlace() throws {
        let store = try folder.store()
        _ = try store.importGraph(graph(relations: 10))
        let before = GraphStore.fileIdentity(store.path)
        var more = GraphImport(sourceName: "more.csv")
        more.entities = [.init(name: "Putin", type: .person), .init(name: "Norway", type: .country)]
        more.relations = [.init(subject: 0, object: 1, action: "visit", cameo: .root(.consult))]
        let result = try store.importGraph(more)
        XCTAssertEqual(GraphStore.fileIdentity(store.path), before)
        XCTAssertEqual(result.entityIDs[0], 10, "Putin joins the imported Vladimir Putin")
    }

    func testAnAbandonedSideFileIsRemovedWhenTheStoreOpensAndALiveOneIsKept() throws {
        let path = folder.path + "/kg.sqlite"
        let abandoned = try folder.write("kg.sqlite-import-999999", "half a database")
        let live = try folder.write("kg.sqlite-import-999998", "being built")
        let descriptor = open(live, O_RDONLY)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX), 0)
        _ = try GraphStore(path: path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: abandoned))
        XCTAssertTrue(FileManager.default.fileExists(atPath: live))
    }

    func testEntryNamesAreTheFolderEntriesThatStartWithThePrefix() throws {
        for name in ["kg.sqlite", "kg.sqlite-import-12", "kg.sqlite-import-", "kg.sqlite-impor", "kg.sqlite-import-café", "other-import-3", "k"] {
            _ = try folder.write(name, "x")
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/kg.sqlite-import-dir", withIntermediateDirectories: false)
        let names = GraphStore.entryNames(in: folder.path, startingWith: "kg.sqlite-import-")
        XCTAssertEqual(Set(names), ["kg.sqlite-import-12", "kg.sqlite-import-", "kg.sqlite-import-café", "kg.sqlite-import-dir"])
        XCTAssertEqual(names.count, 4)
        XCTAssertEqual(GraphStore.entryNames(in: folder.path + "/missing", startingWith: "kg"), [])
    }

    func testAFailedBuildLeavesTheEmptyStoreAndNoSideFile() throws {
        let store = try folder.store()
        var big = graph(relations: 10)
        // A name longer than the file size limit below: writing the side file fails (disk full).
        big.entities.append(.init(name: String(repeating: "x", count: 3_000_000), type: .organization))
        var saved = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
        var limit = saved
        limit.rlim_cur = 1_000_000
        signal(SIGXFSZ, SIG_IGN)
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
        XCTAssertThrowsError(try store.importGraph(big)) { error in
            XCTAssertEqual(error as? StoreError, .diskFull(path: store.path + "-import-\(getpid())"))
        }
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
        XCTAssertEqual(try store.count("SELECT count(*) FROM entities"), 0)
        XCTAssertEqual(try store.database.scalarText("PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("-import-") }, [])
        XCTAssertEqual(try store.importGraph(graph(relations: 10)).relationsAdded, 11)
    }
}
