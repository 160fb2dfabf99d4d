import KGModel

/// One sentence as the relation rules see it: its tokens, their parts of speech, and which tokens
/// belong to which entity mention or role noun.
///
/// ```swift
/// // "Kenya was criticized by Uganda."
/// view.tag(2)?.xpos  // .VBN
/// view.mentionAt[0]  // the mention of Kenya
/// ```
struct SentenceView {
    struct Span {
        var range: Range<Int>
        var entity: Int
        var type: EntityType
        var modifierOnly: Bool
        var isDemonym: Bool
        /// Entities a plural phrase stands for (`the two regions`); empty for a plain name.
        var group: [Int] = []
        /// A pronoun or description taken for an entity named earlier ("he", "him", "It", "the bloc"):
        /// the guess may be wrong.
        var isPronoun = false

        var entities: [Int] { group.isEmpty ? [entity] : group }
    }

    let tokens: [Token]
    let range: Range<Int>
    let index: Int
    var mentions: [Span]
    var roles: [RoleSpan]
    /// token index -> mention index
    var mentionAt: TokenIndexMap
    /// token index -> role index
    var roleAt: TokenIndexMap
    /// The tagger's parts of speech of tokens `taggedFrom ..< taggedFrom + partsOfSpeech.count`, a
    /// stretch of `range` (the part around the mentions); empty when untagged.
    let partsOfSpeech: [PartOfSpeech]
    let taggedFrom: Int

    init(
        tokens: [Token], range: Range<Int>, index: Int, mentions: [Span], roles: [RoleSpan], partsOfSpeech: [PartOfSpeech] = [],
        taggedFrom: Int? = nil
    ) {
        let from = taggedFrom ?? range.lowerBound
        let fits = from >= range.lowerBound && from + partsOfSpeech.count <= range.upperBound
        self.partsOfSpeech = fits ? partsOfSpeech : []
        self.taggedFrom = from
        self.tokens = tokens
        self.range = range
        self.index = index
        self.mentions = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.roles = roles
        mentionAt = TokenIndexMap(covering: range)
        roleAt = TokenIndexMap(covering: range)
        for (m, span) in self.mentions.enumerated() { for t in span.range { mentionAt[t] = m } }
        for (r, span) in roles.enumerated() { for t in span.range { roleAt[t] = r } }
    }

    func lower(_ i: Int) -> String { range.contains(i) ? tokens[i].lower : "" }

    /// Whether `lower(i)` is one of `words`, from the hash token `i` keeps.
    @inline(__always)
    func lower(_ i: Int, isIn words: WordSet) -> Bool { range.contains(i) ? words.contains(tokens[i].lower, hash: tokens[i].lowerHash) : words.contains("") }

    /// Whether `lower(i)` is a key of `table`, from the hash token `i` keeps.
    @inline(__always)
    func lower<Value>(_ i: Int, isIn table: WordTable<Value>) -> Bool {
        range.contains(i) ? table.containsKey(tokens[i].lower, hash: tokens[i].lowerHash) : table.containsKey("")
    }

    /// `table[lower(i)]`, from the hash token `i` keeps.
    @inline(__always)
    func lower<Value>(_ i: Int, in table: WordTable<Value>) -> Value? { range.contains(i) ? table[tokens[i].lower, hash: tokens[i].lowerHash] : table[""] }

    /// The part of speech of token `i`, if it was tagged.
    func tag(_ i: Int) -> PartOfSpeech? {
        let k = i - taggedFrom
        return k >= 0 && k < partsOfSpeech.count ? partsOfSpeech[k] : nil
    }

    /// The Penn tag of token `i` (`.VBN`, `.NN`...), or nil when it was not tagged.
    func xpos(_ i: Int) -> PennTag? { tag(i)?.xpos }

    /// A gerund or present participle: "urging", "accusing" (by its ending when untagged).
    func isGerund(_ i: Int) -> Bool { tag(i).map { $0.xpos == .VBG } ?? lower(i).hasSuffix("ing") }

    /// Where a one-word acronym in parentheses ending right before `end` opens, or `end` when none
    /// stands there: the end of the name the acronym is given ("the Syrian National Council (SNC),"
    /// with `end` at the comma -> the index of "(").
    func beforeParenthesizedAcronym(_ end: Int) -> Int { lower(end - 1) == ")" && lower(end - 3) == "(" ? end - 3 : end }

    /// An adverb: "also", "strongly" (by its ending when untagged).
    func isAdverb(_ i: Int) -> Bool { tag(i).map { $0.upos == .ADV } ?? lower(i).hasSuffix("ly") }

    /// Token `i` is tagged as a verb (not an auxiliary): "condemned", "urging".
    func isTaggedVerb(_ i: Int) -> Bool { tag(i)?.upos == .VERB }

    /// The mention starting exactly at token `i`, if any.
    func mention(startingAt i: Int) -> Int? {
        guard let m = mentionAt[i], mentions[m].range.lowerBound == i else { return nil }
        return m
    }

    /// The mention ending exactly before token `i`, if any.
    func mention(endingBefore i: Int) -> Int? {
        guard let m = mentionAt[i - 1], mentions[m].range.upperBound == i else { return nil }
        return m
    }

    func role(startingAt i: Int) -> Int? {
        guard let r = roleAt[i], roles[r].range.lowerBound == i else { return nil }
        return r
    }

    func span(_ from: Int, _ to: Int) -> TextSpan {
        TextSpan(start: tokens[max(from, range.lowerBound)].span.start, end: tokens[min(to, range.upperBound) - 1].span.end)
    }
}
