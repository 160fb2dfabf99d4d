import KGExtraction
import KGModel
import XCTest

/// Shared extractor and helpers: facts and entities by name, so assertions read as sentences.
class ExtractionTestCase: XCTestCase {
    static let extractor: Extractor? = try? Extractor()

    func extract(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ExtractedDocument {
        let extractor = try XCTUnwrap(Self.extractor, "the extractor's lexicons failed to load", file: file, line: line)
        return extractor.extract(text)
    }

    /// "subject -action-> object" for every fact.
    func facts(_ doc: ExtractedDocument) -> Set<String> {
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        return Set(doc.facts.map { "\(names[$0.subject]!) -\($0.action)-> \(names[$0.object]!)" })
    }

    /// "subject -action-> object" for the role facts of `text` (the facts of other kinds left out).
    func roles(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        let doc = try extract(text, file: file, line: line)
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        return Set(doc.facts.filter { $0.kind == .role }.map { "\(names[$0.subject] ?? "?") -\($0.action)-> \(names[$0.object] ?? "?")" })
    }

    /// "subject -action-> object" for every fact of `text`.
    func all(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        facts(try extract(text, file: file, line: line))
    }

    /// The entities of `text` as "name|type", sorted.
    func typedNames(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try extract(text, file: file, line: line).entities.map { "\($0.name)|\($0.type)" }.sorted()
    }

    /// "name type" for every entity of `text`.
    func entities(_ text: String) throws -> Set<String> {
        Set(try extract(text).entities.map { "\($0.name) \($0.type.rawValue)" })
    }

    func entity(_ doc: ExtractedDocument, _ name: String) -> ExtractedEntity? {
        doc.entities.first { $0.name == name }
    }
}
