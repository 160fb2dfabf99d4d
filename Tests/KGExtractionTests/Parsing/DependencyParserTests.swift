import XCTest

@testable import KGExtraction

/// The bundled parser on real sentences, and `parse` on odd input.
final class DependencyParserTests: XCTestCase {
    private func parse(_ sentence: String) throws -> (words: [String], tree: DependencyTree) {
        let words = sentence.split(separator: " ").map(String.init)
        let tags = try PerceptronTagger.bundled().tagDetailed(words)
        return (words, try DependencyParser.bundled().parse(words, tags: tags))
    }

    /// "word:label->headword" for each word, the root as "word:root".
    private func arcs(_ parsed: (words: [String], tree: DependencyTree)) -> [String] {
        parsed.words.indices.map { index in
            let label = parsed.tree.labels[index].rawValue
            guard let head = parsed.tree.heads[index] else { return "\(parsed.words[index]):\(label)" }
            return "\(parsed.words[index]):\(label)->\(parsed.words[head])"
        }
    }

    func testASimpleTransitiveClause() throws {
        let parsed = try parse("NATO condemned Russia .")
        XCTAssertEqual(parsed.tree.heads, [1, nil, 1, 1])
        XCTAssertEqual(parsed.tree.labels.map(\.rawValue), ["nsubj", "root", "obj", "punct"])
    }

    func testAPassiveWithAByAgent() throws {
        let parsed = try parse("The embassy was attacked by rebels on Monday .")
        let arcs = arcs(parsed)
        XCTAssertTrue(arcs.contains("attacked:root"), "\(arcs)")
        XCTAssertTrue(arcs.contains("embassy:nsubj:pass->attacked"), "\(arcs)")
        XCTAssertTrue(arcs.contains("was:aux:pass->attacked"), "\(arcs)")
        XCTAssertTrue(arcs.contains("rebels:obl:agent->attacked") || arcs.contains("rebels:obl->attacked"), "\(arcs)")
        XCTAssertTrue(arcs.contains("by:case->rebels"), "\(arcs)")
    }

    func testCoordinatedObjects() throws {
        let parsed = try parse("The minister met officials from Chile , Peru and Bolivia .")
        let arcs = arcs(parsed)
        XCTAssertTrue(arcs.contains("met:root"), "\(arcs)")
        XCTAssertTrue(arcs.contains("minister:nsubj->met"), "\(arcs)")
        XCTAssertTrue(arcs.contains("officials:obj->met"), "\(arcs)")
        XCTAssertTrue(arcs.contains("Chile:nmod->officials"), "\(arcs)")
        XCTAssertTrue(arcs.contains("Peru:conj->Chile"), "\(arcs)")
        XCTAssertTrue(arcs.contains("Bolivia:conj->Chile"), "\(arcs)")
        XCTAssertTrue(arcs.contains("and:cc->Bolivia"), "\(arcs)")
    }

    func testCoordinatedSubjects() throws {
        let arcs = arcs(try parse("Armenia and Azerbaijan agreed to a truce ."))
        XCTAssertTrue(arcs.contains("Armenia:nsubj->agreed"), "\(arcs)")
        XCTAssertTrue(arcs.contains("Azerbaijan:conj->Armenia"), "\(arcs)")
        XCTAssertTrue(arcs.contains("truce:obl->agreed"), "\(arcs)")
    }

    func testAnyInputGivesATreeWithOneRoot() throws {
        let parser = try DependencyParser.bundled()
        let tagger = try PerceptronTagger.bundled()
        XCTAssertEqual(parser.parse([], tags: []), DependencyTree(heads: [], labels: []))
        let one = parser.parse(["Hello"], tags: tagger.tagDetailed(["Hello"]))
        XCTAssertEqual(one.heads, [nil])
        XCTAssertEqual(one.labels, [DependencyLabel(rawValue: "root")])
        let odd = ["", "\u{0}", "🙂", "\u{202E}abc", String(repeating: "x", count: 10_000), "'s", "--", "\""]
        let long = (0..<500).map { odd[$0 % odd.count] + "\($0)" }
        for words in [odd, long, Array(repeating: ",", count: 300)] {
            let tree = parser.parse(words, tags: tagger.tagDetailed(words))
            XCTAssertEqual(tree.heads.count, words.count)
            XCTAssertEqual(tree.heads.filter { $0 == nil }.count, 1)
            XCTAssertTrue(tree.heads.compactMap { $0 }.allSatisfy { words.indices.contains($0) })
        }
        // Tags that do not match the words are tolerated, not trusted.
        XCTAssertEqual(parser.parse(["a", "b", "c"], tags: []).heads.count, 3)
        XCTAssertEqual(parser.parse(["a"], tags: tagger.tagDetailed(["a", "b", "c"])).heads, [nil])
    }

    func testTheBundledModelLoadsAndIsCompact() throws {
        let parser = try DependencyParser.bundled()
        // The treebanks' current UD conventions: "obl:unmarked" where older releases had obl:tmod/obl:npmod.
        for label in ["nmod:poss", "obl:unmarked", "obl:agent", "compound:prt", "nsubj:pass", "acl:relcl", "root"] {
            XCTAssertTrue(parser.labels.contains(DependencyLabel(rawValue: label)), label)
        }
        XCTAssertLessThan(parser.serialized().count, 20_000_000)
    }

    func testLeavingOutNoTemplateParsesAsUsual() throws {
        let words = "The minister met officials from Chile , Peru and Bolivia .".split(separator: " ").map(String.init)
        let tags = try PerceptronTagger.bundled().tagDetailed(words)
        let parser = try DependencyParser.bundled()
        XCTAssertEqual(parser.parse(words, tags: tags, withoutTemplates: []), parser.parse(words, tags: tags))
    }

    /// With no features every score is 0, and ties go to SHIFT, then to RIGHT with the first label.
    func testLeavingOutEveryTemplateShiftsEveryWordAndAttachesEachToThePreviousOne() throws {
        let words = ["NATO", "condemned", "Russia", "."]
        let parser = try DependencyParser.bundled()
        let tree = parser.parse(words, tags: try PerceptronTagger.bundled().tagDetailed(words), withoutTemplates: Array(0..<ParserFeatures.count))
        XCTAssertEqual(tree.heads, [nil, 0, 1, 2])
        XCTAssertEqual(tree.labels.dropFirst(), [parser.labels[0], parser.labels[0], parser.labels[0]])
    }
}
