/// A Penn Treebank part-of-speech tag as UD English writes it in its XPOS column.
///
/// The 50 tags of UD English EWT and GUM, plus `none` for a token given no Penn tag (CoNLL-U
/// `_`, or a model trained for UPOS alone) and `unknown` for a tag outside this set (another
/// treebank's conventions). Punctuation tags that are not Swift names get one: `.` is `period`,
/// `-LRB-` is `LRB`, `PRP$` is `PRPS`.
///
/// ```swift
/// PennTag(rawValue: "VBN")  // .VBN
/// PennTag(treebankTag: "PRP$") // .PRPS
/// PennTag(treebankTag: "NNX")  // .unknown
/// ```
public enum PennTag: String, Sendable, Hashable, CaseIterable, Codable {
    // Nouns, verbs, adjectives and adverbs.
    case NN, NNS, NNP, NNPS
    case VB, VBD, VBG, VBN, VBP, VBZ, MD
    case JJ, JJR, JJS
    case RB, RBR, RBS
    // Function words.
    case CC, CD, DT, EX, IN, PDT, POS, RP, TO, UH
    case PRP
    case PRPS = "PRP$"
    case WDT, WP, WRB
    case WPS = "WP$"
    // Punctuation and symbols.
    case period = "."
    case comma = ","
    case colon = ":"
    case openingQuote = "``"
    case closingQuote = "''"
    case LRB = "-LRB-"
    case RRB = "-RRB-"
    case HYPH, NFP, SYM
    case dollar = "$"
    // Web text and the rest.
    case ADD, AFX, FW, GW, LS
    /// No Penn tag given.
    case none = "_"
    /// A tag outside UD English's set.
    case unknown = "?"

    /// The tag written `text` in a treebank or model file: `.unknown` when it is not one of UD
    /// English's, so that another treebank's odd tags do not stop training.
    public init(treebankTag text: some StringProtocol) {
        self = PennTag(rawValue: String(text)) ?? .unknown
    }
}
