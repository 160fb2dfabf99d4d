import Foundation
import KGIngest
import KGModel
import KGTestSupport
import XCTest

@testable import KGStore

extension TemporaryFolder {
    func store(_ name: String = "kg.sqlite") throws -> GraphStore {
        try GraphStore(path: url.appendingPathComponent(name).path)
    }
}

/// Builds the extractor output for a small document by hand, so store tests do not depend on
/// what the extractor finds.
///
/// ```swift
/// var doc = HandExtraction(["NATO condemned Russia."])
/// let nato = doc.entity("NATO", .organization)
/// let russia = doc.entity("Russia", .country)
/// doc.fact(nato, "condemn", russia)
/// ```
/// Every entity gets one mention per sentence that contains one of its surface forms.
struct HandExtraction {
    var sentences: [String]
    var entities: [ExtractedEntity] = []
    var facts: [Fact] = []

    init(_ sentences: [String]) {
        self.sentences = sentences
    }

    var text: String { sentences.joined(separator: " ") }

    @discardableResult
    mutating func entity(_ name: String, _ type: EntityType, aliases: [String] = []) -> Int {
        let id = entities.count + 1
        entities.append(ExtractedEntity(id: id, name: name, type: type, aliases: [name] + aliases))
        return id
    }

    mutating func fact(
        _ subject: Int, _ action: String, _ object: Int, sentence: Int = 0,
        kind: RelationKind = .action
    ) {
        let span = sentenceSpans[sentence]
        facts.append(
            Fact(
                subject: subject, object: object, action: action,
                cameo: kind == .role ? .role : .root(.disapprove), kind: kind,
                sentence: sentence, span: span, confidence: 0.9))
    }

    private var sentenceSpans: [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        for sentence in sentences {
            let length = sentence.unicodeScalars.count
            spans.append(TextSpan(start: start, end: start + length))
            start += length + 1
        }
        return spans
    }

    var document: ExtractedDocument {
        let spans = sentenceSpans
        let built = sentences.enumerated().map { Sentence(index: $0.offset, span: spans[$0.offset], text: $0.element) }
        var mentions: [Mention] = []
        for entity in entities {
            for (index, sentence) in sentences.enumerated() {
                guard let surface = entity.aliases.first(where: { sentence.contains($0) }),
                    let range = sentence.range(of: surface)
                else { continue }
                let offset = sentence.unicodeScalars.distance(
                    from: sentence.unicodeScalars.startIndex,
                    to: range.lowerBound)
                let start = spans[index].start + offset
                mentions.append(
                    Mention(
                        entity: entity.id, sentence: index,
                        span: TextSpan(start: start, end: start + surface.unicodeScalars.count),
                        surface: surface))
            }
        }
        return ExtractedDocument(title: nil, sentences: built, entities: entities, mentions: mentions, facts: facts)
    }

    /// A source document at `path` holding this text.
    func source(_ path: String) -> SourceDocument {
        SourceDocument(path: path, text: text)
    }
}

extension GraphStore {
    /// One integer from a query, for assertions.
    func count(_ sql: String, _ bindings: [SQLValue] = []) throws -> Int {
        try database.scalarInt(sql, bindings) ?? 0
    }

    /// The names of the store's tables.
    func tableNames() throws -> [String] {
        let statement = try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        var names: [String] = []
        while try statement.step() { names.append(statement.text(0)) }
        return names
    }

    /// Every row of `table` as text, sorted; without `ingested_at`, which differs between two runs.
    func rows(of table: String) throws -> [String] {
        let statement = try database.prepare("SELECT * FROM \"\(table)\"")
        var rows: [String] = []
        while try statement.step() {
            let columns = (0..<statement.columnCount).filter { statement.columnName($0) != "ingested_at" }
            rows.append(columns.map { "\(statement.value($0))" }.joined(separator: "|"))
        }
        return rows.sorted()
    }

    /// `subject action object` for every relation, sorted.
    func factLines() throws -> [String] {
        let statement = try database.prepare(
            """
            SELECT s.name, r.action, o.name FROM relations r
            JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id
            ORDER BY 1, 2, 3
            """)
        var lines: [String] = []
        while try statement.step() {
            lines.append("\(statement.text(0)) \(statement.text(1)) \(statement.text(2))")
        }
        return lines
    }
}

/// A crude, deterministic stand-in for the extractor with realistic volume: sentences end at "."
/// or a newline, runs of capitalized words are entities (two or more words: a person), and
/// neighbouring entities in a sentence get a `meet` fact.
///
/// ```swift
/// SyntheticExtraction.extract("Vladimir Putin met NATO.").facts.count  // 1
/// ```
enum SyntheticExtraction {
    static func extract(_ text: String) -> ExtractedDocument {
        var sentences: [Sentence] = []
        var entities: [String: ExtractedEntity] = [:]
        var mentions: [Mention] = []
        var facts: [Fact] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var index = 0
        func close(_ end: Int) {
            let body = String(String.UnicodeScalarView(scalars[start..<end]))
            defer { start = end }
            guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
            let span = TextSpan(start: start, end: end)
            sentences.append(Sentence(index: index, span: span, text: body))
            var previous: Int?
            var offset = start
            for run in capitalizedRuns(body) {
                offset = start
                let id = entities[run]?.id ?? entities.count + 1
                let type: EntityType = run.contains(" ") ? .person : .organization
                entities[run] = ExtractedEntity(id: id, name: run, type: type, aliases: [run])
                mentions.append(Mention(entity: id, sentence: index, span: TextSpan(start: offset, end: offset + 1), surface: run))
                if let previous, previous != id {
                    facts.append(
                        Fact(
                            subject: previous, object: id, action: "meet", cameo: .root(.consult), kind: .action,
                            sentence: index, span: span, confidence: 0.5))
                }
                previous = id
            }
            index += 1
        }
        for (position, scalar) in scalars.enumerated() where scalar == "." || scalar == "\n" {
            close(position + 1)
        }
        if start < scalars.count { close(scalars.count) }
        return ExtractedDocument(
            title: nil, sentences: sentences, entities: Array(entities.values).sorted { $0.id < $1.id },
            mentions: mentions, facts: facts)
    }

    /// "Vladimir Putin met NATO" -> ["Vladimir Putin", "NATO"] (sentence-initial words included).
    private static func capitalizedRuns(_ sentence: String) -> [String] {
        var runs: [String] = []
        var current: [Substring] = []
        for word in sentence.split(whereSeparator: { !$0.isLetter }) {
            if word.first?.isUppercase == true && word.count > 1 {
                current.append(word)
            } else if !current.isEmpty {
                runs.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { runs.append(current.joined(separator: " ")) }
        return runs
    }
}
