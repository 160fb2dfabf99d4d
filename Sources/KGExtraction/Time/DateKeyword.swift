/// A word the date scanner reads by name: a month or weekday name, a number word, or one of the
/// words of relative dates ("last", "ago", "tomorrow").
///
/// Found once per word from its lower-case form (`DateWord.lowercased`) packed into an integer
/// and looked up in a small table: the scanner compared every word with a dozen strings and
/// looked capitalized words up in two dictionaries, a few hundred instructions a word, for the
/// few words that are any of these.
///
/// ```swift
/// DateKeyword(lowercased: "sept")  // .monthName(9)
/// DateKeyword(lowercased: "ago")   // .ago
/// DateKeyword(lowercased: "said")  // nil
/// ```
enum DateKeyword: Equatable, Sendable {
    /// `DateWord.months`' names and abbreviations (the scanner asks for capitals itself).
    case monthName(Int)
    /// `DateWord.weekdays`' names, 1 Monday ... 7 Sunday.
    case weekdayName(Int)
    /// `DateWord.numberWords`' words.
    case numberWord(Int)
    case last, next, this, week, month, night, morning, afternoon, evening
    case yesterday, today, tonight, tomorrow, ago, days, day

    /// The keyword `lowercased` is, exactly (no other case, no other word): nil for any other word.
    init?(lowercased: String) {
        guard let key = Self.packed(lowercased.utf8), let keyword = Self.table.keyword(for: key) else { return nil }
        self = keyword
    }

    /// The keyword the ASCII word `scalars` is once lower-cased: `init(lowercased:)` of its
    /// lower-case form, read from the scalars in place (walking a string's bytes cost more than
    /// the look-up).
    init?(asciiWord scalars: ArraySlice<Unicode.Scalar>) {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        // (a third of the words are shorter than any keyword: "a", "of", "to")
        guard scalars.count >= Self.shortest, scalars.count <= Self.longest else { return nil }
        for scalar in scalars {
            let value = scalar.value
            guard value != 0, value < 0x80 else { return nil }
            // only A-Z change case
            key |= UInt64(value >= 65 && value <= 90 ? value | 0x20 : value) << shift
            shift += 7
        }
        guard let keyword = Self.table.keyword(for: key) else { return nil }
        self = keyword
    }

    /// The shortest keyword's length ("ago", "day", "may", "one") and the longest one's
    /// ("september", "wednesday", "yesterday", "afternoon").
    static let shortest = 3, longest = 9

    /// `bytes` seven bits each, first byte lowest: one integer per ASCII word of 1 to `longest`
    /// bytes, never 0 and different for every such word; nil for any other.
    static func packed(_ bytes: some Sequence<UInt8>) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        for byte in bytes {
            guard byte != 0, byte < 0x80, count < longest else { return nil }
            key |= UInt64(byte) << UInt64(7 * count)
            count += 1
        }
        return count > 0 ? key : nil
    }

    /// The words the scanner reads besides month, weekday and number words.
    private static let relativeWords: [(String, DateKeyword)] = [
        ("last", .last), ("next", .next), ("this", .this), ("week", .week), ("month", .month), ("night", .night),
        ("morning", .morning), ("afternoon", .afternoon), ("evening", .evening), ("yesterday", .yesterday),
        ("today", .today), ("tonight", .tonight), ("tomorrow", .tomorrow), ("ago", .ago), ("days", .days), ("day", .day),
    ]

    /// Every keyword by its packed word, made from `DateWord`'s dictionaries and `relativeWords`.
    private static let table: KeywordTable = {
        var entries: [(String, DateKeyword)] = relativeWords
        entries += DateWord.months.map { ($0.key, .monthName($0.value)) }
        entries += DateWord.weekdays.map { ($0.key, .weekdayName($0.value)) }
        entries += DateWord.numberWords.map { ($0.key, .numberWord($0.value)) }
        return KeywordTable(entries.compactMap { word, keyword in packed(word.utf8).map { ($0, keyword) } })
    }()

    /// An open-addressed table of at most half its 128 slots: one or two integer comparisons a
    /// look-up.
    private struct KeywordTable: Sendable {
        private var keys = [UInt64](repeating: 0, count: 128)
        private var keywords = [DateKeyword?](repeating: nil, count: 128)

        init(_ entries: [(UInt64, DateKeyword)]) {
            precondition(entries.count <= 64, "the table stays at most half full")
            for (key, keyword) in entries {
                var slot = Self.home(key)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & 127 }
                keys[slot] = key
                keywords[slot] = keyword
            }
        }

        func keyword(for key: UInt64) -> DateKeyword? {
            var slot = Self.home(key)
            while keys[slot] != 0 {
                if keys[slot] == key { return keywords[slot] }
                slot = (slot + 1) & 127
            }
            return nil
        }

        /// The slot a key is looked for first: its top seven bits once mixed.
        private static func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) }
    }
}
