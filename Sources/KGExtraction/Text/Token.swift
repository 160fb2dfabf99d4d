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
