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
        let form = Self.foldingTypography(written)
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
        var bits: UInt64 = 0
        if hasHyphen { bits |= 1 }
        if hasDigit { bits |= 2 }
        if hasUpper { bits |= 4 }
        if hasUpper && !hasLower { bits |= 8 }
        if isSentenceStart && hasUpper { bits |= 16 }
        flags = bits

        norm = Self.norm(lowercase: lower.unicodeScalars, hash: lowerHash)
    }

    /// `norm` alone: what the parser reads of a word, without the tagger's other keys.
    ///
    /// ```swift
    /// TokenKeys.norm(of: "1999") == TokenKeys.norm(of: "2024") // true: both "!YEAR"
    /// ```
    package static func norm(of written: String) -> UInt64 {
        let lower = foldingTypography(written).lowercased()
        return norm(lowercase: lower.unicodeScalars, hash: FeatureHash.of(lower))
    }

    private static let yearNorm = FeatureHash.of("!YEAR")
    private static let digitsNorm = FeatureHash.of("!DIGITS")

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
