import XCTest

@testable import KGExtraction

final class GazetteerPrefixTests: XCTestCase {
    func testEveryKeyCutAtASpaceIsAPrefix() throws {
        let lexicons = try Lexicons.load()
        var multiWord = 0
        for key in lexicons.gazetteer.keys where key.contains(" ") {
            multiWord += 1
            var words = key.split(separator: " ")
            words.removeLast()
            while !words.isEmpty {
                XCTAssertTrue(lexicons.gazetteerPrefixes.contains(words.joined(separator: " ")), key)
                words.removeLast()
            }
        }
        XCTAssertGreaterThan(multiWord, 100)
        XCTAssertFalse(lexicons.gazetteerPrefixes.contains("urge"))
        XCTAssertFalse(lexicons.gazetteerPrefixes.contains("united arab emirates"))
        XCTAssertTrue(lexicons.gazetteerPrefixes.contains("united"))
    }

    func testAMatchStoppedEarlyStillFindsTheLongestName() throws {
        let recognizer = EntityRecognizer(lexicons: try Lexicons.load())
        let tokens = Tokenizer.tokenize(Array("The United Arab Emirates and the United Nations met in United States territory .".unicodeScalars))
        let mask = Array(repeating: true, count: tokens.count)
        XCTAssertEqual(recognizer.gazetteerMatch(tokens, mask: mask, at: 1, end: tokens.count)?.0, 4)
        XCTAssertEqual(recognizer.gazetteerMatch(tokens, mask: mask, at: 6, end: tokens.count)?.0, 8)
        XCTAssertEqual(recognizer.gazetteerMatch(tokens, mask: mask, at: 10, end: tokens.count)?.0, 12)
        XCTAssertNil(recognizer.gazetteerMatch(tokens, mask: mask, at: 4, end: tokens.count))
    }
}
