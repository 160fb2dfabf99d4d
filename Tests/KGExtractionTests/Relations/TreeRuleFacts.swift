import KGExtraction
import XCTest

/// A sentence's facts from the bundled parser and the tree rules alone (no word-window rules),
/// written `subject -action-> object` so construction tests can compare exact sets.
///
/// ```swift
/// try TreeRuleFacts.of("Sweden threatened to sanction Hungary.")
/// // ["Sweden -threaten-> Hungary"]
/// ```
enum TreeRuleFacts {
    /// Loaded once for every construction test; nil if the parser model fails to load.
    static let extractor: Extractor? = try? Extractor(parser: DependencyParser.bundled(), actionRules: .treeOnly)

    static func of(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        let extractor = try XCTUnwrap(extractor, "the extractor or the parser model failed to load", file: file, line: line)
        let doc = extractor.extract(text)
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        return Set(doc.facts.map { "\(names[$0.subject] ?? "?") -\($0.action)-> \(names[$0.object] ?? "?")" })
    }
}
