import KGModel

/// A stretch of text that names a day, and how to turn it into a date.
///
/// ```swift
/// let found = DateExpression.scan("Putin spoke on Monday, February 21.")
/// found[0].meaning                                        // .weekday(1, .mostRecent)
/// found[0].resolve(against: CalendarDate(iso: "2022-02-22"))  // 2022-02-21
/// found[1].meaning                                        // .monthDay(month: 2, day: 21)
/// ```
/// Explicit dates ("October 7, 2023", "7 October 2023", "2023-10-07", "Oct. 7") stand on their
/// own, a missing year taken from the anchor; relative ones ("on Monday", "yesterday", "last
/// week", "three days ago") need the anchor, the document's publication date.
public struct DateExpression: Hashable, Sendable {
    /// Unicode scalar offsets into the scanned text.
    public var range: Range<Int>
    public var meaning: Meaning

    public enum Meaning: Hashable, Sendable {
        /// A full date.
        case absolute(CalendarDate)
        /// A day of a month, year unsaid: the one nearest the anchor.
        case monthDay(month: Int, day: Int)
        /// A day of the week (1 Monday ... 7 Sunday).
        case weekday(Int, WeekdayShift)
        /// The anchor moved by this many days: yesterday -1, today 0, tomorrow 1.
        case daysFromAnchor(Int)
        /// The Monday of the week before the anchor's.
        case lastWeek
        /// The 1st of the month before the anchor's.
        case lastMonth
    }

    /// Which "Monday": news says "on Monday" for the latest one, up to and including today.
    public enum WeekdayShift: Hashable, Sendable {
        /// The latest such day on or before the anchor ("on Monday").
        case mostRecent
        /// The latest such day strictly before the anchor ("last Monday").
        case previous
        /// The first such day after the anchor ("next Monday").
        case next
    }

    /// True when the expression means nothing without an anchor date.
    public var isRelative: Bool {
        switch meaning {
        case .absolute, .monthDay: return false
        default: return true
        }
    }

    /// The day meant, given the publication date `anchor`; nil when that is needed and missing.
    public func resolve(against anchor: CalendarDate?) -> CalendarDate? {
        if case let .absolute(date) = meaning { return date }
        guard let anchor else { return nil }
        switch meaning {
        case .absolute(let date):
            return date
        case let .monthDay(month, day):
            // The year that puts the day nearest the anchor: "on December 30" in a January article
            // is last year's.
            let candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
                .compactMap { CalendarDate(year: $0, month: month, day: day) }
            return candidates.min {
                abs($0.daysSinceEpoch - anchor.daysSinceEpoch) < abs($1.daysSinceEpoch - anchor.daysSinceEpoch)
            }
        case let .weekday(weekday, shift):
            let back = (anchor.weekday - weekday + 7) % 7
            switch shift {
            case .mostRecent: return anchor.adding(days: -back)
            case .previous: return anchor.adding(days: -(back == 0 ? 7 : back))
            case .next: return anchor.adding(days: (weekday - anchor.weekday + 7) % 7 == 0 ? 7 : (weekday - anchor.weekday + 7) % 7)
            }
        case let .daysFromAnchor(days):
            return anchor.adding(days: days)
        case .lastWeek:
            return anchor.truncated(to: .week).adding(days: -7)
        case .lastMonth:
            let firstOfMonth = anchor.truncated(to: .month)
            return firstOfMonth.adding(days: -1).truncated(to: .month)
        }
    }
}

extension DateExpression {
    /// Every date expression in `text`, in order.
    public static func scan(_ text: String) -> [DateExpression] {
        let scalars = unicodeScalars(of: text)
        return scan(scalars, words: DateWord.split(scalars))
    }

