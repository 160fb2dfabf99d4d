/// A day in the proleptic Gregorian calendar, with no time and no time zone: the date a news
/// article or a fact carries.
///
/// ```swift
/// let date = CalendarDate(iso: "2022-02-21")!   // a Monday
/// date.adding(days: 1).iso                      // "2022-02-22"
/// date.truncated(to: .month).iso                // "2022-02-01"
/// ```
/// Arithmetic goes through a day count since 1970-01-01, so it needs no `Calendar` and gives the
/// same answer in every time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless `month` and `day` name a real day of `year` (1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads the `YYYY-MM-DD` that starts `text`: an ISO date, or the date part of an ISO date-time
    /// (`2022-02-21T14:30:00+03:00` is 21 February, the day where it was written).
    public init?(iso text: String) {
        let scalars = Array(text.unicodeScalars.prefix(11))
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
            scalars.count == 10 || !Self.isDigit(scalars[10]),
            let year = Self.number(scalars[0..<4]), let month = Self.number(scalars[5..<7]),
            let day = Self.number(scalars[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `days` after 1970-01-01 (negative before it).
    public init?(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `2022-02-21`
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// The day of the week: 1 Monday ... 7 Sunday (ISO 8601).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (daysSinceEpoch + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The day `days` later (earlier when negative); the same day when that leaves the calendar.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days) ?? self
    }

    /// The first day of the period: the Monday of its ISO week, the 1st of its month, 1 January.
    public func truncated(to unit: Unit) -> CalendarDate {
        switch unit {
        case .day: return self
        case .week: return adding(days: 1 - weekday)
        case .month: return CalendarDate(year: year, month: month, day: 1) ?? self
        case .year: return CalendarDate(year: year, month: 1, day: 1) ?? self
        }
    }

    /// The periods a date can be truncated to, as queries spell them.
    public enum Unit: String, CaseIterable, Sendable {
        case day, week, month, year
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in scalars {
            guard isDigit(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}
