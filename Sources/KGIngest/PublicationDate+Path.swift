import KGModel

extension PublicationDate {
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
                isDigit(end + 4), isDigit(end + 5), !isDigit(end + 6)
            {
                candidate = (number(i..<end), number(end + 1..<end + 3), number(end + 4..<end + 6))
            }
            if let (year, month, day) = candidate, (1900...2100).contains(year),
                let date = CalendarDate(year: year, month: month, day: day)
            {
                return PublicationDate(date: date, source: .fileName)
            }
            i = end
        }
        return nil
    }
}
