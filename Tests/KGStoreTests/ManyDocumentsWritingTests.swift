import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

/// `GraphStore.writingManyDocuments`: the schema's CHECK constraints are skipped inside it, which
/// is safe only because every value they test is an enum's raw value the schema accepts.
final class ManyDocumentsWritingTests: XCTestCase {
    func testChecksAreSkippedInsideAndEnforcedAgainAfter() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let inside = try store.writingManyDocuments { try store.database.scalarInt("PRAGMA ignore_check_constraints") }
        XCTAssertEqual(inside, 1)
        XCTAssertEqual(try store.database.scalarInt("PRAGMA ignore_check_constraints"), 0)
        XCTAssertThrowsError(try store.database.execute("INSERT INTO entities (name, type) VALUES ('Atlantis', 'continent')"))
    }

    /// A checkpoint copies what the log holds into the database file, and the log's frames are
    /// all copied afterwards; the store reads the same rows.
    func testACheckpointCopiesTheLogIntoTheDatabaseFile() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let path = store.database.path
        func fileSize() throws -> Int {
            try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        }
        try store.writingManyDocuments {
            for index in 0..<20 {
                try store.database.transaction {
                    try store.database.prepare("INSERT INTO entities (name, type) VALUES (?, 'person')")
                        .run([.text(String(repeating: "Name \(index) ", count: 400))])
                }
            }
        }
        let before = try fileSize()
        try store.checkpointWriteAheadLog()
        XCTAssertGreaterThan(try fileSize(), before)
        // (busy, frames in the log, frames copied): nothing left to copy
        let status = try store.database.prepare("PRAGMA wal_checkpoint(PASSIVE)")
        XCTAssertTrue(try status.step())
        XCTAssertEqual(status.int(0), 0)
        XCTAssertEqual(status.int(1), status.int(2))
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM entities"), 20)
    }

    /// With the checks on, every raw value the document writer binds is accepted.
    func testEveryValueTheWriterBindsPassesTheChecks() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let database = store.database
        for type in EntityType.allCases {
            try database.prepare("INSERT INTO entities (name, type) VALUES ('Name', ?)").run([.text(type.rawValue)])
        }
        let entity = database.lastInsertRowID
        for (offset, source) in (PublicationDateSource.allCases.map(\.rawValue) + ["none"]).enumerated() {
            try database.prepare(
                """
                INSERT INTO documents (path, name, content_hash, size, ingested_at, date_source)
                VALUES (?, 'a.txt', 'hash', 1, '2026-01-01T00:00:00Z', ?)
                """
            ).run([.text("/news/\(offset).txt"), .text(source)])
        }
        let document = database.lastInsertRowID
        try database.prepare("INSERT INTO sentences (document_id, idx, start, end, text) VALUES (?, 0, 0, 1, 'A.')")
            .run([.int(document)])
        let sentence = database.lastInsertRowID
        let insertRelation = try database.prepare(
            """
            INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, date_source)
            VALUES (?1, ?1, 'meet', '04', ?2, ?3, ?4)
            """)
        for kind in RelationKind.allCases {
            for source in FactDateSource.allCases.map({ SQLValue.text($0.rawValue) }) + [.null] {
                try insertRelation.run([.int(entity), .text(kind.rawValue), .int(sentence), source])
            }
        }
        XCTAssertEqual(
            try database.scalarInt("SELECT count(*) FROM relations"),
            RelationKind.allCases.count * (FactDateSource.allCases.count + 1))
    }
}
