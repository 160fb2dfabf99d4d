import XCTest

@testable import KGExtraction

/// `DateKeyword(lowercased:)` names exactly the words the scanner's dictionaries and comparisons
/// named, and no other.
final class DateKeywordTests: XCTestCase {
    func testEveryDictionaryWordIsItsKeyword() {
        for (word, month) in DateWord.months { XCTAssertEqual(DateKeyword(lowercased: word), .monthName(month), word) }
        for (word, day) in DateWord.weekdays { XCTAssertEqual(DateKeyword(lowercased: word), .weekdayName(day), word) }
        for (word, value) in DateWord.numberWords { XCTAssertEqual(DateKeyword(lowercased: word), .numberWord(value), word) }
    }

    func testRelativeDateWordsAreTheirKeywords() {
        let expected: [String: DateKeyword] = [
            "last": .last, "next": .next, "this": .this, "week": .week, "month": .month, "night": .night,
            "morning": .morning, "afternoon": .afternoon, "evening": .evening, "yesterday": .yesterday,
            "today": .today, "tonight": .tonight, "tomorrow": .tomorrow, "ago": .ago, "days": .days, "day": .day,
        ]
        for (word, keyword) in expected { XCTAssertEqual(DateKeyword(lowercased: word), keyword, word) }
    }

    func testOtherWordsAreNoKeyword() {
        // other case, prefixes and extensions of keywords, longer words, digits, non-ASCII, empty
        for word in [
            "", "d", "da", "dayss", "las", "lasts", "May", "MAY", "Ago", "monday2", "septembers", "yesterdays",
            "said", "the", "2023", "7th", "mañana", "ﬁve", "wee\u{212A}", "yesterdayy", "januaryfebruary",
        ] {
            XCTAssertNil(DateKeyword(lowercased: word), word)
        }
    }

    func testAnASCIIWordIsTheKeywordOfItsLowerCaseForm() {
        for word in ["Last", "WEEK", "Sept", "MoNdAy", "Yesterday", "afternoon", "Afternoons", "Ago", "ten", "Said", "7th", "a", ""] {
            XCTAssertEqual(DateKeyword(asciiWord: Array(word.unicodeScalars)[...]), DateKeyword(lowercased: word.lowercased()), word)
        }
    }

    func testNoKeywordIsShorterOrLongerThanTheBounds() {
        let words = Array(DateWord.months.keys) + Array(DateWord.weekdays.keys) + Array(DateWord.numberWords.keys)
        for word in words + ["last", "afternoon", "ago", "yesterday"] {
            XCTAssertTrue((DateKeyword.shortest...DateKeyword.longest).contains(word.utf8.count), word)
        }
    }

    func testPackedWordsDifferAndFitTheirBound() {
        XCTAssertNotEqual(DateKeyword.packed("day".utf8), DateKeyword.packed("days".utf8))
        XCTAssertNotEqual(DateKeyword.packed("ab".utf8), DateKeyword.packed("ba".utf8))
        XCTAssertNotNil(DateKeyword.packed("wednesday".utf8))
        XCTAssertNil(DateKeyword.packed("wednesdays".utf8))
        XCTAssertNil(DateKeyword.packed("".utf8))
        XCTAssertNil(DateKeyword.packed("é".utf8))
    }

    /// The words a split gives: their keywords, and months and weekdays only when capitalized.
    func testSplitWordsCarryTheirKeywords() {
        let scalars = Array("Last week, on Monday, may MAY 3 days ago; three DAYS Ago".unicodeScalars)
        let words = DateWord.split(scalars)
        XCTAssertEqual(
            words.map(\.keyword),
            [.last, .week, nil, .weekdayName(1), .monthName(5), .monthName(5), nil, .days, .ago, .numberWord(3), .days, .ago])
        XCTAssertEqual(words.map(\.month), [nil, nil, nil, nil, nil, 5, nil, nil, nil, nil, nil, nil])
        XCTAssertEqual(words.map(\.weekday), [nil, nil, nil, 1, nil, nil, nil, nil, nil, nil, nil, nil])
        XCTAssertEqual(
            words.map { String(String.UnicodeScalarView(scalars[$0.range])) },
            ["Last", "week", "on", "Monday", "may", "MAY", "3", "days", "ago", "three", "DAYS", "Ago"])
        XCTAssertEqual(words.map(\.number), [nil, nil, nil, nil, nil, nil, 3, nil, nil, nil, nil, nil])
    }
}
