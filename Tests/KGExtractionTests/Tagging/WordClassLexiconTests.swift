import Foundation
import XCTest

@testable import KGExtraction

final class WordClassLexiconTests: XCTestCase {
    private func wordNetFolder(noun: String, verb: String, adj: String = "", adv: String = "") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wordnet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("index.noun", noun), ("index.verb", verb), ("index.adj", adj), ("index.adv", adv)] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func testWordListedAsNounAndVerbHasBothClasses() throws {
        let folder = try wordNetFolder(
            noun: "  1 licence header line\ncall n 1 1 @ 1 0 00000001\n",
            verb: "call v 1 1 @ 1 0 00000002\n"
        )
        let lexicon = try WordClassLexicon(wordNetDirectory: folder)
        XCTAssertEqual(lexicon.classes(of: "Call"), [.noun, .verb])
    }

    func testMultiwordEntriesAndUnlistedWordsHaveNoClasses() throws {
        let folder = try wordNetFolder(noun: "call_option n 1 1 @ 1 0 00000001\n", verb: "")
        let lexicon = try WordClassLexicon(wordNetDirectory: folder)
        XCTAssertEqual(lexicon.count, 0)
        XCTAssertEqual(lexicon.classes(of: "the"), [])
    }

    /// Every word of the bundled model's lexicon is found with its classes, and keys it lacks
    /// are not (a hash whose high half is zero narrows to its low half, the stored key).
    func testTheBundledLexiconFindsEachKeyWithItsClassesAndNoOther() throws {
        let lexicon = try PerceptronTagger.bundled().lexicon
        XCTAssertGreaterThan(lexicon.count, 10_000)
        let stored = Set(lexicon.keys)
        for (key, mask) in zip(lexicon.keys, lexicon.masks) {
            XCTAssertEqual(lexicon.mask(forLowercaseHash: UInt64(key)), mask, "key \(key)")
            let neighbour = key &+ 1
            if neighbour != 0, !stored.contains(neighbour) {
                XCTAssertEqual(lexicon.mask(forLowercaseHash: UInt64(neighbour)), 0, "key \(neighbour)")
            }
        }
    }

    func testMissingIndexFileIsAnError() {
        XCTAssertThrowsError(try WordClassLexicon(wordNetDirectory: URL(fileURLWithPath: "/nonexistent"))) { error in
            guard case .unreadable? = error as? TaggingError else { return XCTFail("unexpected \(error)") }
        }
    }

    func testKeysGivenTwiceAreCountedWhileBuilding() {
        XCTAssertEqual(WordClassLexicon(keys: [3, 4], masks: [1, 2]).duplicateKeyCount, 0)
        XCTAssertEqual(WordClassLexicon(keys: [3, 4, 3], masks: [1, 2, 4]).duplicateKeyCount, 1)
    }
}
