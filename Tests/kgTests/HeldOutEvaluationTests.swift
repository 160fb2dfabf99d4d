import Foundation
import XCTest

/// The held-out evaluation (docs/evaluation.md): GUM converted to gold files, then scored through
/// the built `kg`. No extraction score is asserted here; the extractor changes, the harness must not
/// break.
final class HeldOutEvaluationTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["KG_SHARED"] { return URL(fileURLWithPath: path) }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var gumTestSplit: URL {
        shared.appendingPathComponent("data/ud-english-gum/en_gum-ud-test.conllu")
    }

    /// `.build/<config>/kg`, next to the test bundle (Linux: the bundle is a file in that folder;
    /// macOS: a directory inside it).
    static var kgBinary: URL {
        let bundle = Bundle(for: HeldOutEvaluationTests.self).bundleURL
        let candidates = [
            bundle.appendingPathComponent("kg"),
            bundle.deletingLastPathComponent().appendingPathComponent("kg"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    private var scratch: URL!

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: Self.gumTestSplit.path),
            FileManager.default.fileExists(atPath: Self.shared.appendingPathComponent("eval/score.py").path)
        else { throw XCTSkip("no shared data folder at \(Self.shared.path) (set KG_SHARED)") }
        guard (try? Self.run("/usr/bin/env", ["python3", "--version"]))?.status == 0 else {
            throw XCTSkip("python3 is not installed")
        }
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("kg-heldout-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    // MARK: - The converter

    func testConverterWritesOneArticleAndOneGoldFilePerGUMDocument() throws {
        let out = try convertGUMTestSplit()
        let conllu = try String(contentsOf: Self.gumTestSplit, encoding: .utf8)
        let documents = conllu.split(separator: "\n").filter { $0.hasPrefix("# newdoc id =") }.count
        XCTAssertGreaterThan(documents, 0)
        XCTAssertEqual(try files(in: out, ending: ".txt").count, documents)
        XCTAssertEqual(try files(in: out, ending: ".json").count, documents)
    }

    func testEveryGoldAliasOccursVerbatimInItsArticle() throws {
        let out = try convertGUMTestSplit()
        var aliases = 0
        for gold in try goldFiles(in: out) {
            let text = try String(contentsOf: out.appendingPathComponent(gold.doc), encoding: .utf8)
            for entity in gold.entities {
                XCTAssertFalse(entity.aliases.isEmpty, "\(gold.doc): \(entity.name) has no alias")
                for alias in entity.aliases {
                    aliases += 1
                    XCTAssertTrue(text.contains(alias), "\(gold.doc): alias '\(alias)' of \(entity.name) not in the text")
                }
            }
        }
        XCTAssertGreaterThan(aliases, 100, "the GUM test split names far more than 100 things")
    }

    func testGoldEntitiesUseOnlyTheFourTypesAndNoRelations() throws {
        let out = try convertGUMTestSplit()
        var types = Set<String>()
        for gold in try goldFiles(in: out) {
            types.formUnion(gold.entities.map(\.type))
            XCTAssertTrue(gold.relations.isEmpty, "\(gold.doc): GUM has no relations to convert")
        }
        XCTAssertEqual(types, ["person", "organization", "country", "location"])
    }

    func testGenreFilterKeepsOnlyThatGenre() throws {
        let out = scratch.appendingPathComponent("news")
        let result = try Self.run(
            "/usr/bin/env",
            [
                "python3", Self.converter.path, out.path,
                "--conllu", Self.gumTestSplit.path, "--genres", "news",
            ])
        XCTAssertEqual(result.status, 0, result.error)
        let articles = try files(in: out, ending: ".txt")
        XCTAssertFalse(articles.isEmpty)
        XCTAssertTrue(articles.allSatisfy { $0.hasPrefix("GUM_news_") }, "\(articles)")
    }

    // MARK: - The whole pipeline

    func testHeldOutPipelineScoresGoldEntitiesThroughTheBuiltKG() throws {
        let kg = Self.kgBinary
        guard FileManager.default.isExecutableFile(atPath: kg.path) else {
            throw XCTSkip("no kg binary at \(kg.path)")
        }
        // One genre of one split keeps the test quick whatever the extractor's speed.
        let result = try Self.run(
            Self.repository.appendingPathComponent("scripts/eval.sh").path,
            [
                "--kg", kg.path, "--skip-dev", "--splits", "test", "--genres", "news",
                "--keep", scratch.appendingPathComponent("eval").path,
            ],
            environment: ["KG_SHARED": Self.shared.path])
        XCTAssertEqual(result.status, 0, result.output + result.error)
        let rows = result.output.split(separator: "\n").map { $0.split(separator: " ") }
        let untyped = try XCTUnwrap(rows.first { $0.first == "entities_untyped" }, result.output)
        XCTAssertGreaterThan(Int(untyped.last ?? "") ?? 0, 0, "no gold entities counted:\n\(result.output)")
        XCTAssertTrue(result.output.contains("articles scored: 2"), result.output)
    }

    /// `--tune-news` scores each eval/tune-news* set, then pools them: the pooled counts are the
    /// sets' sums (micro-averaged), not an average of their F1s.
    func testNewsSetsArePooledBySummingTheirCounts() throws {
        let kg = Self.kgBinary
        guard FileManager.default.isExecutableFile(atPath: kg.path) else {
            throw XCTSkip("no kg binary at \(kg.path)")
        }
        let sets = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("eval").path)
            .filter { $0.hasPrefix("tune-news") }
        let result = try Self.run(
            Self.repository.appendingPathComponent("scripts/eval.sh").path,
            ["--kg", kg.path, "--skip-dev", "--skip-gum", "--tune-news", "--via", "extract"],
            environment: ["KG_SHARED": Self.shared.path])
        XCTAssertEqual(result.status, 0, result.output + result.error)
        let sections = result.output.components(separatedBy: "\n== ")
        XCTAssertEqual(sections.filter { $0.hasPrefix("tuning news: eval/tune-news") }.count, sets.count, result.output)
        let pooled = try XCTUnwrap(sections.first { $0.hasPrefix("tuning news: pooled over \(sets.count) sets") }, result.output)
        /// The matched, system and gold counts of a section's `relations` row.
        func relationCounts(_ section: String) -> [Int] {
            let row = section.split(separator: "\n").first { $0.hasPrefix("relations ") } ?? ""
            return row.split(separator: " ").suffix(3).compactMap { Int($0) }
        }
        let perSet = sections.filter { $0.hasPrefix("tuning news: eval/") }.map(relationCounts)
        XCTAssertTrue(perSet.allSatisfy { $0.count == 3 }, result.output)
        let sums = (0..<3).map { column in perSet.reduce(0) { $0 + $1[column] } }
        XCTAssertEqual(relationCounts(pooled), sums, result.output)
        XCTAssertGreaterThan(sums[2], 0, "no gold relations counted:\n\(result.output)")
    }

    // MARK: - Helpers

    static var converter: URL { repository.appendingPathComponent("scripts/gum-to-gold.py") }

    private struct GoldFile: Decodable {
        struct Entity: Decodable {
            let name: String
            let type: String
            let aliases: [String]
        }
        struct Relation: Decodable {
            let subject: String
            let object: String
        }
        let doc: String
        let entities: [Entity]
        let relations: [Relation]
    }

    private func convertGUMTestSplit() throws -> URL {
        let out = scratch.appendingPathComponent("gum-test")
        let result = try Self.run(
            "/usr/bin/env",
            [
                "python3", Self.converter.path, out.path,
                "--conllu", Self.gumTestSplit.path,
            ])
        XCTAssertEqual(result.status, 0, result.error)
        return out
    }

    private func files(in folder: URL, ending suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(suffix) }.sorted()
    }

    private func goldFiles(in folder: URL) throws -> [GoldFile] {
        try files(in: folder, ending: ".json").map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let gold = try JSONDecoder().decode(GoldFile.self, from: data)
            XCTAssertEqual(gold.doc, name.replacingOccurrences(of: ".json", with: ".txt"))
            return gold
        }
    }

    private static func run(
        _ executable: String, _ arguments: [String],
        environment: [String: String] = [:]
    ) throws
        -> (status: Int32, output: String, error: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting, so a chatty child cannot fill one and block.
        let errorData = ReadAllInBackground(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData.wait(), as: UTF8.self)
        )
    }
}

/// Drains a pipe on another thread so the caller can drain a second one.
///
/// ```swift
/// let errors = ReadAllInBackground(pipe.fileHandleForReading)
/// let text = errors.wait()
/// ```
private final class ReadAllInBackground: @unchecked Sendable {
    // @unchecked: `data` is written once on the reading thread before `done` is signalled and read
    // only after `wait()` has seen that signal.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
