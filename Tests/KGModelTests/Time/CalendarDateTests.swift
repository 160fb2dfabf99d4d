import KGModel
import XCTest

final class CalendarDateTests: XCTestCase {
    private func day(_ iso: String) throws -> CalendarDate {
        try XCTUnwrap(CalendarDate(iso: iso), iso)
    }

    func testISODateAndDateTimeReadTheirDay() throws {
        XCTAssertEqual(try day("2022-02-21T23:30:00+03:00").iso, "2022-02-21")
        XCTAssertNil(CalendarDate(iso: "2022-02-30"))
        XCTAssertNil(CalendarDate(iso: "21 Feb 2022"))
        XCTAssertNil(CalendarDate(iso: "2022-02-211"))
    }

    func testDayArithmeticCrossesMonthYearAndLeapDay() throws {
        XCTAssertEqual(try day("2024-02-28").adding(days: 1).iso, "2024-02-29")
        XCTAssertEqual(try day("2023-02-28").adding(days: 1).iso, "2023-03-01")
        XCTAssertEqual(try day("2023-01-01").adding(days: -1).iso, "2022-12-31")
        XCTAssertEqual(try day("1970-01-01").daysSinceEpoch, 0)
        XCTAssertEqual(try day("2000-03-01").daysSinceEpoch, 11_017)
    }

    func testWeekdayIsISOMondayOne() throws {
        XCTAssertEqual(try day("2022-02-21").weekday, 1)  // a Monday
        XCTAssertEqual(try day("2023-10-07").weekday, 6)  // a Saturday
    }

    func testTruncationGoesToTheStartOfWeekMonthAndYear() throws {
        let date = try day("2022-03-02")  // a Wednesday
        XCTAssertEqual(date.truncated(to: .week).iso, "2022-02-28")
        XCTAssertEqual(date.truncated(to: .month).iso, "2022-03-01")
        XCTAssertEqual(date.truncated(to: .year).iso, "2022-01-01")
    }
}
