/// The hashed properties of one token that the tagger's feature templates read.
///
/// Computed once per token per sentence, so each template is one `FeatureHash.combine` away.
struct TokenKeys: Sendable {
    /// The form as written.
    let word: UInt64
    /// `word` narrowed: the tag dictionary's key.
    var wordKey: UInt32 { FeatureHash.narrow(word) }
    /// Lowercased, with numbers folded to `!YEAR` / `!DIGITS`: the context words' key.
    let norm: UInt64
    let prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    let suffix1: UInt64, suffix2: UInt64, suffix3: UInt64
    /// Character classes with runs collapsed: "Xx", "X.X.", "d,d", "x-x".
    let shape: UInt64
    /// Bits: has hyphen, has digit, has upper case, all upper case, capitalised sentence start.
    let flags: UInt64
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
        let count = scalars.count
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
            let props = scalar.properties
            let charClass: UInt32
            if props.isUppercase {
                charClass = 88 // "X"
                hasUpper = true
            } else if props.isLowercase {
                charClass = 120 // "x"
                hasLower = true
            } else if props.numericType != nil {
                charClass = 100 // "d"
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

        let firstIsDigit = scalars.first?.properties.numericType != nil
        if count == 4 && scalars.allSatisfy({ $0.properties.numericType != nil }) {
            norm = FeatureHash.of("!YEAR")
        } else if firstIsDigit {
            norm = FeatureHash.of("!DIGITS")
        } else {
            norm = lowerHash
        }
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

    static func sentence(_ forms: [String], lexicon: WordClassLexicon) -> [TokenKeys] {
        forms.enumerated().map {
            var keys = TokenKeys($1, isSentenceStart: $0 == 0)
            keys.wordClasses = UInt64(lexicon.mask(forLowercaseHash: keys.lowerHash))
            return keys
        }
    }
}

/// The feature templates of the greedy averaged perceptron, left to right.
///
/// Each feature is a 64-bit key: the template's number mixed with the values it reads. The
/// previous tags are the tagger's own predictions (as in training), so tagging is greedy. A
/// second-pass model also reads the first pass's labels around the token ("guide" labels):
/// that is how a left-to-right tagger gets to see the tags to its right.
enum TaggerFeatures {
    static let baseCount = 27
    static let guidedCount = 33

    static func count(guided: Bool) -> Int { guided ? guidedCount : baseCount }

    /// Tag numbers standing for "before the sentence" in the previous-tag templates.
    static let startTag = -1
    static let start2Tag = -2

    /// Fills `features` (`count(guided:)` elements) for the token at `position`; `guide`, when
    /// given, holds the first pass's labels of the whole sentence.
    @inline(__always)
    static func extract(
        at position: Int, in keys: [TokenKeys], previousTag: Int, previousTag2: Int,
        guide: [Int]?, into features: UnsafeMutablePointer<UInt32>
    ) {
        let current = keys[position]
        let prev1 = position >= 1 ? keys[position - 1] : .start1
        let prev2 = position >= 2 ? keys[position - 2] : (position == 1 ? .start1 : .start2)
        let next1 = position + 1 < keys.count ? keys[position + 1] : .end1
        let next2 = position + 2 < keys.count ? keys[position + 2] : (position + 1 == keys.count ? .end2 : .end1)
        let tag1 = UInt64(bitPattern: Int64(previousTag))
        let tag2 = UInt64(bitPattern: Int64(previousTag2))
        func key(_ template: UInt64, _ value: UInt64) -> UInt64 { FeatureHash.combine(template, value) }
        func store(_ index: Int, _ hash: UInt64) { features[index] = FeatureHash.narrow(hash) }

        store(0, key(0, 0)) // bias
        store(1, key(1, current.word))
        store(2, key(2, current.norm))
        store(3, key(3, current.suffix1))
        store(4, key(4, current.suffix2))
        store(5, key(5, current.suffix3))
        store(6, key(6, current.prefix1))
        store(7, key(7, current.prefix2))
        store(8, key(8, current.prefix3))
        store(9, key(9, current.shape))
        store(10, key(10, current.flags))
        store(11, key(11, tag1))
        store(12, key(12, tag2))
        store(13, key(key(13, tag1), tag2))
        store(14, key(key(14, tag1), current.norm))
        store(15, key(15, prev1.norm))
        store(16, key(16, prev1.suffix3))
        store(17, key(17, prev2.norm))
        store(18, key(18, next1.norm))
        store(19, key(19, next1.suffix3))
        store(20, key(20, next2.norm))
        store(21, key(21, next1.shape))
        store(22, key(key(22, prev1.norm), current.norm))
        store(23, key(key(23, current.norm), next1.norm))
        store(24, key(24, current.wordClasses))
        store(25, key(key(25, tag1), current.wordClasses))
        store(26, key(key(26, current.wordClasses), next1.wordClasses))
        guard let guide else { return }
        func guideLabel(_ offset: Int) -> UInt64 {
            let index = position + offset
            return guide.indices.contains(index) ? UInt64(guide[index]) : UInt64(bitPattern: Int64(-10 - offset))
        }
        let here = guideLabel(0), after1 = guideLabel(1), after2 = guideLabel(2)
        store(27, key(27, here))
        store(28, key(28, after1))
        store(29, key(key(29, after1), after2))
        store(30, key(key(30, tag1), after1))
        store(31, key(key(31, here), current.norm))
        store(32, key(key(32, after1), next1.norm))
    }
}
