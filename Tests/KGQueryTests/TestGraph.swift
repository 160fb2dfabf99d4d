import Foundation
import KGModel
import KGQuery
import XCTest

@testable import KGStore

/// A real SQLite graph in a temporary folder, filled with SQL, and an engine over it.
///
/// ```swift
/// let graph = try TestGraph()
/// let biden = try graph.entity("Joe Biden", .person, aliases: ["Biden"])
/// try graph.relate(biden, "call", zelensky, cameo: "04")
/// XCTAssertEqual(try graph.texts("MATCH (a)-[r]->(b) RETURN b.name"), [["Volodymyr Zelensky"]])
/// ```
final class TestGraph {
    let directory: URL
    let store: GraphStore
    let engine: QueryEngine
    private var sentences = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kgquery-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try GraphStore(path: directory.appendingPathComponent("graph.sqlite").path)
        engine = QueryEngine(store: store)
        try store.database.execute(
            """
            INSERT INTO documents (id, path, name, title, content_hash, size, ingested_at)
            VALUES (1, '/news/article.txt', 'article.txt', 'An article', 'hash', 100, '2026-01-01T00:00:00Z')
            """)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Adds an entity with its canonical name and aliases (keys as the store computes them).
    @discardableResult
    func entity(_ name: String, _ type: EntityType, aliases: [String] = []) throws -> Int {
        let insert = try store.database.prepare("INSERT INTO entities (name, type) VALUES (?, ?)")
        try insert.run([.text(name), .text(type.rawValue)])
        let id = store.database.lastInsertRowID
        let alias = try store.database.prepare("INSERT OR IGNORE INTO aliases (entity_id, surface, key) VALUES (?, ?, ?)")
        for surface in [name] + aliases {
            try alias.run([.int(id), .text(surface), .text(AliasKey.lookupKey(surface))])
        }
        return id
    }

    /// Adds a relation `subject -action-> object`, with an evidence sentence unless `sentence` is nil.
    @discardableResult
    func relate(
        _ subject: Int, _ action: String, _ object: Int, cameo: String = "01",
        kind: RelationKind = .action, sentence: String? = "", confidence: Double = 1
    ) throws -> Int {
        var sentenceID: SQLValue = .null
        if let sentence {
            sentences += 1
            let insert = try store.database.prepare(
                "INSERT INTO sentences (id, document_id, idx, start, end, text) VALUES (?, 1, ?, 0, ?, ?)")
            let text = sentence.isEmpty ? "Sentence \(sentences)." : sentence
            try insert.run([.int(sentences), .int(sentences), .int(text.count), .text(text)])
            sentenceID = .int(sentences)
        }
        let insert = try store.database.prepare(
            """
            INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence)
            VALUES (?, ?, ?, ?, ?, ?, 0, 1, ?)
            """)
        try insert.run([
            .int(subject), .int(object), .text(action),
            .text(kind == .role ? CAMEOCode.role.rawValue : cameo), .text(kind.rawValue),
            sentenceID, .double(confidence),
        ])
        return store.database.lastInsertRowID
    }

    func run(_ statement: String, _ parameters: [String: QueryValue] = [:]) throws -> QueryResult {
        try engine.run(statement, parameters: parameters)
    }

    /// The result's cells as plain text, row by row.
    func texts(_ statement: String, _ parameters: [String: QueryValue] = [:]) throws -> [[String]] {
        try run(statement, parameters).rows.map { $0.map(\.text) }
    }

    /// The first column as text.
    func column(_ statement: String, _ parameters: [String: QueryValue] = [:]) throws -> [String] {
        try texts(statement, parameters).map { $0.first ?? "" }
    }

    /// The error a statement fails with; fails the test if it succeeds.
    func error(
        _ statement: String, _ parameters: [String: QueryValue] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) -> QueryError? {
        do {
            _ = try engine.run(statement, parameters: parameters)
            XCTFail("expected an error from: \(statement)", file: file, line: line)
            return nil
        } catch let error as QueryError {
            return error
        } catch {
            XCTFail("expected a QueryError, got \(error)", file: file, line: line)
            return nil
        }
    }
}

/// Entities and relations of a small news graph with known answers.
///
/// ```
/// Joe Biden -call-> Volodymyr Zelensky      Vladimir Putin -condemn-> NATO
/// Joe Biden -condemn-> Russia               United States -sanction-> Russia
/// Volodymyr Zelensky -president-> Ukraine   Joe Biden -president-> United States
/// Russia -attack-> Donetsk                  NATO -condemn-> Russia
/// Volodymyr Zelensky -visit-> Kyiv          Vladimir Putin -president-> Russia
/// Volodymyr Zelensky -condemn-> Russia
/// ```
func makeNewsGraph() throws -> TestGraph {
    let graph = try TestGraph()
    let biden = try graph.entity("Joe Biden", .person, aliases: ["Biden", "President Biden"])
    let zelensky = try graph.entity("Volodymyr Zelensky", .person, aliases: ["Zelensky", "Zelenskiy"])
    let putin = try graph.entity("Vladimir Putin", .person, aliases: ["Putin"])
    let russia = try graph.entity("Russia", .country, aliases: ["Russian Federation"])
    let ukraine = try graph.entity("Ukraine", .country)
    let usa = try graph.entity("United States", .country, aliases: ["U.S.", "US"])
    let nato = try graph.entity("NATO", .organization)
    let donetsk = try graph.entity("Donetsk", .location)
    let kyiv = try graph.entity("Kyiv", .location, aliases: ["Kiev"])
    try graph.relate(biden, "call", zelensky, cameo: "04", sentence: "Biden called Zelensky on Monday.")
    try graph.relate(putin, "condemn", nato, cameo: "11")
    try graph.relate(biden, "condemn", russia, cameo: "11", sentence: "Biden condemned Russia.", confidence: 0.8)
    try graph.relate(usa, "sanction", russia, cameo: "16")
    try graph.relate(zelensky, "president", ukraine, kind: .role, sentence: nil)
    try graph.relate(biden, "president", usa, kind: .role, sentence: nil)
    try graph.relate(russia, "attack", donetsk, cameo: "19")
    try graph.relate(nato, "condemn", russia, cameo: "11")
    try graph.relate(zelensky, "visit", kyiv, cameo: "04")
    try graph.relate(putin, "president", russia, kind: .role, sentence: nil)
    try graph.relate(zelensky, "condemn", russia, cameo: "11", confidence: 0.6)
    return graph
}
