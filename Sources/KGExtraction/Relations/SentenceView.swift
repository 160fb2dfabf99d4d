/// One sentence as the relation rules see it: its tokens, their parts of speech, and which tokens
/// belong to which entity mention or role noun.
///
/// ```swift
/// // "Kenya was criticized by Uganda."
/// view.tag(2)?.xpos  // "VBN"
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

        var entities: [Int] { group.isEmpty ? [entity] : group }
    }

    let tokens: [Token]
    let range: Range<Int>
    let index: Int
    var mentions: [Span]
    var roles: [RoleSpan]
    /// token index -> mention index
    var mentionAt: [Int: Int] = [:]
    var roleAt: [Int: Int] = [:]
    /// The tagger's part of speech of each token of `range`, in order; empty when untagged.
    let partsOfSpeech: [PartOfSpeech]

    init(tokens: [Token], range: Range<Int>, index: Int, mentions: [Span], roles: [RoleSpan], partsOfSpeech: [PartOfSpeech] = []) {
        self.partsOfSpeech = partsOfSpeech.count == range.count ? partsOfSpeech : []
        self.tokens = tokens
        self.range = range
        self.index = index
        self.mentions = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.roles = roles
        for (m, span) in self.mentions.enumerated() { for t in span.range { mentionAt[t] = m } }
        for (r, span) in roles.enumerated() { for t in span.range { roleAt[t] = r } }
    }

    func lower(_ i: Int) -> String { range.contains(i) ? tokens[i].lower : "" }

    /// The part of speech of token `i`, if it lies in the sentence and the sentence was tagged.
    func tag(_ i: Int) -> PartOfSpeech? {
        guard range.contains(i), !partsOfSpeech.isEmpty else { return nil }
        return partsOfSpeech[i - range.lowerBound]
    }

    /// The Penn tag of token `i` ("VBN", "NN"...), or "" outside the sentence.
    func xpos(_ i: Int) -> String { tag(i)?.xpos ?? "" }

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
