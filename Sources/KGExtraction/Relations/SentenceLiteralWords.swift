/// Which of a sentence's words are each of the few words the tree repairs look for (",", "of",
/// "said", "whose"...), found in one pass over the hashes the words keep.
///
/// `ParsedSentence` asked for each word's flags with its own pass, a hash of the word and an array
/// made element by element: thirteen passes per sentence, about 10,000 instructions.
///
/// ```swift
/// let literals = SentenceLiteralWords(words: ["he", "said", ","], hashes: ["he", "said", ","].map(WordHash.of))
/// literals[.said]    // [false, true, false]
/// literals[.comma]   // [false, false, true]
/// ```
struct SentenceLiteralWords {
    /// The words looked for.
    enum Literal: Int, CaseIterable {
        case comma, of, and, said, says, on, to, what, by, possessive, which, who, whom, whose

        var text: String {
            switch self {
            case .comma: ","
            case .of: "of"
            case .and: "and"
            case .said: "said"
            case .says: "says"
            case .on: "on"
            case .to: "to"
            case .what: "what"
            case .by: "by"
            case .possessive: "'s"
            case .which: "which"
            case .who: "who"
            case .whom: "whom"
            case .whose: "whose"
            }
        }
    }

    /// Each literal's `WordHash`, by its raw value.
    private static let literalHashes = Literal.allCases.map { WordHash.of($0.text) }

    /// `flags[literal.rawValue][w]`: whether word `w` is `literal`.
    private let flags: [[Bool]]

    /// The flags of `words`, whose `WordHash`es are `hashes` (as their tokens keep them): word `w`
    /// is a literal when its hash is the literal's and its text is the literal.
    init(words: [String], hashes: [UInt64]) {
        let count = min(words.count, hashes.count)
        var flags = [[Bool]](repeating: [Bool](repeating: false, count: words.count), count: Literal.allCases.count)
        let literalHashes = Self.literalHashes
        for w in 0..<count {
            let hash = hashes[w]
            for k in literalHashes.indices where literalHashes[k] == hash {
                if let literal = Literal(rawValue: k), words[w] == literal.text { flags[k][w] = true }
            }
        }
        self.flags = flags
    }

    /// Whether each word is `literal`.
    subscript(_ literal: Literal) -> [Bool] { flags[literal.rawValue] }

    /// Whether each word is `first` or `second`.
    func either(_ first: Literal, _ second: Literal) -> [Bool] {
        let a = flags[first.rawValue], b = flags[second.rawValue]
        return [Bool](unsafeUninitializedCapacity: a.count) { out, initialized in
            for w in a.indices { out[w] = a[w] || b[w] }
            initialized = a.count
        }
    }
}
