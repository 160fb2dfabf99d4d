/// Where a document's publication date was found.
public enum PublicationDateSource: String, CaseIterable, Sendable {
    /// HTML metadata: `article:published_time`, `<time datetime>`, JSON-LD `datePublished`.
    case metadata
    /// A wire dateline opening the first paragraph: "MOSCOW, Feb 21, 2022 (Reuters) -".
    case dateline
    /// A short line near the top that is (mostly) a date: "Published February 21, 2022".
    case dateLine = "date line"
    /// A date in the file's name or folder: `2022-02-21-putin.html`, `2022/02/21/story.txt`.
    case fileName = "file name"
}

/// A document's publication date and where it came from.
///
/// ```swift
/// PublicationDate.find(inText: "MOSCOW, Feb 21, 2022 (Reuters) - Russia ...")
/// // PublicationDate(date: 2022-02-21, source: .dateline)
/// PublicationDate.find(inPath: "/news/2022/02/21/story.txt")
/// // PublicationDate(date: 2022-02-21, source: .fileName)
/// ```
/// Never the time of ingest: a document with no evidence of its date has none.
public struct PublicationDate: Hashable, Sendable {
    public var date: CalendarDate
    public var source: PublicationDateSource

    public init(date: CalendarDate, source: PublicationDateSource) {
        self.date = date
        self.source = source
    }

    /// How many of the first non-empty lines may hold a date line or dateline.
    static let linesSearched = 6
    /// A date preceded by more words than this is in a sentence, not a dateline.
    static let wordsBeforeDateline = 5
    /// A line with at most this many words besides its date, and few after it, is a date line.
    static let dateLineWords = 8
    static let dateLineWordsAfter = 3

    /// The date of a dateline or date line among the first lines of `text`, or nil.
    ///
    /// A month and day without a year ("MOSCOW, Feb 21 (Reuters)") take `year` when given.
    public static func find(inText text: String, year: Int? = nil) -> PublicationDate? {
        var linesSeen = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let words = DateWord.split(Array(line.unicodeScalars))
            guard !words.isEmpty else { continue }
            linesSeen += 1
            if linesSeen > linesSearched { break }
            for expression in DateExpression.scan(String(line)) where !expression.isRelative {
                let before = words.filter { $0.range.upperBound <= expression.range.lowerBound }.count
                let after = words.filter { $0.range.lowerBound >= expression.range.upperBound }.count
                let isDateLine = before + after <= dateLineWords && after <= dateLineWordsAfter
                guard isDateLine || before <= wordsBeforeDateline else { continue }
                let date: CalendarDate?
                switch expression.meaning {
                case let .absolute(absolute): date = absolute
                case let .monthDay(month, day): date = year.flatMap { CalendarDate(year: $0, month: month, day: day) }
                default: date = nil
                }
                if let date { return PublicationDate(date: date, source: isDateLine ? .dateLine : .dateline) }
            }
        }
        return nil
    }

    /// A date written in the last folders and name of `path` (`2022-02-21`, `2022_02_21`,
    /// `20220221`, `2022/02/21`), or nil.
    public static func find(inPath path: String) -> PublicationDate? {
        let tail = path.split(separator: "/").suffix(4).joined(separator: "/")
        let scalars = Array(tail.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index] >= "0" && scalars[index] <= "9" }
        func number(_ range: Range<Int>) -> Int {
            range.reduce(0) { $0 * 10 + Int(scalars[$1].value - 48) }
        }
        let separators: Set<Unicode.Scalar> = ["-", "_", "/", "."]
        var i = 0
        while i < scalars.count {
            guard isDigit(i), !isDigit(i - 1) else { i += 1; continue }
            var end = i
            while isDigit(end) { end += 1 }
            var candidate: (Int, Int, Int)?
            if end - i == 8 {
                candidate = (number(i..<i + 4), number(i + 4..<i + 6), number(i + 6..<i + 8))
            } else if end - i == 4, end + 5 < scalars.count, separators.contains(scalars[end]),
                      isDigit(end + 1), isDigit(end + 2), !isDigit(end + 3), scalars[end + 3] == scalars[end],
                      isDigit(end + 4), isDigit(end + 5), !isDigit(end + 6) {
                candidate = (number(i..<end), number(end + 1..<end + 3), number(end + 4..<end + 6))
            }
            if let (year, month, day) = candidate, (1900...2100).contains(year),
               let date = CalendarDate(year: year, month: month, day: day) {
                return PublicationDate(date: date, source: .fileName)
            }
            i = end
        }
        return nil
    }
}
