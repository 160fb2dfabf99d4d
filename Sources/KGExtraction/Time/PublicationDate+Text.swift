import KGModel

extension PublicationDate {
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
        // the lines walked one by one, not split all at once: only the first few are read, and
        // splitting a long article's every line was a fiftieth of `kg extract`'s time
        // scalar by scalar: a line break is always a Character of its own (a "\r\n" ends a line at
        // its "\r" and leaves an empty line), so the lines are the lines of `Character.isNewline`,
        // found without breaking the text into Characters
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        while lineStart < scalars.endIndex {
            var lineEnd = lineStart
            while lineEnd < scalars.endIndex, !isLineBreak(scalars[lineEnd]) { lineEnd = scalars.index(after: lineEnd) }
            let line = text[lineStart..<lineEnd]
            lineStart = lineEnd < scalars.endIndex ? scalars.index(after: lineEnd) : lineEnd
            guard !line.isEmpty else { continue }
            let lineScalars = Array(line.unicodeScalars)
            let words = DateWord.split(lineScalars)
            guard !words.isEmpty else { continue }
            linesSeen += 1
            if linesSeen > linesSearched { break }
            // the line's words scanned as split above: splitting them again was half this search
            for expression in DateExpression.scan(lineScalars, words: words) where !expression.isRelative {
                let before = words.lazy.filter { $0.range.upperBound <= expression.range.lowerBound }.count
                let after = words.lazy.filter { $0.range.lowerBound >= expression.range.upperBound }.count
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

    /// The scalars of `Character.isNewline`: line feed to carriage return, next line, line and
    /// paragraph separators.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