    /// `Array(text.unicodeScalars)`, read in one pass: room for every scalar reserved from the byte
    /// count (no scalar takes less than a byte), where `Array` counted the scalars in a pass of its
    /// own first (10% of the dating of facts, which reads each sentence with facts so). A line of
    /// the publication date's search, a `Substring`, is read faster by `Array` itself.
    static func unicodeScalars(of text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    /// `scan(_:)` of the text made of `scalars`, whose `DateWord.split` the caller holds already
    /// (the publication date's search splits each line for its own counts).
    static func scan(_ scalars: [Unicode.Scalar], words: [DateWord]) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        while i < words.count {
            if let (expression, next) = match(at: i, words, scalars) {
                found.append(expression)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    /// The expression starting at word `i`, and the index of the first word after it.
    private static func match(
        at i: Int, _ words: [DateWord], _ scalars: [Unicode.Scalar]
    )
        -> (DateExpression, Int)?
    {
        let word = words[i]
        func expression(_ meaning: Meaning, through last: Int) -> (DateExpression, Int) {
            (DateExpression(range: word.range.lowerBound..<words[last].range.upperBound, meaning: meaning), last + 1)
        }
        func year(at index: Int) -> Int? {
            guard index < words.count, let value = words[index].number, words[index].digits == 4,
                (1900...2100).contains(value)
            else { return nil }
            return value
        }
        // 2023-10-07
        if word.digits == 4, i + 2 < words.count, words[i + 1].digits == 2, words[i + 2].digits == 2,
            words[i + 1].joinedByHyphen, words[i + 2].joinedByHyphen,
            let date = CalendarDate(iso: String(String.UnicodeScalarView(scalars[word.range.lowerBound..<words[i + 2].range.upperBound])))
        {
            return expression(.absolute(date), through: i + 2)
        }
        // October 7, 2023 / Oct. 7 / October 7th
        if let month = word.month, i + 1 < words.count, let day = words[i + 1].dayOfMonth {
            if let year = year(at: i + 2), let date = CalendarDate(year: year, month: month, day: day) {
                return expression(.absolute(date), through: i + 2)
            }
            return expression(.monthDay(month: month, day: day), through: i + 1)
        }
        // 7 October 2023 / 7 October
        if let day = word.dayOfMonth, i + 1 < words.count, let month = words[i + 1].month {
            if let year = year(at: i + 2), let date = CalendarDate(year: year, month: month, day: day) {
                return expression(.absolute(date), through: i + 2)
            }
            return expression(.monthDay(month: month, day: day), through: i + 1)
        }
        // the words read by name, by the keyword each word was found to be (`DateKeyword`)
        let keyword = word.keyword
        // last Monday, next Friday, Monday
        if keyword == .last || keyword == .next || keyword == .this, i + 1 < words.count {
            let next = words[i + 1]
            if let weekday = next.weekday {
                let shift: WeekdayShift = keyword == .last ? .previous : keyword == .next ? .next : .mostRecent
                return expression(.weekday(weekday, shift), through: i + 1)
            }
            switch (keyword, next.keyword) {
            case (.last, .week): return expression(.lastWeek, through: i + 1)
            case (.last, .month): return expression(.lastMonth, through: i + 1)
            case (.last, .night): return expression(.daysFromAnchor(-1), through: i + 1)
            case (.this, .morning), (.this, .afternoon), (.this, .evening):
                return expression(.daysFromAnchor(0), through: i + 1)
            default: break
            }
        }
        if let weekday = word.weekday {
            return expression(.weekday(weekday, .mostRecent), through: i)
        }
        switch keyword {
        case .yesterday: return expression(.daysFromAnchor(-1), through: i)
        case .today, .tonight: return expression(.daysFromAnchor(0), through: i)
        case .tomorrow: return expression(.daysFromAnchor(1), through: i)
        default: break
        }
        // three days ago
        // "ago" first: it rules out nearly every word before its number is looked up
        if i + 2 < words.count, words[i + 2].keyword == .ago,
            words[i + 1].keyword == .days || words[i + 1].keyword == .day,
            let count = word.number ?? word.numberWordValue, count > 0, count <= 31
        {
            return expression(.daysFromAnchor(-count), through: i + 2)
        }
        return nil
    }
}

/// A run of letters or of digits, with what a date scanner wants to know about it.
///
/// The scanner asks every word whether it is a month, a weekday or a day number, some words
/// twice: the answers are found once, when the word is made, by byte tests that rule out most
/// words before a dictionary is asked (`Character.isUppercase` upper-cases a whole lower-case
/// word to answer).
struct DateWord {
    var range: Range<Int>
    /// Count of digits when the word is all digits, else 0.
    var digits: Int
    /// Whether a "-" directly precedes the word (ISO dates).
    var joinedByHyphen: Bool
    /// 1...31, when the word is a day number ("7", "07", "7th").
    let dayOfMonth: Int?
    /// 1...12 for a capitalized month name or its abbreviation (lower case "may" is a verb).
    let month: Int?
    /// 1 Monday ... 7 Sunday, capitalized weekday names only.
    let weekday: Int?
    /// The word the scanner reads by name that the word's lower-case form is, if any.
    let keyword: DateKeyword?
    /// The value of a word of one to four digits ("2023", "07").
    let number: Int?

    /// The word `split` found at `range`: `startsUpperCase` tells whether its first character is
    /// upper case, `lowercased` is its lower-case form when it starts with a digit (nil otherwise:
    /// only such a word can be a day number), `keyword` its `DateKeyword(lowercased:)` and `number`
    /// its value when it is one to four digits.
    ///
    /// The scanner reads no word's text, only these answers: the word's text and lower-case
    /// form were made as strings for every word (two a capitalized word), about a third of the
    /// split's instructions, and only a day number's test reads its form.
    init(
        range: Range<Int>, startsUpperCase: Bool, lowercased: String?, keyword: DateKeyword?, number: Int?, digits: Int,
        joinedByHyphen: Bool
    ) {
        self.range = range
        self.digits = digits
        self.joinedByHyphen = joinedByHyphen
        self.number = number
        dayOfMonth = lowercased.flatMap(Self.dayOfMonth)
        self.keyword = keyword
        // `months[lowercased]` and `weekdays[lowercased]` of a capitalized word, found as keywords
        var month: Int?, weekday: Int?
        if startsUpperCase {
            switch keyword {
            case let .monthName(number): month = number
            case let .weekdayName(number): weekday = number
            default: break
            }
        }
        self.month = month
        self.weekday = weekday
    }

    /// `numberWords` of the word's lower-case form.
    var numberWordValue: Int? {
        if case let .numberWord(value) = keyword { return value }
        return nil
    }

    /// The day number a lower-cased word writes, as `dayOfMonth`.
    static func dayOfMonth(_ lowercased: String) -> Int? {
        // a day number starts with an ASCII digit (suffixes go from the end): other words are none
        guard let first = lowercased.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            return nil
        }
        var text = lowercased
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) && text.count > 2 {
            text.removeLast(2)
        }
        guard text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    /// Whether the word's first character is upper case (`Character.isUppercase`).
    static func startsUpperCase(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        // an ASCII scalar before another (or alone) is a character of its own
        if first.isASCII, scalars.next()?.isASCII ?? true {
            return first >= "A" && first <= "Z"
        }
        return text.first?.isUppercase == true
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10,
    ]

    /// Letters-and-digits runs of `scalars`; a digit run and a letter run that touch ("7th") are one.
    static func split(_ scalars: [Unicode.Scalar]) -> [DateWord] {
        var words: [DateWord] = []
        // a word every five scalars or so: the array grows once or twice, not a dozen times
        words.reserveCapacity(scalars.count / 4)
        var i = 0
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i
            var isASCII = true
            var allDigits = true
            while i < scalars.count, isWordScalar(scalars[i]) {
                let value = scalars[i].value
                if value >= 0x80 { isASCII = false }
                if value < 48 || value > 57 { allDigits = false }
                i += 1
            }
            let word = scalars[start..<i]
            let digits = allDigits ? i - start : 0
            if isASCII {
                // an ASCII word is upper case at its first scalar, and a day number only if that is a digit
                let first = word[start].value
                let startsWithDigit = first >= 48 && first <= 57
                words.append(
                    DateWord(
                        range: start..<i, startsUpperCase: first >= 65 && first <= 90,
                        lowercased: startsWithDigit ? asciiLowercased(word) : nil, keyword: DateKeyword(asciiWord: word),
                        number: digits > 0 && digits <= 4 ? asciiNumber(word) : nil, digits: digits,
                        joinedByHyphen: start > 0 && scalars[start - 1] == "-"))
            } else {
                // built as the tokenizer builds a token's text
                let text = Tokenizer.makeString(word)
                let lowercased = text.lowercased()
                words.append(
                    DateWord(
                        range: start..<i, startsUpperCase: startsUpperCase(text), lowercased: lowercased,
                        keyword: DateKeyword(lowercased: lowercased), number: nil, digits: digits,
                        joinedByHyphen: start > 0 && scalars[start - 1] == "-"))
            }
        }
        return words
    }

    /// The value of ASCII digits, at most four (`Int` of their text).
    static func asciiNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 * 10 + Int($1.value) - 48 }
    }

    /// `lowercased()` of ASCII scalars, written as bytes: only A-Z change.
    static func asciiLowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var index = 0
            for scalar in scalars {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                index += 1
            }
            return index
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property look-up costs more than the rest of the split
        if scalar.isASCII {
            let value = scalar.value | 0x20  // upper case to lower case; digits unchanged
            return (value >= 97 && value <= 122) || (scalar >= "0" && scalar <= "9")
        }
        return scalar.properties.isAlphabetic
    }
}
