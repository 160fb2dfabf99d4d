import Foundation
import XCTest

@testable import KGExtraction

/// The byte searches answer as Foundation's `contains` and `replacingOccurrences` do.
final class ASCIINeedlesTests: XCTestCase {
    private let texts = [
        "", " ", "Nicolas Maduro", "Lund - Berg", "People 's Party", "People \u{2019}s Party", "José Luis Rodríguez", "Jose\u{301} Luis",
        "a \u{301}b", "x - \u{301}y", "the former , a former minister", "X, a former Chilean foreign minister", "Radio / TV",
        "line\r\nnext", "\u{212A}elvin", "\u{1F600} - smile",
    ]
    private let needles = [" ", " - ", " 's ", " \u{2019}s ", ", a former ", ", former ", " / ", "-", "e", "minister"]

    func testHoldsBytesIsASubstringOfTheUTF8() {
        XCTAssertTrue("abc".holdsBytes(of: ""))
        XCTAssertTrue("".holdsBytes(of: ""))
        XCTAssertFalse("".holdsBytes(of: "a"))
        XCTAssertFalse("ab".holdsBytes(of: "abc"))
        XCTAssertTrue("abc".holdsBytes(of: "bc"))
        XCTAssertTrue("aab".holdsBytes(of: "ab"))
        XCTAssertFalse("acb".holdsBytes(of: "ab"))
        XCTAssertTrue("café".holdsBytes(of: "é"))
        XCTAssertFalse("cafe\u{301}".holdsBytes(of: "é"))
    }

    func testContainsASCIIAnswersAsContains() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.containsASCII(needle), text.contains(needle), "\(text) / \(needle)")
                if !text.holdsBytes(of: needle) { XCTAssertFalse(text.contains(needle), "\(text) / \(needle)") }
            }
        }
    }

    func testReplacingASCIIMatchesAnswersAsReplacingOccurrences() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.replacingASCIIMatches(of: needle, with: "+"), text.replacingOccurrences(of: needle, with: "+"), "\(text) / \(needle)")
            }
        }
    }

    func testJoinedWordPartsRejoinsHyphensAndPossessives() {
        XCTAssertEqual("Lund - Berg".joinedWordParts, "Lund-Berg")
        XCTAssertEqual("People 's Party".joinedWordParts, "People's Party")
        XCTAssertEqual("People \u{2019}s Party".joinedWordParts, "People\u{2019}s Party")
        XCTAssertEqual("Nicolas Maduro".joinedWordParts, "Nicolas Maduro")
        XCTAssertEqual("Jean-Claude - Juncker".joinedWordParts, "Jean-Claude-Juncker")
    }
}
