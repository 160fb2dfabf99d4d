import KGModel

/// One word, number or punctuation mark of a document, with its place in the text.
///
/// ```swift
/// let tokens = Tokenizer.tokenize(Array("Turkey's move.".unicodeScalars))
/// tokens.map(\.text)  // ["Turkey", "'s", "move", "."]
/// ```
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable { case word, number, punctuation }

    public var text: String { didSet { isAllCaps = Self.isAllCaps(text) } }
    /// Lower-cased text with typographic apostrophes folded to `'`.
    public var lower: String { didSet { lowerHash = WordHash.of(lower) } }
    /// `lower`'s hash as the word tables look words up (`WordHash`), made once per token: the rules
    /// ask the tables of nearly every token, some tokens dozens of times.
    private(set) var lowerHash: UInt64
    public var span: TextSpan
    public var kind: Kind
    /// A line break separates it from the previous token.
    public var startsLine: Bool
    /// No space separates it from the previous token (`Iranian-backed`, `Iran's`).
    public var attached: Bool

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool
    /// Every letter is upper case and there are at least two (`ASEAN`, `U.S.`): found once per
    /// token, as the rules ask it of many tokens several times.
    public private(set) var isAllCaps: Bool

    public init(text: String, lower: String, span: TextSpan, kind: Kind, startsLine: Bool, attached: Bool, isCapitalized: Bool) {
        self.text = text
        self.lower = lower
        self.span = span
        self.kind = kind
        self.startsLine = startsLine
        self.attached = attached
        self.isCapitalized = isCapitalized
        lowerHash = WordHash.of(lower)
        isAllCaps = Self.isAllCaps(text)
    }

    /// The token of ASCII `text`, as `init(text:lower:...)` makes it with `text.lowercased()` as
    /// its lower-case form; nil when a byte of `text` is not ASCII.
    ///
    /// The tokenizer's path for nearly every token: one pass over the bytes finds the lower-case
    /// form, its `WordHash` and `isAllCaps`, which `lowercased()`, the apostrophes' check, the hash
    /// and the scalar walk of `isAllCaps` each found in a pass of their own (about 540 instructions
    /// a token). An ASCII text holds no typographic apostrophe to fold, and its lower-case form is
    /// the text with A-Z lowered, itself when it has no capital.
    init?(asciiText text: String, span: TextSpan, kind: Kind, startsLine: Bool, attached: Bool, isCapitalized: Bool) {
        guard
            let forms = text.utf8.withContiguousStorageIfAvailable({ bytes -> (hash: UInt64, capitals: Int, hasSmallLetter: Bool)? in
                var hash = FeatureHash.fnvOffset
                var capitals = 0
                var hasSmallLetter = false
                for byte in bytes {
                    guard byte < 0x80 else { return nil }
                    let isCapital = byte >= 65 && byte <= 90
                    if isCapital { capitals += 1 } else if byte >= 97 && byte <= 122 { hasSmallLetter = true }
                    hash = (hash ^ UInt64(isCapital ? byte + 32 : byte)) &* FeatureHash.fnvPrime
                }
                return (hash | 1, capitals, hasSmallLetter)
            }) ?? nil
        else { return nil }
        self.text = text
        lower = forms.capitals == 0 ? text : Self.asciiLowercased(text)
        self.span = span
        self.kind = kind
        self.startsLine = startsLine
        self.attached = attached
        self.isCapitalized = isCapitalized
        lowerHash = forms.hash
        // as `isAllCaps(_:)` reads an ASCII text: no small letter, at least two capitals
        isAllCaps = !forms.hasSmallLetter && forms.capitals >= 2
    }

    /// ASCII `text` with A-Z lowered: what `lowercased()` gives it.
    private static func asciiLowercased(_ text: String) -> String {
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for byte in text.utf8 where written < count {
                buffer[written] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                written += 1
            }
            return written
        }
    }

    public var isWord: Bool { kind == .word }
    /// Whether every letter of `text` is upper case and there are at least two.
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for s in text.unicodeScalars {
            // ASCII first: the Unicode property look-ups cost more than the rest of the loop
            if s.isASCII {
                if s.value >= 97 && s.value <= 122 { return false }
                if s.value >= 65 && s.value <= 90 { letters += 1 }
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
