import XCTest

@testable import KGExtraction

/// `Lexicons.rolePrefixes`, with which `EntityRecognizer.roleMatch` stops reading a title early.
final class RolePrefixTests: XCTestCase {
    func testEveryRoleCutAtASpaceIsAPrefix() throws {
        let lexicons = try Lexicons.load()
        var multiWord = 0
        for key in lexicons.roles.set where key.contains(" ") {
            multiWord += 1
            var words = key.split(separator: " ")
            words.removeLast()
            while !words.isEmpty {
                XCTAssertTrue(lexicons.rolePrefixes.contains(words.joined(separator: " ")), key)
                words.removeLast()
            }
        }
        XCTAssertGreaterThan(multiWord, 100)
        XCTAssertTrue(lexicons.rolePrefixes.contains("deputy prime"))
        XCTAssertFalse(lexicons.rolePrefixes.contains("deputy prime minister"))
        XCTAssertFalse(lexicons.rolePrefixes.contains("minister jane"))
    }

    func testAMatchStoppedEarlyStillFindsTheLongestTitle() throws {
        let recognizer = EntityRecognizer(lexicons: try Lexicons.load())
        let text = "Deputy Prime Minister Jane Doe met the chief cabinet secretary and the prime minister ."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let mask = Array(repeating: true, count: tokens.count)
        XCTAssertEqual(recognizer.roleMatch(tokens, mask: mask, at: 0, end: tokens.count), 3)
        XCTAssertEqual(recognizer.roleMatch(tokens, mask: mask, at: 7, end: tokens.count), 10)
        XCTAssertEqual(recognizer.roleMatch(tokens, mask: mask, at: 12, end: tokens.count), 14)
        XCTAssertNil(recognizer.roleMatch(tokens, mask: mask, at: 3, end: tokens.count))
        // a title cut short by the mask ends where the mask does
        var cut = mask
        cut[2] = false
        XCTAssertNotEqual(recognizer.roleMatch(tokens, mask: cut, at: 0, end: tokens.count), 3)
    }
}
