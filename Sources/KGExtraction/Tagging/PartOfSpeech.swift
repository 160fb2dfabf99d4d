/// A token's universal tag together with its Penn Treebank tag.
///
/// The Penn tag keeps distinctions UPOS drops: `VBD` (past, "condemned Russia") against `VBN`
/// (participle, "was condemned by"), `VBG`, `VBZ`, `NNS`, `NNP`...
///
/// ```swift
/// let pos = tagger.tagDetailed(["He", "was", "condemned"])[2]
/// pos.upos     // .VERB
/// pos.xpos     // .VBN
/// ```
public struct PartOfSpeech: Sendable, Hashable {
    public let upos: UPOS
    /// The Penn Treebank tag (UD English's XPOS column).
    public let xpos: PennTag
    /// The two tags' names hashed and mixed, as the parser's features read a word's tags
    /// (`ParserWord.tag`): made with the value (the tagger makes its labels once), not for every
    /// word of every parse.
    let parserKey: UInt64

    public init(upos: UPOS, xpos: PennTag) {
        self.upos = upos
        self.xpos = xpos
        parserKey = FeatureHash.combine(FeatureHash.of(upos.rawValue), FeatureHash.of(xpos.rawValue))
    }
}
