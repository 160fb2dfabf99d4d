/// The hashed properties of one token that the tagger's feature templates read.
///
/// Computed once per token per sentence, so each template is one `FeatureHash.combine` away.
package struct TokenKeys: Sendable {
    /// The form as written.
    let word: UInt64
    /// `word` narrowed: the tag dictionary's key.
    package var wordKey: UInt32 { FeatureHash.narrow(word) }
    /// Lowercased, with numbers folded to `!YEAR` / `!DIGITS`: the context words' key.
    let norm: UInt64
    let prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    let suffix1: UInt64, suffix2: UInt64, suffix3: UInt64
    /// Character classes with runs collapsed: "Xx", "X.X.", "d,d", "x-x".
    let shape: UInt64
    /// Bits: has hyphen, has digit, has upper case, all upper case, capitalised sentence start.
    private(set) var flags: UInt64
    /// The word's classes in the model's `WordClassLexicon` (0 when unlisted).
    private(set) var wordClasses: UInt64 = 0
    /// Hash of the lowercased form: the lexicon's key.
    private let lowerHash: UInt64

    init(_ written: String, isSentenceStart: Bool) {
        // most words are ASCII: their keys come from the bytes, without a lowercased copy or an
        // array of scalars (a third of the time); `ASCIIKeys` gives the keys the scalars give. An
        // ASCII word holds no curly quote, so it is read before `foldingTypography`, whose walk
        // over the word's scalars cost a fifth as much again as reading its keys
        if let ascii = written.utf8.withContiguousStorageIfAvailable({ ASCIIKeys($0, isSentenceStart: isSentenceStart) }) ?? nil {
            self.init(ascii)
            return
        }
        let form = Self.foldingTypography(written)
        if let ascii = form.utf8.withContiguousStorageIfAvailable({ ASCIIKeys($0, isSentenceStart: isSentenceStart) }) ?? nil {
            self.init(ascii)
        } else {
            self.init(readingScalarsOf: form, isSentenceStart: isSentenceStart)
        }
    }

    private init(_ ascii: ASCIIKeys) {
        word = ascii.word
        lowerHash = ascii.lowerHash
        prefix1 = ascii.prefix1
        prefix2 = ascii.prefix2
        prefix3 = ascii.prefix3
        suffix1 = ascii.suffix1
        suffix2 = ascii.suffix2
        suffix3 = ascii.suffix3
        shape = ascii.shape
        flags = ascii.flags
        norm = ascii.norm
    }

    /// The keys of a word whose typography is folded, read scalar by scalar (any script).
    init(readingScalarsOf form: String, isSentenceStart: Bool) {
        word = FeatureHash.of(form)
        let lower = form.lowercased()
        lowerHash = FeatureHash.of(lower)
        let scalars = Array(lower.unicodeScalars)
        func hashOf(_ slice: ArraySlice<Unicode.Scalar>, tag: UInt64) -> UInt64 {
            var hash = tag
            for scalar in slice { hash = FeatureHash.combine(hash, UInt64(scalar.value)) }
            return hash
        }
        prefix1 = hashOf(scalars.prefix(1), tag: 11)
        prefix2 = hashOf(scalars.prefix(2), tag: 12)
        prefix3 = hashOf(scalars.prefix(3), tag: 13)
        suffix1 = hashOf(scalars.suffix(1), tag: 21)
        suffix2 = hashOf(scalars.suffix(2), tag: 22)
        suffix3 = hashOf(scalars.suffix(3), tag: 23)

        var shapeHash: UInt64 = 31
        var lastClass: UInt32 = 0
        var hasHyphen = false, hasDigit = false, hasUpper = false, hasLower = false
        for scalar in form.unicodeScalars {
            let charClass: UInt32
            // ASCII first: Unicode property look-ups dominate tagging time otherwise
            if scalar.isASCII {
                switch scalar.value {
                case 65...90: charClass = 88; hasUpper = true
                case 97...122: charClass = 120; hasLower = true
                case 48...57: charClass = 100; hasDigit = true
                default:
                    if scalar == "-" { hasHyphen = true }
                    charClass = scalar.value
                }
                if charClass != lastClass { shapeHash = FeatureHash.combine(shapeHash, UInt64(charClass)) }
                lastClass = charClass
                continue
            }
            let props = scalar.properties
            if props.isUppercase {
                charClass = 88  // "X"
                hasUpper = true
            } else if props.isLowercase {
                charClass = 120  // "x"
                hasLower = true
            } else if props.numericType != nil {
                charClass = 100  // "d"
                hasDigit = true
            } else {
                if scalar == "-" { hasHyphen = true }
                charClass = scalar.value
            }
            if charClass != lastClass { shapeHash = FeatureHash.combine(shapeHash, UInt64(charClass)) }
            lastClass = charClass
        }
        shape = shapeHash
        flags = Self.flags(hyphen: hasHyphen, digit: hasDigit, upper: hasUpper, lower: hasLower, sentenceStart: isSentenceStart)

        norm = Self.norm(lowercase: lower.unicodeScalars, hash: lowerHash)
    }

    /// A word's keys when it is all ASCII, read from its bytes: the keys `init` computes through
    /// Unicode scalars, without allocating.
    ///
    /// ```swift
    /// "Kenya".utf8.withContiguousStorageIfAvailable { TokenKeys.ASCIIKeys($0, isSentenceStart: true) }
    /// ```
    struct ASCIIKeys: Equatable {
        var word: UInt64 = 0, lowerHash: UInt64 = 0, norm: UInt64 = 0
        var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
        var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0
        var shape: UInt64 = 0, flags: UInt64 = 0

        /// nil when a byte is not ASCII.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, isSentenceStart: Bool) {
            var word = FeatureHash.fnvOffset, lower = FeatureHash.fnvOffset
            var shapeHash: UInt64 = 31
            var lastClass: UInt32 = 0
            var hasHyphen = false, hasDigit = false, hasUpper = false, hasLower = false
            var digits = 0
            for byte in bytes {
                guard byte < 128 else { return nil }
                let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
                word = (word ^ UInt64(byte)) &* FeatureHash.fnvPrime
                lower = (lower ^ UInt64(lowered)) &* FeatureHash.fnvPrime
                let charClass: UInt32
                switch byte {
                case 65...90: charClass = 88; hasUpper = true
                case 97...122: charClass = 120; hasLower = true
                case 48...57: charClass = 100; hasDigit = true; digits += 1
                default:
                    if byte == 45 { hasHyphen = true }  // "-"
                    charClass = UInt32(byte)
                }
                if charClass != lastClass { shapeHash = FeatureHash.combine(shapeHash, UInt64(charClass)) }
                lastClass = charClass
            }
            func loweredByte(_ i: Int) -> UInt64 {
                let byte = bytes[i]
                return UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            func hashOf(_ range: Range<Int>, tag: UInt64) -> UInt64 {
                var hash = tag
                for i in range { hash = FeatureHash.combine(hash, loweredByte(i)) }
                return hash
            }
            let n = bytes.count
            self.word = word
            lowerHash = lower
            prefix1 = hashOf(0..<min(1, n), tag: 11)
            prefix2 = hashOf(0..<min(2, n), tag: 12)
            prefix3 = hashOf(0..<min(3, n), tag: 13)
            suffix1 = hashOf(max(0, n - 1)..<n, tag: 21)
            suffix2 = hashOf(max(0, n - 2)..<n, tag: 22)
            suffix3 = hashOf(max(0, n - 3)..<n, tag: 23)
            shape = shapeHash
            flags = TokenKeys.flags(hyphen: hasHyphen, digit: hasDigit, upper: hasUpper, lower: hasLower, sentenceStart: isSentenceStart)
            // as `norm(lowercase:hash:)`: numbers are "!YEAR" (four digits) or "!DIGITS"
            if n == 0 || !(48...57).contains(bytes[0]) {
                norm = lower
            } else {
                norm = digits == n && n == 4 ? TokenKeys.yearNorm : TokenKeys.digitsNorm
            }
        }

        /// The keys `TokenKeys.init` computes through Unicode scalars (for tests of this path).
        init(_ keys: TokenKeys) {
            word = keys.word
            lowerHash = keys.lowerHash
            norm = keys.norm
            prefix1 = keys.prefix1
            prefix2 = keys.prefix2
            prefix3 = keys.prefix3
            suffix1 = keys.suffix1
            suffix2 = keys.suffix2
            suffix3 = keys.suffix3
            shape = keys.shape
            flags = keys.flags
        }
    }

    /// `norm` alone: what the parser reads of a word, without the tagger's other keys.
    ///
    /// ```swift
    /// TokenKeys.norm(of: "1999") == TokenKeys.norm(of: "2024") // true: both "!YEAR"
    /// ```
    package static func norm(of written: String) -> UInt64 {
        // an ASCII word from its bytes: no lower-case copy (`lowercased` and the typography check
        // were most of the parser's per-word set-up)
        if let norm = written.utf8.withContiguousStorageIfAvailable({ asciiNorm(of: $0) }) ?? nil { return norm }
        let lower = foldingTypography(written).lowercased()
        return norm(lowercase: lower.unicodeScalars, hash: FeatureHash.of(lower))
    }

    /// `norm(of:)` of an ASCII word, from its bytes in one pass (as `ASCIIKeys` makes it); nil
    /// when a byte is not ASCII.
    @inline(__always)
    private static func asciiNorm(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = FeatureHash.fnvOffset
        var digits = 0
        for byte in bytes {
            guard byte < 128 else { return nil }
            let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
            hash = (hash ^ UInt64(lowered)) &* FeatureHash.fnvPrime
            if (48...57).contains(byte) { digits += 1 }
        }
        // as `norm(lowercase:hash:)`: numbers are "!YEAR" (four digits) or "!DIGITS"
        guard let first = bytes.first, (48...57).contains(first) else { return hash }
        return digits == bytes.count && digits == 4 ? yearNorm : digitsNorm
    }

    private static let yearNorm = FeatureHash.of("!YEAR")
    private static let digitsNorm = FeatureHash.of("!DIGITS")

    /// The word's shape bits, as the tagger's features read them: hyphen, digit, capital, all
    /// capitals, capitalized at a sentence's start.
    @inline(__always)
    static func flags(hyphen: Bool, digit: Bool, upper: Bool, lower: Bool, sentenceStart: Bool) -> UInt64 {
        var bits: UInt64 = 0
        if hyphen { bits |= 1 }
        if digit { bits |= 2 }
        if upper { bits |= 4 }
        if upper && !lower { bits |= 8 }
        if sentenceStart && upper { bits |= 16 }
        return bits
    }

    /// Numbers folded: a four-digit number is `!YEAR`, another one starting with a digit
    /// `!DIGITS`; any other word is its lowercase form's `hash`.
    private static func norm(lowercase scalars: String.UnicodeScalarView, hash: UInt64) -> UInt64 {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (48...57).contains(scalar.value) : scalar.properties.numericType != nil
        }
        guard let first = scalars.first, isDigit(first) else { return hash }
        var count = 0
        for scalar in scalars {
            guard isDigit(scalar) else { return digitsNorm }
            count += 1
        }
        return count == 4 ? yearNorm : digitsNorm
    }

    /// Curly apostrophes and quotes as straight ones: news is typeset, the treebanks mostly not,
    /// and "’s" should look like the "'s" the model learned from.
    static func foldingTypography(_ form: String) -> String {
        guard form.unicodeScalars.contains(where: { $0.value >= 0x2018 && $0.value <= 0x201F }) else { return form }
        var folded = String.UnicodeScalarView()
        for scalar in form.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": folded.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": folded.append("\"")
            default: folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// Stand-ins for the words before the sentence and after it.
    private init(padding: String) {
        let hash = FeatureHash.of(padding)
        word = hash; norm = hash
        prefix1 = hash; prefix2 = hash; prefix3 = hash
        suffix1 = hash; suffix2 = hash; suffix3 = hash
        shape = hash; flags = hash; lowerHash = hash
    }

    static let start1 = TokenKeys(padding: "-START-")
    static let start2 = TokenKeys(padding: "-START2-")
    static let end1 = TokenKeys(padding: "-END-")
    static let end2 = TokenKeys(padding: "-END2-")

    package static func sentence(_ forms: [String], lexicon: WordClassLexicon) -> [TokenKeys] {
        forms.enumerated().map {
            var keys = TokenKeys($1, isSentenceStart: $0 == 0)
            keys.wordClasses = UInt64(lexicon.mask(forLowercaseHash: keys.lowerHash))
            return keys
        }
    }

    /// The keys of `written` inside a sentence, with its classes in `lexicon`: what `sentence`
    /// gives a word at any position but the first (see `startingSentence`).
    static func word(_ written: String, lexicon: WordClassLexicon) -> TokenKeys {
        var keys = TokenKeys(written, isSentenceStart: false)
        keys.wordClasses = UInt64(lexicon.mask(forLowercaseHash: keys.lowerHash))
        return keys
    }

    /// These keys for the same word first in its sentence: the capitalised-start bit is set when
    /// the word has an upper-case letter, as `init(_:isSentenceStart:)` sets it.
    func startingSentence() -> TokenKeys {
        var keys = self
        if flags & 4 != 0 { keys.flags |= 16 }
        return keys
    }
}
