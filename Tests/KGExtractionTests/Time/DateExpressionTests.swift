import KGExtraction
import KGModel
import XCTest

final class DateExpressionTests: XCTestCase {
    private func resolve(_ text: String, publishedOn iso: String?) -> [String] {
        DateExpression.scan(text).compactMap { $0.resolve(against: iso.flatMap(CalendarDate.init(iso:)))?.iso }
    }

    func testExplicitDatesInEveryCommonSpelling() {
        XCTAssertEqual(resolve("Hamas attacked on October 7, 2023.", publishedOn: nil), ["2023-10-07"])
        XCTAssertEqual(resolve("It began on 7 October 2023 at dawn.", publishedOn: nil), ["2023-10-07"])
        XCTAssertEqual(resolve("Signed 2022-02-21 in Moscow.", publishedOn: nil), ["2022-02-21"])
        XCTAssertEqual(resolve("Talks on Feb. 21st ended.", publishedOn: "2022-02-25"), ["2022-02-21"])
    }

    func testMonthAndDayWithoutYearTakeTheYearNearestThePublicationDate() {
        XCTAssertEqual(resolve("He spoke on December 30.", publishedOn: "2023-01-02"), ["2022-12-30"])
        XCTAssertEqual(resolve("The vote is on January 3.", publishedOn: "2022-12-29"), ["2023-01-03"])
    }

    func testWeekdaysResolveToTheLatestOnOrBeforePublication() {
        // 2022-02-24 was a Thursday.
        XCTAssertEqual(resolve("Russia recognized them on Monday.", publishedOn: "2022-02-24"), ["2022-02-21"])
        XCTAssertEqual(resolve("Zelensky said early Thursday that...", publishedOn: "2022-02-24"), ["2022-02-24"])
        XCTAssertEqual(resolve("They met last Thursday.", publishedOn: "2022-02-24"), ["2022-02-17"])
        XCTAssertEqual(resolve("They meet next Monday.", publishedOn: "2022-02-24"), ["2022-02-28"])
    }

    func testRelativeDatesCrossMonthAndYearBoundaries() {
        XCTAssertEqual(resolve("Putin spoke yesterday.", publishedOn: "2022-03-01"), ["2022-02-28"])
        XCTAssertEqual(resolve("Fighting began on Saturday.", publishedOn: "2023-01-02"), ["2022-12-31"])
        XCTAssertEqual(resolve("The envoy left last week.", publishedOn: "2023-01-04"), ["2022-12-26"])
        XCTAssertEqual(resolve("Prices rose last month.", publishedOn: "2023-01-15"), ["2022-12-01"])
        XCTAssertEqual(resolve("It happened three days ago.", publishedOn: "2022-03-02"), ["2022-02-27"])
    }

    func testRelativeDatesNeedAPublicationDate() {
        XCTAssertEqual(resolve("Russia recognized them on Monday.", publishedOn: nil), [])
    }

    func testLowerCaseMonthAndWeekdayWordsAreNotDates() {
        XCTAssertEqual(DateExpression.scan("Troops may 3 times march on.").count, 0)
    }
}
