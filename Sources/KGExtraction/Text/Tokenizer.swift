import KGModel

/// Splits text into tokens whose spans count Unicode scalars.
///
/// Possessive `'s` and `n't` become tokens of their own; hyphens are tokens so that
/// `Iranian-backed` yields `Iranian`; abbreviations (`U.S.`, `Mr.`, initials) keep their dots.
///
/// ```swift
/// Tokenizer.tokenize(Array("U.S. envoy".unicodeScalars)).map(\.text)  // ["U.S.", "envoy"]
/// ```
public enum Tokenizer {
    /// Words written with a final dot that does not end a sentence.
    static let abbreviations: WordSet = WordLists.wordSet("Tokenizer.abbreviations")

    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        var sawNewline = true
        var sawSpace = true

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let text = makeString(scalars[start..<end])
            let span = TextSpan(start: start, end: end)
            let attached = !sawSpace && !tokens.isEmpty
            let isCapitalized =
                scalars[start].value < 128
                ? (scalars[start].value >= 65 && scalars[start].value <= 90)
                : scalars[start].properties.isUppercase
            // an ASCII token's lower-case form, its hash and its capitals in one pass (nearly every token)
            if let token = Token(asciiText: text, span: span, kind: kind, startsLine: sawNewline, attached: attached, isCapitalized: isCapitalized) {
                tokens.append(token)
            } else {
                let lower = straightenedApostrophes(text.lowercased())
                tokens.append(
                    Token(
                        text: text, lower: lower, span: span, kind: kind, startsLine: sawNewline, attached: attached,
                        isCapitalized: isCapitalized))
            }
            sawNewline = false
            sawSpace = false
        }

        while i < n {
            let s = scalars[i]
            if s.value == 32 || s.value < 128 && (s.value >= 9 && s.value <= 13) || s.value >= 128 && (s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{200B}") {
                if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" { sawNewline = true }
                sawSpace = true
                i += 1
                continue
            }
            if isWordScalar(s) {
                let start = i
                var allDigits = true
                while i < n {
                    let c = scalars[i]
                    if isWordScalar(c) {
                        if c.value < 48 || c.value > 57, c.value < 128 || c.properties.numericType == nil { allDigits = false }
                        i += 1
                    } else if (c == "'" || c == "\u{2019}"), i + 1 < n, scalars[i + 1].properties.isAlphabetic {
                        // possessive 's and n't split off; other apostrophes stay inside (O'Brien, L'viv)
                        let next = scalars[i + 1]
                        let afterNext = i + 2 < n ? scalars[i + 2] : " "
                        if (next == "s" || next == "S") && !isWordScalar(afterNext) { break }
                        if (next == "t" || next == "T") && i > start && (scalars[i - 1] == "n" || scalars[i - 1] == "N")
                            && !isWordScalar(afterNext)
                        {
                            i -= 1
                            break
                        }
                        i += 1
                    } else if (c == "." || c == ","), allDigits, i + 1 < n, scalars[i + 1].properties.numericType != nil,
                        i > start
                    {
                        i += 1  // 1.5, 200,000
                    } else {
                        break
                    }
                }
                if i == start { i += 1 }  // defensive: never loop forever
                // abbreviations: U.S., U.N., initials, Mr.
                if i < n, scalars[i] == "." {
                    let length = i - start
                    let lower = makeString(scalars[start..<i]).lowercased()
                    if length == 1 && scalars[start].properties.isUppercase {
                        // U.S.A. or an initial J.
                        var j = i + 1
                        while j + 1 < n, scalars[j].properties.isAlphabetic, scalars[j + 1] == "." { j += 2 }
                        i = j
                    } else if abbreviations.contains(lower) && scalars[start].properties.isUppercase {
                        i += 1
                    }
                }
                emit(start, i, allDigits ? .number : .word)
                continue
            }
            if (s == "'" || s == "\u{2019}"), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                !(i + 2 < n && isWordScalar(scalars[i + 2])), !tokens.isEmpty, !sawSpace
            {
                emit(i, i + 2, .word)
                i += 2
                continue
            }
            if s == "n", i + 2 < n, scalars[i + 1] == "'" || scalars[i + 1] == "\u{2019}", scalars[i + 2] == "t" {
                emit(i, i + 3, .word)
                i += 3
                continue
            }
            if s == ".", i + 2 < n, scalars[i + 1] == ".", scalars[i + 2] == "." {
                emit(i, i + 3, .punctuation)
                i += 3
                continue
            }
            emit(i, i + 1, .punctuation)
            i += 1
        }
        return tokens
    }

    /// A String from scalars, written as UTF-8 bytes straight into the string's storage.
    ///
    /// Appending scalars to a `String.UnicodeScalarView` costs ten times as much; a sentence with one
    /// curly quote used to take that path whole.
    ///
    /// ```swift
    /// Tokenizer.makeString(Array("Kyiv\u{2019}s".unicodeScalars)[...])  // "Kyiv’s"
    /// ```
    public static func makeString(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        for scalar in slice {
            let v = scalar.value
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in slice {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x1_0000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }

    /// `text` with each right single quotation mark (U+2019) made an apostrophe: "o\u{2019}neill" ->
    /// "o'neill", as Foundation's `replacingOccurrences` makes it.
    ///
    /// Text that is ASCII but for such marks, each followed by an ASCII scalar or the end (no mark
    /// combines with them), is rewritten from its bytes; Foundation took about 20,000 instructions a
    /// token there, and testing every token's scalars for the mark 90. Other text with the mark
    /// takes Foundation's path.
    static func straightenedApostrophes(_ text: String) -> String {
        // U+2019 is E2 80 99 in UTF-8: text without the byte E2 has none (nearly every token); the
        // bytes read in place (the generic scan of a `UTF8View` took some 140 instructions a token)
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(0xE2) }) ?? text.utf8.contains(0xE2) else { return text }
        let utf8 = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] < 0x80 {
                bytes.append(utf8[i])
                i += 1
            } else if utf8[i] == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x99,
                i + 3 == utf8.count || utf8[i + 3] < 0x80
            {
                bytes.append(UInt8(ascii: "'"))
                i += 3
            } else {
                return text.unicodeScalars.contains("\u{2019}") ? text.replacingOccurrences(of: "\u{2019}", with: "'") : text
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 {
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) || v == 95
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" || s.properties.generalCategory == .nonspacingMark
    }
}
