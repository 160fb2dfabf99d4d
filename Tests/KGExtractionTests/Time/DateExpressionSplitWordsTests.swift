import XCTest

@testable import KGExtraction

/// `DateExpression.scan(_:words:)`, given a text's scalars and their `DateWord.split`, finds what
/// `scan(_:)` of the text finds.
final class DateExpressionSplitWordsTests: XCTestCase {
    func testScanOfSplitWordsEqualsScanOfTheText() {
        let texts = [
            "MOSCOW, Feb 21 (Reuters) - Russia recognized the regions on Monday.",
            "date 2022-02-22 Moscow: Amid the increasing Russia-Ukraine crisis, fresh videos showed forces.",
            "Signed 7 October 2023 at dawn, two days ago; talks resume next Monday, Feb. 21st, 2022.",
            "Thursday, February 24, 2022 \u{2014} 08:12 GMT",
            "No date here at all.",
            "",
            "\u{201C}Ukraine\u{2019}s 24.02.2022\u{201D} and 2022/02/24 last week",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(DateExpression.scan(scalars, words: DateWord.split(scalars)), DateExpression.scan(text), text)
        }
        XCTAssertFalse(DateExpression.scan("MOSCOW, Feb 21 (Reuters) - Russia recognized the regions on Monday.").isEmpty)
    }
}
