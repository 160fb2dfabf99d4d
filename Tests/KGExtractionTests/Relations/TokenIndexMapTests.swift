import XCTest

@testable import KGExtraction

final class TokenIndexMapTests: XCTestCase {
    /// The map answers as the `[Int: Int]` it replaced, inside its range and outside it.
    func testAnswersAsADictionaryWouldForIndicesInsideAndOutsideItsRange() {
        var map = TokenIndexMap(covering: 10..<20)
        var dictionary: [Int: Int] = [:]
        let writes: [(Int, Int?)] = [(10, 0), (19, 3), (12, 1), (12, 2), (25, 4), (3, 5), (19, nil), (-1, 6), (15, Int(Int32.max) + 1)]
        for (index, value) in writes {
            map[index] = value
            dictionary[index] = value
        }
        for index in -2..<30 { XCTAssertEqual(map[index], dictionary[index], "token \(index)") }
    }

    func testAnEmptyRangeKeepsEverythingAside() {
        var map = TokenIndexMap(covering: 5..<5)
        XCTAssertNil(map[5])
        map[5] = 7
        XCTAssertEqual(map[5], 7)
        XCTAssertNil(map[4])
    }

    /// A sentence view's mentions are found at each of their tokens.
    func testASentenceViewFindsTheMentionAtEachOfItsTokens() {
        let tokens = Tokenizer.tokenize(Array("Turkey and South Ossetia met.".unicodeScalars))
        let view = SentenceView(
            tokens: tokens, range: 0..<tokens.count, index: 0,
            mentions: [
                SentenceView.Span(range: 2..<4, entity: 1, type: .location, modifierOnly: false, isDemonym: false),
                SentenceView.Span(range: 0..<1, entity: 0, type: .country, modifierOnly: false, isDemonym: false),
            ], roles: [])
        XCTAssertEqual((0..<tokens.count).map { view.mentionAt[$0] }, [0, nil, 1, 1, nil, nil])
        XCTAssertEqual(view.mention(startingAt: 2), 1)
        XCTAssertNil(view.mention(startingAt: 3))
        XCTAssertEqual(view.mention(endingBefore: 4), 1)
        XCTAssertNil(view.roleAt[0])
    }
}
