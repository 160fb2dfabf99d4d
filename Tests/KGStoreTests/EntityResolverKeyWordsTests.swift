import XCTest

@testable import KGStore

/// A lookup key's words split at its space bytes are the Character split's.
final class EntityResolverKeyWordsTests: XCTestCase {
    func testKeyWordsAreTheSplitAtSpaces() {
        let keys = [
            "", " ", "putin", "vladimir putin", "  vladimir   v  putin ", "ramos-horta", "jos\u{E9} luis", "jose\u{301} luis", "a \u{301}b",
            "line\r\nnext", "x\u{A0}y", "\u{1F600} smile", "al-sisi abdel fattah",
        ]
        for key in keys { XCTAssertEqual(EntityResolver.keyWords(key), key.split(separator: " "), key) }
    }

    func testAKeyHasASpaceAsContainsSays() {
        for key in ["", " ", "putin", "vladimir putin", "jos\u{E9} luis", "jose\u{301}", "a \u{301}b", "caf\u{E9}", "x\u{A0}y"] {
            XCTAssertEqual(EntityResolver.keyHasSpace(key), key.contains(" "), key)
        }
    }
}
