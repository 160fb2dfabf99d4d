import KGExtraction
import XCTest

/// A parser that returns trees written by hand, keyed by the folded words of their sentence:
/// construction tests run the real relation rules on the tree they are written for.
///
/// ```swift
/// let trees = HandWrittenTrees("Kenya/2/nsubj condemned/0/root Kenya/2/obj ./2/punct")
/// ```
/// Each word is `form/head/label` with 1-based heads and 0 for the root, as in CoNLL-U. A
/// sentence without a tree gets every word attached to the first with `dep`, which gives no facts.
struct HandWrittenTrees: SentenceParsing {
    let trees: [String: DependencyTree]

    init(_ sentences: String...) {
        var trees: [String: DependencyTree] = [:]
        for sentence in sentences {
            var words: [String] = [], heads: [Int?] = [], labels: [DependencyLabel] = []
            for item in sentence.split(separator: " ") {
                let parts = item.split(separator: "/", omittingEmptySubsequences: false)
                precondition(parts.count == 3, "malformed tree item \(item)")
                words.append(String(parts[0]))
                let head = Int(parts[1]) ?? 0
                heads.append(head == 0 ? nil : head - 1)
                labels.append(DependencyLabel(rawValue: String(parts[2])))
            }
            trees[words.joined(separator: " ")] = DependencyTree(heads: heads, labels: labels)
        }
        self.trees = trees
    }

    func parse(_ words: [String], tags: [PartOfSpeech]) -> DependencyTree {
        if let tree = trees[words.joined(separator: " ")] { return tree }
        print("no hand-written tree for: \(zip(words, tags).map { "\($0)_\($1.xpos.rawValue)" }.joined(separator: " "))")
        return DependencyTree(
            heads: words.indices.map { $0 == 0 ? nil : 0 },
            labels: words.indices.map { DependencyLabel(rawValue: $0 == 0 ? "root" : "dep") })
    }
}

/// Extraction with a given parser and the tree's rules alone, and the exact facts of a sentence.
class TreeExtractionTestCase: XCTestCase {
    func facts(_ text: String, trees: HandWrittenTrees, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        let doc = try Extractor(parser: trees, actionRules: .treeOnly).extract(text)
        let names = Dictionary(uniqueKeysWithValues: doc.entities.map { ($0.id, $0.name) })
        return Set(doc.facts.map { "\(names[$0.subject] ?? "?") -\($0.action)-> \(names[$0.object] ?? "?")" })
    }
}
